#ifndef MP_H
#define MP_H

#include <storport.h>

typedef struct _MP_SRB_EXTENSION {
    ULONG State;
    ULONG Tag;
} MP_SRB_EXTENSION, *PMP_SRB_EXTENSION;

typedef struct _MP_PORT {
    PULONG Control;
    ULONG StartState;
    ULONG AtDirql;
} MP_PORT, *PMP_PORT;

typedef struct _MP_DEVICE_EXTENSION {
    PULONG Doorbell;
    PSCSI_REQUEST_BLOCK ActiveSrb;
    MP_PORT Port;
    PVOID StartTimer;
} MP_DEVICE_EXTENSION, *PMP_DEVICE_EXTENSION;

#endif
