#include <storport.h>
#include "table.h"

static VOID OnFinish(PTB_ADAPTER a, PTB_CMD c) { a->Current = NULL; }

VOID TbAccount(PTB_ADAPTER a, PTB_CMD c) { a->Stats.Reads++; }

BOOLEAN TbBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb) { return TRUE; }

BOOLEAN TbStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PTB_ADAPTER a = DeviceExtension;
    a->Current->Finish = OnFinish;
    StorPortNotification(RequestTimerCall, DeviceExtension, (PHW_TIMER)TbTimerTick, 1000);
    return TRUE;
}

BOOLEAN TbPassiveInit(PVOID DeviceExtension)
{
    StorPortInitializeDpc(DeviceExtension, &((PTB_ADAPTER)DeviceExtension)->Dpc, TbDpc);
    return TRUE;
}

BOOLEAN TbInitialize(PVOID DeviceExtension)
{
    return StorPortEnablePassiveInitialization(DeviceExtension, TbPassiveInit);
}

ULONG TbFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
                    PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    return SP_RETURN_FOUND;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
    HW_INITIALIZATION_DATA init;
    PHW_BUILDIO build = TbBuildIo;

    RtlZeroMemory(&init, sizeof init);
    init.HwInitializationDataSize = sizeof init;
    init.HwFindAdapter = TbFindAdapter;
    init.HwInitialize = TbInitialize;
    init.HwStartIo = TbStartIo;
    init.HwInterrupt = TbInterrupt;
    init.HwBuildIo = build;
    init.DeviceExtensionSize = sizeof(TB_ADAPTER);
    return StorPortInitialize(DriverObject, RegistryPath, &init, NULL);
}
