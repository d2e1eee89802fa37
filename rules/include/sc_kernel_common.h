/* SPDX-License-Identifier: Apache-2.0 */
/*
 * sc_kernel_common.h - storcheck model header (internal).
 * Declarations that both the kernel headers (wdm.h/ntddk.h) and the
 * miniport headers (miniport.h/storport.h) need: IRQLs, bus and interrupt
 * enums, power states, PCI configuration space, memory/string helpers,
 * interlocked operations, debug output and assertions.
 * Written from the kernel-mode DDI reference on learn.microsoft.com.
 */
#ifndef STORCHECK_KERNEL_COMMON_H
#define STORCHECK_KERNEL_COMMON_H

#include <ntdef.h>
#include <ntstatus.h>

/* ---- IRQLs (/windows-hardware/drivers/kernel/managing-hardware-priorities) ---- */
#define PASSIVE_LEVEL  0
#define LOW_LEVEL      0
#define APC_LEVEL      1
#define DISPATCH_LEVEL 2
#define CMCI_LEVEL     5
#define CLOCK_LEVEL    13
#define IPI_LEVEL      14
#define DRS_LEVEL      14
#define POWER_LEVEL    14
#define PROFILE_LEVEL  15
#define HIGH_LEVEL     15

/* ---- opaque kernel objects used by pointer only in miniport code ---- */
struct _DEVICE_OBJECT;
struct _DRIVER_OBJECT;
struct _IRP;
struct _MDL;
struct _KDPC;
struct _KINTERRUPT;
struct _ADAPTER_OBJECT;
struct _DMA_ADAPTER;
struct _SCATTER_GATHER_LIST;
struct _KTHREAD;
struct _EPROCESS;
struct _ETHREAD;

/* ---- bus and interrupt descriptions (ddi/wdm/ne-wdm-_interface_type etc.) ---- */
typedef enum _INTERFACE_TYPE {
    InterfaceTypeUndefined = -1,
    Internal = 0,
    Isa,
    Eisa,
    MicroChannel,
    TurboChannel,
    PCIBus,
    VMEBus,
    NuBus,
    PCMCIABus,
    CBus,
    MPIBus,
    MPSABus,
    ProcessorInternal,
    InternalPowerBus,
    PNPISABus,
    PNPBus,
    Vmcs,
    ACPIBus,
    MaximumInterfaceType
} INTERFACE_TYPE, *PINTERFACE_TYPE;

typedef enum _BUS_DATA_TYPE {
    ConfigurationSpaceUndefined = -1,
    Cmos,
    EisaConfiguration,
    Pos,
    CbusConfiguration,
    PCIConfiguration,
    VMEConfiguration,
    NuBusConfiguration,
    PCMCIAConfiguration,
    MPIConfiguration,
    MPSAConfiguration,
    PNPISAConfiguration,
    SgiInternalConfiguration,
    MaximumBusDataType
} BUS_DATA_TYPE, *PBUS_DATA_TYPE;

typedef enum _KINTERRUPT_MODE { LevelSensitive, Latched } KINTERRUPT_MODE;
typedef enum _KINTERRUPT_POLARITY {
    InterruptPolarityUnknown,
    InterruptActiveHigh,
    InterruptActiveLow,
    InterruptRisingEdge = InterruptActiveHigh,
    InterruptFallingEdge = InterruptActiveLow,
    InterruptActiveBoth,
    InterruptActiveBothTriggerLow = InterruptActiveBoth,
    InterruptActiveBothTriggerHigh
} KINTERRUPT_POLARITY, *PKINTERRUPT_POLARITY;

typedef enum _DMA_WIDTH { Width8Bits, Width16Bits, Width32Bits, Width64Bits, WidthNoWrap, MaximumDmaWidth } DMA_WIDTH, *PDMA_WIDTH;
typedef enum _DMA_SPEED { Compatible, TypeA, TypeB, TypeC, TypeF, MaximumDmaSpeed } DMA_SPEED, *PDMA_SPEED;

typedef enum _MEMORY_CACHING_TYPE_ORIG { MmFrameBufferCached = 2 } MEMORY_CACHING_TYPE_ORIG;
typedef enum _MEMORY_CACHING_TYPE {
    MmNonCached = 0,
    MmCached = 1,
    MmWriteCombined = MmFrameBufferCached,
    MmHardwareCoherentCached,
    MmNonCachedUnordered,
    MmUSWCCached,
    MmMaximumCacheType,
    MmNotMapped = -1
} MEMORY_CACHING_TYPE;

typedef ULONG NODE_REQUIREMENT;
#define MM_ANY_NODE_OK 0x80000000

/* ---- power (ddi/wdm/ne-wdm-_device_power_state, ne-wdm-_system_power_state) ---- */
typedef enum _DEVICE_POWER_STATE {
    PowerDeviceUnspecified = 0,
    PowerDeviceD0,
    PowerDeviceD1,
    PowerDeviceD2,
    PowerDeviceD3,
    PowerDeviceMaximum
} DEVICE_POWER_STATE, *PDEVICE_POWER_STATE;

typedef enum _SYSTEM_POWER_STATE {
    PowerSystemUnspecified = 0,
    PowerSystemWorking = 1,
    PowerSystemSleeping1 = 2,
    PowerSystemSleeping2 = 3,
    PowerSystemSleeping3 = 4,
    PowerSystemHibernate = 5,
    PowerSystemShutdown = 6,
    PowerSystemMaximum = 7
} SYSTEM_POWER_STATE, *PSYSTEM_POWER_STATE;

typedef enum _POWER_ACTION {
    PowerActionNone = 0,
    PowerActionReserved,
    PowerActionSleep,
    PowerActionHibernate,
    PowerActionShutdown,
    PowerActionShutdownReset,
    PowerActionShutdownOff,
    PowerActionWarmEject,
    PowerActionDisplayOff
} POWER_ACTION, *PPOWER_ACTION;

typedef union _POWER_STATE {
    SYSTEM_POWER_STATE SystemState;
    DEVICE_POWER_STATE DeviceState;
} POWER_STATE, *PPOWER_STATE;

typedef enum _POWER_STATE_TYPE { SystemPowerState = 0, DevicePowerState } POWER_STATE_TYPE, *PPOWER_STATE_TYPE;

/* ---- PCI configuration space (ddi/wdm/ns-wdm-_pci_common_config) ---- */
typedef struct _PCI_SLOT_NUMBER {
    union {
        struct {
            ULONG DeviceNumber : 5;
            ULONG FunctionNumber : 3;
            ULONG Reserved : 24;
        } bits;
        ULONG AsULONG;
    } u;
} PCI_SLOT_NUMBER, *PPCI_SLOT_NUMBER;

#define PCI_TYPE0_ADDRESSES 6
#define PCI_TYPE1_ADDRESSES 2
#define PCI_TYPE2_ADDRESSES 5

typedef struct _PCI_COMMON_HEADER {
    USHORT VendorID;
    USHORT DeviceID;
    USHORT Command;
    USHORT Status;
    UCHAR RevisionID;
    UCHAR ProgIf;
    UCHAR SubClass;
    UCHAR BaseClass;
    UCHAR CacheLineSize;
    UCHAR LatencyTimer;
    UCHAR HeaderType;
    UCHAR BIST;
    union {
        struct _PCI_HEADER_TYPE_0 {
            ULONG BaseAddresses[PCI_TYPE0_ADDRESSES];
            ULONG CIS;
            USHORT SubVendorID;
            USHORT SubSystemID;
            ULONG ROMBaseAddress;
            UCHAR CapabilitiesPtr;
            UCHAR Reserved1[3];
            ULONG Reserved2;
            UCHAR InterruptLine;
            UCHAR InterruptPin;
            UCHAR MinimumGrant;
            UCHAR MaximumLatency;
        } type0;
        struct _PCI_HEADER_TYPE_1 {
            ULONG BaseAddresses[PCI_TYPE1_ADDRESSES];
            UCHAR PrimaryBus;
            UCHAR SecondaryBus;
            UCHAR SubordinateBus;
            UCHAR SecondaryLatency;
            UCHAR IOBase;
            UCHAR IOLimit;
            USHORT SecondaryStatus;
            USHORT MemoryBase;
            USHORT MemoryLimit;
            USHORT PrefetchBase;
            USHORT PrefetchLimit;
            ULONG PrefetchBaseUpper32;
            ULONG PrefetchLimitUpper32;
            USHORT IOBaseUpper16;
            USHORT IOLimitUpper16;
            UCHAR CapabilitiesPtr;
            UCHAR Reserved1[3];
            ULONG ROMBaseAddress;
            UCHAR InterruptLine;
            UCHAR InterruptPin;
            USHORT BridgeControl;
        } type1;
        struct _PCI_HEADER_TYPE_2 {
            ULONG SocketRegistersBaseAddress;
            UCHAR CapabilitiesPtr;
            UCHAR Reserved;
            USHORT SecondaryStatus;
            UCHAR PrimaryBus;
            UCHAR SecondaryBus;
            UCHAR SubordinateBus;
            UCHAR SecondaryLatency;
            struct {
                ULONG Base;
                ULONG Limit;
            } Range[PCI_TYPE2_ADDRESSES - 1];
            UCHAR InterruptLine;
            UCHAR InterruptPin;
            USHORT BridgeControl;
        } type2;
    } u;
} PCI_COMMON_HEADER, *PPCI_COMMON_HEADER;

/* The documented layout names the header fields directly on PCI_COMMON_CONFIG.
 * C gets that from an anonymous member (an MS extension C++ lacks); C++
 * derives from the header, as the WDK does, for the same access syntax. */
#ifdef __cplusplus
typedef struct _PCI_COMMON_CONFIG : PCI_COMMON_HEADER {
    UCHAR DeviceSpecific[192];
} PCI_COMMON_CONFIG, *PPCI_COMMON_CONFIG;
#else
typedef struct _PCI_COMMON_CONFIG {
    struct _PCI_COMMON_HEADER;
    UCHAR DeviceSpecific[192];
} PCI_COMMON_CONFIG, *PPCI_COMMON_CONFIG;
#endif

#define PCI_COMMON_HDR_LENGTH (FIELD_OFFSET(PCI_COMMON_CONFIG, DeviceSpecific))
#define PCI_EXTENDED_CONFIG_LENGTH 0x1000
#define PCI_MAX_DEVICES   32
#define PCI_MAX_FUNCTION  8
#define PCI_MAX_BRIDGE_NUMBER 0xFF
#define PCI_INVALID_VENDORID 0xFFFF

#define PCI_MULTIFUNCTION       0x80
#define PCI_DEVICE_TYPE         0x00
#define PCI_BRIDGE_TYPE         0x01
#define PCI_CARDBUS_BRIDGE_TYPE 0x02
#define PCI_CONFIGURATION_TYPE(p) (((PPCI_COMMON_CONFIG)(p))->HeaderType & ~PCI_MULTIFUNCTION)
#define PCI_MULTIFUNCTION_DEVICE(p) ((((PPCI_COMMON_CONFIG)(p))->HeaderType & PCI_MULTIFUNCTION) != 0)

#define PCI_ENABLE_IO_SPACE               0x0001
#define PCI_ENABLE_MEMORY_SPACE           0x0002
#define PCI_ENABLE_BUS_MASTER             0x0004
#define PCI_ENABLE_SPECIAL_CYCLES         0x0008
#define PCI_ENABLE_WRITE_AND_INVALIDATE   0x0010
#define PCI_ENABLE_VGA_COMPATIBLE_PALETTE 0x0020
#define PCI_ENABLE_PARITY                 0x0040
#define PCI_ENABLE_WAIT_CYCLE             0x0080
#define PCI_ENABLE_SERR                   0x0100
#define PCI_ENABLE_FAST_BACK_TO_BACK      0x0200
#define PCI_DISABLE_LEVEL_INTERRUPT       0x0400

#define PCI_STATUS_INTERRUPT_PENDING      0x0008
#define PCI_STATUS_CAPABILITIES_LIST      0x0010
#define PCI_STATUS_66MHZ_CAPABLE          0x0020
#define PCI_STATUS_UDF_SUPPORTED          0x0040
#define PCI_STATUS_FAST_BACK_TO_BACK      0x0080
#define PCI_STATUS_DATA_PARITY_DETECTED   0x0100
#define PCI_STATUS_DEVSEL                 0x0600
#define PCI_STATUS_SIGNALED_TARGET_ABORT  0x0800
#define PCI_STATUS_RECEIVED_TARGET_ABORT  0x1000
#define PCI_STATUS_RECEIVED_MASTER_ABORT  0x2000
#define PCI_STATUS_SIGNALED_SYSTEM_ERROR  0x4000
#define PCI_STATUS_DETECTED_PARITY_ERROR  0x8000

#define PCI_ADDRESS_IO_SPACE              0x00000001
#define PCI_ADDRESS_MEMORY_TYPE_MASK      0x00000006
#define PCI_ADDRESS_MEMORY_PREFETCHABLE   0x00000008
#define PCI_ADDRESS_IO_ADDRESS_MASK       0xfffffffc
#define PCI_ADDRESS_MEMORY_ADDRESS_MASK   0xfffffff0
#define PCI_ADDRESS_ROM_ADDRESS_MASK      0xfffff800
#define PCI_TYPE_32BIT      0
#define PCI_TYPE_20BIT      2
#define PCI_TYPE_64BIT      4
#define PCI_ROMADDRESS_ENABLED 0x00000001

#define PCI_CLASS_MASS_STORAGE_CTLR 0x01
#define PCI_SUBCLASS_MSC_SCSI_BUS_CTLR 0x00
#define PCI_SUBCLASS_MSC_IDE_CTLR  0x01
#define PCI_SUBCLASS_MSC_RAID_CTLR 0x04
#define PCI_SUBCLASS_MSC_AHCI_CTLR 0x06
#define PCI_SUBCLASS_MSC_NVM_CTLR  0x08

typedef struct _PCI_CAPABILITIES_HEADER {
    UCHAR CapabilityID;
    UCHAR Next;
} PCI_CAPABILITIES_HEADER, *PPCI_CAPABILITIES_HEADER;

#define PCI_CAPABILITY_ID_POWER_MANAGEMENT  0x01
#define PCI_CAPABILITY_ID_AGP               0x02
#define PCI_CAPABILITY_ID_VPD               0x03
#define PCI_CAPABILITY_ID_SLOT_ID           0x04
#define PCI_CAPABILITY_ID_MSI               0x05
#define PCI_CAPABILITY_ID_CPCI_HOTSWAP      0x06
#define PCI_CAPABILITY_ID_PCIX              0x07
#define PCI_CAPABILITY_ID_HYPERTRANSPORT    0x08
#define PCI_CAPABILITY_ID_VENDOR_SPECIFIC   0x09
#define PCI_CAPABILITY_ID_DEBUG_PORT        0x0A
#define PCI_CAPABILITY_ID_CPCI_RES_CTRL     0x0B
#define PCI_CAPABILITY_ID_SHPC              0x0C
#define PCI_CAPABILITY_ID_P2P_SSID          0x0D
#define PCI_CAPABILITY_ID_AGP_TARGET        0x0E
#define PCI_CAPABILITY_ID_SECURE            0x0F
#define PCI_CAPABILITY_ID_PCI_EXPRESS       0x10
#define PCI_CAPABILITY_ID_MSIX              0x11
#define PCI_CAPABILITY_ID_SATA_CONFIG       0x12
#define PCI_CAPABILITY_ID_ADVANCED_FEATURES 0x13

/* ---- memory and string helpers (ddi/wdm/nf-wdm-rtlzeromemory etc.) ---- */
void *__cdecl memset(void *Dest, int Value, size_t Count);
void *__cdecl memcpy(void *Dest, const void *Src, size_t Count);
void *__cdecl memmove(void *Dest, const void *Src, size_t Count);
int __cdecl memcmp(const void *A, const void *B, size_t Count);
size_t __cdecl strlen(const char *S);
size_t __cdecl wcslen(const wchar_t *S);
int __cdecl strcmp(const char *A, const char *B);
int __cdecl strncmp(const char *A, const char *B, size_t N);
char *__cdecl strcpy(char *D, const char *S);
char *__cdecl strncpy(char *D, const char *S, size_t N);
int __cdecl _stricmp(const char *A, const char *B);
int __cdecl _strnicmp(const char *A, const char *B, size_t N);
int __cdecl _vsnprintf(char *B, size_t N, const char *F, va_list A);
int __cdecl _snprintf(char *B, size_t N, const char *F, ...);
int __cdecl sprintf(char *B, const char *F, ...);
int __cdecl vsprintf(char *B, const char *F, va_list A);

NTSYSAPI VOID NTAPI RtlZeroMemory(_Out_writes_bytes_all_(Length) PVOID Destination, _In_ SIZE_T Length);
NTSYSAPI VOID NTAPI RtlFillMemory(_Out_writes_bytes_all_(Length) PVOID Destination, _In_ SIZE_T Length, _In_ UCHAR Fill);
NTSYSAPI VOID NTAPI RtlCopyMemory(_Out_writes_bytes_all_(Length) PVOID Destination, _In_reads_bytes_(Length) const VOID *Source, _In_ SIZE_T Length);
NTSYSAPI VOID NTAPI RtlMoveMemory(_Out_writes_bytes_all_(Length) PVOID Destination, _In_reads_bytes_(Length) const VOID *Source, _In_ SIZE_T Length);
NTSYSAPI SIZE_T NTAPI RtlCompareMemory(_In_ const VOID *Source1, _In_ const VOID *Source2, _In_ SIZE_T Length);
NTSYSAPI VOID NTAPI RtlSecureZeroMemory(_Out_writes_bytes_all_(Length) PVOID Destination, _In_ SIZE_T Length);
#define RtlEqualMemory(d, s, l) (!memcmp((d), (s), (l)))
#define RtlCopyBytes RtlCopyMemory
#define RtlZeroBytes RtlZeroMemory
#define RtlFillBytes RtlFillMemory

/* ---- interlocked operations: map to the compiler intrinsics ---- */
LONG _InterlockedIncrement(LONG volatile *Addend);
LONG _InterlockedDecrement(LONG volatile *Addend);
LONG _InterlockedExchange(LONG volatile *Target, LONG Value);
LONG _InterlockedExchangeAdd(LONG volatile *Addend, LONG Value);
LONG _InterlockedCompareExchange(LONG volatile *Destination, LONG Exchange, LONG Comparand);
LONG _InterlockedOr(LONG volatile *Destination, LONG Value);
LONG _InterlockedAnd(LONG volatile *Destination, LONG Value);
LONG _InterlockedXor(LONG volatile *Destination, LONG Value);
LONG64 _InterlockedIncrement64(LONG64 volatile *Addend);
LONG64 _InterlockedDecrement64(LONG64 volatile *Addend);
LONG64 _InterlockedExchange64(LONG64 volatile *Target, LONG64 Value);
LONG64 _InterlockedExchangeAdd64(LONG64 volatile *Addend, LONG64 Value);
LONG64 _InterlockedCompareExchange64(LONG64 volatile *Destination, LONG64 Exchange, LONG64 Comparand);
LONG64 _InterlockedOr64(LONG64 volatile *Destination, LONG64 Value);
LONG64 _InterlockedAnd64(LONG64 volatile *Destination, LONG64 Value);
short _InterlockedIncrement16(short volatile *Addend);
short _InterlockedDecrement16(short volatile *Addend);
short _InterlockedCompareExchange16(short volatile *Destination, short Exchange, short Comparand);
char _InterlockedExchange8(char volatile *Target, char Value);
char _InterlockedOr8(char volatile *Destination, char Value);
char _InterlockedAnd8(char volatile *Destination, char Value);
void *_InterlockedExchangePointer(void *volatile *Target, void *Value);
void *_InterlockedCompareExchangePointer(void *volatile *Destination, void *Exchange, void *Comparand);
unsigned char _interlockedbittestandset(LONG volatile *Base, LONG Offset);
unsigned char _interlockedbittestandreset(LONG volatile *Base, LONG Offset);
unsigned char _interlockedbittestandset64(LONG64 volatile *Base, LONG64 Offset);
unsigned char _interlockedbittestandreset64(LONG64 volatile *Base, LONG64 Offset);
unsigned char _bittest(const LONG *Base, LONG Offset);
unsigned char _bittestandset(LONG *Base, LONG Offset);
unsigned char _bittestandreset(LONG *Base, LONG Offset);
unsigned char _BitScanForward(ULONG *Index, ULONG Mask);
unsigned char _BitScanReverse(ULONG *Index, ULONG Mask);
unsigned char _BitScanForward64(ULONG *Index, ULONG64 Mask);
unsigned char _BitScanReverse64(ULONG *Index, ULONG64 Mask);
unsigned int __popcnt(unsigned int Value);
unsigned short __popcnt16(unsigned short Value);
unsigned __int64 __popcnt64(unsigned __int64 Value);
void _mm_pause(void);
void _ReadWriteBarrier(void);
void __faststorefence(void);
void __debugbreak(void);
unsigned __int64 __rdtsc(void);
void __int2c(void);
unsigned short _byteswap_ushort(unsigned short Value);
unsigned long _byteswap_ulong(unsigned long Value);
unsigned __int64 _byteswap_uint64(unsigned __int64 Value);
unsigned char __readfsbyte(unsigned long Offset);
void __cpuid(int Info[4], int Function);

#define InterlockedIncrement _InterlockedIncrement
#define InterlockedDecrement _InterlockedDecrement
#define InterlockedExchange _InterlockedExchange
#define InterlockedExchangeAdd _InterlockedExchangeAdd
#define InterlockedAdd(a, v) (_InterlockedExchangeAdd((a), (v)) + (v))
#define InterlockedCompareExchange _InterlockedCompareExchange
#define InterlockedOr _InterlockedOr
#define InterlockedAnd _InterlockedAnd
#define InterlockedXor _InterlockedXor
#define InterlockedIncrement64 _InterlockedIncrement64
#define InterlockedDecrement64 _InterlockedDecrement64
#define InterlockedExchange64 _InterlockedExchange64
#define InterlockedExchangeAdd64 _InterlockedExchangeAdd64
#define InterlockedAdd64(a, v) (_InterlockedExchangeAdd64((a), (v)) + (v))
#define InterlockedCompareExchange64 _InterlockedCompareExchange64
#define InterlockedOr64 _InterlockedOr64
#define InterlockedAnd64 _InterlockedAnd64
#define InterlockedIncrement16 _InterlockedIncrement16
#define InterlockedDecrement16 _InterlockedDecrement16
#define InterlockedCompareExchange16 _InterlockedCompareExchange16
#define InterlockedExchange8 _InterlockedExchange8
#define InterlockedOr8 _InterlockedOr8
#define InterlockedAnd8 _InterlockedAnd8
#define InterlockedExchangePointer _InterlockedExchangePointer
#define InterlockedCompareExchangePointer _InterlockedCompareExchangePointer
#define InterlockedBitTestAndSet _interlockedbittestandset
#define InterlockedBitTestAndReset _interlockedbittestandreset
#define InterlockedBitTestAndSet64 _interlockedbittestandset64
#define InterlockedBitTestAndReset64 _interlockedbittestandreset64
#define InterlockedIncrementNoFence InterlockedIncrement
#define InterlockedDecrementNoFence InterlockedDecrement
#define InterlockedIncrementAcquire InterlockedIncrement
#define InterlockedDecrementRelease InterlockedDecrement
#define InterlockedCompareExchangeAcquire InterlockedCompareExchange
#define InterlockedCompareExchangeRelease InterlockedCompareExchange
#define InterlockedOrNoFence InterlockedOr
#define InterlockedAndNoFence InterlockedAnd
#define BitTest _bittest
#define BitTestAndSet _bittestandset
#define BitTestAndReset _bittestandreset
#define BitScanForward _BitScanForward
#define BitScanReverse _BitScanReverse
#define BitScanForward64 _BitScanForward64
#define BitScanReverse64 _BitScanReverse64
#define PopulationCount64 __popcnt64
#define YieldProcessor _mm_pause
#define MemoryBarrier __faststorefence
#define KeMemoryBarrier() MemoryBarrier()
#define KeMemoryBarrierWithoutFence() _ReadWriteBarrier()
#define _WriteBarrier _ReadWriteBarrier
#define ReadTimeStampCounter() __rdtsc()
#define RtlUshortByteSwap(v) _byteswap_ushort(v)
#define RtlUlongByteSwap(v) _byteswap_ulong(v)
#define RtlUlonglongByteSwap(v) _byteswap_uint64(v)
#define ReadAcquire(p) (*(volatile LONG *)(p))
#define ReadNoFence(p) (*(volatile LONG *)(p))
#define WriteRelease(p, v) ((void)(*(volatile LONG *)(p) = (v)))
#define WriteNoFence(p, v) ((void)(*(volatile LONG *)(p) = (v)))
#define ReadULongAcquire(p) (*(volatile ULONG *)(p))
#define ReadULongNoFence(p) (*(volatile ULONG *)(p))

/* ---- debug output and assertions (ddi/wdm/nf-wdm-dbgprintex) ---- */
ULONG __cdecl DbgPrint(_In_z_ _Printf_format_string_ PCSTR Format, ...);
ULONG __cdecl DbgPrintEx(_In_ ULONG ComponentId, _In_ ULONG Level, _In_z_ _Printf_format_string_ PCSTR Format, ...);
ULONG NTAPI vDbgPrintEx(_In_ ULONG ComponentId, _In_ ULONG Level, _In_z_ PCCH Format, _In_ va_list arglist);
NTSYSAPI VOID NTAPI DbgBreakPoint(VOID);
NTSYSAPI VOID NTAPI DbgBreakPointWithStatus(_In_ ULONG Status);
NTSYSAPI VOID NTAPI RtlAssert(_In_ PVOID VoidFailedAssertion, _In_ PVOID VoidFileName, _In_ ULONG LineNumber, _In_opt_ PSTR MutableMessage);
NTSYSAPI ULONG NTAPI DbgPrompt(_In_z_ PCCH Prompt, _Out_writes_bytes_(Length) PCH Response, _In_ ULONG Length);

#define DPFLTR_ERROR_LEVEL   0
#define DPFLTR_WARNING_LEVEL 1
#define DPFLTR_TRACE_LEVEL   2
#define DPFLTR_INFO_LEVEL    3
#define DPFLTR_MASK          0x80000000
#define DPFLTR_IHVDRIVER_ID  77
#define DPFLTR_DEFAULT_ID    101
#define DPFLTR_STORPORT_ID   92
#define DPFLTR_STORMINIPORT_ID 93
#define DPFLTR_SCSIPORT_ID   36
#define DPFLTR_SCSIMINIPORT_ID 37

#if DBG
#define KdPrint(x) DbgPrint x
#define KdPrintEx(x) DbgPrintEx x
#define KdBreakPoint() DbgBreakPoint()
#define ASSERT(e) ((!(e)) ? (RtlAssert((PVOID)#e, (PVOID)__FILE__, __LINE__, NULL), FALSE) : TRUE)
#define ASSERTMSG(m, e) ((!(e)) ? (RtlAssert((PVOID)#e, (PVOID)__FILE__, __LINE__, (PSTR)(m)), FALSE) : TRUE)
#else
#define KdPrint(x)
#define KdPrintEx(x)
#define KdBreakPoint()
#define ASSERT(e) ((void)0)
#define ASSERTMSG(m, e) ((void)0)
#endif
#define NT_ASSERT(e) ((void)((e) ? TRUE : (__debugbreak(), FALSE)))
#define NT_ASSERTMSG(m, e) NT_ASSERT(e)
#define NT_ASSERTMSGW(m, e) NT_ASSERT(e)
#define NT_VERIFY(e) ((e) ? TRUE : FALSE)
#define NT_VERIFYMSG(m, e) NT_VERIFY(e)
#define NT_ANALYSIS_ASSUME(e)
#define NT_FRE_ASSERT(e) NT_ASSERT(e)
#define NT_RELEASE_ASSERT(e) NT_ASSERT(e)

#endif /* STORCHECK_KERNEL_COMMON_H */
