/*
 * stall-too-long: HwFindAdapter waits for the controller through a helper in another file that stalls 5 ms.
 */

#include <storport.h>

#include "mp.h"

VOID MpWaitReady(PVOID DeviceExtension);


ULONG MpFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                    PCHAR ArgumentString, PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    MpWaitReady(DeviceExtension);
    ConfigInfo->MaximumTransferLength = 0x20000;
    ConfigInfo->NumberOfPhysicalBreaks = 32;
    ConfigInfo->ScatterGather = TRUE;
    ConfigInfo->Master = TRUE;
    return SP_RETURN_FOUND;
}

VOID MpCompletionDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)HwDeviceExtension;
    PSCSI_REQUEST_BLOCK srb = devExt->ActiveSrb;

    if (srb == NULL) {
        return;
    }
    devExt->ActiveSrb = NULL;
    srb->SrbStatus = SRB_STATUS_SUCCESS;
    StorPortNotification(RequestComplete, devExt, srb);
}

BOOLEAN MpPassiveInitialize(PVOID DeviceExtension)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;

    StorPortInitializeDpc(devExt, &devExt->CompletionDpc, MpCompletionDpc);
    devExt->DpcReady = TRUE;
    return TRUE;
}

BOOLEAN MpInitialize(PVOID DeviceExtension)
{
    ((PMP_DEVICE_EXTENSION)DeviceExtension)->ActiveSrb = NULL;
    return StorPortEnablePassiveInitialization(DeviceExtension, MpPassiveInitialize);
}

BOOLEAN MpBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Srb->SrbExtension;

    srbExt->State = MP_STATE_BUILT;
    srbExt->Tag = Srb->QueueTag;
    srbExt->BytesDone = 0;
    srbExt->Retries = 0;
    return TRUE;
}

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Srb->SrbExtension;

    srbExt->State = MP_STATE_ISSUED;
    devExt->ActiveSrb = Srb;
    StorPortWriteRegisterUlong(devExt, devExt->Doorbell, srbExt->Tag);
    return TRUE;
}

BOOLEAN MpInterrupt(PVOID DeviceExtension)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    ULONG pending = StorPortReadRegisterUlong(devExt, devExt->InterruptStatus);

    if (pending == 0) {
        return FALSE;
    }
    StorPortWriteRegisterUlong(devExt, devExt->InterruptStatus, pending);
    if (devExt->DpcReady) {
        StorPortIssueDpc(devExt, &devExt->CompletionDpc, NULL, NULL);
    }
    return TRUE;
}

BOOLEAN MpResetBus(PVOID DeviceExtension, ULONG PathId)
{
    ((PMP_DEVICE_EXTENSION)DeviceExtension)->ActiveSrb = NULL;
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
