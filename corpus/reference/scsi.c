/*
 * scsi.c - SCSI command decoding, emulation of the commands the RSC-1 does
 * not implement (it only reads, writes and flushes blocks), sense data, and
 * the one routine that completes SRBs.
 *
 * Emulated commands copy their answer into the SRB's data buffer, which the
 * port maps for us (MapBuffers = STOR_MAP_NON_READ_WRITE_BUFFERS). They never
 * need the SG list.
 */
#include "refminiport.h"

#define REF_VENDOR_ID   "RSCSIM  "
#define REF_PRODUCT_ID  "Reference Disk  "
#define REF_REVISION    "1.0 "

/* The only place an SRB is completed. After this returns, the SRB, its
 * extension and its SG list belong to the port again. */
_Use_decl_annotations_
VOID
RefCompleteSrb(PREF_DEVICE_EXTENSION DevExt, PVOID Srb, UCHAR SrbStatus)
{
    SrbSetSrbStatus(Srb, SrbStatus);
    StorPortNotification(RequestComplete, DevExt, Srb);
}

/* Fills fixed-format sense data if the port gave us a buffer; returns the
 * SRB status that goes with it. */
_Use_decl_annotations_
UCHAR
RefSetSense(PVOID Srb, UCHAR SenseKey, UCHAR Asc, UCHAR Ascq)
{
    PSENSE_DATA sense = (PSENSE_DATA)SrbGetSenseInfoBuffer(Srb);
    UCHAR senseLength = SrbGetSenseInfoBufferLength(Srb);

    SrbSetScsiStatus(Srb, SCSISTAT_CHECK_CONDITION);
    if (sense == NULL || senseLength < FIELD_OFFSET(SENSE_DATA, FieldReplaceableUnitCode) ||
        (SrbGetSrbFlags(Srb) & SRB_FLAGS_DISABLE_AUTOSENSE) != 0) {
        return SRB_STATUS_ERROR;
    }
    RtlZeroMemory(sense, senseLength);
    sense->ErrorCode = SCSI_SENSE_ERRORCODE_FIXED_CURRENT;
    sense->SenseKey = SenseKey;
    sense->AdditionalSenseLength =
        (UCHAR)(FIELD_OFFSET(SENSE_DATA, FieldReplaceableUnitCode) - FIELD_OFFSET(SENSE_DATA, CommandSpecificInformation));
    sense->AdditionalSenseCode = Asc;
    sense->AdditionalSenseCodeQualifier = Ascq;
    return SRB_STATUS_ERROR | SRB_STATUS_AUTOSENSE_VALID;
}

static VOID
RefPutBe16(_Out_writes_bytes_(2) PUCHAR Out, _In_ ULONG Value)
{
    Out[0] = (UCHAR)(Value >> 8);
    Out[1] = (UCHAR)Value;
}

static VOID
RefPutBe32(_Out_writes_bytes_(4) PUCHAR Out, _In_ ULONG Value)
{
    Out[0] = (UCHAR)(Value >> 24);
    Out[1] = (UCHAR)(Value >> 16);
    Out[2] = (UCHAR)(Value >> 8);
    Out[3] = (UCHAR)Value;
}

static VOID
RefPutBe64(_Out_writes_bytes_(8) PUCHAR Out, _In_ ULONGLONG Value)
{
    RefPutBe32(Out, (ULONG)(Value >> 32));
    RefPutBe32(Out + 4, (ULONG)Value);
}

static ULONGLONG
RefGetBe(_In_reads_bytes_(Count) const UCHAR *In, _In_ ULONG Count)
{
    ULONGLONG value = 0;
    ULONG i;

    for (i = 0; i < Count; i++) {
        value = (value << 8) | In[i];
    }
    return value;
}

/* Copies an emulated answer into the data buffer, truncated to the
 * allocation length, and reports how much was returned. */
static UCHAR
RefReturnData(_In_ PVOID Srb, _In_reads_bytes_(Length) PVOID Data, _In_ ULONG Length, _In_ ULONG AllocationLength)
{
    PVOID buffer = SrbGetDataBuffer(Srb);
    ULONG room = SrbGetDataTransferLength(Srb);
    ULONG n = Length;

    if (AllocationLength < n) {
        n = AllocationLength;
    }
    if (room < n) {
        n = room;
    }
    if (n != 0 && buffer == NULL) {
        return SRB_STATUS_ERROR;
    }
    if (n != 0) {
        StorPortMoveMemory(buffer, Data, n);
    }
    SrbSetDataTransferLength(Srb, n);
    return SRB_STATUS_SUCCESS;
}

static UCHAR
RefInquiry(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ PVOID Srb, _In_reads_(6) const UCHAR *Cdb)
{
    UCHAR page[4 + sizeof(DevExt->SerialNumber)];
    INQUIRYDATA inquiry;
    ULONG allocation = (ULONG)RefGetBe(Cdb + 3, 2);
    ULONG i;

    if ((Cdb[1] & 0x01) == 0) {
        if (Cdb[2] != 0) {
            return RefSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, SCSI_ADSENSE_INVALID_CDB, 0);
        }
        RtlZeroMemory(&inquiry, sizeof(inquiry));
        inquiry.DeviceType = DIRECT_ACCESS_DEVICE;
        inquiry.Versions = 0x06;                /* SPC-4 */
        inquiry.ResponseDataFormat = 2;
        inquiry.AdditionalLength = (UCHAR)(sizeof(inquiry) - 5);
        inquiry.CommandQueue = 1;
        StorPortMoveMemory(inquiry.VendorId, REF_VENDOR_ID, sizeof(inquiry.VendorId));
        StorPortMoveMemory(inquiry.ProductId, REF_PRODUCT_ID, sizeof(inquiry.ProductId));
        StorPortMoveMemory(inquiry.ProductRevisionLevel, REF_REVISION, sizeof(inquiry.ProductRevisionLevel));
        return RefReturnData(Srb, &inquiry, sizeof(inquiry), allocation);
    }

    RtlZeroMemory(page, sizeof(page));
    page[0] = DIRECT_ACCESS_DEVICE;
    page[1] = Cdb[2];
    switch (Cdb[2]) {
    case VPD_SUPPORTED_PAGES:
        page[3] = 2;
        page[4] = VPD_SUPPORTED_PAGES;
        page[5] = VPD_SERIAL_NUMBER;
        return RefReturnData(Srb, page, 6, allocation);
    case VPD_SERIAL_NUMBER:
        for (i = 0; i < sizeof(DevExt->SerialNumber) && DevExt->SerialNumber[i] != 0; i++) {
            page[4 + i] = (UCHAR)DevExt->SerialNumber[i];
        }
        page[3] = (UCHAR)i;
        return RefReturnData(Srb, page, 4 + i, allocation);
    default:
        return RefSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, SCSI_ADSENSE_INVALID_CDB, 0);
    }
}

static UCHAR
RefReadCapacity10(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ PVOID Srb)
{
    UCHAR data[8];
    ULONGLONG last = DevExt->BlockCount - 1;

    /* Too big for 10 bytes: 0xFFFFFFFF tells the host to use READ CAPACITY(16). */
    RefPutBe32(data, last > 0xFFFFFFFFULL ? 0xFFFFFFFFUL : (ULONG)last);
    RefPutBe32(data + 4, DevExt->BlockSize);
    return RefReturnData(Srb, data, sizeof(data), sizeof(data));
}

static UCHAR
RefReadCapacity16(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ PVOID Srb, _In_reads_(16) const UCHAR *Cdb)
{
    UCHAR data[32];

    if ((Cdb[1] & 0x1F) != SERVICE_ACTION_READ_CAPACITY16) {
        return RefSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, SCSI_ADSENSE_INVALID_CDB, 0);
    }
    RtlZeroMemory(data, sizeof(data));
    RefPutBe64(data, DevExt->BlockCount - 1);
    RefPutBe32(data + 8, DevExt->BlockSize);
    return RefReturnData(Srb, data, sizeof(data), (ULONG)RefGetBe(Cdb + 10, 4));
}

static UCHAR
RefReportLuns(_In_ PVOID Srb, _In_reads_(12) const UCHAR *Cdb)
{
    UCHAR data[16];

    /* One LUN, number 0: an 8-byte header and one 8-byte entry of zeros. */
    RtlZeroMemory(data, sizeof(data));
    RefPutBe32(data, 8);
    return RefReturnData(Srb, data, sizeof(data), (ULONG)RefGetBe(Cdb + 6, 4));
}

/* MODE SENSE(6) and (10): the caching page only (alone or as "all pages"). */
static UCHAR
RefModeSense(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ PVOID Srb, _In_reads_(10) const UCHAR *Cdb, _In_ BOOLEAN Ten)
{
    UCHAR data[8 + 20];
    UCHAR pageCode = Cdb[2] & 0x3F;
    ULONG header = Ten ? sizeof(MODE_PARAMETER_HEADER10) : sizeof(MODE_PARAMETER_HEADER);
    ULONG total;
    PUCHAR page;

    if (pageCode != MODE_SENSE_RETURN_ALL && pageCode != MODE_PAGE_CACHING) {
        return RefSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, SCSI_ADSENSE_INVALID_CDB, 0);
    }
    RtlZeroMemory(data, sizeof(data));
    page = data + header;
    page[0] = MODE_PAGE_CACHING;
    page[1] = 0x12;
    page[2] = DevExt->WriteCache ? 0x04 : 0x00;     /* WCE */
    total = header + 20;

    if (Ten) {
        PMODE_PARAMETER_HEADER10 h = (PMODE_PARAMETER_HEADER10)data;
        RefPutBe16(h->ModeDataLength, total - 2);
        h->DeviceSpecificParameter = DevExt->WriteCache ? MODE_DSP_FUA_SUPPORTED : 0;
        return RefReturnData(Srb, data, total, (ULONG)RefGetBe(Cdb + 7, 2));
    } else {
        PMODE_PARAMETER_HEADER h = (PMODE_PARAMETER_HEADER)data;
        h->ModeDataLength = (UCHAR)(total - 1);
        h->DeviceSpecificParameter = DevExt->WriteCache ? MODE_DSP_FUA_SUPPORTED : 0;
        return RefReturnData(Srb, data, total, Cdb[4]);
    }
}

_Use_decl_annotations_
BOOLEAN
RefIsEmulatedCommand(UCHAR OperationCode)
{
    switch (OperationCode) {
    case SCSIOP_TEST_UNIT_READY:
    case SCSIOP_INQUIRY:
    case SCSIOP_READ_CAPACITY:
    case SCSIOP_SERVICE_ACTION_IN16:
    case SCSIOP_REPORT_LUNS:
    case SCSIOP_MODE_SENSE:
    case SCSIOP_MODE_SENSE10:
        return TRUE;
    default:
        return FALSE;
    }
}

/* Answers an emulated command; returns the SRB status to complete it with. */
_Use_decl_annotations_
UCHAR
RefEmulateCommand(PREF_DEVICE_EXTENSION DevExt, PVOID Srb, PCDB Cdb)
{
    const UCHAR *bytes = (const UCHAR *)Cdb;

    switch (bytes[0]) {
    case SCSIOP_TEST_UNIT_READY:
        if (DevExt->Stopped) {
            return RefSetSense(Srb, SCSI_SENSE_NOT_READY, SCSI_ADSENSE_LUN_NOT_READY, SCSI_SENSEQ_BECOMING_READY);
        }
        return SRB_STATUS_SUCCESS;
    case SCSIOP_INQUIRY:
        return RefInquiry(DevExt, Srb, bytes);
    case SCSIOP_READ_CAPACITY:
        return RefReadCapacity10(DevExt, Srb);
    case SCSIOP_SERVICE_ACTION_IN16:
        return RefReadCapacity16(DevExt, Srb, bytes);
    case SCSIOP_REPORT_LUNS:
        return RefReportLuns(Srb, bytes);
    case SCSIOP_MODE_SENSE:
        return RefModeSense(DevExt, Srb, bytes, FALSE);
    case SCSIOP_MODE_SENSE10:
        return RefModeSense(DevExt, Srb, bytes, TRUE);
    default:
        return RefSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, SCSI_ADSENSE_ILLEGAL_COMMAND, 0);
    }
}

/*
 * Decodes READ/WRITE(10/16) and SYNCHRONIZE CACHE(10/16) into a controller
 * command. Returns SRB_STATUS_PENDING when the command must go to the
 * controller, or the final status when it can be completed at once.
 */
_Use_decl_annotations_
UCHAR
RefDecodeReadWrite(PREF_DEVICE_EXTENSION DevExt, PVOID Srb, PCDB Cdb, PRSC_COMMAND Command)
{
    const UCHAR *bytes = (const UCHAR *)Cdb;
    ULONGLONG lba;
    ULONG blocks;
    BOOLEAN fua;

    switch (bytes[0]) {
    case SCSIOP_READ:
    case SCSIOP_WRITE:
        lba = RefGetBe(bytes + 2, 4);
        blocks = (ULONG)RefGetBe(bytes + 7, 2);
        fua = (bytes[1] & 0x08) != 0;
        Command->Opcode = bytes[0] == SCSIOP_READ ? RSC_OP_READ : RSC_OP_WRITE;
        break;
    case SCSIOP_READ16:
    case SCSIOP_WRITE16:
        lba = RefGetBe(bytes + 2, 8);
        blocks = (ULONG)RefGetBe(bytes + 10, 4);
        fua = (bytes[1] & 0x08) != 0;
        Command->Opcode = bytes[0] == SCSIOP_READ16 ? RSC_OP_READ : RSC_OP_WRITE;
        break;
    case SCSIOP_SYNCHRONIZE_CACHE:
    case SCSIOP_SYNCHRONIZE_CACHE16:
        if (!DevExt->WriteCache) {
            return SRB_STATUS_SUCCESS;
        }
        Command->Opcode = RSC_OP_FLUSH;
        return SRB_STATUS_PENDING;
    default:
        return RefSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, SCSI_ADSENSE_ILLEGAL_COMMAND, 0);
    }

    if (lba >= DevExt->BlockCount || blocks > DevExt->BlockCount - lba) {
        return RefSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, SCSI_ADSENSE_ILLEGAL_BLOCK, 0);
    }
    if (blocks == 0) {
        return SRB_STATUS_SUCCESS;
    }
    if ((ULONGLONG)blocks * DevExt->BlockSize != SrbGetDataTransferLength(Srb)) {
        return RefSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, SCSI_ADSENSE_INVALID_CDB, 0);
    }
    Command->Lba = lba;
    Command->BlockCount = blocks;
    Command->Flags = fua ? RSC_CMD_FLAG_FUA : 0;
    return SRB_STATUS_PENDING;
}

/* Maps a completion-entry status to an SRB status, with sense data. */
_Use_decl_annotations_
UCHAR
RefTranslateCompletionStatus(PVOID Srb, USHORT Status)
{
    switch (Status) {
    case RSC_CPL_SUCCESS:
        return SRB_STATUS_SUCCESS;
    case RSC_CPL_INVALID_OPCODE:
        return RefSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, SCSI_ADSENSE_ILLEGAL_COMMAND, 0);
    case RSC_CPL_LBA_OUT_OF_RANGE:
        return RefSetSense(Srb, SCSI_SENSE_ILLEGAL_REQUEST, SCSI_ADSENSE_ILLEGAL_BLOCK, 0);
    case RSC_CPL_MEDIA_ERROR:
        return RefSetSense(Srb, SCSI_SENSE_MEDIUM_ERROR, SCSI_ADSENSE_UNRECOVERED_ERROR, 0);
    case RSC_CPL_ABORTED:
        return SRB_STATUS_ABORTED;
    case RSC_CPL_DMA_ERROR:
    default:
        return RefSetSense(Srb, SCSI_SENSE_HARDWARE_ERROR, SCSI_ADSENSE_INTERNAL_TARGET_FAILURE, 0);
    }
}
