#ifndef MP_H
#define MP_H

#include <storport.h>

#define MP_TAG          0x6B50534DUL
#define MP_QUEUE_DEPTH  16

#define MP_STATE_FREE   0
#define MP_STATE_BUILT  1
#define MP_STATE_ISSUED 2
#define MP_STATE_DONE   3

typedef struct _MP_SRB_EXTENSION {
    ULONG State;
    ULONG Tag;
    ULONG BytesDone;
    ULONG Retries;
} MP_SRB_EXTENSION, *PMP_SRB_EXTENSION;

typedef struct _MP_DEVICE_EXTENSION {
    PULONG Doorbell;
    PULONG InterruptStatus;
    PSCSI_REQUEST_BLOCK ActiveSrb;
    PSCSI_REQUEST_BLOCK PendingHead;
    PSCSI_REQUEST_BLOCK Outstanding[MP_QUEUE_DEPTH];
    PSCSI_REQUEST_BLOCK LastCompleted;
    BOOLEAN Removed;
    BOOLEAN DpcReady;
    STOR_DPC CompletionDpc;
    ULONG Completed;
    ULONG Errors;
    ULONG BytesDone;
    UCHAR LastOpcode;
} MP_DEVICE_EXTENSION, *PMP_DEVICE_EXTENSION;

#endif
