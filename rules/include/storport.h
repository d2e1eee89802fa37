/* SPDX-License-Identifier: Apache-2.0 */
/*
 * storport.h - storcheck model header.
 * The Storport miniport DDI, written from the documented prototypes on
 * learn.microsoft.com (/windows-hardware/drivers/ddi/storport/).
 *
 * Every StorPort* routine is declared as a plain function prototype (no
 * inline bodies, no macros) so that a checker sees each call by name.
 */
#ifndef STORCHECK_STORPORT_H
#define STORCHECK_STORPORT_H

#include <miniport.h>
#include <srb.h>
#include <scsi.h>

#define STORPORT_API

/* forward declarations of kernel objects the DDI passes as PVOID-like handles */
struct _DEVICE_OBJECT;
struct _IRP;
struct _MDL;

/* ======================================================================
 * Return codes (ddi/storport: "STOR_STATUS_*" values used by the routines)
 * ====================================================================== */
#define STOR_STATUS_SUCCESS                 (0x00000000L)
#define STOR_STATUS_UNSUCCESSFUL            (0xC1000001L)
#define STOR_STATUS_NOT_IMPLEMENTED         (0xC1000002L)
#define STOR_STATUS_INSUFFICIENT_RESOURCES  (0xC1000003L)
#define STOR_STATUS_BUFFER_TOO_SMALL        (0xC1000004L)
#define STOR_STATUS_ACCESS_DENIED           (0xC1000005L)
#define STOR_STATUS_INVALID_PARAMETER       (0xC1000006L)
#define STOR_STATUS_INVALID_DEVICE_REQUEST  (0xC1000007L)
#define STOR_STATUS_INVALID_IRQL            (0xC1000008L)
#define STOR_STATUS_INVALID_DEVICE_STATE    (0xC1000009L)
#define STOR_STATUS_INVALID_BUFFER_SIZE     (0xC100000AL)
#define STOR_STATUS_UNSUPPORTED_VERSION     (0xC100000BL)
#define STOR_STATUS_BUSY                    (0xC100000CL)
typedef ULONG STOR_STATUS;

/* HwStorFindAdapter return values (ddi/storport/nc-storport-hw_find_adapter) */
#define SP_RETURN_NOT_FOUND     0
#define SP_RETURN_FOUND         1
#define SP_RETURN_ERROR         2
#define SP_RETURN_BAD_CONFIG    3

#define SP_UNINITIALIZED_VALUE  ((ULONG)~0)

/* StorPortLogError error codes (ddi/storport/nf-storport-storportlogerror) */
#define SP_BUS_PARITY_ERROR         0x0001
#define SP_UNEXPECTED_DISCONNECT    0x0002
#define SP_INVALID_RESELECTION      0x0003
#define SP_BUS_TIME_OUT             0x0004
#define SP_PROTOCOL_ERROR           0x0005
#define SP_INTERNAL_ADAPTER_ERROR   0x0006
#define SP_REQUEST_TIMEOUT          0x0007
#define SP_IRQ_NOT_RESPONDING       0x0008
#define SP_BAD_FW_WARNING           0x0009
#define SP_BAD_FW_ERROR             0x000a
#define SP_LOST_WMI_MINIPORT_REQUEST 0x000b

/* PORT_CONFIGURATION_INFORMATION.Dma64BitAddresses */
#define SCSI_DMA64_MINIPORT_SUPPORTED                          0x01
#define SCSI_DMA64_MINIPORT_FULL64BIT_SUPPORTED                0x02
#define SCSI_DMA64_MINIPORT_FULL64BIT_NO_BOUNDARY_REQ_SUPPORTED 0x04
#define SCSI_DMA64_SYSTEM_SUPPORTED                            0x80

/* PORT_CONFIGURATION_INFORMATION.MapBuffers */
#define STOR_MAP_NO_BUFFERS                         (0)
#define STOR_MAP_ALL_BUFFERS                        (1)
#define STOR_MAP_NON_READ_WRITE_BUFFERS             (2)
#define STOR_MAP_ALL_BUFFERS_INCLUDING_READ_WRITE   (3)

/* dump modes (PORT_CONFIGURATION_INFORMATION.DumpMode) */
#define DUMP_MODE_CRASH         0x01
#define DUMP_MODE_HIBER         0x02
#define DUMP_MODE_MARK_MEMORY   0x03
#define DUMP_MODE_RESUME        0x04

/* ======================================================================
 * Scatter/gather (ddi/storport/ns-storport-_stor_scatter_gather_list)
 * ====================================================================== */
typedef struct _STOR_SCATTER_GATHER_ELEMENT {
    STOR_PHYSICAL_ADDRESS PhysicalAddress;
    ULONG Length;
    ULONG_PTR Reserved;
} STOR_SCATTER_GATHER_ELEMENT, *PSTOR_SCATTER_GATHER_ELEMENT;

typedef struct _STOR_SCATTER_GATHER_LIST {
    ULONG NumberOfElements;
    ULONG_PTR Reserved;
    _Field_size_(NumberOfElements) STOR_SCATTER_GATHER_ELEMENT List[];
} STOR_SCATTER_GATHER_LIST, *PSTOR_SCATTER_GATHER_LIST;

/* ======================================================================
 * Locks and DPCs
 * ====================================================================== */
/* ddi/storport/ne-storport-_stor_spinlock */
typedef enum _STOR_SPINLOCK {
    DpcLock = 1,
    StartIoLock,
    InterruptLock,
    ThreadedDpcLock,
    DpcLevelLock,
    RegistryLock
} STOR_SPINLOCK;

/* ddi/storport/ns-storport-_stor_lock_handle */
typedef struct _STOR_LOCK_HANDLE {
    STOR_SPINLOCK Lock;
    struct {
        struct {
            PVOID Next;
            PVOID Lock;
        } LockQueue;
        KIRQL OldIrql;
    } Context;
} STOR_LOCK_HANDLE, *PSTOR_LOCK_HANDLE;

/* ddi/storport/ns-storport-_stor_dpc: opaque to the miniport */
typedef struct _STOR_DPC {
    DECLSPEC_ALIGN(8) UCHAR Opaque[72];
    KSPIN_LOCK Lock;
} STOR_DPC, *PSTOR_DPC;

/* ======================================================================
 * Enumerations used by callbacks and routines
 * ====================================================================== */
/* ddi/storport/nf-storport-storportnotification */
typedef enum _SCSI_NOTIFICATION_TYPE {
    RequestComplete,
    NextRequest,
    NextLuRequest,
    ResetDetected,
    _obsolete1,
    _obsolete2,
    RequestTimerCall,
    BusChangeDetected,
    WMIEvent,
    WMIReregister,
    LinkUp,
    LinkDown,
    QueryTickCount,
    BufferOverrunDetected,
    TraceNotification,
    GetExtendedFunctionTable,
    EnablePassiveInitialization = 0x1000,
    InitializeDpc,
    IssueDpc,
    AcquireSpinLock,
    ReleaseSpinLock,
    IoTargetRequestServiceTime = 0x2000
} SCSI_NOTIFICATION_TYPE, *PSCSI_NOTIFICATION_TYPE;

/* ddi/storport/ne-storport-_scsi_adapter_control_type */
typedef enum _SCSI_ADAPTER_CONTROL_TYPE {
    ScsiQuerySupportedControlTypes = 0,
    ScsiStopAdapter,
    ScsiRestartAdapter,
    ScsiSetBootConfig,
    ScsiSetRunningConfig,
    ScsiPowerSettingNotification,
    ScsiAdapterPower,
    ScsiAdapterPoFxPowerRequired,
    ScsiAdapterPoFxPowerActive,
    ScsiAdapterPoFxPowerSetFState,
    ScsiAdapterPoFxPowerControl,
    ScsiAdapterPrepareForBusReScan,
    ScsiAdapterSystemPowerHints,
    ScsiAdapterFilterResourceRequirements,
    ScsiAdapterPoFxMaxOperationalPower,
    ScsiAdapterPoFxSetPerfState,
    ScsiAdapterSurpriseRemoval,
    ScsiAdapterSerialNumber,
    ScsiAdapterCryptoOperation,
    ScsiAdapterQueryFruId,
    ScsiAdapterSetEventLogging,
    ScsiAdapterReportInternalData,
    ScsiAdapterResetBusSynchronous,
    ScsiAdapterPostHwInitialize,
    ScsiAdapterPrepareEarlyDumpData,
    ScsiAdapterRestoreEarlyDumpData,
    ScsiAdapterControlMax,
    MakeAdapterControlTypeSizeOfUlong = 0xffffffff
} SCSI_ADAPTER_CONTROL_TYPE, *PSCSI_ADAPTER_CONTROL_TYPE;

typedef enum _SCSI_ADAPTER_CONTROL_STATUS {
    ScsiAdapterControlSuccess = 0,
    ScsiAdapterControlUnsuccessful
} SCSI_ADAPTER_CONTROL_STATUS, *PSCSI_ADAPTER_CONTROL_STATUS;

/* ddi/storport/ne-storport-_scsi_unit_control_type */
typedef enum _SCSI_UNIT_CONTROL_TYPE {
    ScsiQuerySupportedUnitControlTypes = 0,
    ScsiUnitUsage,
    ScsiUnitStart,
    ScsiUnitPower,
    ScsiUnitPoFxPowerInfo,
    ScsiUnitPoFxPowerRequired,
    ScsiUnitPoFxPowerActive,
    ScsiUnitPoFxPowerSetFState,
    ScsiUnitPoFxPowerControl,
    ScsiUnitRemove,
    ScsiUnitSurpriseRemoval,
    ScsiUnitRichDescription,
    ScsiUnitQueryBusType,
    ScsiUnitQueryFruId,
    ScsiUnitReportInternalData,
    ScsiUnitControlMax,
    MakeUnitControlTypeSizeOfUlong = 0xffffffff
} SCSI_UNIT_CONTROL_TYPE, *PSCSI_UNIT_CONTROL_TYPE;

typedef enum _SCSI_UNIT_CONTROL_STATUS {
    ScsiUnitControlSuccess = 0,
    ScsiUnitControlUnsuccessful
} SCSI_UNIT_CONTROL_STATUS, *PSCSI_UNIT_CONTROL_STATUS;

/* Parameters of the newer unit and adapter control types
 * (ddi/storport/ns-storport-stor_uc_device_usage and neighbours). */
typedef enum _SCSI_UC_DEVICE_USAGE_TYPE {
    ScsiDeviceUsageTypeUndefined = 0,
    ScsiDeviceUsageTypePaging,
    ScsiDeviceUsageTypeHibernation,
    ScsiDeviceUsageTypeDumpFile,
    ScsiDeviceUsageTypeBoot
} SCSI_UC_DEVICE_USAGE_TYPE, *PSCSI_UC_DEVICE_USAGE_TYPE;

typedef struct _STOR_UC_DEVICE_USAGE {
    PSTOR_ADDRESS Address;
    SCSI_UC_DEVICE_USAGE_TYPE UsageType;
    BOOLEAN InUse;
} STOR_UC_DEVICE_USAGE, *PSTOR_UC_DEVICE_USAGE;

typedef struct _STOR_UNIT_CONTROL_QUERY_BUS_TYPE {
    PSTOR_ADDRESS Address;
    ULONG BusType; /* a STORAGE_BUS_TYPE value */
} STOR_UNIT_CONTROL_QUERY_BUS_TYPE, *PSTOR_UNIT_CONTROL_QUERY_BUS_TYPE;

#define STOR_VENDOR_ID_LENGTH         8
#define STOR_PRODUCT_ID_LENGTH        16
#define STOR_MODEL_NUMBER_LENGTH      40
#define STOR_FIRMWARE_REVISION_LENGTH 8
#define STOR_RICH_DEVICE_DESCRIPTION_STRUCTURE_VERSION 1

typedef struct _STOR_RICH_DEVICE_DESCRIPTION {
    ULONG Version;
    ULONG Size;
    CHAR VendorId[STOR_VENDOR_ID_LENGTH + 1];
    CHAR ModelNumber[STOR_MODEL_NUMBER_LENGTH + 1];
    CHAR FirmwareRevision[STOR_FIRMWARE_REVISION_LENGTH + 1];
    PSTOR_ADDRESS Address;
} STOR_RICH_DEVICE_DESCRIPTION, *PSTOR_RICH_DEVICE_DESCRIPTION;

typedef struct _STOR_FRU_ID_DESCRIPTION {
    ULONG Version;
    ULONG Size;
    PSTOR_ADDRESS Address;
    ULONG FruIdLength;
    UCHAR FruId[ANYSIZE_ARRAY];
} STOR_FRU_ID_DESCRIPTION, *PSTOR_FRU_ID_DESCRIPTION;

typedef struct _STOR_SERIAL_NUMBER {
    ULONG Version;
    ULONG Size;
    BOOLEAN Unicode;
    UCHAR SerialNumber[ANYSIZE_ARRAY];
} STOR_SERIAL_NUMBER, *PSTOR_SERIAL_NUMBER;

typedef struct _STOR_SET_EVENT_LOGGING {
    ULONG Channel;
    BOOLEAN Enabled;
} STOR_SET_EVENT_LOGGING, *PSTOR_SET_EVENT_LOGGING;

typedef struct _STOR_RESET_BUS_SYNCHRONOUS_PARAMETER {
    ULONG Version;
    ULONG Size;
    UCHAR PathId;
    UCHAR Reserved[3];
} STOR_RESET_BUS_SYNCHRONOUS_PARAMETER, *PSTOR_RESET_BUS_SYNCHRONOUS_PARAMETER;

typedef struct _STOR_FILTER_RESOURCE_REQUIREMENTS {
    ULONG Version;
    ULONG Size;
    PVOID IoResourceRequirementsList; /* PIO_RESOURCE_REQUIREMENTS_LIST */
} STOR_FILTER_RESOURCE_REQUIREMENTS, *PSTOR_FILTER_RESOURCE_REQUIREMENTS;

typedef struct _STOR_MAX_OPERATIONAL_POWER {
    ULONG Version;
    ULONG Size;
    ULONG Value;
} STOR_MAX_OPERATIONAL_POWER, *PSTOR_MAX_OPERATIONAL_POWER;

typedef struct _STOR_DPC_WATCHDOG_INFORMATION {
    ULONG DpcTimeLimit;
    ULONG DpcTimeCount;
    ULONG DpcWatchdogLimit;
    ULONG DpcWatchdogCount;
    ULONG Reserved;
} STOR_DPC_WATCHDOG_INFORMATION, *PSTOR_DPC_WATCHDOG_INFORMATION;

/* ddi/storport/ns-storport-_scsi_supported_control_type_list */
typedef struct _SCSI_SUPPORTED_CONTROL_TYPE_LIST {
    ULONG MaxControlType;
    BOOLEAN SupportedTypeList[0];
} SCSI_SUPPORTED_CONTROL_TYPE_LIST, *PSCSI_SUPPORTED_CONTROL_TYPE_LIST;

typedef enum _STOR_SYNCHRONIZATION_MODEL {
    StorSynchronizeHalfDuplex,
    StorSynchronizeFullDuplex
} STOR_SYNCHRONIZATION_MODEL;

typedef enum _INTERRUPT_SYNCHRONIZATION_MODE {
    InterruptSupportNone,
    InterruptSynchronizeAll,
    InterruptSynchronizePerMessage
} INTERRUPT_SYNCHRONIZATION_MODE;

typedef struct _MEMORY_REGION {
    PUCHAR VirtualBase;
    PHYSICAL_ADDRESS PhysicalBase;
    ULONG Length;
} MEMORY_REGION, *PMEMORY_REGION;

/* ======================================================================
 * Callback role typedefs (ddi/storport/nc-storport-*)
 * ====================================================================== */
struct _PORT_CONFIGURATION_INFORMATION;

typedef _Function_class_(sp_DRIVER_INITIALIZE) _IRQL_requires_(PASSIVE_LEVEL)
ULONG sp_DRIVER_INITIALIZE(_In_ PVOID DriverObject, _In_ PVOID RegistryPath);
typedef sp_DRIVER_INITIALIZE *PDRIVER_INITIALIZE_SP;

typedef _Function_class_(HW_INITIALIZE)
BOOLEAN HW_INITIALIZE(_In_ PVOID DeviceExtension);
typedef HW_INITIALIZE *PHW_INITIALIZE;

typedef _Function_class_(HW_BUILDIO) _IRQL_requires_(DISPATCH_LEVEL)
BOOLEAN HW_BUILDIO(_In_ PVOID DeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb);
typedef HW_BUILDIO *PHW_BUILDIO;

typedef _Function_class_(HW_STARTIO)
BOOLEAN HW_STARTIO(_In_ PVOID DeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb);
typedef HW_STARTIO *PHW_STARTIO;

typedef _Function_class_(HW_INTERRUPT)
BOOLEAN HW_INTERRUPT(_In_ PVOID DeviceExtension);
typedef HW_INTERRUPT *PHW_INTERRUPT;

typedef _Function_class_(HW_TIMER)
VOID HW_TIMER(_In_ PVOID DeviceExtension);
typedef HW_TIMER *PHW_TIMER;

typedef _Function_class_(HW_DMA_STARTED)
VOID HW_DMA_STARTED(_In_ PVOID DeviceExtension);
typedef HW_DMA_STARTED *PHW_DMA_STARTED;

typedef _Function_class_(HW_FIND_ADAPTER)
ULONG HW_FIND_ADAPTER(_In_ PVOID DeviceExtension, _In_ PVOID HwContext, _In_ PVOID BusInformation,
                      _In_z_ PCHAR ArgumentString,
                      _Inout_ struct _PORT_CONFIGURATION_INFORMATION *ConfigInfo,
                      _In_ PBOOLEAN Reserved3);
typedef HW_FIND_ADAPTER *PHW_FIND_ADAPTER;

typedef _Function_class_(VIRTUAL_HW_FIND_ADAPTER)
ULONG VIRTUAL_HW_FIND_ADAPTER(_In_ PVOID DeviceExtension, _In_ PVOID HwContext, _In_ PVOID BusInformation,
                              _In_ PVOID LowerDevice, _In_ PCHAR ArgumentString,
                              _Inout_ struct _PORT_CONFIGURATION_INFORMATION *ConfigInfo,
                              _Out_ PBOOLEAN Again);
typedef VIRTUAL_HW_FIND_ADAPTER *PVIRTUAL_HW_FIND_ADAPTER;

typedef _Function_class_(HW_RESET_BUS)
BOOLEAN HW_RESET_BUS(_In_ PVOID DeviceExtension, _In_ ULONG PathId);
typedef HW_RESET_BUS *PHW_RESET_BUS;

typedef _Function_class_(HW_ADAPTER_STATE)
BOOLEAN HW_ADAPTER_STATE(_In_ PVOID DeviceExtension, _In_ PVOID Context, _In_ BOOLEAN SaveState);
typedef HW_ADAPTER_STATE *PHW_ADAPTER_STATE;

typedef _Function_class_(HW_ADAPTER_CONTROL)
SCSI_ADAPTER_CONTROL_STATUS HW_ADAPTER_CONTROL(_In_ PVOID DeviceExtension,
                                               _In_ SCSI_ADAPTER_CONTROL_TYPE ControlType,
                                               _In_ PVOID Parameters);
typedef HW_ADAPTER_CONTROL *PHW_ADAPTER_CONTROL;

typedef _Function_class_(HW_UNIT_CONTROL)
SCSI_UNIT_CONTROL_STATUS HW_UNIT_CONTROL(_In_ PVOID DeviceExtension,
                                         _In_ SCSI_UNIT_CONTROL_TYPE ControlType,
                                         _In_ PVOID Parameters);
typedef HW_UNIT_CONTROL *PHW_UNIT_CONTROL;

typedef _Function_class_(HW_PASSIVE_INITIALIZE_ROUTINE) _IRQL_requires_(PASSIVE_LEVEL)
BOOLEAN HW_PASSIVE_INITIALIZE_ROUTINE(_In_ PVOID DeviceExtension);
typedef HW_PASSIVE_INITIALIZE_ROUTINE *PHW_PASSIVE_INITIALIZE_ROUTINE;

/* ddi/storport/nc-storport-hw_dpc_routine (return type per StorPortInitializeDpc's page) */
typedef _Function_class_(HW_DPC_ROUTINE) _IRQL_requires_(DISPATCH_LEVEL)
VOID HW_DPC_ROUTINE(_In_ PSTOR_DPC Dpc, _In_ PVOID HwDeviceExtension,
                    _In_ PVOID SystemArgument1, _In_ PVOID SystemArgument2);
typedef HW_DPC_ROUTINE *PHW_DPC_ROUTINE;

typedef _Function_class_(HW_FREE_ADAPTER_RESOURCES)
VOID HW_FREE_ADAPTER_RESOURCES(_In_ PVOID DeviceExtension);
typedef HW_FREE_ADAPTER_RESOURCES *PHW_FREE_ADAPTER_RESOURCES;

typedef _Function_class_(HW_PROCESS_SERVICE_REQUEST)
VOID HW_PROCESS_SERVICE_REQUEST(_In_ PVOID DeviceExtension, _In_ PVOID Irp);
typedef HW_PROCESS_SERVICE_REQUEST *PHW_PROCESS_SERVICE_REQUEST;

typedef _Function_class_(HW_COMPLETE_SERVICE_IRP)
VOID HW_COMPLETE_SERVICE_IRP(_In_ PVOID DeviceExtension);
typedef HW_COMPLETE_SERVICE_IRP *PHW_COMPLETE_SERVICE_IRP;

typedef _Function_class_(HW_INITIALIZE_TRACING)
VOID HW_INITIALIZE_TRACING(_In_ PVOID Arg1, _In_ PVOID Arg2);
typedef HW_INITIALIZE_TRACING *PHW_INITIALIZE_TRACING;

typedef _Function_class_(HW_CLEANUP_TRACING)
VOID HW_CLEANUP_TRACING(_In_ PVOID Arg1);
typedef HW_CLEANUP_TRACING *PHW_CLEANUP_TRACING;

typedef _Function_class_(HW_TRACING_ENABLED)
VOID HW_TRACING_ENABLED(_In_ PVOID HwDeviceExtension, _In_ BOOLEAN Enabled);
typedef HW_TRACING_ENABLED *PHW_TRACING_ENABLED;

typedef _Function_class_(HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE)
BOOLEAN HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId);
typedef HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE *PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE;

typedef _Function_class_(HW_WORKITEM) _IRQL_requires_(PASSIVE_LEVEL)
VOID HW_WORKITEM(_In_ PVOID HwDeviceExtension, _In_opt_ PVOID Context, _In_ PVOID Worker);
typedef HW_WORKITEM *PHW_WORKITEM;

typedef _Function_class_(HW_TIMER_EX)
VOID HW_TIMER_EX(_In_ PVOID DeviceExtension, _In_opt_ PVOID Context);
typedef HW_TIMER_EX *PHW_TIMER_EX;

typedef _Function_class_(HW_STATE_CHANGE)
VOID HW_STATE_CHANGE(_In_ PVOID HwDeviceExtension, _In_opt_ PVOID Context,
                     _In_ SHORT AddressType, _In_ PVOID Address, _In_ ULONG Status);
typedef HW_STATE_CHANGE *PHW_STATE_CHANGE;

typedef _Function_class_(STOR_SYNCHRONIZED_ACCESS)
BOOLEAN STOR_SYNCHRONIZED_ACCESS(_In_ PVOID HwDeviceExtension, _In_opt_ PVOID Context);
typedef STOR_SYNCHRONIZED_ACCESS *PSTOR_SYNCHRONIZED_ACCESS;

/* ddi/storport/nc-storport-hw_registry_notification_routine (not stated; kept minimal) */
typedef _Function_class_(HW_REGISTRY_NOTIFICATION_ROUTINE)
VOID HW_REGISTRY_NOTIFICATION_ROUTINE(_In_ PVOID HwDeviceExtension);
typedef HW_REGISTRY_NOTIFICATION_ROUTINE *PHW_REGISTRY_NOTIFICATION_ROUTINE;

typedef _Function_class_(STOR_THREAD_START_ROUTINE) _IRQL_requires_(PASSIVE_LEVEL)
VOID STOR_THREAD_START_ROUTINE(_In_ PVOID Context);
typedef STOR_THREAD_START_ROUTINE *PSTOR_THREAD_START_ROUTINE;

/* ExecutionRoutine of ddi/storport/nf-storport-storportbuildscattergatherlist */
typedef VOID (*PpostScaterGatherExecute)(_In_ PVOID *DeviceObject, _In_ PVOID *Irp,
                                         _In_ PSTOR_SCATTER_GATHER_LIST ScatterGather,
                                         _In_ PVOID Context);

/* ======================================================================
 * HW_INITIALIZATION_DATA (ddi/storport/ns-storport-_hw_initialization_data~r1)
 * ====================================================================== */
typedef struct _HW_INITIALIZATION_DATA {
    ULONG HwInitializationDataSize;
    INTERFACE_TYPE AdapterInterfaceType;
    PHW_INITIALIZE HwInitialize;
    PHW_STARTIO HwStartIo;
    PHW_INTERRUPT HwInterrupt;
    PHW_FIND_ADAPTER HwFindAdapter;
    PHW_RESET_BUS HwResetBus;
    PHW_DMA_STARTED HwDmaStarted;
    PHW_ADAPTER_STATE HwAdapterState;
    ULONG DeviceExtensionSize;
    ULONG SpecificLuExtensionSize;
    ULONG SrbExtensionSize;
    ULONG NumberOfAccessRanges;
    PVOID Reserved;
    BOOLEAN MapBuffers;
    BOOLEAN NeedPhysicalAddresses;
    BOOLEAN TaggedQueuing;
    BOOLEAN AutoRequestSense;
    BOOLEAN MultipleRequestPerLu;
    BOOLEAN ReceiveEvent;
    USHORT VendorIdLength;
    PVOID VendorId;
    union {
        USHORT ReservedUshort;
        USHORT PortVersionFlags;
    };
    USHORT DeviceIdLength;
    PVOID DeviceId;
    PHW_ADAPTER_CONTROL HwAdapterControl;
    PHW_BUILDIO HwBuildIo;
    PHW_FREE_ADAPTER_RESOURCES HwFreeAdapterResources;
    PHW_PROCESS_SERVICE_REQUEST HwProcessServiceRequest;
    PHW_COMPLETE_SERVICE_IRP HwCompleteServiceIrp;
    PHW_INITIALIZE_TRACING HwInitializeTracing;
    PHW_CLEANUP_TRACING HwCleanupTracing;
    PHW_TRACING_ENABLED HwTracingEnabled;
    ULONG FeatureSupport;
    ULONG SrbTypeFlags;
    ULONG AddressTypeFlags;
    ULONG Reserved1;
    PHW_UNIT_CONTROL HwUnitControl;
} HW_INITIALIZATION_DATA, *PHW_INITIALIZATION_DATA;

/* pre-Windows 8 virtual miniport variant (ns-storport-_virtual_hw_initialization_data) */
typedef struct _VIRTUAL_HW_INITIALIZATION_DATA {
    ULONG HwInitializationDataSize;
    INTERFACE_TYPE AdapterInterfaceType;
    PHW_INITIALIZE HwInitialize;
    PHW_STARTIO HwStartIo;
    PHW_INTERRUPT HwInterrupt;
    PVIRTUAL_HW_FIND_ADAPTER HwFindAdapter;
    PHW_RESET_BUS HwResetBus;
    PHW_DMA_STARTED HwDmaStarted;
    PHW_ADAPTER_STATE HwAdapterState;
    ULONG DeviceExtensionSize;
    ULONG SpecificLuExtensionSize;
    ULONG SrbExtensionSize;
    ULONG NumberOfAccessRanges;
    PVOID Reserved;
    BOOLEAN MapBuffers;
    BOOLEAN NeedPhysicalAddresses;
    BOOLEAN TaggedQueuing;
    BOOLEAN AutoRequestSense;
    BOOLEAN MultipleRequestPerLu;
    BOOLEAN ReceiveEvent;
    USHORT VendorIdLength;
    PVOID VendorId;
    union {
        USHORT ReservedUshort;
        USHORT PortVersionFlags;
    };
    USHORT DeviceIdLength;
    PVOID DeviceId;
    PHW_ADAPTER_CONTROL HwAdapterControl;
    PHW_BUILDIO HwBuildIo;
    PHW_FREE_ADAPTER_RESOURCES HwFreeAdapterResources;
    PHW_PROCESS_SERVICE_REQUEST HwProcessServiceRequest;
    PHW_COMPLETE_SERVICE_IRP HwCompleteServiceIrp;
    PHW_INITIALIZE_TRACING HwInitializeTracing;
    PHW_CLEANUP_TRACING HwCleanupTracing;
} VIRTUAL_HW_INITIALIZATION_DATA, *PVIRTUAL_HW_INITIALIZATION_DATA;

/* HW_INITIALIZATION_DATA.FeatureSupport */
#define STOR_FEATURE_VIRTUAL_MINIPORT                   0x00000001
#define STOR_FEATURE_ATA_PASS_THROUGH                   0x00000002
#define STOR_FEATURE_FULL_PNP_DEVICE_CAPABILITIES       0x00000004
#define STOR_FEATURE_DUMP_POINTERS                      0x00000008
#define STOR_FEATURE_DEVICE_NAME_NO_SUFFIX              0x00000010
#define STOR_FEATURE_DUMP_RESUME_CAPABLE                0x00000020
#define STOR_FEATURE_DEVICE_DESCRIPTOR_FROM_ATA_INFO_VPD 0x00000040
#define STOR_FEATURE_ADAPTER_CONTROL_PRE_FINDADAPTER    0x00000080
#define STOR_FEATURE_ADAPTER_NOT_REQUIRE_IO_PORT        0x00000100
#define STOR_FEATURE_DUMP_16_BYTE_ALIGNMENT             0x00000200
#define STOR_FEATURE_SET_ADAPTER_INTERFACE_TYPE         0x00000400
#define STOR_FEATURE_DUMP_INFO                          0x00000800
#define STOR_FEATURE_EXTRA_IO_INFORMATION               0x00001000
#define STOR_FEATURE_NVME                               0x00004000

/* HW_INITIALIZATION_DATA.AddressTypeFlags */
#define ADDRESS_TYPE_FLAG_BTL8 (1 << STOR_ADDRESS_TYPE_BTL8)

/* PORT_CONFIGURATION_INFORMATION.FeatureSupport (adapter features) */
#define STOR_ADAPTER_FEATURE_DEVICE_TELEMETRY               0x00000001
#define STOR_ADAPTER_FEATURE_STOP_UNIT_DURING_POWER_DOWN    0x00000002
#define STOR_ADAPTER_UNCACHED_EXTENSION_NUMA_NODE_PREFERRED 0x00000004
#define STOR_ADAPTER_DMA_V3_PREFERRED                       0x00000008
#define STOR_ADAPTER_FEATURE_ABORT_COMMAND                  0x00000010
#define STOR_ADAPTER_FEATURE_RICH_TEMPERATURE_THRESHOLD     0x00000020
#define STOR_ADAPTER_DMA_ADDRESS_WIDTH_SPECIFIED            0x00000040

/* ======================================================================
 * PORT_CONFIGURATION_INFORMATION (ddi/storport/ns-storport-_port_configuration_information)
 * ====================================================================== */
typedef struct _PORT_CONFIGURATION_INFORMATION {
    ULONG Length;
    ULONG SystemIoBusNumber;
    INTERFACE_TYPE AdapterInterfaceType;
    ULONG BusInterruptLevel;
    ULONG BusInterruptVector;
    KINTERRUPT_MODE InterruptMode;
    ULONG MaximumTransferLength;
    ULONG NumberOfPhysicalBreaks;
    ULONG DmaChannel;
    ULONG DmaPort;
    DMA_WIDTH DmaWidth;
    DMA_SPEED DmaSpeed;
    ULONG AlignmentMask;
    ULONG NumberOfAccessRanges;
    ACCESS_RANGE (*AccessRanges)[];
    PVOID MiniportDumpData;
    PVOID Reserved;
    UCHAR NumberOfBuses;
    CCHAR InitiatorBusId[8];
    BOOLEAN ScatterGather;
    BOOLEAN Master;
    BOOLEAN CachesData;
    BOOLEAN AdapterScansDown;
    BOOLEAN AtdiskPrimaryClaimed;
    BOOLEAN AtdiskSecondaryClaimed;
    BOOLEAN Dma32BitAddresses;
    BOOLEAN DemandMode;
    UCHAR MapBuffers;
    BOOLEAN NeedPhysicalAddresses;
    BOOLEAN TaggedQueuing;
    BOOLEAN AutoRequestSense;
    BOOLEAN MultipleRequestPerLu;
    BOOLEAN ReceiveEvent;
    BOOLEAN RealModeInitialized;
    BOOLEAN BufferAccessScsiPortControlled;
    UCHAR MaximumNumberOfTargets;
    UCHAR SrbType;
    UCHAR AddressType;
    UCHAR ReservedUchars[2];
    ULONG SlotNumber;
    ULONG BusInterruptLevel2;
    ULONG BusInterruptVector2;
    KINTERRUPT_MODE InterruptMode2;
    ULONG DmaChannel2;
    ULONG DmaPort2;
    DMA_WIDTH DmaWidth2;
    DMA_SPEED DmaSpeed2;
    ULONG DeviceExtensionSize;
    ULONG SpecificLuExtensionSize;
    ULONG SrbExtensionSize;
    UCHAR Dma64BitAddresses;
    BOOLEAN ResetTargetSupported;
    UCHAR MaximumNumberOfLogicalUnits;
    BOOLEAN WmiDataProvider;
    STOR_SYNCHRONIZATION_MODEL SynchronizationModel;
    PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE HwMSInterruptRoutine;
    INTERRUPT_SYNCHRONIZATION_MODE InterruptSynchronizationMode;
    MEMORY_REGION DumpRegion;
    ULONG RequestedDumpBufferSize;
    BOOLEAN VirtualDevice;
    UCHAR DumpMode;
    UCHAR DmaAddressWidth;
    ULONG ExtendedFlags1;
    ULONG MaxNumberOfIO;
    ULONG MaxIOsPerLun;
    ULONG InitialLunQueueDepth;
    ULONG BusResetHoldTime;
    ULONG FeatureSupport;
} PORT_CONFIGURATION_INFORMATION, *PPORT_CONFIGURATION_INFORMATION;

#define CONFIG_INFO_VERSION_2 sizeof(PORT_CONFIGURATION_INFORMATION)
#define EXTENDED_FLAG_POFX_SUPPORT 0x00000001

/* ======================================================================
 * Other structures passed to or returned by routines
 * ====================================================================== */
/* ddi/storport/ns-storport-_message_interrupt_information */
typedef struct _MESSAGE_INTERRUPT_INFORMATION {
    ULONG MessageId;
    ULONG MessageData;
    STOR_PHYSICAL_ADDRESS MessageAddress;
    ULONG InterruptVector;
    ULONG InterruptLevel;
    KINTERRUPT_MODE InterruptMode;
} MESSAGE_INTERRUPT_INFORMATION, *PMESSAGE_INTERRUPT_INFORMATION;

/* The table StorPortNotification(GetExtendedFunctionTable, ...) hands back on
 * Storport versions that exported these routines only through it; newer
 * miniports call the routines by name. */
typedef ULONG (*PStorPortGetMessageInterruptInformation)(_In_ PVOID HwDeviceExtension,
    _In_ ULONG MessageId, _Out_ PMESSAGE_INTERRUPT_INFORMATION InterruptInfo);
typedef ULONG (*PStorPortPutScatterGatherList)(_In_ PVOID HwDeviceExtension,
    _In_ PSTOR_SCATTER_GATHER_LIST ScatterGatherList, _In_ BOOLEAN WriteToDevice);
typedef ULONG (*PStorPortBuildScatterGatherList)(_In_ PVOID HwDeviceExtension, _In_ PVOID Mdl,
    _In_ PVOID CurrentVa, _In_ ULONG Length, _In_ PpostScaterGatherExecute ExecutionRoutine,
    _In_ PVOID Context, _In_ BOOLEAN WriteToDevice, _Inout_ PVOID ScatterGatherBuffer,
    _In_ ULONG ScatterGatherBufferLength);
typedef ULONG (*PStorPortFreePool)(_In_ PVOID HwDeviceExtension, _In_ PVOID BufferPointer);
typedef ULONG (*PStorPortAllocatePool)(_In_ PVOID HwDeviceExtension, _In_ ULONG NumberOfBytes,
    _In_ ULONG Tag, _Out_ PVOID *BufferPointer);
typedef ULONG (*PStorPortGetSystemAddress)(_In_ PVOID HwDeviceExtension,
    _In_ PSCSI_REQUEST_BLOCK Srb, _Out_ PVOID *SystemAddress);

#define STORPORT_EXTENDED_FUNCTIONS_VERSION 1

typedef struct _STORPORT_EXTENDED_FUNCTIONS {
    ULONG Version;
    PStorPortGetMessageInterruptInformation GetMessageInterruptInformation;
    PStorPortPutScatterGatherList PutScatterGatherList;
    PStorPortBuildScatterGatherList BuildScatterGatherList;
    PStorPortFreePool FreePool;
    PStorPortAllocatePool AllocatePool;
    PStorPortGetSystemAddress GetSystemAddress;
} STORPORT_EXTENDED_FUNCTIONS, *PSTORPORT_EXTENDED_FUNCTIONS;

/* ddi/storport/ns-storport-_minidump_pointers... MINIPORT_DUMP_POINTERS */
#define DUMP_MINIPORT_VERSION_1     0x0100
#define DUMP_MINIPORT_VERSION       0x0200
#define DUMP_MINIPORT_NAME_LENGTH   15
typedef struct _MINIPORT_DUMP_POINTERS {
    USHORT Version;
    USHORT Size;
    WCHAR DriverName[DUMP_MINIPORT_NAME_LENGTH];
    struct _ADAPTER_OBJECT *AdapterObject;
    PVOID MappedRegisterBase;
    ULONG CommonBufferSize;
    PVOID MiniportPrivateDumpData;
    ULONG SystemIoBusNumber;
    INTERFACE_TYPE AdapterInterfaceType;
    ULONG MaximumTransferLength;
    ULONG NumberOfPhysicalBreaks;
    ULONG AlignmentMask;
    ULONG NumberOfAccessRanges;
    ACCESS_RANGE (*AccessRanges)[];
    UCHAR NumberOfBuses;
    BOOLEAN Master;
    BOOLEAN MapBuffers;
    UCHAR MaximumNumberOfTargets;
} MINIPORT_DUMP_POINTERS, *PMINIPORT_DUMP_POINTERS;

/* ddi/storport/ns-storport-_perf_configuration_data */
#define STOR_PERF_DPC_REDIRECTION                       0x00000001
#define STOR_PERF_CONCURRENT_CHANNELS                   0x00000002
#define STOR_PERF_INTERRUPT_MESSAGE_RANGES              0x00000004
#define STOR_PERF_ADV_CONFIG_LOCALITY                   0x00000008
#define STOR_PERF_OPTIMIZE_FOR_COMPLETION_DURING_STARTIO 0x00000010
#define STOR_PERF_DPC_REDIRECTION_CURRENT_CPU           0x00000020
#define STOR_PERF_NO_SGL                                0x00000040
#define STOR_PERF_VERSION_1 0x1
#define STOR_PERF_VERSION_2 0x2
#define STOR_PERF_VERSION_3 0x3
#define STOR_PERF_VERSION_4 0x4
#define STOR_PERF_VERSION_5 0x5
#define STOR_PERF_VERSION STOR_PERF_VERSION_5

typedef struct _PERF_CONFIGURATION_DATA {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    ULONG ConcurrentChannels;
    ULONG FirstRedirectionMessageNumber;
    ULONG LastRedirectionMessageNumber;
    ULONG DeviceNode;
    ULONG Reserved;
    PGROUP_AFFINITY MessageTargets;
} PERF_CONFIGURATION_DATA, *PPERF_CONFIGURATION_DATA;

/* ddi/storport/ns-storport-_stor_start_io_perf_params... STARTIO_PERFORMANCE_PARAMETERS */
#define STARTIO_PERFORMANCE_PARAMETERS_VERSION_1 0x1
#define STARTIO_PERFORMANCE_PARAMETERS_VERSION STARTIO_PERFORMANCE_PARAMETERS_VERSION_1
typedef struct _STARTIO_PERFORMANCE_PARAMETERS {
    ULONG Version;
    ULONG Size;
    ULONG MessageNumber;
    ULONG ChannelNumber;
} STARTIO_PERFORMANCE_PARAMETERS, *PSTARTIO_PERFORMANCE_PARAMETERS;

/* ddi/storport/ns-storport-_stor_request_info */
#define STOR_REQUEST_INFO_VER_1 1
typedef struct _STOR_REQUEST_INFO {
    ULONG Version;
    ULONG Size;
    UCHAR PriorityHint;
    UCHAR Reserved[3];
    ULONG Flags;
    ULONG Key;
    ULONG Length;
    BOOLEAN IsWriteRequest;
    UCHAR Reserved1[7];
} STOR_REQUEST_INFO, *PSTOR_REQUEST_INFO;
/* The documented name of version 1 of the structure. */
typedef STOR_REQUEST_INFO STOR_REQUEST_INFO_V1, *PSTOR_REQUEST_INFO_V1;

/* ddi/storport/ns-storport-_stor_unit_attributes */
typedef struct _STOR_UNIT_ATTRIBUTES {
    ULONG DeviceAttentionSupported : 1;
    ULONG AsyncNotificationSupported : 1;
    ULONG D3ColdNotSupported : 1;
    ULONG Reserved : 29;
} STOR_UNIT_ATTRIBUTES, *PSTOR_UNIT_ATTRIBUTES;

/* ddi/storport/ns-storport-_stor_device_capabilities_ex */
#define STOR_DEVICE_CAPABILITIES_EX_VERSION_1 1
typedef struct _STOR_DEVICE_CAPABILITIES_EX {
    USHORT Version;
    USHORT Size;
    ULONG DeviceD1 : 1;
    ULONG DeviceD2 : 1;
    ULONG LockSupported : 1;
    ULONG EjectSupported : 1;
    ULONG Removable : 1;
    ULONG DockDevice : 1;
    ULONG UniqueID : 1;
    ULONG SilentInstall : 1;
    ULONG SurpriseRemovalOK : 1;
    ULONG NoDisplayInUI : 1;
    ULONG Reserved : 22;
    ULONG Address;
    ULONG UINumber;
} STOR_DEVICE_CAPABILITIES_EX, *PSTOR_DEVICE_CAPABILITIES_EX;

typedef struct _STOR_DEVICE_CAPABILITIES {
    USHORT Version;
    ULONG DeviceD1 : 1;
    ULONG DeviceD2 : 1;
    ULONG LockSupported : 1;
    ULONG EjectSupported : 1;
    ULONG Removable : 1;
    ULONG DockDevice : 1;
    ULONG UniqueID : 1;
    ULONG SilentInstall : 1;
    ULONG SurpriseRemovalOK : 1;
    ULONG NoDisplayInUI : 1;
} STOR_DEVICE_CAPABILITIES, *PSTOR_DEVICE_CAPABILITIES;

/* ddi/storport/ns-storport-_stor_adapter_control_power */
typedef struct _STOR_ADAPTER_CONTROL_POWER {
    ULONG Version;
    ULONG Size;
    STOR_DEVICE_POWER_STATE PowerState;
    STOR_POWER_ACTION PowerAction;
} STOR_ADAPTER_CONTROL_POWER, *PSTOR_ADAPTER_CONTROL_POWER;

/* ddi/storport/ns-storport-_stor_unit_control_power */
typedef struct _STOR_UNIT_CONTROL_POWER {
    PSTOR_ADDRESS Address;
    STOR_POWER_ACTION PowerAction;
    STOR_DEVICE_POWER_STATE PowerState;
} STOR_UNIT_CONTROL_POWER, *PSTOR_UNIT_CONTROL_POWER;

/* system power hints (ne-storport-_raid_system_power) */
typedef enum _RAID_SYSTEM_POWER {
    RaidSystemPowerUnknown = 0,
    RaidSystemPowerLowest,
    RaidSystemPowerLow,
    RaidSystemPowerMedium,
    RaidSystemPowerHigh
} RAID_SYSTEM_POWER, *PRAID_SYSTEM_POWER;

/* ddi/storport/ns-storport-_stor_system_power_hints */
#define STOR_SYSTEM_POWER_HINTS_V1 1
typedef struct _STOR_SYSTEM_POWER_HINTS {
    ULONG Version;
    ULONG Size;
    ULONG SystemSleepStatesAvailable;
    ULONG ResumeLatencyMSec;
    ULONG MaxContextSaveRestoreTimeMSec;
    RAID_SYSTEM_POWER SystemPower;
} STOR_SYSTEM_POWER_HINTS, *PSTOR_SYSTEM_POWER_HINTS;

/* ---- runtime power management (ddi/storport/ns-storport-_stor_pofx_*) ---- */
#define STOR_POFX_UNKNOWN_POWER         0xFFFFFFFF
#define STOR_POFX_UNKNOWN_TIME          0xFFFFFFFFFFFFFFFF

typedef struct _STOR_POFX_COMPONENT_IDLE_STATE {
    ULONG Version;
    ULONG Size;
    ULONGLONG TransitionLatency;
    ULONGLONG ResidencyRequirement;
    ULONG NominalPower;
} STOR_POFX_COMPONENT_IDLE_STATE, *PSTOR_POFX_COMPONENT_IDLE_STATE;
#define STOR_POFX_COMPONENT_IDLE_STATE_VERSION_V1 1
#define STOR_POFX_COMPONENT_IDLE_STATE_SIZE ALIGN_UP(sizeof(STOR_POFX_COMPONENT_IDLE_STATE), PVOID)

typedef struct _STOR_POFX_COMPONENT {
    ULONG Version;
    ULONG Size;
    ULONG FStateCount;
    ULONG DeepestWakeableFState;
    GUID Id;
    STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT, *PSTOR_POFX_COMPONENT;
#define STOR_POFX_COMPONENT_VERSION_V1 1
#define STOR_POFX_COMPONENT_SIZE ALIGN_UP(FIELD_OFFSET(STOR_POFX_COMPONENT, FStates), PVOID)

typedef struct _STOR_POFX_COMPONENT_V2 {
    ULONG Version;
    ULONG Size;
    ULONG FStateCount;
    ULONG DeepestWakeableFState;
    GUID Id;
    ULONG DeepestAdapterPowerRequiredFState;
    ULONG DeepestCrashDumpReadyFState;
    STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT_V2, *PSTOR_POFX_COMPONENT_V2;
#define STOR_POFX_COMPONENT_VERSION_V2 2
#define STOR_POFX_COMPONENT_V2_SIZE ALIGN_UP(FIELD_OFFSET(STOR_POFX_COMPONENT_V2, FStates), PVOID)

#define STOR_POFX_DEVICE_FLAG_NO_D0                     0x01
#define STOR_POFX_DEVICE_FLAG_NO_D3                     0x02
#define STOR_POFX_DEVICE_FLAG_ENABLE_D3_COLD            0x04
#define STOR_POFX_DEVICE_FLAG_NO_DUMP_ACTIVE            0x08
#define STOR_POFX_DEVICE_FLAG_IDLE_TIMEOUT              0x10
#define STOR_POFX_DEVICE_FLAG_ADAPTIVE_D3_IDLE_TIMEOUT  0x20
#define STOR_POFX_DEVICE_FLAG_NO_UNIT_REGISTRATION      0x40
#define STOR_POFX_DEVICE_FLAG_PERF_STATE                0x80
#define STOR_POFX_DEVICE_FLAG_PERF_STATE_PEP_OPTIONAL   0x100
#define STOR_POFX_DEVICE_FLAG_NO_IDLE_DEBOUNCE          0x200
#define STOR_POFX_DEVICE_FLAG_ADAPTER_D3_WAKE           0x400
#define STOR_POFX_DEVICE_FLAG_DUMP_ALWAYS_POWER_ON      0x800

typedef struct _STOR_POFX_DEVICE {
    ULONG Version;
    ULONG Size;
    ULONG ComponentCount;
    ULONG Flags;
    STOR_POFX_COMPONENT Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE, *PSTOR_POFX_DEVICE;
#define STOR_POFX_DEVICE_VERSION_V1 1
#define STOR_POFX_DEVICE_SIZE ALIGN_UP(FIELD_OFFSET(STOR_POFX_DEVICE, Components), PVOID)

typedef struct _STOR_POFX_DEVICE_V2 {
    ULONG Version;
    ULONG Size;
    ULONG ComponentCount;
    ULONG Flags;
    union {
        struct {
            ULONG D3ColdSupportedWhenIdle : 1;
            ULONG Reserved : 31;
        };
        ULONG AsULONG;
    } DeviceFlags_unused;
    ULONG UnitMinIdleTimeoutInMS;
    ULONG AdapterIdleTimeoutInMS;
    STOR_POFX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V2, *PSTOR_POFX_DEVICE_V2;
#define STOR_POFX_DEVICE_VERSION_V2 2
#define STOR_POFX_DEVICE_V2_SIZE ALIGN_UP(FIELD_OFFSET(STOR_POFX_DEVICE_V2, Components), PVOID)

typedef struct _STOR_POFX_DEVICE_V3 {
    ULONG Version;
    ULONG Size;
    ULONG ComponentCount;
    ULONG Flags;
    union {
        struct {
            ULONG D3ColdSupportedWhenIdle : 1;
            ULONG Reserved : 31;
        };
        ULONG AsULONG;
    } DeviceFlags_unused;
    ULONG UnitMinIdleTimeoutInMS;
    ULONG AdapterIdleTimeoutInMS;
    ULONG MinimumPowerCyclePeriodInMS;
    STOR_POFX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V3, *PSTOR_POFX_DEVICE_V3;
#define STOR_POFX_DEVICE_VERSION_V3 3
#define STOR_POFX_DEVICE_V3_SIZE ALIGN_UP(FIELD_OFFSET(STOR_POFX_DEVICE_V3, Components), PVOID)

/* common header of PoFx control parameters (ns-storport-_stor_power_control_header) */
typedef struct _STOR_POWER_CONTROL_HEADER {
    ULONG Version;
    ULONG Size;
    PSTOR_ADDRESS Address;
} STOR_POWER_CONTROL_HEADER, *PSTOR_POWER_CONTROL_HEADER;

typedef struct _STOR_POFX_UNIT_POWER_INFO {
    STOR_POWER_CONTROL_HEADER Header;
    BOOLEAN IdlePowerEnabled;
} STOR_POFX_UNIT_POWER_INFO, *PSTOR_POFX_UNIT_POWER_INFO;

typedef struct _STOR_POFX_POWER_REQUIRED_CONTEXT {
    STOR_POWER_CONTROL_HEADER Header;
    BOOLEAN PowerRequired;
} STOR_POFX_POWER_REQUIRED_CONTEXT, *PSTOR_POFX_POWER_REQUIRED_CONTEXT;

typedef struct _STOR_POFX_ACTIVE_CONTEXT {
    STOR_POWER_CONTROL_HEADER Header;
    ULONG ComponentIndex;
    BOOLEAN Active;
} STOR_POFX_ACTIVE_CONTEXT, *PSTOR_POFX_ACTIVE_CONTEXT;

typedef struct _STOR_POFX_FSTATE_CONTEXT {
    STOR_POWER_CONTROL_HEADER Header;
    ULONG ComponentIndex;
    ULONG FState;
} STOR_POFX_FSTATE_CONTEXT, *PSTOR_POFX_FSTATE_CONTEXT;

typedef struct _STOR_POFX_PERF_STATE_CONTEXT {
    STOR_POWER_CONTROL_HEADER Header;
    ULONG Status;
    ULONG Component;
    ULONG Set;
    ULONG State;
} STOR_POFX_PERF_STATE_CONTEXT, *PSTOR_POFX_PERF_STATE_CONTEXT;

typedef struct _STOR_POFX_POWER_CONTROL {
    STOR_POWER_CONTROL_HEADER Header;
    GUID PowerControlCode;
    SIZE_T InBufferSize;
    SIZE_T OutBufferSize;
    PVOID InBuffer;
    PVOID OutBuffer;
    PSIZE_T BytesReturned;
} STOR_POFX_POWER_CONTROL, *PSTOR_POFX_POWER_CONTROL;

#define STOR_POFX_ACTIVE_CONTEXT_V1 1
#define STOR_POFX_FSTATE_CONTEXT_V1 1
#define STOR_POFX_POWER_REQUIRED_CONTEXT_V1 1
#define STOR_POFX_POWER_CONTROL_V1 1
#define STOR_POFX_UNIT_POWER_INFO_V1 1

/* ---- system event log (ddi/storport/ns-storport-_stor_log_event_details) ---- */
typedef enum _STOR_EVENT_ASSOCIATION_ENUM {
    StorEventAdapterAssociation = 0,
    StorEventLunAssociation,
    StorEventTargetAssociation,
    StorEventInvalidAssociation
} STOR_EVENT_ASSOCIATION_ENUM;

#define STOR_CURRENT_LOG_INTERFACE_REVISION 0x0100
typedef struct _STOR_LOG_EVENT_DETAILS {
    ULONG InterfaceRevision;
    ULONG Size;
    ULONG Flags;
    STOR_EVENT_ASSOCIATION_ENUM EventAssociation;
    ULONG PathId;
    ULONG TargetId;
    ULONG LunId;
    BOOLEAN StorportSpecificErrorCode;
    ULONG ErrorCode;
    ULONG UniqueId;
    ULONG DumpDataSize;
    PVOID DumpData;
    ULONG StringCount;
    PWSTR *StringList;
} STOR_LOG_EVENT_DETAILS, *PSTOR_LOG_EVENT_DETAILS;

/* ---- telemetry (ddi/storport/ns-storport-_storport_telemetry_event) ---- */
#define EVENT_NAME_MAX_LENGTH       32
#define EVENT_MAX_PARAM_NAME_LEN    32
#define EVENT_BUFFER_MAX_LENGTH     0x400
#define STORPORT_TELEMETRY_EVENT_VERSION 1
typedef struct _STORPORT_TELEMETRY_EVENT {
    ULONG DriverVersion;
    ULONG EventId;
    UCHAR EventName[EVENT_NAME_MAX_LENGTH];
    ULONG EventVersion;
    ULONG Flags;
    ULONG EventBufferLength;
    PUCHAR EventBuffer;
    UCHAR ParameterName0[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue0;
    UCHAR ParameterName1[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue1;
    UCHAR ParameterName2[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue2;
    UCHAR ParameterName3[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue3;
    UCHAR ParameterName4[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue4;
    UCHAR ParameterName5[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue5;
    UCHAR ParameterName6[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue6;
    UCHAR ParameterName7[EVENT_MAX_PARAM_NAME_LEN];
    ULONGLONG ParameterValue7;
} STORPORT_TELEMETRY_EVENT, *PSTORPORT_TELEMETRY_EVENT;

/* ---- ETW (ddi/storport/nf-storport-storportetwevent2 etc.) ---- */
typedef enum _STORPORT_ETW_LEVEL {
    StorportEtwLevelLogAlways = 0,
    StorportEtwLevelCritical = 1,
    StorportEtwLevelError = 2,
    StorportEtwLevelWarning = 3,
    StorportEtwLevelInformational = 4,
    StorportEtwLevelVerbose = 5,
    StorportEtwLevelMax = StorportEtwLevelVerbose
} STORPORT_ETW_LEVEL, *PSTORPORT_ETW_LEVEL;

typedef enum _STORPORT_ETW_EVENT_OPCODE {
    StorportEtwEventOpcodeInfo = 0,
    StorportEtwEventOpcodeStart = 1,
    StorportEtwEventOpcodeStop = 2,
    StorportEtwEventOpcodeDC_Start = 3,
    StorportEtwEventOpcodeDC_Stop = 4,
    StorportEtwEventOpcodeExtension = 5,
    StorportEtwEventOpcodeReply = 6,
    StorportEtwEventOpcodeResume = 7,
    StorportEtwEventOpcodeSuspend = 8,
    StorportEtwEventOpcodeSend = 9,
    StorportEtwEventOpcodeReceive = 240
} STORPORT_ETW_EVENT_OPCODE, *PSTORPORT_ETW_EVENT_OPCODE;

typedef enum _STORPORT_ETW_EVENT_CHANNEL {
    StorportEtwEventDiagnostic = 0,
    StorportEtwEventOperational = 1,
    StorportEtwEventHealth = 2
} STORPORT_ETW_EVENT_CHANNEL, *PSTORPORT_ETW_EVENT_CHANNEL;

#define STORPORT_ETW_MAX_PARAM_NAME_LENGTH  32
#define STORPORT_ETW_MAX_DESCRIPTION_LENGTH 32

/* state change (ddi/storport/nf-storport-storportstatechangedetected) */
#define STATE_CHANGE_LUN        0x1
#define STATE_CHANGE_TARGET     0x2
#define STATE_CHANGE_BUS        0x4
#define ATTRIBUTE_VM_PASSTHROUGH_LUN 0x1

/* async notification (ddi/storport/nf-storport-storportasyncnotificationdetected) */
#define RAID_ASYNC_NOTIFY_FLAG_MEDIA_STATUS     0x1
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_STATUS    0x2
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_OPERATION 0x4

/* StorPortMarkDeviceFailed flags */
#define STOR_DEVICE_FAILURE_FLAG_PHYSICAL_REMOVAL 0x1

/* processor relationship (StorPortGetLogicalProcessorRelationship) */
typedef enum _LOGICAL_PROCESSOR_RELATIONSHIP {
    RelationProcessorCore,
    RelationNumaNode,
    RelationCache,
    RelationProcessorPackage,
    RelationGroup,
    RelationProcessorDie,
    RelationNumaNodeEx,
    RelationProcessorModule,
    RelationAll = 0xffff
} LOGICAL_PROCESSOR_RELATIONSHIP;
typedef struct _SYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX *PSYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX;

/* registry value types for StorPortRegistryRead/Write */
#define MINIPORT_REG_SZ         1
#define MINIPORT_REG_BINARY     3
#define MINIPORT_REG_DWORD      4
#define MINIPORT_REG_MULTI_SZ   7

/* ETW keywords (ddi/storport/nf-storport-storportetwevent2) */
#define STORPORT_ETW_EVENT_KEYWORD_IO           0x01
#define STORPORT_ETW_EVENT_KEYWORD_PERFORMANCE  0x02
#define STORPORT_ETW_EVENT_KEYWORD_POWER        0x04
#define STORPORT_ETW_EVENT_KEYWORD_ENUMERATION  0x08
#define STORPORT_ETW_EVENT_KEYWORD_COMMAND_TRACE 0x10

/* power setting notification (ScsiPowerSettingNotification; ns-storport-_stor_power_setting_info) */
typedef struct _STOR_POWER_SETTING_INFO {
    GUID PowerSettingGuid;
    PVOID Value;
    ULONG ValueLength;
} STOR_POWER_SETTING_INFO, *PSTOR_POWER_SETTING_INFO;

/* PoFx component ids (STOR_POFX_COMPONENT.Id) */
extern const GUID STORPORT_POFX_ADAPTER_GUID;
extern const GUID STORPORT_POFX_LUN_GUID;
/* device operations (nf-storport-storportisdeviceoperationallowed) */
extern const GUID STORPORT_DEVICEOPERATION_SECURE_REPROVISION_GUID;
extern const GUID STORPORT_DEVICEOPERATION_CACHED_SETTINGS_INIT_GUID;

/* ======================================================================
 * Routines
 * ====================================================================== */
/* initialization and notification */
STORPORT_API ULONG StorPortInitialize(_In_ PVOID Argument1, _In_ PVOID Argument2,
    _In_ struct _HW_INITIALIZATION_DATA *HwInitializationData, _In_opt_ PVOID HwContext);
STORPORT_API VOID StorPortNotification(_In_ SCSI_NOTIFICATION_TYPE NotificationType,
    _In_ PVOID HwDeviceExtension, ...);
/* Completes an IRP that Storport handed to HwProcessServiceRequest. */
STORPORT_API ULONG StorPortCompleteServiceIrp(_In_ PVOID HwDeviceExtension, _In_ PVOID Irp);
STORPORT_API VOID StorPortCompleteRequest(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
    _In_ UCHAR TargetId, _In_ UCHAR Lun, _In_ UCHAR SrbStatus);
STORPORT_API ULONG StorPortExtendedFunction(_In_ ULONG FunctionCode, _In_ PVOID HwDeviceExtension, ...);

/* scatter/gather */
STORPORT_API PSTOR_SCATTER_GATHER_LIST StorPortGetScatterGatherList(_In_ PVOID DeviceExtension,
    _In_ PSCSI_REQUEST_BLOCK Srb);
STORPORT_API ULONG StorPortBuildScatterGatherList(_In_ PVOID HwDeviceExtension, _In_ PVOID Mdl,
    _In_ PVOID CurrentVa, _In_ ULONG Length, _In_ PpostScaterGatherExecute ExecutionRoutine,
    _In_ PVOID Context, _In_ BOOLEAN WriteToDevice,
    _Inout_updates_bytes_(ScatterGatherBufferLength) PVOID ScatterGatherBuffer,
    _In_ ULONG ScatterGatherBufferLength);
STORPORT_API ULONG StorPortPutScatterGatherList(_In_ PVOID HwDeviceExtension,
    _In_ PSTOR_SCATTER_GATHER_LIST ScatterGatherList, _In_ BOOLEAN WriteToDevice);
STORPORT_API ULONG StorPortGetDataInBufferScatterGatherList(_In_ PVOID HwDeviceExtension,
    _In_ PSCSI_REQUEST_BLOCK Srb, _Out_ PSTOR_SCATTER_GATHER_LIST *SgList);
STORPORT_API ULONG StorPortGetDataInBufferMdl(_In_ PVOID HwDeviceExtension,
    _In_ PSCSI_REQUEST_BLOCK Srb, _Out_ PVOID *Mdl);
STORPORT_API ULONG StorPortGetDataInBufferSystemAddress(_In_ PVOID HwDeviceExtension,
    _In_ PSCSI_REQUEST_BLOCK Srb, _Out_ PVOID *SystemAddress);

/* memory and addresses */
STORPORT_API ULONG StorPortAllocatePool(_In_ PVOID HwDeviceExtension, _In_ ULONG NumberOfBytes,
    _In_ ULONG Tag, _Out_ PVOID *BufferPointer);
STORPORT_API ULONG StorPortFreePool(_In_ PVOID HwDeviceExtension, _In_ PVOID BufferPointer);
STORPORT_API PVOID StorPortGetUncachedExtension(_In_ PVOID HwDeviceExtension,
    _In_ PPORT_CONFIGURATION_INFORMATION ConfigInfo, _In_ ULONG NumberOfBytes);
STORPORT_API STOR_PHYSICAL_ADDRESS StorPortGetPhysicalAddress(_In_ PVOID HwDeviceExtension,
    _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_ PVOID VirtualAddress, _Out_ ULONG *Length);
STORPORT_API PVOID StorPortGetVirtualAddress(_In_ PVOID HwDeviceExtension,
    _In_ STOR_PHYSICAL_ADDRESS PhysicalAddress);
STORPORT_API ULONG StorPortGetSystemAddress(_In_ PVOID HwDeviceExtension,
    _In_ PSCSI_REQUEST_BLOCK Srb, _Out_ PVOID *SystemAddress);
STORPORT_API ULONG StorPortGetOriginalMdl(_In_ PVOID HwDeviceExtension,
    _In_ PSCSI_REQUEST_BLOCK Srb, _Out_ PVOID *Mdl);
STORPORT_API PVOID StorPortGetDeviceBase(_In_ PVOID HwDeviceExtension, _In_ INTERFACE_TYPE BusType,
    _In_ ULONG SystemIoBusNumber, _In_ STOR_PHYSICAL_ADDRESS IoAddress,
    _In_ ULONG NumberOfBytes, _In_ BOOLEAN InIoSpace);
STORPORT_API VOID StorPortFreeDeviceBase(_In_ PVOID HwDeviceExtension, _In_ PVOID MappedAddress);
STORPORT_API ULONG StorPortAllocateContiguousMemorySpecifyCacheNode(_In_ PVOID HwDeviceExtension,
    _In_ SIZE_T NumberOfBytes, _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
    _In_ PHYSICAL_ADDRESS HighestAcceptableAddress, _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
    _In_ MEMORY_CACHING_TYPE CacheType, _In_ NODE_REQUIREMENT PreferredNode,
    _Out_ PVOID *BufferPointer);
STORPORT_API ULONG StorPortFreeContiguousMemorySpecifyCache(_In_ PVOID HwDeviceExtension,
    _In_ PVOID BaseAddress, _In_ SIZE_T NumberOfBytes, _In_ MEMORY_CACHING_TYPE CacheType);
/* ddi/storport/nf-storport-storportallocatedmamemory */
STORPORT_API ULONG StorPortAllocateDmaMemory(_In_ PVOID HwDeviceExtension, _In_ SIZE_T NumberOfBytes,
    _In_ PHYSICAL_ADDRESS LowestAcceptableAddress, _In_ PHYSICAL_ADDRESS HighestAcceptableAddress,
    _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple, _In_ MEMORY_CACHING_TYPE CacheType,
    _In_ NODE_REQUIREMENT PreferredNode, _Out_ PVOID *BufferPointer,
    _Out_ PPHYSICAL_ADDRESS PhysicalAddress);
STORPORT_API ULONG StorPortFreeDmaMemory(_In_ PVOID HwDeviceExtension, _In_ PVOID BaseAddress,
    _In_ SIZE_T NumberOfBytes, _In_ MEMORY_CACHING_TYPE CacheType,
    _In_opt_ PHYSICAL_ADDRESS PhysicalAddress);
STORPORT_API ULONG StorPortAllocateMdl(_In_ PVOID HwDeviceExtension, _In_ PVOID BufferPointer,
    _In_ ULONG NumberOfBytes, _Out_ PVOID *Mdl);
STORPORT_API ULONG StorPortFreeMdl(_In_ PVOID HwDeviceExtension, _In_ PVOID Mdl);
STORPORT_API ULONG StorPortBuildMdlForNonPagedPool(_In_ PVOID HwDeviceExtension, _Inout_ PVOID Mdl);
STORPORT_API ULONG StorPortMarkDumpMemory(_In_ PVOID HwDeviceExtension, _In_ PVOID Address,
    _In_ ULONG_PTR Length, _In_ ULONG Flags);
STORPORT_API VOID StorPortMoveMemory(_Out_writes_bytes_(Length) PVOID WriteBuffer,
    _In_reads_bytes_(Length) PVOID ReadBuffer, _In_ ULONG Length);
STORPORT_API VOID StorPortCopyMemory(_Out_writes_bytes_(Length) PVOID Destination,
    _In_reads_bytes_(Length) PVOID Source, _In_ SIZE_T Length);
STORPORT_API VOID StorPortZeroMemory(_Out_writes_bytes_(Length) PVOID Destination, _In_ SIZE_T Length);
STORPORT_API STOR_PHYSICAL_ADDRESS StorPortConvertUlongToPhysicalAddress(_In_ ULONG_PTR UlongAddress);
STORPORT_API ULONG StorPortConvertPhysicalAddressToUlong(_In_ STOR_PHYSICAL_ADDRESS Address);
STORPORT_API ULONG64 StorPortConvertPhysicalAddressToULong64(_In_ STOR_PHYSICAL_ADDRESS Address);

/* bus data */
STORPORT_API ULONG StorPortGetBusData(_In_ PVOID DeviceExtension, _In_ ULONG BusDataType,
    _In_ ULONG SystemIoBusNumber, _In_ ULONG SlotNumber,
    _Out_writes_bytes_(Length) PVOID Buffer, _In_ ULONG Length);
STORPORT_API ULONG StorPortSetBusDataByOffset(_In_ PVOID DeviceExtension, _In_ ULONG BusDataType,
    _In_ ULONG SystemIoBusNumber, _In_ ULONG SlotNumber,
    _In_reads_bytes_(Length) PVOID Buffer, _In_ ULONG Offset, _In_ ULONG Length);

/* port and register access */
STORPORT_API UCHAR StorPortReadPortUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Port);
STORPORT_API USHORT StorPortReadPortUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Port);
STORPORT_API ULONG StorPortReadPortUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Port);
STORPORT_API VOID StorPortReadPortBufferUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Port,
    _Out_writes_(Count) PUCHAR Buffer, _In_ ULONG Count);
STORPORT_API VOID StorPortReadPortBufferUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Port,
    _Out_writes_(Count) PUSHORT Buffer, _In_ ULONG Count);
STORPORT_API VOID StorPortReadPortBufferUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Port,
    _Out_writes_(Count) PULONG Buffer, _In_ ULONG Count);
STORPORT_API UCHAR StorPortReadRegisterUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Register);
STORPORT_API USHORT StorPortReadRegisterUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Register);
STORPORT_API ULONG StorPortReadRegisterUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Register);
STORPORT_API ULONG64 StorPortReadRegisterUlong64(_In_ PVOID HwDeviceExtension, _In_ PULONG64 Register);
STORPORT_API VOID StorPortReadRegisterBufferUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Register,
    _Out_writes_(Count) PUCHAR Buffer, _In_ ULONG Count);
STORPORT_API VOID StorPortReadRegisterBufferUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Register,
    _Out_writes_(Count) PUSHORT Buffer, _In_ ULONG Count);
STORPORT_API VOID StorPortReadRegisterBufferUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Register,
    _Out_writes_(Count) PULONG Buffer, _In_ ULONG Count);
STORPORT_API VOID StorPortReadRegisterBufferUlong64(_In_ PVOID HwDeviceExtension, _In_ PULONG64 Register,
    _Out_writes_(Count) PULONG64 Buffer, _In_ ULONG Count);
STORPORT_API VOID StorPortWritePortUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Port, _In_ UCHAR Value);
STORPORT_API VOID StorPortWritePortUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Port, _In_ USHORT Value);
STORPORT_API VOID StorPortWritePortUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Port, _In_ ULONG Value);
STORPORT_API VOID StorPortWritePortBufferUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Port,
    _In_reads_(Count) PUCHAR Buffer, _In_ ULONG Count);
STORPORT_API VOID StorPortWritePortBufferUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Port,
    _In_reads_(Count) PUSHORT Buffer, _In_ ULONG Count);
STORPORT_API VOID StorPortWritePortBufferUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Port,
    _In_reads_(Count) PULONG Buffer, _In_ ULONG Count);
STORPORT_API VOID StorPortWriteRegisterUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Register, _In_ UCHAR Value);
STORPORT_API VOID StorPortWriteRegisterUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Register, _In_ USHORT Value);
STORPORT_API VOID StorPortWriteRegisterUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Register, _In_ ULONG Value);
STORPORT_API VOID StorPortWriteRegisterUlong64(_In_ PVOID HwDeviceExtension, _In_ PULONG64 Register, _In_ ULONG64 Value);
STORPORT_API VOID StorPortWriteRegisterBufferUchar(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Register,
    _In_reads_(Count) PUCHAR Buffer, _In_ ULONG Count);
STORPORT_API VOID StorPortWriteRegisterBufferUshort(_In_ PVOID HwDeviceExtension, _In_ PUSHORT Register,
    _In_reads_(Count) PUSHORT Buffer, _In_ ULONG Count);
STORPORT_API VOID StorPortWriteRegisterBufferUlong(_In_ PVOID HwDeviceExtension, _In_ PULONG Register,
    _In_reads_(Count) PULONG Buffer, _In_ ULONG Count);
STORPORT_API VOID StorPortWriteRegisterBufferUlong64(_In_ PVOID HwDeviceExtension, _In_ PULONG64 Register,
    _In_reads_(Count) PULONG64 Buffer, _In_ ULONG Count);

/* DPCs, passive initialization, synchronization, locks */
STORPORT_API VOID StorPortInitializeDpc(_In_ PVOID DeviceExtension, _Out_ PSTOR_DPC Dpc,
    _In_ PHW_DPC_ROUTINE HwDpcRoutine);
STORPORT_API BOOLEAN StorPortIssueDpc(_In_ PVOID DeviceExtension, _In_ PSTOR_DPC Dpc,
    _In_ PVOID SystemArgument1, _In_ PVOID SystemArgument2);
STORPORT_API ULONG StorPortCancelDpc(_In_ PVOID HwDeviceExtension, _In_ PSTOR_DPC Dpc,
    _Out_ PBOOLEAN Cancelled);
STORPORT_API BOOLEAN StorPortEnablePassiveInitialization(_In_ PVOID DeviceExtension,
    _In_ PHW_PASSIVE_INITIALIZE_ROUTINE HwPassiveInitializeRoutine);
STORPORT_API BOOLEAN StorPortSynchronizeAccess(_In_ PVOID HwDeviceExtension,
    _In_ PSTOR_SYNCHRONIZED_ACCESS SynchronizedAccessRoutine, _In_opt_ PVOID Context);
STORPORT_API VOID StorPortAcquireSpinLock(_In_ PVOID DeviceExtension, _In_ STOR_SPINLOCK SpinLock,
    _In_opt_ PVOID LockContext, _Out_ PSTOR_LOCK_HANDLE LockHandle);
STORPORT_API VOID StorPortReleaseSpinLock(_In_ PVOID DeviceExtension, _Inout_ PSTOR_LOCK_HANDLE LockHandle);
STORPORT_API ULONG StorPortAcquireSpinLockEx(_In_ PVOID DeviceExtension, _In_ STOR_SPINLOCK SpinLock,
    _In_opt_ PVOID LockContext, _Out_ PSTOR_LOCK_HANDLE LockHandle);
STORPORT_API ULONG StorPortReleaseSpinLockEx(_In_ PVOID DeviceExtension, _Inout_ PSTOR_LOCK_HANDLE LockHandle);
STORPORT_API ULONG StorPortAcquireMSISpinLock(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId,
    _Out_ PULONG OldIrql);
STORPORT_API ULONG StorPortReleaseMSISpinLock(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId,
    _In_ ULONG OldIrql);
STORPORT_API ULONG StorPortGetMSIInfo(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId,
    _Out_ PMESSAGE_INTERRUPT_INFORMATION InterruptInfo);
STORPORT_API ULONG StorPortQueryDpcWatchdogInformation(_In_ PVOID HwDeviceExtension,
    _Out_ PVOID WatchdogInformation);

/* timers and work items */
STORPORT_API ULONG StorPortInitializeTimer(_In_ PVOID HwDeviceExtension, _Out_ PVOID *TimerHandle);
STORPORT_API ULONG StorPortRequestTimer(_In_ PVOID HwDeviceExtension, _In_ PVOID TimerHandle,
    _In_ PHW_TIMER_EX TimerCallback, _In_opt_ PVOID CallbackContext,
    _In_ ULONGLONG TimerValue, _In_ ULONGLONG TolerableDelay);
STORPORT_API ULONG StorPortFreeTimer(_In_ PVOID HwDeviceExtension, _In_ PVOID TimerHandle);
STORPORT_API ULONG StorPortInitializeWorker(_In_ PVOID HwDeviceExtension, _Out_ PVOID *Worker);
STORPORT_API ULONG StorPortQueueWorkItem(_In_ PVOID HwDeviceExtension, _In_ PHW_WORKITEM WorkItemCallback,
    _In_ PVOID Worker, _In_opt_ PVOID Context);
STORPORT_API ULONG StorPortFreeWorker(_In_ PVOID HwDeviceExtension, _In_ PVOID Worker);
STORPORT_API VOID StorPortStallExecution(_In_ ULONG Delay);
STORPORT_API ULONG StorPortDelayExecution(_In_ ULONG DelayInMicroseconds);
STORPORT_API ULONG StorPortCreateSystemThread(_In_ PVOID HwDeviceExtension,
    _In_ PSTOR_THREAD_START_ROUTINE StartRoutine, _In_opt_ PVOID StartContext,
    _In_opt_ PVOID Priority, _Out_opt_ PVOID *ThreadContext);

/* queue and device state */
STORPORT_API BOOLEAN StorPortBusy(_In_ PVOID HwDeviceExtension, _In_ ULONG RequestsToComplete);
STORPORT_API BOOLEAN StorPortReady(_In_ PVOID HwDeviceExtension);
STORPORT_API BOOLEAN StorPortPause(_In_ PVOID HwDeviceExtension, _In_ ULONG TimeOut);
STORPORT_API BOOLEAN StorPortResume(_In_ PVOID HwDeviceExtension);
STORPORT_API BOOLEAN StorPortDeviceBusy(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
    _In_ UCHAR TargetId, _In_ UCHAR Lun, _In_ ULONG RequestsToComplete);
STORPORT_API BOOLEAN StorPortDeviceReady(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
    _In_ UCHAR TargetId, _In_ UCHAR Lun);
STORPORT_API BOOLEAN StorPortPauseDevice(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
    _In_ UCHAR TargetId, _In_ UCHAR Lun, _In_ ULONG TimeOut);
STORPORT_API BOOLEAN StorPortResumeDevice(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
    _In_ UCHAR TargetId, _In_ UCHAR Lun);
STORPORT_API BOOLEAN StorPortSetDeviceQueueDepth(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
    _In_ UCHAR TargetId, _In_ UCHAR Lun, _In_ ULONG Depth);
STORPORT_API PVOID StorPortGetLogicalUnit(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId,
    _In_ UCHAR TargetId, _In_ UCHAR Lun);
STORPORT_API PSCSI_REQUEST_BLOCK StorPortGetSrb(_In_ PVOID DeviceExtension, _In_ UCHAR PathId,
    _In_ UCHAR TargetId, _In_ UCHAR Lun, _In_ LONG QueueTag);
STORPORT_API ULONG StorPortSetUnitAttributes(_In_ PVOID HwDeviceExtension, _In_ PSTOR_ADDRESS Address,
    _In_ STOR_UNIT_ATTRIBUTES Attributes);
STORPORT_API ULONG StorPortStateChangeDetected(_In_ PVOID HwDeviceExtension, _In_ ULONG ChangedEntity,
    _In_ PSTOR_ADDRESS Address, _In_ ULONG Attributes, _In_opt_ PHW_STATE_CHANGE HwStateChange,
    _In_opt_ PVOID HwStateChangeContext);
STORPORT_API ULONG StorPortAsyncNotificationDetected(_In_ PVOID HwDeviceExtension,
    _In_ PSTOR_ADDRESS Address, _In_ ULONGLONG Flags);
STORPORT_API ULONG StorPortMarkDeviceFailed(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONG Flags, _In_ PWSTR FailReason);
STORPORT_API ULONG StorPortMarkDeviceFailedEx(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONG Flags, _In_ PWSTR FailReason, _In_ ULONG UniqueId, _In_ ULONG DataSize,
    _In_reads_bytes_opt_(DataSize) PVOID Data);
STORPORT_API ULONG StorPortGetSystemPortNumber(_In_ PVOID HwDeviceExtension, _Inout_ PSTOR_ADDRESS Address);
STORPORT_API ULONG StorPortGetRequestInfo(_In_ PVOID HwDeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb,
    _Out_ PSTOR_REQUEST_INFO RequestInfo);
STORPORT_API ULONG StorPortGetStartIoPerfParams(_In_ PVOID HwDeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb,
    _Inout_ PSTARTIO_PERFORMANCE_PARAMETERS StartIoPerfParams);
STORPORT_API ULONG StorPortInitializePerfOpts(_In_ PVOID HwDeviceExtension, _In_ BOOLEAN Query,
    _Inout_ PPERF_CONFIGURATION_DATA PerfConfigData);
STORPORT_API ULONG StorPortGetDeviceObjects(_In_ PVOID HwDeviceExtension, _Out_ PVOID *AdapterDeviceObject,
    _Out_ PVOID *PhysicalDeviceObject, _Out_ PVOID *LowerDeviceObject);
STORPORT_API ULONG StorPortIsDeviceOperationAllowed(_In_ PVOID HwDeviceExtension, _In_ PSTOR_ADDRESS Address,
    _In_ LPCGUID DeviceOperation, _Out_ ULONG *AllowedOperation);
STORPORT_API ULONG StorPortInvokeAcpiMethod(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONG MethodName, _In_reads_bytes_opt_(InputBufferLength) PVOID InputBuffer,
    _In_ ULONG InputBufferLength, _Out_writes_bytes_opt_(OutputBufferLength) PVOID OutputBuffer,
    _In_ ULONG OutputBufferLength, _Out_opt_ PULONG BytesReturned);

/* registry */
STORPORT_API BOOLEAN StorPortRegistryRead(_In_ PVOID HwDeviceExtension, _In_ PUCHAR ValueName,
    _In_ ULONG Global, _In_ ULONG Type, _Out_writes_bytes_(*BufferLength) PUCHAR Buffer,
    _Inout_ PULONG BufferLength);
STORPORT_API BOOLEAN StorPortRegistryWrite(_In_ PVOID HwDeviceExtension, _In_ PUCHAR ValueName,
    _In_ ULONG Global, _In_ ULONG Type, _In_reads_bytes_(BufferLength) PUCHAR Buffer,
    _In_ ULONG BufferLength);
STORPORT_API PUCHAR StorPortAllocateRegistryBuffer(_In_ PVOID HwDeviceExtension, _In_ PULONG Length);
STORPORT_API VOID StorPortFreeRegistryBuffer(_In_ PVOID HwDeviceExtension, _In_ PUCHAR Buffer);
STORPORT_API ULONG StorPortRegistryReadAdapterKey(_In_ PVOID HwDeviceExtension, _In_opt_ PUCHAR SubKeyName,
    _In_ PUCHAR ValueName, _In_ ULONG ValueType, _Inout_ PVOID *ValueData, _Inout_ PULONG ValueDataLength);
STORPORT_API ULONG StorPortRegistryWriteAdapterKey(_In_ PVOID HwDeviceExtension, _In_opt_ PUCHAR SubKeyName,
    _In_ PUCHAR ValueName, _In_ ULONG ValueType, _In_ PVOID ValueData, _In_ ULONG ValueDataLength);
STORPORT_API ULONG StorPortEnableRegistryKeyNotification(_In_ PVOID HwDeviceExtension,
    _In_ PHW_REGISTRY_NOTIFICATION_ROUTINE Routine);

/* logging, tracing, debugging */
STORPORT_API VOID StorPortLogError(_In_ PVOID HwDeviceExtension, _In_opt_ PSCSI_REQUEST_BLOCK Srb,
    _In_ UCHAR PathId, _In_ UCHAR TargetId, _In_ UCHAR Lun, _In_ ULONG ErrorCode, _In_ ULONG UniqueId);
STORPORT_API ULONG StorPortLogSystemEvent(_In_ PVOID HwDeviceExtension,
    _Inout_ PSTOR_LOG_EVENT_DETAILS LogDetails, _Inout_ PULONG MaximumSize);
STORPORT_API ULONG StorPortLogTelemetry(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS StorAddress,
    _In_ PSTORPORT_TELEMETRY_EVENT Event);
STORPORT_API VOID StorPortDebugPrint(_In_ ULONG DebugPrintLevel, _In_z_ _Printf_format_string_ PCCHAR DebugMessage, ...);
STORPORT_API ULONG StorPortEtwEvent2(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONG EventId, _In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
    _In_ STORPORT_ETW_LEVEL EventLevel, _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
    _In_opt_ PSCSI_REQUEST_BLOCK Srb,
    _In_opt_ PWSTR Parameter1Name, _In_ ULONGLONG Parameter1Value,
    _In_opt_ PWSTR Parameter2Name, _In_ ULONGLONG Parameter2Value);
STORPORT_API ULONG StorPortEtwEvent4(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONG EventId, _In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
    _In_ STORPORT_ETW_LEVEL EventLevel, _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
    _In_opt_ PSCSI_REQUEST_BLOCK Srb,
    _In_opt_ PWSTR Parameter1Name, _In_ ULONGLONG Parameter1Value,
    _In_opt_ PWSTR Parameter2Name, _In_ ULONGLONG Parameter2Value,
    _In_opt_ PWSTR Parameter3Name, _In_ ULONGLONG Parameter3Value,
    _In_opt_ PWSTR Parameter4Name, _In_ ULONGLONG Parameter4Value);
STORPORT_API ULONG StorPortEtwEvent8(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONG EventId, _In_ PWSTR EventDescription, _In_ ULONGLONG EventKeywords,
    _In_ STORPORT_ETW_LEVEL EventLevel, _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode,
    _In_opt_ PSCSI_REQUEST_BLOCK Srb,
    _In_opt_ PWSTR Parameter1Name, _In_ ULONGLONG Parameter1Value,
    _In_opt_ PWSTR Parameter2Name, _In_ ULONGLONG Parameter2Value,
    _In_opt_ PWSTR Parameter3Name, _In_ ULONGLONG Parameter3Value,
    _In_opt_ PWSTR Parameter4Name, _In_ ULONGLONG Parameter4Value,
    _In_opt_ PWSTR Parameter5Name, _In_ ULONGLONG Parameter5Value,
    _In_opt_ PWSTR Parameter6Name, _In_ ULONGLONG Parameter6Value,
    _In_opt_ PWSTR Parameter7Name, _In_ ULONGLONG Parameter7Value,
    _In_opt_ PWSTR Parameter8Name, _In_ ULONGLONG Parameter8Value);
STORPORT_API ULONG StorPortEtwChannelEvent2(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ ULONG EventId, _In_ PWSTR EventDescription,
    _In_ ULONGLONG EventKeywords, _In_ STORPORT_ETW_LEVEL EventLevel,
    _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode, _In_opt_ PSCSI_REQUEST_BLOCK Srb,
    _In_opt_ PWSTR Parameter1Name, _In_ ULONGLONG Parameter1Value,
    _In_opt_ PWSTR Parameter2Name, _In_ ULONGLONG Parameter2Value);
STORPORT_API ULONG StorPortEtwChannelEvent4(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ ULONG EventId, _In_ PWSTR EventDescription,
    _In_ ULONGLONG EventKeywords, _In_ STORPORT_ETW_LEVEL EventLevel,
    _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode, _In_opt_ PSCSI_REQUEST_BLOCK Srb,
    _In_opt_ PWSTR Parameter1Name, _In_ ULONGLONG Parameter1Value,
    _In_opt_ PWSTR Parameter2Name, _In_ ULONGLONG Parameter2Value,
    _In_opt_ PWSTR Parameter3Name, _In_ ULONGLONG Parameter3Value,
    _In_opt_ PWSTR Parameter4Name, _In_ ULONGLONG Parameter4Value);
STORPORT_API ULONG StorPortEtwChannelEvent8(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ ULONG EventId, _In_ PWSTR EventDescription,
    _In_ ULONGLONG EventKeywords, _In_ STORPORT_ETW_LEVEL EventLevel,
    _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode, _In_opt_ PSCSI_REQUEST_BLOCK Srb,
    _In_opt_ PWSTR Parameter1Name, _In_ ULONGLONG Parameter1Value,
    _In_opt_ PWSTR Parameter2Name, _In_ ULONGLONG Parameter2Value,
    _In_opt_ PWSTR Parameter3Name, _In_ ULONGLONG Parameter3Value,
    _In_opt_ PWSTR Parameter4Name, _In_ ULONGLONG Parameter4Value,
    _In_opt_ PWSTR Parameter5Name, _In_ ULONGLONG Parameter5Value,
    _In_opt_ PWSTR Parameter6Name, _In_ ULONGLONG Parameter6Value,
    _In_opt_ PWSTR Parameter7Name, _In_ ULONGLONG Parameter7Value,
    _In_opt_ PWSTR Parameter8Name, _In_ ULONGLONG Parameter8Value);

/* time and processors */
/* ddi/storport/nf-storport-storportquerysystemtime */
STORPORT_API VOID StorPortQuerySystemTime(_Out_ PLARGE_INTEGER CurrentTime);
STORPORT_API ULONG StorPortQueryPerformanceCounter(_In_ PVOID HwDeviceExtension,
    _Out_opt_ PLARGE_INTEGER PerformanceFrequency, _Out_ PLARGE_INTEGER PerformanceCounter);
STORPORT_API ULONG StorPortGetCurrentProcessorNumber(_In_ PVOID HwDeviceExtension,
    _Out_ PPROCESSOR_NUMBER ProcNumber);
STORPORT_API ULONG StorPortGetActiveGroupCount(_In_ PVOID HwDeviceExtension, _Out_ PUSHORT NumberGroups);
STORPORT_API ULONG StorPortGetGroupAffinity(_In_ PVOID HwDeviceExtension, _In_ USHORT GroupNumber,
    _Out_ PKAFFINITY GroupAffinityMask);
STORPORT_API ULONG StorPortGetActiveNodeCount(_In_ PVOID HwDeviceExtension, _Out_ PULONG NumberNodes);
STORPORT_API ULONG StorPortGetNodeAffinity(_In_ PVOID HwDeviceExtension, _In_ ULONG NodeNumber,
    _Out_ PGROUP_AFFINITY NodeAffinityMask);
STORPORT_API ULONG StorPortGetHighestNodeNumber(_In_ PVOID HwDeviceExtension, _Out_ PULONG HighestNode);
STORPORT_API ULONG StorPortGetLogicalProcessorRelationship(_In_ PVOID HwDeviceExtension,
    _In_opt_ PPROCESSOR_NUMBER ProcessorNumber, _In_ LOGICAL_PROCESSOR_RELATIONSHIP RelationshipType,
    _Out_writes_bytes_opt_(*Length) PSYSTEM_LOGICAL_PROCESSOR_INFORMATION_EX Information,
    _Inout_ PULONG Length);
STORPORT_API ULONG StorPortSetSystemGroupAffinityThread(_In_ PVOID HwDeviceExtension,
    _In_ PGROUP_AFFINITY Affinity, _Out_opt_ PGROUP_AFFINITY PreviousAffinity);
STORPORT_API ULONG StorPortRevertToUserGroupAffinityThread(_In_ PVOID HwDeviceExtension,
    _In_ PGROUP_AFFINITY PreviousAffinity);

/* power management (PoFx) */
STORPORT_API ULONG StorPortInitializePoFxPower(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ PSTOR_POFX_DEVICE Device, _Inout_ PBOOLEAN D3ColdEnabled);
STORPORT_API ULONG StorPortPoFxActivateComponent(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_ ULONG Component, _In_ ULONG Flags);
STORPORT_API ULONG StorPortPoFxIdleComponent(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_opt_ PSCSI_REQUEST_BLOCK Srb, _In_ ULONG Component, _In_ ULONG Flags);
STORPORT_API ULONG StorPortPoFxSetComponentLatency(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONG Component, _In_ ULONGLONG Latency);
STORPORT_API ULONG StorPortPoFxSetComponentResidency(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONG Component, _In_ ULONGLONG Residency);
STORPORT_API ULONG StorPortPoFxPowerControl(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ LPCGUID PowerControlCode, _In_reads_bytes_opt_(InBufferSize) PVOID InBuffer,
    _In_ SIZE_T InBufferSize, _Out_writes_bytes_opt_(OutBufferSize) PVOID OutBuffer,
    _In_ SIZE_T OutBufferSize, _Out_opt_ PSIZE_T BytesReturned);
STORPORT_API ULONG StorPortPoFxSetIdleTimeout(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONGLONG IdleTimeout);
STORPORT_API ULONG StorPortGetD3ColdSupport(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _Out_ PBOOLEAN Supported);
STORPORT_API ULONG StorPortSetPowerSettingNotificationGuids(_In_ PVOID HwDeviceExtension,
    _In_ ULONG GuidCount, _In_reads_(GuidCount) LPGUID Guid);
STORPORT_API ULONG StorPortCaptureLiveDump(_In_ PVOID HwDeviceExtension, _In_ ULONG ReasonCode,
    _In_ ULONG_PTR BugCheckParameter1, _In_ ULONG_PTR BugCheckParameter2,
    _In_ ULONG_PTR BugCheckParameter3, _In_ ULONG_PTR BugCheckParameter4);
STORPORT_API BOOLEAN StorPortIsCurrentOsInstallationUpgrade(_In_ PVOID HwDeviceExtension,
    _Out_ PBOOLEAN Upgrade);

/* interlocked singly linked lists (ddi/storport/nf-storport-storportinitializeslisthead) */
typedef struct _STOR_SLIST_ENTRY {
    struct _STOR_SLIST_ENTRY *Next;
} STOR_SLIST_ENTRY, *PSTOR_SLIST_ENTRY;
typedef SLIST_HEADER STOR_SLIST_HEADER, *PSTOR_SLIST_HEADER;
STORPORT_API ULONG StorPortInitializeSListHead(_In_ PVOID HwDeviceExtension, _Out_ PSTOR_SLIST_HEADER SListHead);
STORPORT_API PSTOR_SLIST_ENTRY StorPortInterlockedFlushSList(_In_ PVOID HwDeviceExtension,
    _Inout_ PSTOR_SLIST_HEADER SListHead);
STORPORT_API PSTOR_SLIST_ENTRY StorPortInterlockedPopEntrySList(_In_ PVOID HwDeviceExtension,
    _Inout_ PSTOR_SLIST_HEADER SListHead);
STORPORT_API PSTOR_SLIST_ENTRY StorPortInterlockedPushEntrySList(_In_ PVOID HwDeviceExtension,
    _Inout_ PSTOR_SLIST_HEADER SListHead, _Inout_ PSTOR_SLIST_ENTRY SListEntry);
STORPORT_API USHORT StorPortQueryDepthSList(_In_ PVOID HwDeviceExtension, _In_ PSTOR_SLIST_HEADER SListHead);

/* ======================================================================
 * Newer routines (Windows 10 1803 and later), written from their
 * ddi/storport/nf-storport-* pages. Where a page lists no return value the
 * routine is still declared to return ULONG, like the other extended
 * functions, so a caller that tests a result parses either way.
 * ====================================================================== */

/* Storport-managed doubly linked lists, spin locks and events */
typedef struct _STOR_LIST_ENTRY {
    struct _STOR_LIST_ENTRY *Flink;
    struct _STOR_LIST_ENTRY *Blink;
} STOR_LIST_ENTRY, *PSTOR_LIST_ENTRY;

typedef ULONG_PTR STOR_KSPIN_LOCK, *PSTOR_KSPIN_LOCK;

/* Opaque to the miniport; sized like a kernel dispatcher header. */
typedef struct _STOR_DISPATCHER_HEADER {
    union {
        struct {
            UCHAR Type;
            UCHAR Flags;
            UCHAR Size;
            union {
                UCHAR Inserted;
                UCHAR DebugActive;
            };
        } Data;
        volatile LONG Lock;
    };
    LONG SignalState;
    STOR_LIST_ENTRY WaitListHead;
} STOR_DISPATCHER_HEADER, *PSTOR_DISPATCHER_HEADER;

typedef struct _STOR_EVENT {
    STOR_DISPATCHER_HEADER Header;
} STOR_EVENT, *PSTOR_EVENT;

typedef enum _STOR_EVENT_TYPE {
    StorNotificationEvent,
    StorSynchronizationEvent
} STOR_EVENT_TYPE;

typedef enum _STOR_THREAD_PRIORITY {
    StorThreadPriorityBackground,
    StorThreadPriorityNormal,
    StorThreadPriorityDelayed,
    StorThreadPriorityCritical,
    StorThreadPrioritySuperCritical,
    StorThreadPriorityHyperCritical,
    StorThreadPriorityRealTime
} STOR_THREAD_PRIORITY;

typedef enum _STOR_DEVICE_RESET_TYPE {
    StorFunctionLevelReset,
    StorPlatformLevelReset,
    StorBusSpecificReset
} STOR_DEVICE_RESET_TYPE;

typedef enum _STOR_TELEMETRY_CATEGORY {
    StorTelemetryCategory,
    StorMeasuresCategory
} STOR_TELEMETRY_CATEGORY;

typedef enum _STORPORT_QUERY_CONFIGURATION_TYPE {
    StorportQueryConfigurationD3,
    StorportQueryConfigurationMax
} STORPORT_QUERY_CONFIGURATION_TYPE;

typedef enum _STORPORT_FEATURE_TYPE {
    StorportFeatureBusTypeUnitControl,
    StorportFeatureFruIdUnitControl,
    StorportFeatureFruIdAdapterControl,
    StorportFeatureSetEventLoggingAdapterControl,
    StorportFeatureReportInternalDataUnitControl,
    StorportFeatureReportInternalDataAdapterControl,
    StorportFeatureResetBusSynchronous,
    StorportFeaturePostHwInitialize,
    StorportFeaturePrepareEarlyDumpData,
    StorportFeatureRestoreEarlyDumpData,
    StorportFeatureMax
} STORPORT_FEATURE_TYPE, *PSTORPORT_FEATURE_TYPE;

STORPORT_API ULONG StorPortInitializeListHead(_In_ PVOID HwDeviceExtension, _Out_ PSTOR_LIST_ENTRY ListHead);
STORPORT_API ULONG StorPortInitializeSpinlock(_In_ PVOID HwDeviceExtension, _Out_ PSTOR_KSPIN_LOCK Lock);
STORPORT_API ULONG StorPortInterlockedInsertHeadList(_In_ PVOID HwDeviceExtension,
    _Inout_ PSTOR_LIST_ENTRY ListHead, _Inout_ PSTOR_LIST_ENTRY ListEntry,
    _Inout_ PSTOR_LIST_ENTRY *Result, _Inout_ PSTOR_KSPIN_LOCK Lock);
STORPORT_API ULONG StorPortInterlockedInsertTailList(_In_ PVOID HwDeviceExtension,
    _Inout_ PSTOR_LIST_ENTRY ListHead, _Inout_ PSTOR_LIST_ENTRY ListEntry,
    _Inout_ PSTOR_LIST_ENTRY *Result, _Inout_ PSTOR_KSPIN_LOCK Lock);
STORPORT_API ULONG StorPortInterlockedRemoveHeadList(_In_ PVOID HwDeviceExtension,
    _Inout_ PSTOR_LIST_ENTRY ListHead, _Inout_ PSTOR_LIST_ENTRY *Result,
    _Inout_ PSTOR_KSPIN_LOCK Lock);

STORPORT_API ULONG StorPortInitializeEvent(_In_ PVOID HwDeviceExtension, _Out_ PSTOR_EVENT Event,
    _In_ STOR_EVENT_TYPE Type, _In_ BOOLEAN State);
STORPORT_API ULONG StorPortSetEvent(_In_ PVOID HwDeviceExtension, _Inout_ PSTOR_EVENT Event);
STORPORT_API ULONG StorPortWaitForSingleObject(_In_ PVOID HwDeviceExtension, _Inout_ PVOID Object,
    _In_ BOOLEAN Alertable, _In_opt_ PLARGE_INTEGER Timeout);

STORPORT_API ULONG StorPortSetPriorityThread(_In_ PVOID HwDeviceExtension, _In_ PVOID ThreadContext,
    _In_ STOR_THREAD_PRIORITY Priority);
STORPORT_API ULONG StorPortTerminateSystemThread(_In_ PVOID HwDeviceExtension, _In_opt_ PVOID ThreadContext);

/* host memory buffer (NVMe HMB) */
STORPORT_API ULONG StorPortAllocateHostMemoryBuffer(_In_ PVOID HwDeviceExtension,
    _In_ SIZE_T MinimumBytes, _In_ SIZE_T PreferredBytes, _In_ ULONGLONG UtilizationBytes,
    _In_ ULONG AlignmentBytes, _In_ PHYSICAL_ADDRESS LowestAcceptableAddress,
    _In_ PHYSICAL_ADDRESS HighestAcceptableAddress, _In_opt_ PHYSICAL_ADDRESS BoundaryAddressMultiple,
    _Inout_ PACCESS_RANGE PhysicalAddressRanges, _Inout_ PULONG PhysicalAddressRangeCount);
STORPORT_API ULONG StorPortFreeHostMemoryBuffer(_In_ PVOID HwDeviceExtension,
    _In_ PACCESS_RANGE PhysicalAddressRanges, _In_ ULONG PhysicalAddressRangeCount);

/* interrupts, IRQL, processors, timers */
STORPORT_API ULONG StorPortGetCurrentIrql(_In_ PVOID HwDeviceExtension, _Out_ PKIRQL Irql);
STORPORT_API ULONG StorPortMaskMsixInterrupt(_In_ PVOID HwDeviceExtension, _In_ ULONG MessageId,
    _In_ BOOLEAN Mask);
STORPORT_API ULONG StorPortGetMessageInterruptIDFromProcessorIndex(_In_ PVOID HwDeviceExtension,
    _In_ ULONG ProcessorIndex, _Out_ PULONG MessageInterruptID);
STORPORT_API ULONG StorPortGetNodeAffinity2(_In_ PVOID HwDeviceExtension, _In_ ULONG NodeNumber,
    _Out_writes_to_(GroupAffinitiesCount, *GroupAffinitiesCountRequired) PGROUP_AFFINITY GroupAffinities,
    _In_ USHORT GroupAffinitiesCount, _Out_ PUSHORT GroupAffinitiesCountRequired);
STORPORT_API ULONG StorPortQueryTimerMinInterval(_In_ PVOID HwDeviceExtension, _Out_ PULONG TimerMinInterval);

/* adapter state and configuration */
STORPORT_API ULONG StorPortHardwareReset(_In_ PVOID HwDeviceExtension, _In_ STOR_DEVICE_RESET_TYPE Type);
STORPORT_API ULONG StorPortQueryConfiguration(_In_ PVOID HwDeviceExtension,
    _In_ STORPORT_QUERY_CONFIGURATION_TYPE Type, _Out_ PBOOLEAN Enabled);
STORPORT_API ULONG StorPortSetAdapterBusType(_In_ PVOID HwDeviceExtension, _In_ ULONG BusType);
STORPORT_API ULONG StorPortSetFeatureList(_In_ PVOID HwDeviceExtension, _In_ ULONG FeatureCount,
    _In_reads_(FeatureCount) PSTORPORT_FEATURE_TYPE FeatureList);
STORPORT_API ULONG StorPortUpdateAdapterMaxIO(_In_ PVOID HwDeviceExtension, _In_ ULONG MaxIoCount);
STORPORT_API BOOLEAN StorPortValidateRange(_In_ PVOID HwDeviceExtension, _In_ INTERFACE_TYPE BusType,
    _In_ ULONG SystemIoBusNumber, _In_ STOR_PHYSICAL_ADDRESS IoAddress, _In_ ULONG NumberOfBytes,
    _In_ BOOLEAN InIoSpace);
STORPORT_API ULONG StorPortPoFxSetPerfState(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ ULONG Component, _In_ ULONGLONG Flags, _In_ ULONG SetIndex, _In_ ULONGLONG State,
    _In_opt_ PVOID Context);

/* request data */
STORPORT_API ULONG StorPortGetActivityIdSrb(_In_ PVOID HwDeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb,
    _Out_ LPGUID ActivityId);
STORPORT_API ULONG StorPortGetPfns(_In_ PVOID HwDeviceExtension, _In_ PSCSI_REQUEST_BLOCK Srb,
    _In_ PVOID Mdl, _Out_ PVOID *Pfns, _Out_ PULONG PfnCount, _Out_ PULONG StartingOffset);
STORPORT_API ULONG StorPortSecureCopyMemory(_Out_writes_bytes_(DestSizeInBytes) PVOID Dest,
    _In_ SIZE_T DestSizeInBytes, _In_reads_bytes_(Count) PVOID Src, _In_ SIZE_T Count);

/* logging */
STORPORT_API ULONG StorPortEtwLogByteStream(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ STORPORT_ETW_EVENT_CHANNEL EventChannel, _In_ USHORT EventId, _In_ PWSTR EventDescription,
    _In_ ULONGLONG EventKeywords, _In_ STORPORT_ETW_LEVEL EventLevel,
    _In_ STORPORT_ETW_EVENT_OPCODE EventOpcode, _In_ USHORT DataLength,
    _In_reads_bytes_(DataLength) PUCHAR Data);
STORPORT_API ULONG StorPortEtwLogError(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS Address,
    _In_ USHORT Id, _In_ PWSTR Description, _In_ USHORT DataBufferLength,
    _In_reads_bytes_(DataBufferLength) PVOID DataBuffer);
STORPORT_API ULONG StorPortLogTelemetryEx(_In_ PVOID HwDeviceExtension, _In_opt_ PSTOR_ADDRESS StorAddress,
    _In_ PSTORPORT_TELEMETRY_EVENT Event, _In_ STOR_TELEMETRY_CATEGORY Category);

/* A miniport ported from SCSI Port may keep the ScsiPort* names: with
 * STOR_USE_SCSI_ALIASES defined, storport.h maps each to its StorPort*
 * routine (ddi/storport: the ScsiPortRead/Write* pages name storport.h). */
#ifdef STOR_USE_SCSI_ALIASES
#define ScsiDebugPrint                             StorPortDebugPrint
#define ScsiPortCompleteRequest                    StorPortCompleteRequest
#define ScsiPortConvertPhysicalAddressToUlong      StorPortConvertPhysicalAddressToUlong
#define ScsiPortConvertUlongToPhysicalAddress      StorPortConvertUlongToPhysicalAddress
#define ScsiPortFreeDeviceBase                     StorPortFreeDeviceBase
#define ScsiPortGetBusData                         StorPortGetBusData
#define ScsiPortGetDeviceBase                      StorPortGetDeviceBase
#define ScsiPortGetLogicalUnit                     StorPortGetLogicalUnit
#define ScsiPortGetPhysicalAddress                 StorPortGetPhysicalAddress
#define ScsiPortGetSrb                             StorPortGetSrb
#define ScsiPortGetUncachedExtension               StorPortGetUncachedExtension
#define ScsiPortGetVirtualAddress                  StorPortGetVirtualAddress
#define ScsiPortInitialize                         StorPortInitialize
#define ScsiPortLogError                           StorPortLogError
#define ScsiPortMoveMemory                         StorPortMoveMemory
#define ScsiPortNotification                       StorPortNotification
#define ScsiPortQuerySystemTime                    StorPortQuerySystemTime
#define ScsiPortReadPortBufferUchar                StorPortReadPortBufferUchar
#define ScsiPortReadPortBufferUlong                StorPortReadPortBufferUlong
#define ScsiPortReadPortBufferUshort               StorPortReadPortBufferUshort
#define ScsiPortReadPortUchar                      StorPortReadPortUchar
#define ScsiPortReadPortUlong                      StorPortReadPortUlong
#define ScsiPortReadPortUshort                     StorPortReadPortUshort
#define ScsiPortReadRegisterBufferUchar            StorPortReadRegisterBufferUchar
#define ScsiPortReadRegisterBufferUlong            StorPortReadRegisterBufferUlong
#define ScsiPortReadRegisterBufferUshort           StorPortReadRegisterBufferUshort
#define ScsiPortReadRegisterUchar                  StorPortReadRegisterUchar
#define ScsiPortReadRegisterUlong                  StorPortReadRegisterUlong
#define ScsiPortReadRegisterUshort                 StorPortReadRegisterUshort
#define ScsiPortSetBusDataByOffset                 StorPortSetBusDataByOffset
#define ScsiPortStallExecution                     StorPortStallExecution
#define ScsiPortValidateRange                      StorPortValidateRange
#define ScsiPortWritePortBufferUchar               StorPortWritePortBufferUchar
#define ScsiPortWritePortBufferUlong               StorPortWritePortBufferUlong
#define ScsiPortWritePortBufferUshort              StorPortWritePortBufferUshort
#define ScsiPortWritePortUchar                     StorPortWritePortUchar
#define ScsiPortWritePortUlong                     StorPortWritePortUlong
#define ScsiPortWritePortUshort                    StorPortWritePortUshort
#define ScsiPortWriteRegisterBufferUchar           StorPortWriteRegisterBufferUchar
#define ScsiPortWriteRegisterBufferUlong           StorPortWriteRegisterBufferUlong
#define ScsiPortWriteRegisterBufferUshort          StorPortWriteRegisterBufferUshort
#define ScsiPortWriteRegisterUchar                 StorPortWriteRegisterUchar
#define ScsiPortWriteRegisterUlong                 StorPortWriteRegisterUlong
#define ScsiPortWriteRegisterUshort                StorPortWriteRegisterUshort
#endif

#endif /* STORCHECK_STORPORT_H */
