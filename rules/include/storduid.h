/* SPDX-License-Identifier: Apache-2.0 */
/*
 * storduid.h - storcheck model header.
 * The storage device unique identifier (DUID) returned for
 * StorageDeviceUniqueIdProperty, written from learn.microsoft.com
 * (/windows-hardware/drivers/ddi/storduid/).
 */
#ifndef STORCHECK_STORDUID_H
#define STORCHECK_STORDUID_H

#include <ntdef.h>

typedef enum _DUID_MATCH_STATUS {
    DuidExactMatch = 0,
    DuidSubIdMatch,
    DuidNoMatch,
    DuidErrorGeneral = 100,
    DuidErrorMissingDuid,
    DuidErrorVersionMismatch,
    DuidErrorInvalidDuid,
    DuidErrorInvalidDeviceIdDescSize,
    DuidErrorInvalidDeviceDescSize,
    DuidErrorInvalidLayoutSigSize,
    DuidErrorInvalidLayoutSigVersion,
    DuidErrorMaximum
} DUID_MATCH_STATUS;

#define DUID_VERSION_1 1
#define DUID_HARDWARE_IDS_ONLY 0
#define DUID_INCLUDE_SOFTWARE_IDS 1
#define DUID_MATCH_ERROR(_duid_status)   ((_duid_status) >= DuidErrorGeneral ? TRUE : FALSE)
#define DUID_MATCH_SUCCESS(_duid_status) ((_duid_status) < DuidErrorGeneral ? TRUE : FALSE)

/* The offsets locate a STORAGE_DEVICE_ID_DESCRIPTOR, a
 * STORAGE_DEVICE_DESCRIPTOR and a STORAGE_DEVICE_LAYOUT_SIGNATURE inside
 * the same buffer; zero when absent. */
typedef struct _STORAGE_DEVICE_UNIQUE_IDENTIFIER {
    ULONG Version;
    ULONG Size;
    ULONG StorageDeviceIdOffset;
    ULONG StorageDeviceOffset;
    ULONG DriveLayoutSignatureOffset;
} STORAGE_DEVICE_UNIQUE_IDENTIFIER, *PSTORAGE_DEVICE_UNIQUE_IDENTIFIER;

typedef struct _STORAGE_DEVICE_LAYOUT_SIGNATURE {
    ULONG Version;
    ULONG Size;
    BOOLEAN Mbr;
    union {
        ULONG MbrSignature;
        GUID GptDiskId;
    } DeviceSpecific;
} STORAGE_DEVICE_LAYOUT_SIGNATURE, *PSTORAGE_DEVICE_LAYOUT_SIGNATURE;

DUID_MATCH_STATUS CompareStorageDuids(_In_ PSTORAGE_DEVICE_UNIQUE_IDENTIFIER Duid1,
                                      _In_ PSTORAGE_DEVICE_UNIQUE_IDENTIFIER Duid2);

#endif /* STORCHECK_STORDUID_H */
