#ifndef MP_H
#define MP_H

#include <ntddk.h>
#include <storport.h>

#define MP_TAG              0x4D50464DUL
#define MP_MAX_PRD          32
#define MP_REG_DOORBELL     0x00
#define MP_REG_INT_STATUS   0x04
#define MP_REG_CONTROL      0x08
#define MP_INT_DONE         0x00000001UL
#define MP_INT_ERROR        0x00000002UL
#define MP_MODE_CACHE_BYTES 192

typedef struct _MP_PRD {
    ULONGLONG Address;
    ULONG Length;
    ULONG Flags;
} MP_PRD, *PMP_PRD;

/* Per-request state, allocated by Storport with every SRB. */
typedef struct _MP_SRB_EXTENSION {
    UCHAR Command;
    ULONG Length;
} MP_SRB_EXTENSION, *PMP_SRB_EXTENSION;

/* Per-LUN state, allocated and zeroed by Storport. */
typedef struct _MP_LU_EXTENSION {
    BOOLEAN Started;
    BOOLEAN Removed;
    PUCHAR ModeCache;
} MP_LU_EXTENSION, *PMP_LU_EXTENSION;

/* Per-adapter state, allocated and zeroed by Storport. */
typedef struct _MP_DEVICE_EXTENSION {
    PULONG Doorbell;
    PULONG InterruptStatus;
    PULONG Control;
    PSCSI_REQUEST_BLOCK ActiveSrb;
    ULONG PendingStatus;
    BOOLEAN DpcReady;
    BOOLEAN Removed;
    STOR_DPC CompletionDpc;
    ULONG CachesDropped;
} MP_DEVICE_EXTENSION, *PMP_DEVICE_EXTENSION;

VOID MpDropUnitCache(PMP_DEVICE_EXTENSION DevExt, PVOID Cache);

#endif
