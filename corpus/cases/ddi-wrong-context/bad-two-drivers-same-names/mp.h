#ifndef MP_H
#define MP_H

#include <storport.h>

typedef struct _MP_SRB_EXTENSION {
    ULONG State;
    ULONG Tag;
} MP_SRB_EXTENSION, *PMP_SRB_EXTENSION;

typedef struct _MP_DEVICE_EXTENSION {
    PULONG Doorbell;
    PULONG InterruptStatus;
    PSCSI_REQUEST_BLOCK ActiveSrb;
    STOR_DPC CompletionDpc;
    BOOLEAN DpcReady;
    ULONG RetryLimit;
    ULONG Programmed;
} MP_DEVICE_EXTENSION, *PMP_DEVICE_EXTENSION;

/* Defined by each driver, under the same names. */
VOID MpProgram(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb);

/* tunables.c, shared by both drivers. */
ULONG MpReadTunable(PMP_DEVICE_EXTENSION DevExt, PCHAR Name, ULONG Default);

#endif
