/* SPDX-License-Identifier: Apache-2.0 */
/*
 * ddi-wrong-context: the dump-mode flag comes from DriverEntry, which is
 * called with NULL arguments when the miniport is loaded for crash dump or
 * hibernation; it is latched in a global and copied into the extension in
 * HwFindAdapter. The ISR calls the DPC routine itself only in that mode.
 */
// expect-no-findings

#include <storport.h>

#include "mp.h"

static BOOLEAN MpCrashDumpMode;

ULONG MpFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                    PCHAR ArgumentString, PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;

    devExt->DumpMode = MpCrashDumpMode;
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

    if (devExt->TrimBuffer != NULL) {
        StorPortFreePool(devExt, devExt->TrimBuffer);
        devExt->TrimBuffer = NULL;
    }
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
    return TRUE;
}

BOOLEAN MpInitialize(PVOID DeviceExtension)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;

    devExt->ActiveSrb = NULL;
    if (devExt->DumpMode) {
        return TRUE;
    }
    return StorPortEnablePassiveInitialization(DeviceExtension, MpPassiveInitialize);
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

    if (devExt->ActiveSrb == NULL) {
        return FALSE;
    }
    if (devExt->DumpMode == FALSE) {
        StorPortIssueDpc(devExt, &devExt->CompletionDpc, NULL, NULL);
    } else {
        MpCompletionDpc(&devExt->CompletionDpc, devExt, NULL, NULL);
    }
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

    MpCrashDumpMode = FALSE;
    if (RegistryPath == NULL) {
        MpCrashDumpMode = TRUE;
    }
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
