/* Miniport registration, called from the driver entry point. */
#include "mp.h"

ULONG MpRegisterMiniport(PVOID DriverObject, PVOID RegistryPath)
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
