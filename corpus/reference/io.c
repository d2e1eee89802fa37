/*
 * io.c - the request path: HwBuildIo prepares each request completely
 * (CDB decoding, PRD table from the port's SG list); HwStartIo only puts the
 * prepared descriptor on the command ring and rings the doorbell.
 */
#include "refminiport.h"

/*
 * Translates the port's SG list into the command's PRD table in the SRB
 * extension. Reads the list, never writes or keeps it. Returns an SRB status;
 * on success *MappedBytes is the sum of the element lengths.
 */
_Use_decl_annotations_
ULONG
RefBuildPrdTable(PREF_DEVICE_EXTENSION DevExt, PREF_SRB_EXTENSION SrbExt, PSTOR_SCATTER_GATHER_LIST Sgl,
                 PULONG MappedBytes)
{
    ULONG count = Sgl->NumberOfElements;
    ULONG mapped = 0;
    ULONG i;

    *MappedBytes = 0;
    if (count == 0 || count > DevExt->MaxPrd) {
        return SRB_STATUS_INVALID_REQUEST;
    }
    for (i = 0; i < count; i++) {
        ULONGLONG address = (ULONGLONG)Sgl->List[i].PhysicalAddress.QuadPart;
        ULONG length = Sgl->List[i].Length;

        if ((address & RSC_PRD_ALIGN_MASK) != 0 || (length & RSC_PRD_ALIGN_MASK) != 0 || length == 0 ||
            length > RSC_PRD_MAX_LENGTH) {
            return SRB_STATUS_INVALID_REQUEST;
        }
        if (!DevExt->Dma64 && (address >> 32) != 0) {
            return SRB_STATUS_INVALID_REQUEST;
        }
        SrbExt->PrdTable[i].Address = address;
        SrbExt->PrdTable[i].Length = length;
        SrbExt->PrdTable[i].Flags = 0;
        mapped += length;
    }
    SrbExt->PrdTable[count - 1].Flags = RSC_PRD_FLAG_END_OF_TABLE;
    SrbExt->Command.PrdCount = count;
    *MappedBytes = mapped;
    return SRB_STATUS_SUCCESS;
}

/* Gives the prepared command the physical address of its PRD table. */
static UCHAR
RefMapPrdTable(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ PSCSI_REQUEST_BLOCK Srb, _Inout_ PREF_SRB_EXTENSION SrbExt)
{
    ULONG length = SrbExt->Command.PrdCount * sizeof(RSC_PRD);
    ULONG needed = length;
    STOR_PHYSICAL_ADDRESS pa;

    /* The SRB extension belongs to this SRB, so the SRB is passed in. */
    pa = StorPortGetPhysicalAddress(DevExt, Srb, SrbExt->PrdTable, &length);
    if (pa.QuadPart == 0 || length < needed || (pa.QuadPart & 0x7) != 0) {
        return SRB_STATUS_ERROR;
    }
    SrbExt->Command.PrdTable = (ULONGLONG)pa.QuadPart;
    return SRB_STATUS_SUCCESS;
}

/*
 * HwBuildIo (DISPATCH_LEVEL, no lock held, possibly on several processors at
 * once): everything that only needs the SRB is done here, so StartIo, which
 * holds the StartIo lock, stays short.
 */
_Use_decl_annotations_
BOOLEAN
RefBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PREF_DEVICE_EXTENSION devExt = (PREF_DEVICE_EXTENSION)DeviceExtension;
    PREF_SRB_EXTENSION srbExt = (PREF_SRB_EXTENSION)SrbGetMiniportContext(Srb);
    PSTOR_SCATTER_GATHER_LIST sgl;
    PCDB cdb;
    UCHAR pathId, targetId, lun;
    UCHAR status;
    ULONG transferLength;
    ULONG mapped;

    srbExt->Action = RefActionSubmit;
    srbExt->Tag = REF_NO_TAG;
    srbExt->TicksLeft = 0;
    RtlZeroMemory(&srbExt->Command, sizeof(RSC_COMMAND));

    switch (SrbGetSrbFunction(Srb)) {
    case SRB_FUNCTION_EXECUTE_SCSI:
        break;
    case SRB_FUNCTION_RESET_LOGICAL_UNIT:
    case SRB_FUNCTION_RESET_DEVICE:
        /* Touches the outstanding table: StartIo does it under its lock. */
        srbExt->Action = RefActionResetUnit;
        return TRUE;
    case SRB_FUNCTION_FLUSH:
    case SRB_FUNCTION_SHUTDOWN:
    case SRB_FUNCTION_PNP:
    case SRB_FUNCTION_POWER:
        /* Cache flushes reach us as SYNCHRONIZE CACHE; nothing else to do. */
        RefCompleteSrb(devExt, Srb, SRB_STATUS_SUCCESS);
        return FALSE;
    default:
        RefCompleteSrb(devExt, Srb, SRB_STATUS_INVALID_REQUEST);
        return FALSE;
    }

    if (devExt->Removed) {
        RefCompleteSrb(devExt, Srb, SRB_STATUS_NO_DEVICE);
        return FALSE;
    }
    SrbGetPathTargetLun(Srb, &pathId, &targetId, &lun);
    if (pathId != 0 || targetId >= REF_MAX_TARGETS) {
        RefCompleteSrb(devExt, Srb, SRB_STATUS_NO_DEVICE);
        return FALSE;
    }
    if (lun >= REF_MAX_LUNS) {
        RefCompleteSrb(devExt, Srb, SRB_STATUS_INVALID_LUN);
        return FALSE;
    }

    cdb = SrbGetCdb(Srb);
    if (cdb == NULL) {
        RefCompleteSrb(devExt, Srb, SRB_STATUS_INVALID_REQUEST);
        return FALSE;
    }

    /* INQUIRY, READ CAPACITY, MODE SENSE, ...: answered from the extension. */
    if (RefIsEmulatedCommand(cdb->CDB6GENERIC.OperationCode)) {
        status = RefEmulateCommand(devExt, Srb, cdb);
        RefCompleteSrb(devExt, Srb, status);
        return FALSE;
    }

    /* READ/WRITE(10/16) and SYNCHRONIZE CACHE: a controller command. */
    status = RefDecodeReadWrite(devExt, Srb, cdb, &srbExt->Command);
    if (status != SRB_STATUS_PENDING) {
        RefCompleteSrb(devExt, Srb, status);
        return FALSE;
    }

    /* Fast path: no data, no SG list, no PRD table. */
    transferLength = SrbGetDataTransferLength(Srb);
    if (transferLength == 0 || srbExt->Command.Opcode == RSC_OP_FLUSH) {
        srbExt->Command.PrdCount = 0;
        srbExt->Command.PrdTable = 0;
        return TRUE;
    }

    sgl = StorPortGetScatterGatherList(devExt, Srb);
    if (sgl == NULL) {
        RefCompleteSrb(devExt, Srb, SRB_STATUS_ERROR);
        return FALSE;
    }
    if (sgl->NumberOfElements > devExt->MaxPrd) {
        /* The port broke our NumberOfPhysicalBreaks: note it, then fail. */
        devExt->Stats.SgRejected++;
        devExt->Stats.LastRejectedElements = sgl->NumberOfElements;
        RefCompleteSrb(devExt, Srb, SRB_STATUS_INVALID_REQUEST);
        return FALSE;
    }
    status = (UCHAR)RefBuildPrdTable(devExt, srbExt, sgl, &mapped);
    if (status != SRB_STATUS_SUCCESS) {
        devExt->Stats.SgRejected++;
        RefCompleteSrb(devExt, Srb, status);
        return FALSE;
    }
    /* From here on the SG list is no longer needed: the PRD table says it all. */
    if (mapped < transferLength) {
        RefCompleteSrb(devExt, Srb, SRB_STATUS_ERROR);
        return FALSE;
    }
    status = RefMapPrdTable(devExt, Srb, srbExt);
    if (status != SRB_STATUS_SUCCESS) {
        RefCompleteSrb(devExt, Srb, status);
        return FALSE;
    }
    return TRUE;
}

/* Lowest free tag, or REF_NO_TAG. StartIo lock held. */
static USHORT
RefAllocateTag(_Inout_ PREF_DEVICE_EXTENSION DevExt)
{
    USHORT tag;

    for (tag = 0; tag < REF_QUEUE_DEPTH; tag++) {
        if (DevExt->FreeTags & (1UL << tag)) {
            DevExt->FreeTags &= ~(1UL << tag);
            return tag;
        }
    }
    return REF_NO_TAG;
}

/* Copies the prepared descriptor into the ring and rings the doorbell.
 * StartIo lock held. Touches the SRB extension's descriptor, not the SG list. */
static BOOLEAN
RefSubmitCommand(_Inout_ PREF_DEVICE_EXTENSION DevExt, _In_ PSCSI_REQUEST_BLOCK Srb,
                 _Inout_ PREF_SRB_EXTENSION SrbExt)
{
    PRSC_COMMAND slot;
    USHORT tag;
    ULONG timeout;

    if (DevExt->Removed) {
        RefCompleteSrb(DevExt, Srb, SRB_STATUS_NO_DEVICE);
        return TRUE;
    }
    if (DevExt->Stopped) {
        RefCompleteSrb(DevExt, Srb, SRB_STATUS_BUSY);
        return TRUE;
    }
    tag = RefAllocateTag(DevExt);
    if (tag == REF_NO_TAG) {
        /* Nothing was started yet, so BUSY is safe: the port resubmits. */
        RefCompleteSrb(DevExt, Srb, SRB_STATUS_BUSY);
        return TRUE;
    }

    timeout = SrbGetTimeOutValue(Srb);
    SrbExt->Tag = tag;
    SrbExt->TicksLeft = timeout != 0 ? timeout : REF_DEFAULT_TIMEOUT_S;
    SrbExt->Command.Tag = tag;
    DevExt->Outstanding[tag] = Srb;
    DevExt->OutstandingCount++;
    DevExt->Stats.Submitted++;

    slot = &DevExt->CommandRing[DevExt->CmdTail];
    StorPortMoveMemory(slot, &SrbExt->Command, sizeof(RSC_COMMAND));
    DevExt->CmdTail = (USHORT)((DevExt->CmdTail + 1) % REF_RING_ENTRIES);
    KeMemoryBarrier();
    RefWriteRegister(DevExt, RSC_REG_CMD_DOORBELL, DevExt->CmdTail);

    RefArmWatchdog(DevExt);
    return TRUE;
}

/*
 * HwStartIo (DISPATCH_LEVEL, StartIo lock held): requests arrive fully
 * prepared by HwBuildIo. No SG list, no translation, no CDB decoding here.
 */
_Use_decl_annotations_
BOOLEAN
RefStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PREF_DEVICE_EXTENSION devExt = (PREF_DEVICE_EXTENSION)DeviceExtension;
    PREF_SRB_EXTENSION srbExt = (PREF_SRB_EXTENSION)SrbGetMiniportContext(Srb);

    switch (srbExt->Action) {
    case RefActionSubmit:
        return RefSubmitCommand(devExt, Srb, srbExt);
    case RefActionResetUnit:
        /* One disk: a LUN or target reset aborts everything outstanding. */
        RefAbortOutstanding(devExt, SRB_STATUS_BUS_RESET);
        RefCompleteSrb(devExt, Srb, SRB_STATUS_SUCCESS);
        return TRUE;
    default:
        RefCompleteSrb(devExt, Srb, SRB_STATUS_INTERNAL_ERROR);
        return TRUE;
    }
}
