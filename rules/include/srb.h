/* SPDX-License-Identifier: Apache-2.0 */
/*
 * srb.h - storcheck model header.
 * SCSI request blocks: SCSI_REQUEST_BLOCK and the extended
 * STORAGE_REQUEST_BLOCK with its SRBEX data blocks, function codes, status
 * codes and flags (learn.microsoft.com: ddi/srb/ns-srb-_scsi_request_block,
 * ddi/srb/ns-srb-_storage_request_block, ddi/srb/ns-srb-srbex_data_*).
 */
#ifndef STORCHECK_SRB_H
#define STORCHECK_SRB_H

#include <miniport.h>

/* ---- addressing ---- */
typedef PHYSICAL_ADDRESS STOR_PHYSICAL_ADDRESS, *PSTOR_PHYSICAL_ADDRESS;
typedef PHYSICAL_ADDRESS SCSI_PHYSICAL_ADDRESS, *PSCSI_PHYSICAL_ADDRESS;

typedef struct _ACCESS_RANGE {
    STOR_PHYSICAL_ADDRESS RangeStart;
    ULONG RangeLength;
    BOOLEAN RangeInMemory;
} ACCESS_RANGE, *PACCESS_RANGE;

/* ddi/srb/ns-srb-_stor_address */
#define STOR_ADDRESS_TYPE_UNKNOWN 0x0
#define STOR_ADDRESS_TYPE_BTL8    0x1
#define STOR_ADDRESS_TYPE_MAX     0xffff
#define STOR_ADDRESS_ALIGN        DECLSPEC_ALIGN(8)

typedef struct STOR_ADDRESS_ALIGN _STOR_ADDRESS {
    USHORT Type;
    USHORT Port;
    ULONG AddressLength;
    UCHAR AddressData[ANYSIZE_ARRAY];
} STOR_ADDRESS, *PSTOR_ADDRESS;

#define STOR_ADDR_BTL8_ADDRESS_LENGTH 4
typedef struct STOR_ADDRESS_ALIGN _STOR_ADDR_BTL8 {
    USHORT Type;
    USHORT Port;
    ULONG AddressLength;
    UCHAR Path;
    UCHAR Target;
    UCHAR Lun;
    UCHAR Reserved;
} STOR_ADDR_BTL8, *PSTOR_ADDR_BTL8;

/* ---- power and PnP enums carried by SRBs ---- */
typedef enum _STOR_DEVICE_POWER_STATE {
    StorPowerDeviceUnspecified = 0,
    StorPowerDeviceD0,
    StorPowerDeviceD1,
    StorPowerDeviceD2,
    StorPowerDeviceD3,
    StorPowerDeviceMaximum
} STOR_DEVICE_POWER_STATE, *PSTOR_DEVICE_POWER_STATE;

typedef enum _STOR_POWER_ACTION {
    StorPowerActionNone = 0,
    StorPowerActionReserved,
    StorPowerActionSleep,
    StorPowerActionHibernate,
    StorPowerActionShutdown,
    StorPowerActionShutdownReset,
    StorPowerActionShutdownOff,
    StorPowerActionWarmEject
} STOR_POWER_ACTION, *PSTOR_POWER_ACTION;

typedef enum _STOR_PNP_ACTION {
    StorStartDevice = 0x0,
    StorRemoveDevice = 0x2,
    StorStopDevice = 0x4,
    StorQueryCapabilities = 0x9,
    StorQueryResourceRequirements = 0xB,
    StorFilterResourceRequirements = 0xD,
    StorSurpriseRemoval = 0x17
} STOR_PNP_ACTION, *PSTOR_PNP_ACTION;

/* ---- SCSI_REQUEST_BLOCK (ddi/srb/ns-srb-_scsi_request_block) ---- */
typedef struct _SCSI_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    UCHAR ScsiStatus;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR QueueTag;
    UCHAR QueueAction;
    UCHAR CdbLength;
    UCHAR SenseInfoBufferLength;
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    _Field_size_bytes_(DataTransferLength) PVOID DataBuffer;
    PVOID SenseInfoBuffer;
    struct _SCSI_REQUEST_BLOCK *NextSrb;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    union {
        ULONG InternalStatus;
        ULONG QueueSortKey;
        ULONG LinkTimeoutValue;
    };
#if defined(_WIN64)
    ULONG Reserved;
#endif
    UCHAR Cdb[16];
} SCSI_REQUEST_BLOCK, *PSCSI_REQUEST_BLOCK;

#define SCSI_REQUEST_BLOCK_SIZE sizeof(SCSI_REQUEST_BLOCK)

/* ddi/srb/ns-srb-_scsi_wmi_request_block */
typedef struct _SCSI_WMI_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    UCHAR WMISubFunction;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    UCHAR Reserved1;
    UCHAR WMIFlags;
    UCHAR Reserved2[2];
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID DataPath;
    PVOID Reserved3;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    ULONG Reserved4;
#if defined(_WIN64)
    ULONG Reserved6;
#endif
    UCHAR Reserved5[16];
} SCSI_WMI_REQUEST_BLOCK, *PSCSI_WMI_REQUEST_BLOCK;

/* ddi/srb/ns-srb-_scsi_power_request_block */
typedef struct _SCSI_POWER_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    UCHAR SrbPowerFlags;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    STOR_DEVICE_POWER_STATE DevicePowerState;
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID SenseInfoBuffer;
    struct _SCSI_REQUEST_BLOCK *NextSrb;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    STOR_POWER_ACTION PowerAction;
#if defined(_WIN64)
    ULONG Reserved;
#endif
    UCHAR Reserved5[16];
} SCSI_POWER_REQUEST_BLOCK, *PSCSI_POWER_REQUEST_BLOCK;

/* ddi/srb/ns-srb-_scsi_pnp_request_block */
typedef struct _SCSI_PNP_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    UCHAR PnPSubFunction;
    UCHAR PathId;
    UCHAR TargetId;
    UCHAR Lun;
    STOR_PNP_ACTION PnPAction;
    ULONG SrbFlags;
    ULONG DataTransferLength;
    ULONG TimeOutValue;
    PVOID DataBuffer;
    PVOID SenseInfoBuffer;
    struct _SCSI_REQUEST_BLOCK *NextSrb;
    PVOID OriginalRequest;
    PVOID SrbExtension;
    ULONG SrbPnPFlags;
#if defined(_WIN64)
    ULONG Reserved;
#endif
    UCHAR Reserved4[16];
} SCSI_PNP_REQUEST_BLOCK, *PSCSI_PNP_REQUEST_BLOCK;

/* ---- SRB function codes ---- */
#define SRB_FUNCTION_EXECUTE_SCSI           0x00
#define SRB_FUNCTION_CLAIM_DEVICE           0x01
#define SRB_FUNCTION_IO_CONTROL             0x02
#define SRB_FUNCTION_RECEIVE_EVENT          0x03
#define SRB_FUNCTION_RELEASE_QUEUE          0x04
#define SRB_FUNCTION_ATTACH_DEVICE          0x05
#define SRB_FUNCTION_RELEASE_DEVICE         0x06
#define SRB_FUNCTION_SHUTDOWN               0x07
#define SRB_FUNCTION_FLUSH                  0x08
#define SRB_FUNCTION_PROTOCOL_COMMAND       0x09
#define SRB_FUNCTION_ABORT_COMMAND          0x10
#define SRB_FUNCTION_RELEASE_RECOVERY       0x11
#define SRB_FUNCTION_RESET_BUS              0x12
#define SRB_FUNCTION_RESET_DEVICE           0x13
#define SRB_FUNCTION_TERMINATE_IO           0x14
#define SRB_FUNCTION_FLUSH_QUEUE            0x15
#define SRB_FUNCTION_REMOVE_DEVICE          0x16
#define SRB_FUNCTION_WMI                    0x17
#define SRB_FUNCTION_LOCK_QUEUE             0x18
#define SRB_FUNCTION_UNLOCK_QUEUE           0x19
#define SRB_FUNCTION_QUIESCE_DEVICE         0x1a
#define SRB_FUNCTION_RESET_LOGICAL_UNIT     0x20
#define SRB_FUNCTION_SET_LINK_TIMEOUT       0x21
#define SRB_FUNCTION_LINK_TIMEOUT_OCCURRED  0x22
#define SRB_FUNCTION_LINK_TIMEOUT_COMPLETE  0x23
#define SRB_FUNCTION_POWER                  0x24
#define SRB_FUNCTION_PNP                    0x25
#define SRB_FUNCTION_DUMP_POINTERS          0x26
#define SRB_FUNCTION_FREE_DUMP_POINTERS     0x27
#define SRB_FUNCTION_STORAGE_REQUEST_BLOCK  0x28
#define SRB_FUNCTION_CRYPTO_OPERATION       0x29
#define SRB_FUNCTION_GET_DUMP_INFO          0x2a
#define SRB_FUNCTION_FREE_DUMP_INFO         0x2b

/* ---- SRB status ---- */
#define SRB_STATUS_PENDING                  0x00
#define SRB_STATUS_SUCCESS                  0x01
#define SRB_STATUS_ABORTED                  0x02
#define SRB_STATUS_ABORT_FAILED             0x03
#define SRB_STATUS_ERROR                    0x04
#define SRB_STATUS_BUSY                     0x05
#define SRB_STATUS_INVALID_REQUEST          0x06
#define SRB_STATUS_INVALID_PATH_ID          0x07
#define SRB_STATUS_NO_DEVICE                0x08
#define SRB_STATUS_TIMEOUT                  0x09
#define SRB_STATUS_SELECTION_TIMEOUT        0x0A
#define SRB_STATUS_COMMAND_TIMEOUT          0x0B
#define SRB_STATUS_MESSAGE_REJECTED         0x0D
#define SRB_STATUS_BUS_RESET                0x0E
#define SRB_STATUS_PARITY_ERROR             0x0F
#define SRB_STATUS_REQUEST_SENSE_FAILED     0x10
#define SRB_STATUS_NO_HBA                   0x11
#define SRB_STATUS_DATA_OVERRUN             0x12
#define SRB_STATUS_UNEXPECTED_BUS_FREE      0x13
#define SRB_STATUS_PHASE_SEQUENCE_FAILURE   0x14
#define SRB_STATUS_BAD_SRB_BLOCK_LENGTH     0x15
#define SRB_STATUS_REQUEST_FLUSHED          0x16
#define SRB_STATUS_INVALID_LUN              0x20
#define SRB_STATUS_INVALID_TARGET_ID        0x21
#define SRB_STATUS_BAD_FUNCTION             0x22
#define SRB_STATUS_ERROR_RECOVERY           0x23
#define SRB_STATUS_NOT_POWERED              0x24
#define SRB_STATUS_LINK_DOWN                0x25
#define SRB_STATUS_INSUFFICIENT_RESOURCES   0x26
#define SRB_STATUS_THROTTLED_REQUEST        0x27
#define SRB_STATUS_INVALID_PARAMETER        0x28
#define SRB_STATUS_INTERNAL_ERROR           0x30
#define SRB_STATUS_QUEUE_FROZEN             0x40
#define SRB_STATUS_AUTOSENSE_VALID          0x80
#define SRB_STATUS(Status) ((Status) & ~(SRB_STATUS_AUTOSENSE_VALID | SRB_STATUS_QUEUE_FROZEN))

/* ---- SRB flags ---- */
#define SRB_FLAGS_QUEUE_ACTION_ENABLE       0x00000002
#define SRB_FLAGS_DISABLE_DISCONNECT        0x00000004
#define SRB_FLAGS_DISABLE_SYNCH_TRANSFER    0x00000008
#define SRB_FLAGS_BYPASS_FROZEN_QUEUE       0x00000010
#define SRB_FLAGS_DISABLE_AUTOSENSE         0x00000020
#define SRB_FLAGS_DATA_IN                   0x00000040
#define SRB_FLAGS_DATA_OUT                  0x00000080
#define SRB_FLAGS_NO_DATA_TRANSFER          0x00000000
#define SRB_FLAGS_UNSPECIFIED_DIRECTION     (SRB_FLAGS_DATA_IN | SRB_FLAGS_DATA_OUT)
#define SRB_FLAGS_NO_QUEUE_FREEZE           0x00000100
#define SRB_FLAGS_ADAPTER_CACHE_ENABLE      0x00000200
#define SRB_FLAGS_FREE_SENSE_BUFFER         0x00000400
#define SRB_FLAGS_D3_PROCESSING             0x00000800
#define SRB_FLAGS_SEQUENTIAL_REQUIRED       0x00001000
#define SRB_FLAGS_IS_ACTIVE                 0x00010000
#define SRB_FLAGS_ALLOCATED_FROM_ZONE       0x00020000
#define SRB_FLAGS_SGLIST_FROM_POOL          0x00040000
#define SRB_FLAGS_BYPASS_LOCKED_QUEUE       0x00080000
#define SRB_FLAGS_NO_KEEP_AWAKE             0x00100000
#define SRB_FLAGS_PORT_DRIVER_ALLOCSENSE    0x00200000
#define SRB_FLAGS_PORT_DRIVER_SENSEHASPORT  0x00400000
#define SRB_FLAGS_DONT_START_NEXT_PACKET    0x00800000
#define SRB_FLAGS_PORT_DRIVER_RESERVED      0x0F000000
#define SRB_FLAGS_CLASS_DRIVER_RESERVED     0xF0000000

#define SRB_SIMPLE_TAG_REQUEST              0x20
#define SRB_HEAD_OF_QUEUE_TAG_REQUEST       0x21
#define SRB_ORDERED_QUEUE_TAG_REQUEST       0x22

#define SRB_WMI_FLAGS_ADAPTER_REQUEST       0x01
#define SRB_POWER_FLAGS_ADAPTER_REQUEST     0x01
#define SRB_PNP_FLAGS_ADAPTER_REQUEST       0x01

#define SP_UNTAGGED                         ((UCHAR)~0)

/* ---- STORAGE_REQUEST_BLOCK (ddi/srb/ns-srb-_storage_request_block) ---- */
#define SRB_SIGNATURE                       0x53524258
#define STORAGE_REQUEST_BLOCK_VERSION_1     0x1

#define SRB_TYPE_SCSI_REQUEST_BLOCK         0
#define SRB_TYPE_STORAGE_REQUEST_BLOCK      1
#define SRB_TYPE_FLAG_SCSI_REQUEST_BLOCK    0x1
#define SRB_TYPE_FLAG_STORAGE_REQUEST_BLOCK 0x2

#define STORAGE_ADDRESS_TYPE_BTL8           STOR_ADDRESS_TYPE_BTL8

typedef enum _SRBEXDATATYPE {
    SrbExDataTypeUnknown = 0,
    SrbExDataTypeBidirectional,
    SrbExDataTypeScsiCdb16 = 0x40,
    SrbExDataTypeScsiCdb32,
    SrbExDataTypeScsiCdbVar,
    SrbExDataTypeNvmeCommand,
    SrbExDataTypeWmi = 0x60,
    SrbExDataTypePower,
    SrbExDataTypePnP,
    SrbExDataTypeIoInfo = 0x80,
    SrbExDataTypeMSReservedStart = 0xf0000000,
    SrbExDataTypeReserved = 0xffffffff
} SRBEXDATATYPE, *PSRBEXDATATYPE;

typedef struct STOR_ADDRESS_ALIGN _SRBEX_DATA {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR Data[ANYSIZE_ARRAY];
} SRBEX_DATA, *PSRBEX_DATA;

#define SRBEX_DATA_BIDIRECTIONAL_LENGTH ((2 * sizeof(ULONG)) + sizeof(PVOID))
typedef struct STOR_ADDRESS_ALIGN _SRBEX_DATA_BIDIRECTIONAL {
    SRBEXDATATYPE Type;
    ULONG Length;
    ULONG DataInTransferLength;
    ULONG Reserved1;
    PVOID DataInBuffer;
} SRBEX_DATA_BIDIRECTIONAL, *PSRBEX_DATA_BIDIRECTIONAL;

#define SRBEX_DATA_SCSI_CDB16_LENGTH ((20 * sizeof(UCHAR)) + sizeof(ULONG) + sizeof(PVOID))
typedef struct STOR_ADDRESS_ALIGN _SRBEX_DATA_SCSI_CDB16 {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR CdbLength;
    UCHAR Reserved;
    ULONG Reserved1;
    PVOID SenseInfoBuffer;
    UCHAR Cdb[16];
} SRBEX_DATA_SCSI_CDB16, *PSRBEX_DATA_SCSI_CDB16;

#define SRBEX_DATA_SCSI_CDB32_LENGTH ((36 * sizeof(UCHAR)) + sizeof(ULONG) + sizeof(PVOID))
typedef struct STOR_ADDRESS_ALIGN _SRBEX_DATA_SCSI_CDB32 {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR CdbLength;
    UCHAR Reserved;
    ULONG Reserved1;
    PVOID SenseInfoBuffer;
    UCHAR Cdb[32];
} SRBEX_DATA_SCSI_CDB32, *PSRBEX_DATA_SCSI_CDB32;

#define SRBEX_DATA_SCSI_CDB_VAR_LENGTH_MIN ((4 * sizeof(UCHAR)) + (3 * sizeof(ULONG)) + sizeof(PVOID))
typedef struct STOR_ADDRESS_ALIGN _SRBEX_DATA_SCSI_CDB_VAR {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR Reserved[2];
    ULONG CdbLength;
    ULONG Reserved1[2];
    PVOID SenseInfoBuffer;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SRBEX_DATA_SCSI_CDB_VAR, *PSRBEX_DATA_SCSI_CDB_VAR;

#define SRBEX_DATA_WMI_LENGTH ((4 * sizeof(UCHAR)) + sizeof(ULONG) + sizeof(PVOID))
typedef struct STOR_ADDRESS_ALIGN _SRBEX_DATA_WMI {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR WMISubFunction;
    UCHAR WMIFlags;
    UCHAR Reserved[2];
    ULONG Reserved1;
    PVOID DataPath;
} SRBEX_DATA_WMI, *PSRBEX_DATA_WMI;

#define SRBEX_DATA_POWER_LENGTH ((4 * sizeof(UCHAR)) + sizeof(STOR_DEVICE_POWER_STATE) + sizeof(STOR_POWER_ACTION))
typedef struct STOR_ADDRESS_ALIGN _SRBEX_DATA_POWER {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR SrbPowerFlags;
    UCHAR Reserved[3];
    STOR_DEVICE_POWER_STATE DevicePowerState;
    STOR_POWER_ACTION PowerAction;
} SRBEX_DATA_POWER, *PSRBEX_DATA_POWER;

#define SRBEX_DATA_PNP_LENGTH ((4 * sizeof(UCHAR)) + sizeof(STOR_PNP_ACTION) + (2 * sizeof(ULONG)))
typedef struct STOR_ADDRESS_ALIGN _SRBEX_DATA_PNP {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR PnPSubFunction;
    UCHAR Reserved[3];
    STOR_PNP_ACTION PnPAction;
    ULONG SrbPnPFlags;
    ULONG Reserved1;
} SRBEX_DATA_PNP, *PSRBEX_DATA_PNP;

#define SRBEX_DATA_IO_INFO_VERSION_1 1
#define SRBEX_DATA_IO_INFO_LENGTH ((5 * sizeof(ULONG)) + (4 * sizeof(UCHAR)))
#define REQUEST_INFO_NO_CACHE_FLAG                 0x00000001
#define REQUEST_INFO_PAGING_IO_FLAG                0x00000002
#define REQUEST_INFO_SEQUENTIAL_IO_FLAG            0x00000004
#define REQUEST_INFO_TEMPORARY_FLAG                0x00000008
#define REQUEST_INFO_WRITE_THROUGH_FLAG            0x00000010
#define REQUEST_INFO_HYBRID_WRITE_THROUGH_FLAG     0x00000020
#define REQUEST_INFO_NO_FILE_OBJECT_FLAG           0x00000040
#define REQUEST_INFO_VOLSNAP_IO_FLAG               0x00000080
#define REQUEST_INFO_STREAM_FLAG                   0x00000100
#define REQUEST_INFO_VALID_CACHEPRIORITY_FLAG      0x80000000
typedef struct STOR_ADDRESS_ALIGN _SRBEX_DATA_IO_INFO {
    SRBEXDATATYPE Type;
    ULONG Length;
    ULONG Flags;
    ULONG Key;
    ULONG RWLength;
    BOOLEAN IsWriteRequest;
    UCHAR CachePriority;
    UCHAR Reserved[2];
    ULONG Reserved1[2];
} SRBEX_DATA_IO_INFO, *PSRBEX_DATA_IO_INFO;

/* ddi/srb/ns-srb-srbex_data_nvme_command: an NVMe command framed by the
 * system (reserved for system use, but miniports read it). The command
 * dwords mirror NVME_COMMAND; the status mirrors NVME_COMMAND_STATUS. */
typedef enum _SRBEX_DATA_NVME_COMMAND_TYPE {
    SRBEX_DATA_NVME_COMMAND_TYPE_NVM = 0,
    SRBEX_DATA_NVME_COMMAND_TYPE_ADMIN = 1
} SRBEX_DATA_NVME_COMMAND_TYPE;

typedef enum _SRBEX_DATA_NVME_COMMAND_FLAG {
    SRBEX_DATA_NVME_COMMAND_FLAG_REQUIRE_DATA_TRANSFER_IN = 0x1,
    SRBEX_DATA_NVME_COMMAND_FLAG_REQUIRE_DATA_TRANSFER_OUT = 0x2,
    SRBEX_DATA_NVME_COMMAND_FLAG_PRP_SET_ALREADY = 0x4,
    SRBEX_DATA_NVME_COMMAND_FLAG_SIGNATURE_ENABLED = 0x8
} SRBEX_DATA_NVME_COMMAND_FLAG;

typedef struct STOR_ADDRESS_ALIGN _SRBEX_DATA_NVME_COMMAND {
    SRBEXDATATYPE Type;
    ULONG Length;
    union {
        PVOID ControllerHandle;
        ULONGLONG Reserved0;
    };
    union {
        struct {
            ULONG CommandDWORD0;
            ULONG CommandNSID;
            ULONG Reserved1[2];
            ULONGLONG CommandMPTR;
            union {
                struct {
                    ULONGLONG CommandPRP1;
                    ULONGLONG CommandPRP2;
                };
                ULONGLONG CommandSGL1[2];
            };
            ULONG CommandCDW10;
            ULONG CommandCDW11;
            ULONG CommandCDW12;
            ULONG CommandCDW13;
            ULONG CommandCDW14;
            ULONG CommandCDW15;
        };
        struct {
            UCHAR OPC;
            UCHAR PSDT;
            USHORT CID;
            UCHAR FCTYPE;
            UCHAR Reserved[35];
            UCHAR Specific[24];
        } FabricsCommand;
        struct {
            ULONG OPC : 8;
            ULONG FUSE : 2;
            ULONG Reserved : 4;
            ULONG PSDT : 2;
            ULONG CID : 16;
            UCHAR TypeSpecific[60];
        } Command;
    };
    UCHAR CommandType;
    UCHAR Reserved2;
    USHORT CommandFlags;
    USHORT ResponseFlags;
    union {
        struct {
            USHORT P : 1;
            USHORT SC : 8;
            USHORT SCT : 3;
            USHORT CRD : 2;
            USHORT M : 1;
            USHORT DNR : 1;
        };
        USHORT AsUshort;
    } CommandStatus;
    ULONG QID;
    ULONG CommandTag;
    union {
        struct {
            ULONG CQEntryDW0;
            ULONG CQEntryDW1;
        };
        UCHAR Specific[8];
    };
    USHORT SQHD;
    USHORT SQID;
} SRBEX_DATA_NVME_COMMAND, *PSRBEX_DATA_NVME_COMMAND;

typedef struct STOR_ADDRESS_ALIGN _STORAGE_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    ULONG ReservedUlong1;
    ULONG Signature;
    ULONG Version;
    ULONG SrbLength;
    ULONG SrbFunction;
    ULONG SrbFlags;
    ULONG ReservedUlong2;
    ULONG RequestTag;
    USHORT RequestPriority;
    USHORT RequestAttribute;
    ULONG TimeOutValue;
    ULONG SystemStatus;
    ULONG ZeroGuard1;
    ULONG AddressOffset;
    ULONG NumSrbExData;
    ULONG DataTransferLength;
    _Field_size_bytes_(DataTransferLength) PVOID DataBuffer;
    PVOID ZeroGuard2;
    PVOID OriginalRequest;
    PVOID ClassContext;
    PVOID PortContext;
    PVOID MiniportContext;
    struct _STORAGE_REQUEST_BLOCK *NextSrb;
    ULONG SrbExDataOffset[ANYSIZE_ARRAY];
} STORAGE_REQUEST_BLOCK, *PSTORAGE_REQUEST_BLOCK;

#define SRB_ALIGN STOR_ADDRESS_ALIGN

/* request priorities and attributes (ns-srb-_storage_request_block) */
#define SRB_REQUEST_PRIORITY_NONE   0
#define SRB_REQUEST_PRIORITY_LOW    1
#define SRB_REQUEST_PRIORITY_NORMAL 2
#define SRB_REQUEST_PRIORITY_HIGH   3
#define SRB_REQUEST_ATTRIBUTE_NONE  0

#endif /* STORCHECK_SRB_H */
