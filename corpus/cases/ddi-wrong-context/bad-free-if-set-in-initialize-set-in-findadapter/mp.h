#ifndef MP_H
#define MP_H

#include <storport.h>

typedef struct _MP_SRB_EXTENSION {
    ULONG State;
    ULONG Tag;
} MP_SRB_EXTENSION, *PMP_SRB_EXTENSION;

/* Per-port state, allocated by the driver and reached through a pointer in
 * the device extension. */
typedef struct _MP_PORT {
    PULONG Control;
    ULONG StartState;
    PVOID SetupCommands; /* allocated once a device answered */
} MP_PORT, *PMP_PORT;

typedef struct _MP_DEVICE_EXTENSION {
    PULONG Doorbell;
    PSCSI_REQUEST_BLOCK ActiveSrb;
    PMP_PORT Port;
    MP_PORT PortStorage;
    PVOID StartTimer;
} MP_DEVICE_EXTENSION, *PMP_DEVICE_EXTENSION;

#endif
