/* SPDX-License-Identifier: Apache-2.0 */
/*
 * srbhelper.h - storcheck model header.
 * Accessors that read and write the common fields of either request block
 * format: SCSI_REQUEST_BLOCK or STORAGE_REQUEST_BLOCK (selected by
 * Function == SRB_FUNCTION_STORAGE_REQUEST_BLOCK).  Names follow the
 * documented srbhelper.h routines (learn.microsoft.com:
 * ddi/srbhelper/); the bodies here are this model's own short versions.
 */
#ifndef STORCHECK_SRBHELPER_H
#define STORCHECK_SRBHELPER_H

#include <storport.h>

#define SC_SRB_IS_EX(Srb) (((PSCSI_REQUEST_BLOCK)(Srb))->Function == SRB_FUNCTION_STORAGE_REQUEST_BLOCK)

/* ---- extended data ---- */
FORCEINLINE PSRBEX_DATA SrbGetSrbExDataByIndex(_In_ PSTORAGE_REQUEST_BLOCK Srb, _In_ ULONG SrbExDataIndex)
{
    if (SrbExDataIndex < Srb->NumSrbExData && Srb->SrbExDataOffset[SrbExDataIndex] >= sizeof(STORAGE_REQUEST_BLOCK) &&
        Srb->SrbExDataOffset[SrbExDataIndex] < Srb->SrbLength) {
        return (PSRBEX_DATA)((PUCHAR)Srb + Srb->SrbExDataOffset[SrbExDataIndex]);
    }
    return NULL;
}

FORCEINLINE PSRBEX_DATA SrbGetSrbExDataByType(_In_ PSTORAGE_REQUEST_BLOCK Srb, _In_ SRBEXDATATYPE Type)
{
    ULONG i;
    for (i = 0; i < Srb->NumSrbExData; i++) {
        PSRBEX_DATA Data = SrbGetSrbExDataByIndex(Srb, i);
        if (Data != NULL && Data->Type == Type) {
            return Data;
        }
    }
    return NULL;
}

FORCEINLINE PSRBEX_DATA SrbGetPrimarySrbExData(_In_ PSTORAGE_REQUEST_BLOCK Srb)
{
    switch (Srb->SrbFunction) {
    case SRB_FUNCTION_POWER:
        return SrbGetSrbExDataByType(Srb, SrbExDataTypePower);
    case SRB_FUNCTION_PNP:
        return SrbGetSrbExDataByType(Srb, SrbExDataTypePnP);
    case SRB_FUNCTION_WMI:
        return SrbGetSrbExDataByType(Srb, SrbExDataTypeWmi);
    case SRB_FUNCTION_EXECUTE_SCSI: {
        PSRBEX_DATA Data = SrbGetSrbExDataByType(Srb, SrbExDataTypeScsiCdb16);
        if (Data == NULL) {
            Data = SrbGetSrbExDataByType(Srb, SrbExDataTypeScsiCdb32);
        }
        if (Data == NULL) {
            Data = SrbGetSrbExDataByType(Srb, SrbExDataTypeScsiCdbVar);
        }
        return Data;
    }
    default:
        return NULL;
    }
}

FORCEINLINE PSTOR_ADDRESS SrbGetAddress(_In_ PSTORAGE_REQUEST_BLOCK Srb)
{
    if (Srb->AddressOffset == 0) {
        return NULL;
    }
    return (PSTOR_ADDRESS)((PUCHAR)Srb + Srb->AddressOffset);
}

/* ---- SCSI-specific data (CDB, status, sense) ---- */
FORCEINLINE PCDB SrbGetScsiData(_In_ PVOID Srb, _Out_opt_ PUCHAR CdbLength8, _Out_opt_ PULONG CdbLength32,
                                _Out_opt_ PUCHAR ScsiStatus, _Out_opt_ PVOID *SenseInfoBuffer,
                                _Out_opt_ PUCHAR SenseInfoBufferLength)
{
    PCDB Cdb = NULL;
    if (SC_SRB_IS_EX(Srb)) {
        PSRBEX_DATA Data = SrbGetPrimarySrbExData((PSTORAGE_REQUEST_BLOCK)Srb);
        if (Data == NULL) {
            return NULL;
        }
        if (Data->Type == SrbExDataTypeScsiCdb16) {
            PSRBEX_DATA_SCSI_CDB16 D = (PSRBEX_DATA_SCSI_CDB16)Data;
            Cdb = (PCDB)D->Cdb;
            if (CdbLength8) *CdbLength8 = D->CdbLength;
            if (CdbLength32) *CdbLength32 = D->CdbLength;
            if (ScsiStatus) *ScsiStatus = D->ScsiStatus;
            if (SenseInfoBuffer) *SenseInfoBuffer = D->SenseInfoBuffer;
            if (SenseInfoBufferLength) *SenseInfoBufferLength = D->SenseInfoBufferLength;
        } else if (Data->Type == SrbExDataTypeScsiCdb32) {
            PSRBEX_DATA_SCSI_CDB32 D = (PSRBEX_DATA_SCSI_CDB32)Data;
            Cdb = (PCDB)D->Cdb;
            if (CdbLength8) *CdbLength8 = D->CdbLength;
            if (CdbLength32) *CdbLength32 = D->CdbLength;
            if (ScsiStatus) *ScsiStatus = D->ScsiStatus;
            if (SenseInfoBuffer) *SenseInfoBuffer = D->SenseInfoBuffer;
            if (SenseInfoBufferLength) *SenseInfoBufferLength = D->SenseInfoBufferLength;
        } else if (Data->Type == SrbExDataTypeScsiCdbVar) {
            PSRBEX_DATA_SCSI_CDB_VAR D = (PSRBEX_DATA_SCSI_CDB_VAR)Data;
            Cdb = (PCDB)D->Cdb;
            if (CdbLength8) *CdbLength8 = 0;
            if (CdbLength32) *CdbLength32 = D->CdbLength;
            if (ScsiStatus) *ScsiStatus = D->ScsiStatus;
            if (SenseInfoBuffer) *SenseInfoBuffer = D->SenseInfoBuffer;
            if (SenseInfoBufferLength) *SenseInfoBufferLength = D->SenseInfoBufferLength;
        }
    } else {
        PSCSI_REQUEST_BLOCK S = (PSCSI_REQUEST_BLOCK)Srb;
        Cdb = (PCDB)S->Cdb;
        if (CdbLength8) *CdbLength8 = S->CdbLength;
        if (CdbLength32) *CdbLength32 = S->CdbLength;
        if (ScsiStatus) *ScsiStatus = S->ScsiStatus;
        if (SenseInfoBuffer) *SenseInfoBuffer = S->SenseInfoBuffer;
        if (SenseInfoBufferLength) *SenseInfoBufferLength = S->SenseInfoBufferLength;
    }
    return Cdb;
}

FORCEINLINE VOID SrbSetScsiData(_In_ PVOID Srb, _In_opt_ PUCHAR CdbLength8, _In_opt_ PULONG CdbLength32,
                                _In_opt_ PUCHAR ScsiStatus, _In_opt_ PVOID *SenseInfoBuffer,
                                _In_opt_ PUCHAR SenseInfoBufferLength)
{
    if (SC_SRB_IS_EX(Srb)) {
        PSRBEX_DATA Data = SrbGetPrimarySrbExData((PSTORAGE_REQUEST_BLOCK)Srb);
        if (Data == NULL) {
            return;
        }
        if (Data->Type == SrbExDataTypeScsiCdb16) {
            PSRBEX_DATA_SCSI_CDB16 D = (PSRBEX_DATA_SCSI_CDB16)Data;
            if (CdbLength8) D->CdbLength = *CdbLength8;
            if (ScsiStatus) D->ScsiStatus = *ScsiStatus;
            if (SenseInfoBuffer) D->SenseInfoBuffer = *SenseInfoBuffer;
            if (SenseInfoBufferLength) D->SenseInfoBufferLength = *SenseInfoBufferLength;
        } else if (Data->Type == SrbExDataTypeScsiCdb32) {
            PSRBEX_DATA_SCSI_CDB32 D = (PSRBEX_DATA_SCSI_CDB32)Data;
            if (CdbLength8) D->CdbLength = *CdbLength8;
            if (ScsiStatus) D->ScsiStatus = *ScsiStatus;
            if (SenseInfoBuffer) D->SenseInfoBuffer = *SenseInfoBuffer;
            if (SenseInfoBufferLength) D->SenseInfoBufferLength = *SenseInfoBufferLength;
        } else if (Data->Type == SrbExDataTypeScsiCdbVar) {
            PSRBEX_DATA_SCSI_CDB_VAR D = (PSRBEX_DATA_SCSI_CDB_VAR)Data;
            if (CdbLength32) D->CdbLength = *CdbLength32;
            if (ScsiStatus) D->ScsiStatus = *ScsiStatus;
            if (SenseInfoBuffer) D->SenseInfoBuffer = *SenseInfoBuffer;
            if (SenseInfoBufferLength) D->SenseInfoBufferLength = *SenseInfoBufferLength;
        }
    } else {
        PSCSI_REQUEST_BLOCK S = (PSCSI_REQUEST_BLOCK)Srb;
        if (CdbLength8) S->CdbLength = *CdbLength8;
        if (ScsiStatus) S->ScsiStatus = *ScsiStatus;
        if (SenseInfoBuffer) S->SenseInfoBuffer = *SenseInfoBuffer;
        if (SenseInfoBufferLength) S->SenseInfoBufferLength = *SenseInfoBufferLength;
    }
}

FORCEINLINE PCDB SrbGetCdb(_In_ PVOID Srb)
{
    return SrbGetScsiData(Srb, NULL, NULL, NULL, NULL, NULL);
}

FORCEINLINE UCHAR SrbGetCdbLength(_In_ PVOID Srb)
{
    UCHAR Length = 0;
    SrbGetScsiData(Srb, &Length, NULL, NULL, NULL, NULL);
    return Length;
}

FORCEINLINE VOID SrbSetCdbLength(_In_ PVOID Srb, _In_ UCHAR CdbLength)
{
    SrbSetScsiData(Srb, &CdbLength, NULL, NULL, NULL, NULL);
}

FORCEINLINE UCHAR SrbGetScsiStatus(_In_ PVOID Srb)
{
    UCHAR Status = 0;
    SrbGetScsiData(Srb, NULL, NULL, &Status, NULL, NULL);
    return Status;
}

FORCEINLINE VOID SrbSetScsiStatus(_In_ PVOID Srb, _In_ UCHAR ScsiStatus)
{
    SrbSetScsiData(Srb, NULL, NULL, &ScsiStatus, NULL, NULL);
}

FORCEINLINE PVOID SrbGetSenseInfoBuffer(_In_ PVOID Srb)
{
    PVOID Buffer = NULL;
    SrbGetScsiData(Srb, NULL, NULL, NULL, &Buffer, NULL);
    return Buffer;
}

FORCEINLINE UCHAR SrbGetSenseInfoBufferLength(_In_ PVOID Srb)
{
    UCHAR Length = 0;
    SrbGetScsiData(Srb, NULL, NULL, NULL, NULL, &Length);
    return Length;
}

FORCEINLINE VOID SrbSetSenseInfoBuffer(_In_ PVOID Srb, _In_opt_ PVOID SenseInfoBuffer)
{
    SrbSetScsiData(Srb, NULL, NULL, NULL, &SenseInfoBuffer, NULL);
}

FORCEINLINE VOID SrbSetSenseInfoBufferLength(_In_ PVOID Srb, _In_ UCHAR SenseInfoBufferLength)
{
    SrbSetScsiData(Srb, NULL, NULL, NULL, NULL, &SenseInfoBufferLength);
}

/* ---- common header fields ---- */
#define SC_SRB_FIELD_GET(Type, Name, ExField, ScsiField)                      \
    FORCEINLINE Type Name(_In_ PVOID Srb)                                     \
    {                                                                         \
        if (SC_SRB_IS_EX(Srb)) {                                              \
            return (Type)((PSTORAGE_REQUEST_BLOCK)Srb)->ExField;              \
        }                                                                     \
        return (Type)((PSCSI_REQUEST_BLOCK)Srb)->ScsiField;                   \
    }
#define SC_SRB_FIELD_SET(Type, Name, ExType, ExField, ScsiType, ScsiField)    \
    FORCEINLINE VOID Name(_In_ PVOID Srb, _In_ Type Value)                    \
    {                                                                         \
        if (SC_SRB_IS_EX(Srb)) {                                              \
            ((PSTORAGE_REQUEST_BLOCK)Srb)->ExField = (ExType)Value;           \
        } else {                                                              \
            ((PSCSI_REQUEST_BLOCK)Srb)->ScsiField = (ScsiType)Value;          \
        }                                                                     \
    }

SC_SRB_FIELD_GET(PVOID, SrbGetDataBuffer, DataBuffer, DataBuffer)
SC_SRB_FIELD_SET(PVOID, SrbSetDataBuffer, PVOID, DataBuffer, PVOID, DataBuffer)
SC_SRB_FIELD_GET(ULONG, SrbGetDataTransferLength, DataTransferLength, DataTransferLength)
SC_SRB_FIELD_SET(ULONG, SrbSetDataTransferLength, ULONG, DataTransferLength, ULONG, DataTransferLength)
SC_SRB_FIELD_GET(ULONG, SrbGetTimeOutValue, TimeOutValue, TimeOutValue)
SC_SRB_FIELD_SET(ULONG, SrbSetTimeOutValue, ULONG, TimeOutValue, ULONG, TimeOutValue)
SC_SRB_FIELD_GET(ULONG, SrbGetSrbFlags, SrbFlags, SrbFlags)
SC_SRB_FIELD_SET(ULONG, SrbSetSrbFlags, ULONG, SrbFlags, ULONG, SrbFlags)
SC_SRB_FIELD_GET(PVOID, SrbGetNextSrb, NextSrb, NextSrb)
SC_SRB_FIELD_GET(PVOID, SrbGetOriginalRequest, OriginalRequest, OriginalRequest)
SC_SRB_FIELD_SET(PVOID, SrbSetOriginalRequest, PVOID, OriginalRequest, PVOID, OriginalRequest)
SC_SRB_FIELD_GET(PVOID, SrbGetMiniportContext, MiniportContext, SrbExtension)
SC_SRB_FIELD_GET(ULONG, SrbGetSrbLength, SrbLength, Length)

FORCEINLINE VOID SrbSetNextSrb(_In_ PVOID Srb, _In_opt_ PVOID NextSrb)
{
    if (SC_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->NextSrb = (PSTORAGE_REQUEST_BLOCK)NextSrb;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->NextSrb = (PSCSI_REQUEST_BLOCK)NextSrb;
    }
}

FORCEINLINE VOID SrbAssignSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags)
{
    SrbSetSrbFlags(Srb, Flags);
}

FORCEINLINE VOID SrbSetSrbFlagsOn(_In_ PVOID Srb, _In_ ULONG Flags)
{
    SrbSetSrbFlags(Srb, SrbGetSrbFlags(Srb) | Flags);
}

FORCEINLINE VOID SrbClearSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags)
{
    SrbSetSrbFlags(Srb, SrbGetSrbFlags(Srb) & ~Flags);
}

FORCEINLINE BOOLEAN SrbTestSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags)
{
    return (BOOLEAN)((SrbGetSrbFlags(Srb) & Flags) != 0);
}

FORCEINLINE ULONG SrbGetSrbFunction(_In_ PVOID Srb)
{
    if (SC_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbFunction;
    }
    return (ULONG)((PSCSI_REQUEST_BLOCK)Srb)->Function;
}

FORCEINLINE UCHAR SrbGetSrbStatus(_In_ PVOID Srb)
{
    return ((PSCSI_REQUEST_BLOCK)Srb)->SrbStatus;
}

FORCEINLINE VOID SrbSetSrbStatus(_In_ PVOID Srb, _In_ UCHAR Status)
{
    /* SrbStatus sits at the same offset in both request block formats */
    ((PSCSI_REQUEST_BLOCK)Srb)->SrbStatus = Status;
}

FORCEINLINE ULONG SrbGetSystemStatus(_In_ PVOID Srb)
{
    if (SC_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->SystemStatus;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->InternalStatus;
}

FORCEINLINE VOID SrbSetSystemStatus(_In_ PVOID Srb, _In_ ULONG Status)
{
    if (SC_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->SystemStatus = Status;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->InternalStatus = Status;
    }
}

FORCEINLINE ULONG SrbGetQueueTag(_In_ PVOID Srb)
{
    if (SC_SRB_IS_EX(Srb)) {
        return ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestTag;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->QueueTag;
}
#define SrbGetRequestTag SrbGetQueueTag

FORCEINLINE VOID SrbSetQueueTag(_In_ PVOID Srb, _In_ ULONG QueueTag)
{
    if (SC_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestTag = QueueTag;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->QueueTag = (UCHAR)QueueTag;
    }
}
#define SrbSetRequestTag SrbSetQueueTag

FORCEINLINE UCHAR SrbGetQueueAction(_In_ PVOID Srb)
{
    if (SC_SRB_IS_EX(Srb)) {
        return (UCHAR)((PSTORAGE_REQUEST_BLOCK)Srb)->RequestAttribute;
    }
    return ((PSCSI_REQUEST_BLOCK)Srb)->QueueAction;
}
#define SrbGetRequestAttribute SrbGetQueueAction

FORCEINLINE VOID SrbSetQueueAction(_In_ PVOID Srb, _In_ UCHAR QueueAction)
{
    if (SC_SRB_IS_EX(Srb)) {
        ((PSTORAGE_REQUEST_BLOCK)Srb)->RequestAttribute = QueueAction;
    } else {
        ((PSCSI_REQUEST_BLOCK)Srb)->QueueAction = QueueAction;
    }
}
#define SrbSetRequestAttribute SrbSetQueueAction

/* ---- addressing ---- */
FORCEINLINE VOID SrbGetPathTargetLun(_In_ PVOID Srb, _Out_opt_ PUCHAR PathId, _Out_opt_ PUCHAR TargetId,
                                     _Out_opt_ PUCHAR Lun)
{
    if (SC_SRB_IS_EX(Srb)) {
        PSTOR_ADDRESS Address = SrbGetAddress((PSTORAGE_REQUEST_BLOCK)Srb);
        if (Address != NULL && Address->Type == STOR_ADDRESS_TYPE_BTL8) {
            PSTOR_ADDR_BTL8 Btl = (PSTOR_ADDR_BTL8)Address;
            if (PathId) *PathId = Btl->Path;
            if (TargetId) *TargetId = Btl->Target;
            if (Lun) *Lun = Btl->Lun;
        }
    } else {
        PSCSI_REQUEST_BLOCK S = (PSCSI_REQUEST_BLOCK)Srb;
        if (PathId) *PathId = S->PathId;
        if (TargetId) *TargetId = S->TargetId;
        if (Lun) *Lun = S->Lun;
    }
}

FORCEINLINE UCHAR SrbGetPathId(_In_ PVOID Srb)
{
    UCHAR PathId = 0;
    SrbGetPathTargetLun(Srb, &PathId, NULL, NULL);
    return PathId;
}

FORCEINLINE UCHAR SrbGetTargetId(_In_ PVOID Srb)
{
    UCHAR TargetId = 0;
    SrbGetPathTargetLun(Srb, NULL, &TargetId, NULL);
    return TargetId;
}

FORCEINLINE UCHAR SrbGetLun(_In_ PVOID Srb)
{
    UCHAR Lun = 0;
    SrbGetPathTargetLun(Srb, NULL, NULL, &Lun);
    return Lun;
}

/* ---- whole-block helpers ---- */
FORCEINLINE VOID SrbZeroSrb(_In_ PVOID Srb)
{
    ULONG Length = SC_SRB_IS_EX(Srb) ? ((PSTORAGE_REQUEST_BLOCK)Srb)->SrbLength : sizeof(SCSI_REQUEST_BLOCK);
    RtlZeroMemory(Srb, Length);
}

FORCEINLINE NTSTATUS SrbCopySrb(_In_ PVOID DestinationSrb, _In_ ULONG DestinationSrbLength, _In_ PVOID SourceSrb)
{
    ULONG Length = SC_SRB_IS_EX(SourceSrb) ? ((PSTORAGE_REQUEST_BLOCK)SourceSrb)->SrbLength : sizeof(SCSI_REQUEST_BLOCK);
    if (DestinationSrbLength < Length) {
        return STATUS_BUFFER_OVERFLOW;
    }
    RtlCopyMemory(DestinationSrb, SourceSrb, Length);
    return STATUS_SUCCESS;
}

#undef SC_SRB_FIELD_GET
#undef SC_SRB_FIELD_SET

#endif /* STORCHECK_SRBHELPER_H */
