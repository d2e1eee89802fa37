/* SPDX-License-Identifier: Apache-2.0 */
/*
 * ntddscsi.h - storcheck model header.
 * SCSI port IOCTLs and their buffers: SRB_IO_CONTROL, pass-through,
 * miniport IOCTL codes, firmware and hybrid/NV-cache request blocks
 * (learn.microsoft.com: ddi/ntddscsi/).
 */
#ifndef STORCHECK_NTDDSCSI_H
#define STORCHECK_NTDDSCSI_H

#include <ntdef.h>

#include <devioctl.h>

#define IOCTL_SCSI_BASE                 FILE_DEVICE_CONTROLLER
#define IOCTL_SCSI_PASS_THROUGH         CTL_CODE(IOCTL_SCSI_BASE, 0x0401, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_MINIPORT             CTL_CODE(IOCTL_SCSI_BASE, 0x0402, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_GET_INQUIRY_DATA     CTL_CODE(IOCTL_SCSI_BASE, 0x0403, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_GET_CAPABILITIES     CTL_CODE(IOCTL_SCSI_BASE, 0x0404, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_PASS_THROUGH_DIRECT  CTL_CODE(IOCTL_SCSI_BASE, 0x0405, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_GET_ADDRESS          CTL_CODE(IOCTL_SCSI_BASE, 0x0406, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_RESCAN_BUS           CTL_CODE(IOCTL_SCSI_BASE, 0x0407, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_GET_DUMP_POINTERS    CTL_CODE(IOCTL_SCSI_BASE, 0x0408, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SCSI_FREE_DUMP_POINTERS   CTL_CODE(IOCTL_SCSI_BASE, 0x0409, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_IDE_PASS_THROUGH          CTL_CODE(IOCTL_SCSI_BASE, 0x040a, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ATA_PASS_THROUGH          CTL_CODE(IOCTL_SCSI_BASE, 0x040b, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ATA_PASS_THROUGH_DIRECT   CTL_CODE(IOCTL_SCSI_BASE, 0x040c, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_ATA_MINIPORT              CTL_CODE(IOCTL_SCSI_BASE, 0x040d, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MINIPORT_PROCESS_SERVICE_IRP CTL_CODE(IOCTL_SCSI_BASE, 0x040e, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH    CTL_CODE(IOCTL_SCSI_BASE, 0x040f, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH_DIRECT CTL_CODE(IOCTL_SCSI_BASE, 0x0410, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_PASS_THROUGH_EX      CTL_CODE(IOCTL_SCSI_BASE, 0x0411, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_SCSI_PASS_THROUGH_DIRECT_EX CTL_CODE(IOCTL_SCSI_BASE, 0x0412, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH_EX CTL_CODE(IOCTL_SCSI_BASE, 0x0413, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_MPIO_PASS_THROUGH_PATH_DIRECT_EX CTL_CODE(IOCTL_SCSI_BASE, 0x0414, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)

/* ---- SRB_IO_CONTROL (ddi/ntddscsi/ns-ntddscsi-_srb_io_control) ---- */
typedef struct _SRB_IO_CONTROL {
    ULONG HeaderLength;
    UCHAR Signature[8];
    ULONG Timeout;
    ULONG ControlCode;
    ULONG ReturnCode;
    ULONG Length;
} SRB_IO_CONTROL, *PSRB_IO_CONTROL;

#define SRB_IOCTL_FLAGS_ADAPTER_REQUEST 0x00000001

/* ---- miniport IOCTL control codes (SRB_IO_CONTROL.ControlCode) ---- */
#define IOCTL_SCSI_MINIPORT_SMART_VERSION           ((FILE_DEVICE_SCSI << 16) + 0x0500)
#define IOCTL_SCSI_MINIPORT_IDENTIFY                ((FILE_DEVICE_SCSI << 16) + 0x0501)
#define IOCTL_SCSI_MINIPORT_READ_SMART_ATTRIBS      ((FILE_DEVICE_SCSI << 16) + 0x0502)
#define IOCTL_SCSI_MINIPORT_READ_SMART_THRESHOLDS   ((FILE_DEVICE_SCSI << 16) + 0x0503)
#define IOCTL_SCSI_MINIPORT_ENABLE_SMART            ((FILE_DEVICE_SCSI << 16) + 0x0504)
#define IOCTL_SCSI_MINIPORT_DISABLE_SMART           ((FILE_DEVICE_SCSI << 16) + 0x0505)
#define IOCTL_SCSI_MINIPORT_RETURN_STATUS           ((FILE_DEVICE_SCSI << 16) + 0x0506)
#define IOCTL_SCSI_MINIPORT_ENABLE_DISABLE_AUTOSAVE ((FILE_DEVICE_SCSI << 16) + 0x0507)
#define IOCTL_SCSI_MINIPORT_SAVE_ATTRIBUTE_VALUES   ((FILE_DEVICE_SCSI << 16) + 0x0508)
#define IOCTL_SCSI_MINIPORT_EXECUTE_OFFLINE_DIAGS   ((FILE_DEVICE_SCSI << 16) + 0x0509)
#define IOCTL_SCSI_MINIPORT_ENABLE_DISABLE_AUTO_OFFLINE ((FILE_DEVICE_SCSI << 16) + 0x050a)
#define IOCTL_SCSI_MINIPORT_READ_SMART_LOG          ((FILE_DEVICE_SCSI << 16) + 0x050b)
#define IOCTL_SCSI_MINIPORT_WRITE_SMART_LOG         ((FILE_DEVICE_SCSI << 16) + 0x050c)
#define IOCTL_SCSI_MINIPORT_NOT_QUORUM_CAPABLE      ((FILE_DEVICE_SCSI << 16) + 0x0520)
#define IOCTL_SCSI_MINIPORT_NOT_CLUSTER_CAPABLE     ((FILE_DEVICE_SCSI << 16) + 0x0521)
#define IOCTL_SCSI_MINIPORT_NVCACHE                 ((FILE_DEVICE_SCSI << 16) + 0x0600)
#define IOCTL_SCSI_MINIPORT_HYBRID                  ((FILE_DEVICE_SCSI << 16) + 0x0620)
#define IOCTL_SCSI_MINIPORT_FIRMWARE                ((FILE_DEVICE_SCSI << 16) + 0x0780)
#define IOCTL_SCSI_MINIPORT_DIAGNOSTIC              ((FILE_DEVICE_SCSI << 16) + 0x0790)
#define IOCTL_SCSI_MINIPORT_DIAGNOSTICS             IOCTL_SCSI_MINIPORT_DIAGNOSTIC
#define IOCTL_SCSI_MINIPORT_DSM_GENERAL             ((FILE_DEVICE_SCSI << 16) + 0x0800)
#ifndef FILE_DEVICE_SCSI
#define FILE_DEVICE_SCSI 0x0000001b
#endif

#define IOCTL_MINIPORT_SIGNATURE_SCSIDISK           "SCSIDISK"
#define IOCTL_MINIPORT_SIGNATURE_HYBRDISK           "HYBRDISK"
#define IOCTL_MINIPORT_SIGNATURE_DSM_NOTIFICATION   "MPDSM   "
#define IOCTL_MINIPORT_SIGNATURE_DSM_GENERAL        "MPDSMGEN"
#define IOCTL_MINIPORT_SIGNATURE_FIRMWARE           "FIRMWARE"
#define IOCTL_MINIPORT_SIGNATURE_QUERY_PROTOCOL     "PROTOCOL"
#define IOCTL_MINIPORT_SIGNATURE_SET_PROTOCOL       "SETPROTO"
#define IOCTL_MINIPORT_SIGNATURE_QUERY_TEMPERATURE  "TEMPERAT"
#define IOCTL_MINIPORT_SIGNATURE_SET_TEMPERATURE_THRESHOLD "SETTEMPT"
#define IOCTL_MINIPORT_SIGNATURE_QUERY_PHYSICAL_TOPOLOGY "TOPOLOGY"
#define IOCTL_MINIPORT_SIGNATURE_ENDURANCE_INFO     "ENDURINF"

/* ---- pass-through (ddi/ntddscsi/ns-ntddscsi-_scsi_pass_through etc.) ---- */
typedef struct _SCSI_PASS_THROUGH {
    USHORT Length;
    UCHAR ScsiStatus;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR CdbLength;
    UCHAR SenseInfoLength;
    UCHAR DataIn;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    ULONG_PTR DataBufferOffset;
    ULONG SenseInfoOffset;
    UCHAR Cdb[16];
} SCSI_PASS_THROUGH, *PSCSI_PASS_THROUGH;

typedef struct _SCSI_PASS_THROUGH_DIRECT {
    USHORT Length;
    UCHAR ScsiStatus;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR CdbLength;
    UCHAR SenseInfoLength;
    UCHAR DataIn;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    ULONG SenseInfoOffset;
    UCHAR Cdb[16];
} SCSI_PASS_THROUGH_DIRECT, *PSCSI_PASS_THROUGH_DIRECT;

#define SCSI_IOCTL_DATA_OUT          0
#define SCSI_IOCTL_DATA_IN           1
#define SCSI_IOCTL_DATA_UNSPECIFIED  2
#define SCSI_IOCTL_DATA_BIDIRECTIONAL 3

typedef struct _ATA_PASS_THROUGH_EX {
    USHORT Length;
    USHORT AtaFlags;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR ReservedAsUchar;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    ULONG ReservedAsUlong;
    ULONG_PTR DataBufferOffset;
    UCHAR PreviousTaskFile[8];
    UCHAR CurrentTaskFile[8];
} ATA_PASS_THROUGH_EX, *PATA_PASS_THROUGH_EX;

typedef struct _ATA_PASS_THROUGH_DIRECT {
    USHORT Length;
    USHORT AtaFlags;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR ReservedAsUchar;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    ULONG ReservedAsUlong;
    PVOID DataBuffer;
    UCHAR PreviousTaskFile[8];
    UCHAR CurrentTaskFile[8];
} ATA_PASS_THROUGH_DIRECT, *PATA_PASS_THROUGH_DIRECT;

#define ATA_FLAGS_DRDY_REQUIRED     (1 << 0)
#define ATA_FLAGS_DATA_IN           (1 << 1)
#define ATA_FLAGS_DATA_OUT          (1 << 2)
#define ATA_FLAGS_48BIT_COMMAND     (1 << 3)
#define ATA_FLAGS_USE_DMA           (1 << 4)
#define ATA_FLAGS_NO_MULTIPLE       (1 << 5)

typedef struct _SCSI_ADDRESS {
    ULONG Length;
    UCHAR PortNumber;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
} SCSI_ADDRESS, *PSCSI_ADDRESS;

typedef struct _IO_SCSI_CAPABILITIES {
    ULONG Length;
    ULONG MaximumTransferLength;
    ULONG MaximumPhysicalPages;
    ULONG SupportedAsynchronousEvents;
    ULONG AlignmentMask;
    BOOLEAN TaggedQueuing;
    BOOLEAN AdapterScansDown;
    BOOLEAN AdapterUsesPio;
} IO_SCSI_CAPABILITIES, *PIO_SCSI_CAPABILITIES;

/* ---- NV cache (ddi/ntddscsi/ns-ntddscsi-_nvcache_request_block) ---- */
typedef struct _NVCACHE_REQUEST_BLOCK {
    ULONG NRBSize;
    USHORT Function;
    ULONG NRBFlags;
    ULONG NRBStatus;
    ULONG Count;
    ULONGLONG LBA;
    ULONG DataBufSize;
    ULONG NVCacheStatus;
    ULONG NVCacheSubStatus;
} NVCACHE_REQUEST_BLOCK, *PNVCACHE_REQUEST_BLOCK;

typedef struct _NV_FEATURE_PARAMETER {
    USHORT NVPowerModeEnabled;
    USHORT NVParameterReserv1;
    USHORT NVCmdEnabled;
    USHORT NVParameterReserv2;
    USHORT NVPowerModeVer;
    USHORT NVCmdVer;
    ULONG NVSize;
    USHORT NVReadSpeed;
    USHORT NVWrtSpeed;
    ULONG DeviceSpinUpTime;
} NV_FEATURE_PARAMETER, *PNV_FEATURE_PARAMETER;

typedef struct _NVCACHE_HINT_PAYLOAD {
    UCHAR Command;
    UCHAR Feature7_0;
    UCHAR Feature15_8;
    UCHAR Count15_8;
    UCHAR LBA7_0;
    UCHAR LBA15_8;
    UCHAR LBA23_16;
    UCHAR LBA31_24;
    UCHAR LBA39_32;
    UCHAR LBA47_40;
    UCHAR Auxiliary7_0;
    UCHAR Auxiliary23_16;
    UCHAR Reserved[4];
} NVCACHE_HINT_PAYLOAD, *PNVCACHE_HINT_PAYLOAD;

typedef struct _NV_SEP_CACHE_PARAMETER {
    ULONG Version;
    ULONG Size;
    union {
        struct {
            UCHAR WriteCacheEnabled : 1;
            UCHAR WriteCacheChangeable : 1;
            UCHAR WriteThroughIOSupported : 1;
            UCHAR FlushCacheSupported : 1;
            UCHAR ReservedBits : 4;
        } CacheFlags;
        UCHAR CacheFlagsSet;
    } Flags;
    UCHAR WriteCacheType;
    UCHAR WriteCacheTypeEffective;
    UCHAR ParameterReserve1[3];
} NV_SEP_CACHE_PARAMETER, *PNV_SEP_CACHE_PARAMETER;

typedef enum _NV_SEP_WRITE_CACHE_TYPE {
    NVSEPWriteCacheTypeUnknown = 0,
    NVSEPWriteCacheTypeNone = 1,
    NVSEPWriteCacheTypeWriteBack = 2,
    NVSEPWriteCacheTypeWriteThrough = 3
} NV_SEP_WRITE_CACHE_TYPE;

typedef enum _NVCACHE_TYPE {
    NvCacheTypeUnknown = 0,
    NvCacheTypeNone = 1,
    NvCacheTypeWriteBack = 2,
    NvCacheTypeWriteThrough = 3
} NVCACHE_TYPE;

typedef enum _NVCACHE_STATUS {
    NvCacheStatusUnknown = 0,
    NvCacheStatusDisabling = 1,
    NvCacheStatusDisabled = 2,
    NvCacheStatusEnabled = 3
} NVCACHE_STATUS;

typedef struct _NVCACHE_PRIORITY_LEVEL_DESCRIPTOR {
    UCHAR PriorityLevel;
    UCHAR Reserved0[3];
    ULONG ConsumedNVMSizeFraction;
    ULONG ConsumedMappingResourcesFraction;
    ULONG ConsumedNVMSizeForDirtyDataFraction;
    ULONG ConsumedMappingResourcesForDirtyDataFraction;
    ULONG Reserved1;
} NVCACHE_PRIORITY_LEVEL_DESCRIPTOR, *PNVCACHE_PRIORITY_LEVEL_DESCRIPTOR;

#define NRB_FUNCTION_NVCACHE_INFO               0xEC
#define NRB_FUNCTION_SPINDLE_STATUS             0xE5
#define NRB_FUNCTION_NVCACHE_POWER_MODE_SET     0x00
#define NRB_FUNCTION_NVCACHE_POWER_MODE_RETURN  0x01
#define NRB_FUNCTION_FLUSH_NVCACHE              0x14
#define NRB_FUNCTION_QUERY_PINNED_SET           0x12
#define NRB_FUNCTION_QUERY_CACHE_MISS           0x13
#define NRB_FUNCTION_ADD_LBAS_PINNED_SET        0x10
#define NRB_FUNCTION_REMOVE_LBAS_PINNED_SET     0x11
#define NRB_FUNCTION_QUERY_ASCENDER_STATUS      0xD0
#define NRB_FUNCTION_QUERY_HYBRID_DISK_STATUS   0xD1
#define NRB_FUNCTION_PASS_HINT_PAYLOAD          0xE0
#define NRB_FUNCTION_NVSEPARATED_INFO           0xc0
#define NRB_FUNCTION_NVSEPARATED_FLUSH          0xc1
#define NRB_FUNCTION_NVSEPARATED_WB_DISABLE     0xc2
#define NRB_FUNCTION_NVSEPARATED_WB_REVERT_DEFAULT 0xc3

#define NRB_SUCCESS                 0
#define NRB_ILLEGAL_REQUEST         1
#define NRB_INVALID_PARAMETER       2
#define NRB_INPUT_DATA_OVERRUN      3
#define NRB_INPUT_DATA_UNDERRUN     4
#define NRB_OUTPUT_DATA_OVERRUN     5
#define NRB_OUTPUT_DATA_UNDERRUN    6

/* ---- hybrid disks (ddi/ntddscsi/ns-ntddscsi-_hybrid_request_block) ---- */
typedef struct _HYBRID_REQUEST_BLOCK {
    ULONG Version;
    ULONG Size;
    ULONG Function;
    ULONG Flags;
    ULONG DataBufferOffset;
    ULONG DataBufferLength;
} HYBRID_REQUEST_BLOCK, *PHYBRID_REQUEST_BLOCK;

#define HYBRID_REQUEST_BLOCK_STRUCTURE_VERSION  0x1
#define HYBRID_REQUEST_INFO_STRUCTURE_VERSION   0x1
#define HYBRID_FUNCTION_GET_INFO                    0x01
#define HYBRID_FUNCTION_DISABLE_CACHING_MEDIUM      0x10
#define HYBRID_FUNCTION_ENABLE_CACHING_MEDIUM       0x11
#define HYBRID_FUNCTION_SET_DIRTY_THRESHOLD         0x12
#define HYBRID_FUNCTION_DEMOTE_BY_SIZE              0x13
#define HYBRID_STATUS_SUCCESS                   0x0
#define HYBRID_STATUS_ILLEGAL_REQUEST           0x1
#define HYBRID_STATUS_INVALID_PARAMETER         0x2
#define HYBRID_STATUS_OUTPUT_BUFFER_TOO_SMALL   0x3
#define HYBRID_STATUS_ENABLE_REFCOUNT_HOLD      0x10


typedef struct _HYBRID_INFORMATION {
    ULONG Version;
    ULONG Size;
    BOOLEAN HybridSupported;
    NVCACHE_STATUS Status;
    NVCACHE_TYPE CacheTypeEffective;
    NVCACHE_TYPE CacheTypeDefault;
    ULONG FractionBase;
    ULONGLONG CacheSize;
    struct {
        ULONG WriteCacheChangeable : 1;
        ULONG WriteThroughIoSupported : 1;
        ULONG FlushCacheSupported : 1;
        ULONG Removable : 1;
        ULONG ReservedBits : 28;
    } Attributes;
    struct {
        UCHAR PriorityLevelCount;
        BOOLEAN MaxPriorityBehavior;
        UCHAR OptimalWriteGranularity;
        UCHAR Reserved;
        ULONG DirtyThresholdLow;
        ULONG DirtyThresholdHigh;
        struct {
            ULONG CacheDisable : 1;
            ULONG SetDirtyThreshold : 1;
            ULONG PriorityDemoteBySize : 1;
            ULONG PriorityChangeByLbaRange : 1;
            ULONG Evict : 1;
            ULONG ReservedBits : 27;
            ULONG MaxEvictCommands;
            ULONG MaxLbaRangeCountForEvict;
            ULONG MaxLbaRangeCountForChangeLba;
        } SupportedCommands;
        NVCACHE_PRIORITY_LEVEL_DESCRIPTOR Priority[0];
    } Priorities;
} HYBRID_INFORMATION, *PHYBRID_INFORMATION;

typedef struct _HYBRID_DIRTY_THRESHOLDS {
    ULONG Version;
    ULONG Size;
    ULONG DirtyLowThreshold;
    ULONG DirtyHighThreshold;
} HYBRID_DIRTY_THRESHOLDS, *PHYBRID_DIRTY_THRESHOLDS;

typedef struct _HYBRID_DEMOTE_BY_SIZE {
    ULONG Version;
    ULONG Size;
    UCHAR SourcePriority;
    UCHAR TargetPriority;
    USHORT Reserved0;
    ULONG Reserved1;
    ULONGLONG LbaCount;
} HYBRID_DEMOTE_BY_SIZE, *PHYBRID_DEMOTE_BY_SIZE;

/* ---- firmware (ddi/ntddscsi/ns-ntddscsi-_firmware_request_block) ---- */
typedef struct _FIRMWARE_REQUEST_BLOCK {
    ULONG Version;
    ULONG Size;
    ULONG Function;
    ULONG Flags;
    ULONG DataBufferOffset;
    ULONG DataBufferLength;
} FIRMWARE_REQUEST_BLOCK, *PFIRMWARE_REQUEST_BLOCK;

#define FIRMWARE_REQUEST_BLOCK_STRUCTURE_VERSION 0x1
#define FIRMWARE_FUNCTION_GET_INFO  0x01
#define FIRMWARE_FUNCTION_DOWNLOAD  0x02
#define FIRMWARE_FUNCTION_ACTIVATE  0x03
#define FIRMWARE_REQUEST_FLAG_CONTROLLER            0x00000001
#define FIRMWARE_REQUEST_FLAG_LAST_SEGMENT          0x00000002
#define FIRMWARE_REQUEST_FLAG_FIRST_SEGMENT         0x00000004
#define FIRMWARE_REQUEST_FLAG_SWITCH_TO_EXISTING_FIRMWARE 0x80000000

#define FIRMWARE_STATUS_SUCCESS                 0x0
#define FIRMWARE_STATUS_ERROR                   0x1
#define FIRMWARE_STATUS_ILLEGAL_REQUEST         0x2
#define FIRMWARE_STATUS_INVALID_PARAMETER       0x3
#define FIRMWARE_STATUS_INPUT_BUFFER_TOO_BIG    0x4
#define FIRMWARE_STATUS_OUTPUT_BUFFER_TOO_SMALL 0x5
#define FIRMWARE_STATUS_INVALID_SLOT            0x6
#define FIRMWARE_STATUS_INVALID_IMAGE           0x7
#define FIRMWARE_STATUS_CONTROLLER_ERROR        0x10
#define FIRMWARE_STATUS_POWER_CYCLE_REQUIRED    0x20
#define FIRMWARE_STATUS_DEVICE_ERROR            0x40
#define FIRMWARE_STATUS_INTERFACE_CRC_ERROR     0x80
#define FIRMWARE_STATUS_UNCORRECTABLE_DATA_ERROR 0x81
#define FIRMWARE_STATUS_MEDIA_CHANGE            0x82
#define FIRMWARE_STATUS_ID_NOT_FOUND            0x83
#define FIRMWARE_STATUS_MEDIA_CHANGE_REQUEST    0x84
#define FIRMWARE_STATUS_COMMAND_ABORT           0x85
#define FIRMWARE_STATUS_END_OF_MEDIA            0x86
#define FIRMWARE_STATUS_ILLEGAL_LENGTH          0x87

#define STORAGE_FIRMWARE_INFO_STRUCTURE_VERSION     0x1
#define STORAGE_FIRMWARE_INFO_STRUCTURE_VERSION_V2  0x2
#define STORAGE_FIRMWARE_INFO_INVALID_SLOT          0xFF
#define STORAGE_FIRMWARE_SLOT_INFO_V2_REVISION_LENGTH 16

typedef struct _STORAGE_FIRMWARE_SLOT_INFO {
    UCHAR SlotNumber;
    BOOLEAN ReadOnly;
    UCHAR Reserved[6];
    union {
        UCHAR Info[8];
        ULONGLONG AsUlonglong;
    } Revision;
} STORAGE_FIRMWARE_SLOT_INFO, *PSTORAGE_FIRMWARE_SLOT_INFO;

typedef struct _STORAGE_FIRMWARE_SLOT_INFO_V2 {
    UCHAR SlotNumber;
    BOOLEAN ReadOnly;
    UCHAR Reserved[6];
    UCHAR Revision[STORAGE_FIRMWARE_SLOT_INFO_V2_REVISION_LENGTH];
} STORAGE_FIRMWARE_SLOT_INFO_V2, *PSTORAGE_FIRMWARE_SLOT_INFO_V2;

typedef struct _STORAGE_FIRMWARE_INFO {
    ULONG Version;
    ULONG Size;
    BOOLEAN UpgradeSupport;
    UCHAR SlotCount;
    UCHAR ActiveSlot;
    UCHAR PendingActivateSlot;
    ULONG Reserved;
    STORAGE_FIRMWARE_SLOT_INFO Slot[0];
} STORAGE_FIRMWARE_INFO, *PSTORAGE_FIRMWARE_INFO;

typedef struct _STORAGE_FIRMWARE_INFO_V2 {
    ULONG Version;
    ULONG Size;
    BOOLEAN UpgradeSupport;
    UCHAR SlotCount;
    UCHAR ActiveSlot;
    UCHAR PendingActivateSlot;
    BOOLEAN FirmwareShared;
    UCHAR Reserved[3];
    ULONG ImagePayloadAlignment;
    ULONG ImagePayloadMaxSize;
    STORAGE_FIRMWARE_SLOT_INFO_V2 Slot[0];
} STORAGE_FIRMWARE_INFO_V2, *PSTORAGE_FIRMWARE_INFO_V2;

#define STORAGE_FIRMWARE_DOWNLOAD_STRUCTURE_VERSION     0x1
#define STORAGE_FIRMWARE_DOWNLOAD_STRUCTURE_VERSION_V2  0x2
typedef struct _STORAGE_FIRMWARE_DOWNLOAD {
    ULONG Version;
    ULONG Size;
    ULONGLONG Offset;
    ULONGLONG BufferSize;
    UCHAR ImageBuffer[0];
} STORAGE_FIRMWARE_DOWNLOAD, *PSTORAGE_FIRMWARE_DOWNLOAD;

typedef struct _STORAGE_FIRMWARE_DOWNLOAD_V2 {
    ULONG Version;
    ULONG Size;
    ULONGLONG Offset;
    ULONGLONG BufferSize;
    UCHAR Slot;
    UCHAR Reserved[3];
    ULONG ImageSize;
    UCHAR ImageBuffer[0];
} STORAGE_FIRMWARE_DOWNLOAD_V2, *PSTORAGE_FIRMWARE_DOWNLOAD_V2;

#define STORAGE_FIRMWARE_ACTIVATE_STRUCTURE_VERSION 0x1
typedef struct _STORAGE_FIRMWARE_ACTIVATE {
    ULONG Version;
    ULONG Size;
    UCHAR SlotToActivate;
    UCHAR Reserved0[3];
} STORAGE_FIRMWARE_ACTIVATE, *PSTORAGE_FIRMWARE_ACTIVATE;

/* ---- DSM general (IOCTL_SCSI_MINIPORT_DSM_GENERAL) ---- */
typedef struct _MP_DEVICE_DATA_SET_RANGE {
    LONGLONG StartingOffset;
    ULONGLONG LengthInBytes;
} MP_DEVICE_DATA_SET_RANGE, *PMP_DEVICE_DATA_SET_RANGE;

typedef struct _DSM_NOTIFICATION_REQUEST_BLOCK {
    ULONG Size;
    ULONG Version;
    ULONG NotifyFlags;
    ULONG DataSetProfile;
    ULONG Reserved[3];
    ULONG DataSetRangesCount;
    MP_DEVICE_DATA_SET_RANGE DataSetRanges[0];
} DSM_NOTIFICATION_REQUEST_BLOCK, *PDSM_NOTIFICATION_REQUEST_BLOCK;

/* ---- extended pass-through (ddi/ntddscsi/ns-ntddscsi-_scsi_pass_through_ex):
 * the target is a STOR_ADDRESS at StorAddressOffset ---- */
typedef struct _SCSI_PASS_THROUGH_EX {
    ULONG Version;
    ULONG Length;
    ULONG CdbLength;
    ULONG StorAddressLength;
    UCHAR ScsiStatus;
    UCHAR SenseInfoLength;
    UCHAR DataDirection;
    UCHAR Reserved;
    ULONG TimeOutValue;
    ULONG StorAddressOffset;
    ULONG SenseInfoOffset;
    ULONG DataOutTransferLength;
    ULONG DataInTransferLength;
    ULONG_PTR DataOutBufferOffset;
    ULONG_PTR DataInBufferOffset;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH_EX, *PSCSI_PASS_THROUGH_EX;

typedef struct _SCSI_PASS_THROUGH_DIRECT_EX {
    ULONG Version;
    ULONG Length;
    ULONG CdbLength;
    ULONG StorAddressLength;
    UCHAR ScsiStatus;
    UCHAR SenseInfoLength;
    UCHAR DataDirection;
    UCHAR Reserved;
    ULONG TimeOutValue;
    ULONG StorAddressOffset;
    ULONG SenseInfoOffset;
    ULONG DataOutTransferLength;
    ULONG DataInTransferLength;
    PVOID DataOutBuffer;
    PVOID DataInBuffer;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SCSI_PASS_THROUGH_DIRECT_EX, *PSCSI_PASS_THROUGH_DIRECT_EX;

/* ---- MPIO pass-through on one path (ddi/ntddscsi/ns-ntddscsi-_mpio_pass_through_path) ---- */
#define MPIO_IOCTL_FLAG_USE_PATHID       1
#define MPIO_IOCTL_FLAG_USE_SCSIADDRESS  2
#define MPIO_IOCTL_FLAG_INVOLVE_DSM      4

typedef struct _MPIO_PASS_THROUGH_PATH {
    SCSI_PASS_THROUGH PassThrough;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH, *PMPIO_PASS_THROUGH_PATH;

typedef struct _MPIO_PASS_THROUGH_PATH_DIRECT {
    SCSI_PASS_THROUGH_DIRECT PassThrough;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_DIRECT, *PMPIO_PASS_THROUGH_PATH_DIRECT;

typedef struct _MPIO_PASS_THROUGH_PATH_EX {
    ULONG PassThroughOffset;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_EX, *PMPIO_PASS_THROUGH_PATH_EX;

typedef struct _MPIO_PASS_THROUGH_PATH_DIRECT_EX {
    ULONG PassThroughOffset;
    ULONG Version;
    USHORT Length;
    UCHAR Flags;
    UCHAR PortNumber;
    ULONGLONG MpioPathId;
} MPIO_PASS_THROUGH_PATH_DIRECT_EX, *PMPIO_PASS_THROUGH_PATH_DIRECT_EX;

/* ---- IOCTL_SCSI_GET_INQUIRY_DATA output (ddi/ntddscsi/ns-ntddscsi-_scsi_adapter_bus_info) ---- */
typedef struct _SCSI_BUS_DATA {
    UCHAR NumberOfLogicalUnits;
    UCHAR InitiatorBusId;
    ULONG InquiryDataOffset;
} SCSI_BUS_DATA, *PSCSI_BUS_DATA;

typedef struct _SCSI_ADAPTER_BUS_INFO {
    UCHAR NumberOfBuses;
    SCSI_BUS_DATA BusData[1];
} SCSI_ADAPTER_BUS_INFO, *PSCSI_ADAPTER_BUS_INFO;

typedef struct _SCSI_INQUIRY_DATA {
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    BOOLEAN DeviceClaimed;
    ULONG InquiryDataLength;
    ULONG NextInquiryDataOffset;
    UCHAR InquiryData[1];
} SCSI_INQUIRY_DATA, *PSCSI_INQUIRY_DATA;

/* ---- miniport diagnostics (ddi/ntddscsi/ns-ntddscsi-_storage_diagnostic_mp_request) ---- */
typedef enum _MP_STORAGE_DIAGNOSTIC_LEVEL {
    MpStorageDiagnosticLevelDefault = 0,
    MpStorageDiagnosticLevelMax
} MP_STORAGE_DIAGNOSTIC_LEVEL, *PMP_STORAGE_DIAGNOSTIC_LEVEL;

typedef enum _MP_STORAGE_DIAGNOSTIC_TARGET_TYPE {
    MpStorageDiagnosticTargetTypeUndefined = 0,
    MpStorageDiagnosticTargetTypeMiniport = 2,
    MpStorageDiagnosticTargetTypeHbaFirmware,
    MpStorageDiagnosticTargetTypeMax
} MP_STORAGE_DIAGNOSTIC_TARGET_TYPE, *PMP_STORAGE_DIAGNOSTIC_TARGET_TYPE;

typedef struct _STORAGE_DIAGNOSTIC_MP_REQUEST {
    ULONG Version;
    ULONG Size;
    MP_STORAGE_DIAGNOSTIC_TARGET_TYPE TargetType;
    MP_STORAGE_DIAGNOSTIC_LEVEL Level;
    GUID ProviderId;
    ULONG BufferSize;
    ULONG Reserved;
    UCHAR DataBuffer[ANYSIZE_ARRAY];
} STORAGE_DIAGNOSTIC_MP_REQUEST, *PSTORAGE_DIAGNOSTIC_MP_REQUEST;

/* ---- endurance (IOCTL_MINIPORT_SIGNATURE_ENDURANCE_INFO) ---- */
typedef struct _STORAGE_ENDURANCE_INFO {
    ULONG ValidFields;
    ULONG GroupId;
    struct {
        ULONG Shared : 1;
        ULONG Reserved : 31;
    } Flags;
    ULONG LifePercentage;
    UCHAR BytesReadCount[16];
    UCHAR ByteWriteCount[16];
} STORAGE_ENDURANCE_INFO, *PSTORAGE_ENDURANCE_INFO;

typedef struct _STORAGE_ENDURANCE_DATA_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    STORAGE_ENDURANCE_INFO EnduranceInfo;
} STORAGE_ENDURANCE_DATA_DESCRIPTOR, *PSTORAGE_ENDURANCE_DATA_DESCRIPTOR;

typedef struct _NTSCSI_UNICODE_STRING {
    USHORT Length;
    USHORT MaximumLength;
    PWSTR Buffer;
} NTSCSI_UNICODE_STRING, *PNTSCSI_UNICODE_STRING;

#endif /* STORCHECK_NTDDSCSI_H */
