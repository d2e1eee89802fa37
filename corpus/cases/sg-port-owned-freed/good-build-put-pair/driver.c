/*
 * sg-port-owned-freed: BuildIo builds its own list into a pool buffer with
 * StorPortBuildScatterGatherList; the execution routine translates it and the DPC queued by the ISR
 * returns it with StorPortPutScatterGatherList and then frees the buffer.
 */
// expect-no-findings

#include <storport.h>

#define MP_TAG      0x6B50534DUL
#define MP_MAX_PRD  32

typedef struct _MP_PRD {
    ULONGLONG Address;
    ULONG Length;
} MP_PRD, *PMP_PRD;

#define MP_SG_BUFFER_SIZE 0x400

typedef struct _MP_SRB_EXTENSION {
    MP_PRD Prd[MP_MAX_PRD];
    ULONG PrdCount;
    struct _MP_DEVICE_EXTENSION *DevExt;
    BOOLEAN WriteToDevice;
    PVOID SgBuffer;
} MP_SRB_EXTENSION, *PMP_SRB_EXTENSION;

typedef struct _MP_DEVICE_EXTENSION {
    PULONG Doorbell;
    PULONG InterruptStatus;
    PSCSI_REQUEST_BLOCK ActiveSrb;
    STOR_DPC Dpc;
} MP_DEVICE_EXTENSION, *PMP_DEVICE_EXTENSION;

HW_DPC_ROUTINE MpDpc;

VOID MpSgListReady(PVOID *DeviceObject, PVOID *Irp, PSTOR_SCATTER_GATHER_LIST ScatterGather, PVOID Context)
{
    PSCSI_REQUEST_BLOCK srb = (PSCSI_REQUEST_BLOCK)Context;
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)srb->SrbExtension;
    ULONG i;

    for (i = 0; i < ScatterGather->NumberOfElements && i < MP_MAX_PRD; i++) {
        srbExt->Prd[i].Address = ScatterGather->List[i].PhysicalAddress.QuadPart;
        srbExt->Prd[i].Length = ScatterGather->List[i].Length;
    }
    srbExt->PrdCount = i;
    StorPortWriteRegisterUlong(srbExt->DevExt, srbExt->DevExt->Doorbell, srbExt->PrdCount);
}

ULONG MpFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                    PCHAR ArgumentString, PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    ConfigInfo->MaximumTransferLength = MP_MAX_PRD * 0x1000;
    ConfigInfo->NumberOfPhysicalBreaks = MP_MAX_PRD - 1;
    ConfigInfo->ScatterGather = TRUE;
    ConfigInfo->Master = TRUE;
    return SP_RETURN_FOUND;
}

BOOLEAN MpPassiveInit(PVOID DeviceExtension)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;

    StorPortInitializeDpc(DeviceExtension, &devExt->Dpc, MpDpc);
    return TRUE;
}

BOOLEAN MpInitialize(PVOID DeviceExtension)
{
    ((PMP_DEVICE_EXTENSION)DeviceExtension)->ActiveSrb = NULL;
    return StorPortEnablePassiveInitialization(DeviceExtension, MpPassiveInit);
}

BOOLEAN MpBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Srb->SrbExtension;
    PVOID mdl = NULL;

    srbExt->DevExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    srbExt->WriteToDevice = (BOOLEAN)((Srb->SrbFlags & SRB_FLAGS_DATA_OUT) != 0);
    srbExt->SgBuffer = NULL;
    if (StorPortGetOriginalMdl(DeviceExtension, Srb, &mdl) != STOR_STATUS_SUCCESS ||
        StorPortAllocatePool(DeviceExtension, MP_SG_BUFFER_SIZE, MP_TAG, &srbExt->SgBuffer) != STOR_STATUS_SUCCESS) {
        Srb->SrbStatus = SRB_STATUS_ERROR;
        StorPortNotification(RequestComplete, DeviceExtension, Srb);
        return FALSE;
    }
    if (StorPortBuildScatterGatherList(DeviceExtension, mdl, Srb->DataBuffer, Srb->DataTransferLength, MpSgListReady,
                                       Srb, srbExt->WriteToDevice, srbExt->SgBuffer,
                                       MP_SG_BUFFER_SIZE) != STOR_STATUS_SUCCESS) {
        StorPortFreePool(DeviceExtension, srbExt->SgBuffer);
        srbExt->SgBuffer = NULL;
        Srb->SrbStatus = SRB_STATUS_ERROR;
        StorPortNotification(RequestComplete, DeviceExtension, Srb);
        return FALSE;
    }
    return TRUE;
}

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    ((PMP_DEVICE_EXTENSION)DeviceExtension)->ActiveSrb = Srb;
    return TRUE;
}

VOID MpDpc(PSTOR_DPC Dpc, PVOID DeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    PSCSI_REQUEST_BLOCK srb = devExt->ActiveSrb;
    PMP_SRB_EXTENSION srbExt;

    if (srb == NULL) {
        return;
    }
    devExt->ActiveSrb = NULL;
    srbExt = (PMP_SRB_EXTENSION)srb->SrbExtension;
    StorPortPutScatterGatherList(DeviceExtension, (PSTOR_SCATTER_GATHER_LIST)srbExt->SgBuffer, srbExt->WriteToDevice);
    StorPortFreePool(DeviceExtension, srbExt->SgBuffer);
    srbExt->SgBuffer = NULL;
    srb->SrbStatus = SRB_STATUS_SUCCESS;
    StorPortNotification(RequestComplete, DeviceExtension, srb);
}

BOOLEAN MpInterrupt(PVOID DeviceExtension)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    ULONG pending = StorPortReadRegisterUlong(devExt, devExt->InterruptStatus);

    if (pending == 0) {
        return FALSE;
    }
    StorPortWriteRegisterUlong(devExt, devExt->InterruptStatus, pending);
    StorPortIssueDpc(DeviceExtension, &devExt->Dpc, NULL, NULL);
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
