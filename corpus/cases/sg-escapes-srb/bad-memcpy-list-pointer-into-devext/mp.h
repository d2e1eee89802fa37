#ifndef MP_H
#define MP_H

#include <storport.h>

#define MP_TAG          0x6B50534DUL
#define MP_MAX_PRD      32
#define MP_MAX_CMDS     32

/* What StartIo does with a request. */
#define MP_ACTION_QUEUE 1
#define MP_ACTION_FAIL  2
#define MP_ACTION_ABORT 3

typedef enum _MP_REQUEST_KIND {
    MpKindIdle = 0,
    MpKindIo = 1,
    MpKindControl = 2,
    MpKindFlush = 3
} MP_REQUEST_KIND;

typedef struct _MP_PRD {
    ULONGLONG Address;
    ULONG Length;
    ULONG Reserved;
} MP_PRD, *PMP_PRD;

/* One slot of the per-tag command table. */
typedef struct _MP_CMD {
    PSCSI_REQUEST_BLOCK Srb;
    PSTOR_SCATTER_GATHER_LIST Sgl;
    ULONG Count;
    ULONG Bytes;
} MP_CMD, *PMP_CMD;

typedef struct _MP_IO_CONTEXT {
    PSTOR_SCATTER_GATHER_LIST Sgl;
    ULONG Count;
    ULONG Bytes;
} MP_IO_CONTEXT, *PMP_IO_CONTEXT;

typedef struct _MP_SRB_EXTENSION {
    MP_PRD Prd[MP_MAX_PRD];
    ULONG PrdCount;
    PSTOR_SCATTER_GATHER_LIST PortSgl;
    PSTOR_SCATTER_GATHER_LIST Sgl;
    UCHAR SglBuffer[sizeof(STOR_SCATTER_GATHER_LIST) + MP_MAX_PRD * sizeof(STOR_SCATTER_GATHER_ELEMENT)];
    STOR_SCATTER_GATHER_ELEMENT Elements[MP_MAX_PRD];
} MP_SRB_EXTENSION, *PMP_SRB_EXTENSION;

typedef struct _MP_DEVICE_EXTENSION {
    PULONG Doorbell;
    PSCSI_REQUEST_BLOCK ActiveSrb;
    SCSI_REQUEST_BLOCK InternalSrb;
    BOOLEAN InternalBusy;
    BOOLEAN Removed;
    PMP_CMD CmdTable;
    MP_IO_CONTEXT LastIo;
    PSTOR_SCATTER_GATHER_LIST SavedSgl;
    STOR_SCATTER_GATHER_ELEMENT FirstElement;
    ULONG Completed;
    ULONG BytesDone;
} MP_DEVICE_EXTENSION, *PMP_DEVICE_EXTENSION;

#endif
