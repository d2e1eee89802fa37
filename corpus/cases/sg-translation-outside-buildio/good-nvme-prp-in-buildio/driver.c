/*
 * sg-translation-outside-buildio: an NVMe-style miniport. HwBuildIo turns the
 * SG list into an NVME_COMMAND with PRP entries in the SRB extension;
 * HwStartIo copies the ready command into the submission queue and rings
 * the tail doorbell; the message-signaled interrupt routine reads the
 * completion queue and completes the SRB. Only nvme.h, srb.h and storport.h
 * declarations are used, the way a StorNVMe-like driver uses them.
 */
// expect-no-findings

#include <storport.h>
#include <srbhelper.h>
#include <nvme.h>

#define NVMP_QUEUE_DEPTH   64
#define NVMP_PAGE_SIZE     0x1000
#define NVMP_MAX_PRP       32

typedef struct _NVMP_SRB_EXTENSION {
    NVME_COMMAND Command;
    ULONGLONG PrpList[NVMP_MAX_PRP];
    ULONG PrpCount;
} NVMP_SRB_EXTENSION, *PNVMP_SRB_EXTENSION;

typedef struct _NVMP_DEVICE_EXTENSION {
    PNVME_CONTROLLER_REGISTERS Registers;
    NVME_CONTROLLER_CAPABILITIES Capabilities;
    PNVME_COMMAND SubmissionQueue;
    PNVME_COMPLETION_ENTRY CompletionQueue;
    PNVME_SUBMISSION_QUEUE_TAIL_DOORBELL SubmissionTail;
    PNVME_COMPLETION_QUEUE_HEAD_DOORBELL CompletionHead;
    USHORT SqTail;
    USHORT CqHead;
    USHORT CqPhase;
    PSTORAGE_REQUEST_BLOCK Outstanding[NVMP_QUEUE_DEPTH];
} NVMP_DEVICE_EXTENSION, *PNVMP_DEVICE_EXTENSION;

BOOLEAN NvmpMessageInterrupt(PVOID DeviceExtension, ULONG MessageId);

ULONG NvmpFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                      PCHAR ArgumentString, PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    PNVMP_DEVICE_EXTENSION devExt = (PNVMP_DEVICE_EXTENSION)DeviceExtension;
    PACCESS_RANGE bar0 = &(*ConfigInfo->AccessRanges)[0];

    devExt->Registers = (PNVME_CONTROLLER_REGISTERS)StorPortGetDeviceBase(
        DeviceExtension, ConfigInfo->AdapterInterfaceType, ConfigInfo->SystemIoBusNumber,
        bar0->RangeStart, bar0->RangeLength, FALSE);
    if (devExt->Registers == NULL) {
        return SP_RETURN_NOT_FOUND;
    }
    devExt->Capabilities.AsUlonglong =
        StorPortReadRegisterUlong64(DeviceExtension, &devExt->Registers->CAP.AsUlonglong);
    ConfigInfo->MaximumTransferLength = NVMP_MAX_PRP * NVMP_PAGE_SIZE;
    ConfigInfo->NumberOfPhysicalBreaks = NVMP_MAX_PRP;
    ConfigInfo->ScatterGather = TRUE;
    ConfigInfo->Master = TRUE;
    ConfigInfo->Dma64BitAddresses = SCSI_DMA64_MINIPORT_FULL64BIT_SUPPORTED;
    ConfigInfo->SrbType = SRB_TYPE_STORAGE_REQUEST_BLOCK;
    ConfigInfo->AddressType = STORAGE_ADDRESS_TYPE_BTL8;
    ConfigInfo->InterruptSynchronizationMode = InterruptSynchronizePerMessage;
    ConfigInfo->HwMSInterruptRoutine = NvmpMessageInterrupt;
    return SP_RETURN_FOUND;
}

BOOLEAN NvmpInitialize(PVOID DeviceExtension)
{
    PNVMP_DEVICE_EXTENSION devExt = (PNVMP_DEVICE_EXTENSION)DeviceExtension;
    NVME_CONTROLLER_CONFIGURATION cc;
    NVME_CONTROLLER_STATUS csts;

    cc.AsUlong = 0;
    cc.CSS = NVME_CSS_NVM_COMMAND_SET;
    cc.AMS = NVME_AMS_ROUND_ROBIN;
    cc.SHN = NVME_CC_SHN_NO_NOTIFICATION;
    cc.IOSQES = 6;
    cc.IOCQES = 4;
    cc.EN = 1;
    StorPortWriteRegisterUlong(DeviceExtension, &devExt->Registers->CC.AsUlong, cc.AsUlong);
    csts.AsUlong = StorPortReadRegisterUlong(DeviceExtension, &devExt->Registers->CSTS.AsUlong);
    devExt->SqTail = 0;
    devExt->CqHead = 0;
    devExt->CqPhase = 1;
    return csts.RDY == 1 && csts.CFS == 0;
}

/* Builds the whole NVMe command, PRP list included, before StartIo runs. */
BOOLEAN NvmpBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PSTORAGE_REQUEST_BLOCK srb = (PSTORAGE_REQUEST_BLOCK)Srb;
    PNVMP_SRB_EXTENSION srbExt = (PNVMP_SRB_EXTENSION)SrbGetMiniportContext(srb);
    PSTOR_SCATTER_GATHER_LIST sgl;
    PCDB cdb;
    ULONG64 lba = 0;
    ULONG blocks = 0;
    ULONG i;

    if (srb->SrbFunction != SRB_FUNCTION_EXECUTE_SCSI) {
        return TRUE;
    }
    cdb = (PCDB)SrbGetCdb(srb);
    if (cdb == NULL) {
        SrbSetSrbStatus(srb, SRB_STATUS_INVALID_REQUEST);
        StorPortNotification(RequestComplete, DeviceExtension, srb);
        return FALSE;
    }
    REVERSE_BYTES_QUAD(&lba, cdb->CDB16.LogicalBlock);
    REVERSE_BYTES(&blocks, cdb->CDB16.TransferLength);

    sgl = StorPortGetScatterGatherList(DeviceExtension, Srb);
    if (sgl == NULL || sgl->NumberOfElements == 0) {
        SrbSetSrbStatus(srb, SRB_STATUS_ERROR);
        StorPortNotification(RequestComplete, DeviceExtension, srb);
        return FALSE;
    }

    RtlZeroMemory(&srbExt->Command, sizeof(NVME_COMMAND));
    srbExt->Command.CDW0.OPC = (cdb->CDB16.OperationCode == SCSIOP_WRITE16)
                                   ? NVME_NVM_COMMAND_WRITE : NVME_NVM_COMMAND_READ;
    srbExt->Command.NSID = 1;
    srbExt->Command.u.READWRITE.LBALOW = (ULONG)(lba & 0xFFFFFFFF);
    srbExt->Command.u.READWRITE.LBAHIGH = (ULONG)(lba >> 32);
    srbExt->Command.u.READWRITE.CDW12.NLB = blocks - 1;
    srbExt->Command.u.READWRITE.CDW12.FUA = 0;

    srbExt->Command.PRP1 = (ULONGLONG)sgl->List[0].PhysicalAddress.QuadPart;
    for (i = 1; i < sgl->NumberOfElements && i <= NVMP_MAX_PRP; i++) {
        srbExt->PrpList[i - 1] = (ULONGLONG)sgl->List[i].PhysicalAddress.QuadPart;
    }
    srbExt->PrpCount = i - 1;
    if (srbExt->PrpCount == 1) {
        srbExt->Command.PRP2 = srbExt->PrpList[0];
    }
    return TRUE;
}

BOOLEAN NvmpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PNVMP_DEVICE_EXTENSION devExt = (PNVMP_DEVICE_EXTENSION)DeviceExtension;
    PSTORAGE_REQUEST_BLOCK srb = (PSTORAGE_REQUEST_BLOCK)Srb;
    PNVMP_SRB_EXTENSION srbExt = (PNVMP_SRB_EXTENSION)SrbGetMiniportContext(srb);
    USHORT slot = devExt->SqTail;
    NVME_SUBMISSION_QUEUE_TAIL_DOORBELL tail;

    if (srb->SrbFunction != SRB_FUNCTION_EXECUTE_SCSI) {
        SrbSetSrbStatus(srb, SRB_STATUS_INVALID_REQUEST);
        StorPortNotification(RequestComplete, DeviceExtension, srb);
        return TRUE;
    }
    srbExt->Command.CDW0.CID = slot;
    devExt->Outstanding[slot] = srb;
    StorPortCopyMemory(&devExt->SubmissionQueue[slot], &srbExt->Command, sizeof(NVME_COMMAND));
    devExt->SqTail = (USHORT)((slot + 1) % NVMP_QUEUE_DEPTH);
    tail.AsUlong = 0;
    tail.SQT = devExt->SqTail;
    StorPortWriteRegisterUlong(DeviceExtension, &devExt->SubmissionTail->AsUlong, tail.AsUlong);
    return TRUE;
}

BOOLEAN NvmpMessageInterrupt(PVOID DeviceExtension, ULONG MessageId)
{
    PNVMP_DEVICE_EXTENSION devExt = (PNVMP_DEVICE_EXTENSION)DeviceExtension;
    PNVME_COMPLETION_ENTRY entry = &devExt->CompletionQueue[devExt->CqHead];
    PSTORAGE_REQUEST_BLOCK srb;
    NVME_COMPLETION_QUEUE_HEAD_DOORBELL head;
    NVME_COMMAND_STATUS status;

    if (entry->DW3.Status.P != devExt->CqPhase) {
        return FALSE;
    }
    status = entry->DW3.Status;
    srb = devExt->Outstanding[entry->DW3.CID % NVMP_QUEUE_DEPTH];
    devExt->Outstanding[entry->DW3.CID % NVMP_QUEUE_DEPTH] = NULL;
    devExt->CqHead = (USHORT)((devExt->CqHead + 1) % NVMP_QUEUE_DEPTH);
    if (devExt->CqHead == 0) {
        devExt->CqPhase ^= 1;
    }
    head.AsUlong = 0;
    head.CQH = devExt->CqHead;
    StorPortWriteRegisterUlong(DeviceExtension, &devExt->CompletionHead->AsUlong, head.AsUlong);
    if (srb != NULL) {
        if (status.SCT == NVME_STATUS_TYPE_GENERIC_COMMAND && status.SC == NVME_STATUS_SUCCESS_COMPLETION) {
            SrbSetSrbStatus(srb, SRB_STATUS_SUCCESS);
        } else {
            SrbSetSrbStatus(srb, SRB_STATUS_ERROR);
        }
        StorPortNotification(RequestComplete, DeviceExtension, srb);
    }
    return TRUE;
}

BOOLEAN NvmpInterrupt(PVOID DeviceExtension)
{
    return FALSE;
}

BOOLEAN NvmpResetBus(PVOID DeviceExtension, ULONG PathId)
{
    StorPortCompleteRequest(DeviceExtension, (UCHAR)PathId, SP_UNTAGGED, SP_UNTAGGED, SRB_STATUS_BUS_RESET);
    return TRUE;
}

SCSI_ADAPTER_CONTROL_STATUS NvmpAdapterControl(PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
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
    initData.HwFindAdapter = NvmpFindAdapter;
    initData.HwInitialize = NvmpInitialize;
    initData.HwStartIo = NvmpStartIo;
    initData.HwInterrupt = NvmpInterrupt;
    initData.HwBuildIo = NvmpBuildIo;
    initData.HwResetBus = NvmpResetBus;
    initData.HwAdapterControl = NvmpAdapterControl;
    initData.DeviceExtensionSize = sizeof(NVMP_DEVICE_EXTENSION);
    initData.SrbExtensionSize = sizeof(NVMP_SRB_EXTENSION);
    initData.NumberOfAccessRanges = 1;
    initData.NeedPhysicalAddresses = TRUE;
    initData.TaggedQueuing = TRUE;
    initData.AutoRequestSense = TRUE;
    initData.MultipleRequestPerLu = TRUE;
    initData.SrbTypeFlags = SRB_TYPE_FLAG_STORAGE_REQUEST_BLOCK;
    initData.FeatureSupport = STOR_FEATURE_FULL_PNP_DEVICE_CAPABILITIES;
    return StorPortInitialize(DriverObject, RegistryPath, &initData, NULL);
}
