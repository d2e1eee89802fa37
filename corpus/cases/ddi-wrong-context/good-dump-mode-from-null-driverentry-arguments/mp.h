#ifndef MP_H
#define MP_H

#include <storport.h>

#define MP_TAG          0x6B50534DUL

typedef struct _MP_SRB_EXTENSION {
    ULONG State;
    ULONG Tag;
} MP_SRB_EXTENSION, *PMP_SRB_EXTENSION;

typedef struct _MP_DEVICE_EXTENSION {
    PULONG Doorbell;
    PSCSI_REQUEST_BLOCK ActiveSrb;
    PVOID TrimBuffer;
    UCHAR DumpMode;
    BOOLEAN DpcReady;
    STOR_DPC CompletionDpc;
    ULONG Completed;
} MP_DEVICE_EXTENSION, *PMP_DEVICE_EXTENSION;

#endif
