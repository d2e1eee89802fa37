/*
 * ddi-wrong-context: the twin of good-free-if-set-in-initialize-before-set,
 * but HwFindAdapter allocates the setup commands: when HwInitialize (DIRQL)
 * takes the port's failure path the pointer is set, and StorPortFreePool,
 * allowed at most at DISPATCH_LEVEL, is called at DIRQL.
 */

#include <storport.h>

#include "mp.h"

static VOID MpStartFailed(PMP_PORT Port, PVOID DevExt)
{
    Port->StartState = 0;
    if (Port->SetupCommands != NULL) {
        StorPortFreePool(DevExt, Port->SetupCommands); // expect: ddi-wrong-context
        Port->SetupCommands = NULL;
    }
}

static VOID MpRunPort(PMP_DEVICE_EXTENSION DevExt)
{
    if (StorPortReadRegisterUlong(DevExt, DevExt->Port->Control) == 0) {
        MpStartFailed(DevExt->Port, DevExt);
        return;
    }
    DevExt->Port->StartState = 2;
}

VOID MpStartTimer(PVOID DeviceExtension, PVOID Context)
{
    MpRunPort((PMP_DEVICE_EXTENSION)DeviceExtension);
}

BOOLEAN MpPassiveInitialize(PVOID DeviceExtension)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;

    devExt->Port->StartState = 3;
    return TRUE;
}

ULONG MpFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                    PCHAR ArgumentString, PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;

    devExt->Port = &devExt->PortStorage;
    StorPortAllocatePool(devExt, 512, 'pmPM', &devExt->Port->SetupCommands);
    StorPortInitializeTimer(devExt, &devExt->StartTimer);
    ConfigInfo->MaximumTransferLength = 0x20000;
    ConfigInfo->NumberOfPhysicalBreaks = 32;
    ConfigInfo->ScatterGather = TRUE;
    ConfigInfo->Master = TRUE;
    return SP_RETURN_FOUND;
}

BOOLEAN MpInitialize(PVOID DeviceExtension)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;

    devExt->Port->StartState = 1;
    MpRunPort(devExt);
    StorPortEnablePassiveInitialization(devExt, MpPassiveInitialize);
    StorPortRequestTimer(devExt, devExt->StartTimer, MpStartTimer, NULL, 100000, 0);
    return TRUE;
}

BOOLEAN MpBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Srb->SrbExtension;

    srbExt->State = 1;
    srbExt->Tag = Srb->QueueTag;
    return TRUE;
}

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Srb->SrbExtension;

    devExt->ActiveSrb = Srb;
    StorPortWriteRegisterUlong(devExt, devExt->Doorbell, srbExt->Tag);
    return TRUE;
}

BOOLEAN MpInterrupt(PVOID DeviceExtension)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    PSCSI_REQUEST_BLOCK srb = devExt->ActiveSrb;

    if (srb == NULL) {
        return FALSE;
    }
    devExt->ActiveSrb = NULL;
    srb->SrbStatus = SRB_STATUS_SUCCESS;
    StorPortNotification(RequestComplete, devExt, srb);
    return TRUE;
}

BOOLEAN MpResetBus(PVOID DeviceExtension, ULONG PathId)
{
    StorPortCompleteRequest(DeviceExtension, (UCHAR)PathId, SP_UNTAGGED, SP_UNTAGGED, SRB_STATUS_BUS_RESET);
    return TRUE;
}

SCSI_ADAPTER_CONTROL_STATUS MpAdapterControl(PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
                                             PVOID Parameters)
{
    if (ControlType == ScsiQuerySupportedControlTypes) {
        ((PSCSI_SUPPORTED_CONTROL_TYPE_LIST)Parameters)->SupportedTypeList[ScsiQuerySupportedControlTypes] = TRUE;
    }
    return ScsiAdapterControlSuccess;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
    HW_INITIALIZATION_DATA initData;

    RtlZeroMemory(&initData, sizeof(HW_INITIALIZATION_DATA));
    initData.HwInitializationDataSize = sizeof(HW_INITIALIZATION_DATA);
    initData.AdapterInterfaceType = PCIBus;
    initData.HwFindAdapter = MpFindAdapter;
    initData.HwInitialize = MpInitialize;
    initData.HwStartIo = MpStartIo;
    initData.HwInterrupt = MpInterrupt;
    initData.HwBuildIo = MpBuildIo;
    initData.HwResetBus = MpResetBus;
    initData.HwAdapterControl = MpAdapterControl;
    initData.DeviceExtensionSize = sizeof(MP_DEVICE_EXTENSION);
    initData.SrbExtensionSize = sizeof(MP_SRB_EXTENSION);
    initData.NeedPhysicalAddresses = TRUE;
    initData.TaggedQueuing = TRUE;
    initData.AutoRequestSense = TRUE;
    initData.MultipleRequestPerLu = TRUE;
    return StorPortInitialize(DriverObject, RegistryPath, &initData, NULL);
}
