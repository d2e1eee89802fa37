/*
 * A virtual miniport in the style of user-mode-backed storage drivers: the
 * adapter keeps a request queue, a tag bitmap and rundown protection, and
 * the driver intercepts IRP_MJ_DEVICE_CONTROL for its own control codes.
 */
#ifndef VMP_H
#define VMP_H

#include <ntifs.h>
#include <storport.h>
#include <ntintsafe.h>
#include <string.h>

#define VMP_TAG_COUNT 64
#define VMP_IOCTL_PROVISION CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _VMP_PROVISION_PARAMS {
    ULONG BlockLength;
    ULONG BlockCount;
    GUID Guid;
} VMP_PROVISION_PARAMS, *PVMP_PROVISION_PARAMS;

typedef struct _VMP_DEVICE_EXTENSION {
    KQUEUE PendingQueue;
    EX_RUNDOWN_REF Rundown;
    RTL_BITMAP TagMap;
    ULONG TagBits[VMP_TAG_COUNT / 32];
    ULONG BlockLength;
    ULONG BlockCount;
    ULONG64 Capacity;
} VMP_DEVICE_EXTENSION, *PVMP_DEVICE_EXTENSION;

typedef struct _VMP_SRB_EXTENSION {
    LIST_ENTRY ListEntry;
    ULONG Tag;
} VMP_SRB_EXTENSION, *PVMP_SRB_EXTENSION;

extern PDRIVER_DISPATCH VmpStorportDeviceControl;
DRIVER_DISPATCH VmpDeviceControl;

#endif /* VMP_H */
