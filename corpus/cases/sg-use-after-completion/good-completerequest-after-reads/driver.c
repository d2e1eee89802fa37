/*
 * sg-use-after-completion: on a dead controller BuildIo flushes every outstanding SRB with
 * StorPortCompleteRequest; the SG list was read before the flush.
 */
// expect-no-findings

#include <storport.h>

#define MP_TAG      0x6B50534DUL
#define MP_MAX_PRD  32

typedef struct _MP_PRD {
    ULONGLONG Address;
    ULONG Length;
} MP_PRD, *PMP_PRD;

typedef struct _MP_SRB_EXTENSION {
    MP_PRD Prd[MP_MAX_PRD];
    ULONG PrdCount;
} MP_SRB_EXTENSION, *PMP_SRB_EXTENSION;

typedef struct _MP_DEVICE_EXTENSION {
    PULONG Doorbell;
    PSCSI_REQUEST_BLOCK ActiveSrb;
    BOOLEAN ControllerFailed;
    ULONG LostElements;
} MP_DEVICE_EXTENSION, *PMP_DEVICE_EXTENSION;

ULONG MpFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                    PCHAR ArgumentString, PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    ConfigInfo->MaximumTransferLength = MP_MAX_PRD * 0x1000;
    ConfigInfo->NumberOfPhysicalBreaks = MP_MAX_PRD - 1;
    ConfigInfo->ScatterGather = TRUE;
    ConfigInfo->Master = TRUE;
    return SP_RETURN_FOUND;
}

BOOLEAN MpInitialize(PVOID DeviceExtension)
{
    ((PMP_DEVICE_EXTENSION)DeviceExtension)->ActiveSrb = NULL;
    return TRUE;
}

BOOLEAN MpBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Srb->SrbExtension;
    PSTOR_SCATTER_GATHER_LIST sgl;
    ULONG i;

    sgl = StorPortGetScatterGatherList(DeviceExtension, Srb);
    if (sgl == NULL) {
        Srb->SrbStatus = SRB_STATUS_ERROR;
        StorPortNotification(RequestComplete, DeviceExtension, Srb);
        return FALSE;
    }
    if (devExt->ControllerFailed) {
        devExt->LostElements += sgl->NumberOfElements;
        StorPortCompleteRequest(DeviceExtension, SP_UNTAGGED, SP_UNTAGGED, SP_UNTAGGED, SRB_STATUS_BUS_RESET);  // expect: ddi-port-only
        return FALSE;
    }
    for (i = 0; i < sgl->NumberOfElements && i < MP_MAX_PRD; i++) {
        srbExt->Prd[i].Address = sgl->List[i].PhysicalAddress.QuadPart;
        srbExt->Prd[i].Length = sgl->List[i].Length;
    }
    srbExt->PrdCount = i;
    return TRUE;
}

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Srb->SrbExtension;

    devExt->ActiveSrb = Srb;
    StorPortWriteRegisterUlong(devExt, devExt->Doorbell, srbExt->PrdCount);
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
    StorPortNotification(RequestComplete, DeviceExtension, srb);
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
