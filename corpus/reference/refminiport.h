/*
 * refminiport.h - the reference Storport miniport for the RSC-1 controller:
 * extensions, tunables, and the declaration of every routine with its
 * Storport role type.
 */
#ifndef REF_MINIPORT_H
#define REF_MINIPORT_H

#include <storport.h>
#include <srbhelper.h>
#include <scsi.h>

#include "hw.h"

/* ---- tunables ----------------------------------------------------------- */
#define REF_MAX_PRD             33          /* PRD entries kept per command */
#define REF_RING_ENTRIES        64          /* command and completion rings */
#define REF_QUEUE_DEPTH         32          /* tags; < REF_RING_ENTRIES so the ring never fills */
#define REF_NO_TAG              0xFFFF
#define REF_UNCACHED_SIZE       (2 * PAGE_SIZE)
#define REF_WATCHDOG_US         1000000     /* watchdog period: one second */
#define REF_RESET_POLLS         200         /* x 50 us */
#define REF_DEFAULT_TIMEOUT_S   10

/* The controller exposes one disk: path 0, target 0, LUN 0. */
#define REF_MAX_TARGETS         1
#define REF_MAX_LUNS            1

/* What StartIo must do with a request HwBuildIo let through. */
typedef enum _REF_ACTION {
    RefActionSubmit = 1,        /* queue the prepared command to the ring */
    RefActionResetUnit,         /* abort what is outstanding, then succeed */
} REF_ACTION;

/*
 * Per-request state. Storport allocates one with every SRB and does not
 * zero it; it lives exactly as long as the SRB. The PRD table comes first so
 * that it keeps the extension's 8-byte alignment, which the controller
 * requires.
 */
typedef struct _REF_SRB_EXTENSION {
    RSC_PRD PrdTable[REF_MAX_PRD];  /* hardware SG list, written by HwBuildIo */
    RSC_COMMAND Command;            /* prepared descriptor, copied to the ring by StartIo */
    REF_ACTION Action;
    ULONG TicksLeft;                /* watchdog: seconds before the command is declared lost */
    USHORT Tag;                     /* controller tag while outstanding */
} REF_SRB_EXTENSION, *PREF_SRB_EXTENSION;

/* Per-LUN state, allocated and zeroed by Storport. */
typedef struct _REF_LU_EXTENSION {
    BOOLEAN Started;
    BOOLEAN Removed;
    STOR_DEVICE_POWER_STATE PowerState;
} REF_LU_EXTENSION, *PREF_LU_EXTENSION;

typedef struct _REF_STATISTICS {
    ULONG Submitted;
    ULONG Completed;
    ULONG Errors;
    ULONG SgRejected;
    ULONG LastRejectedElements;
    ULONG Timeouts;
    ULONG Resets;
    ULONG SpuriousInterrupts;
} REF_STATISTICS;

/* Per-adapter state, allocated and zeroed by Storport on the first HwFindAdapter. */
typedef struct _REF_DEVICE_EXTENSION {
    PUCHAR Registers;               /* BAR0, from StorPortGetDeviceBase */
    ULONG Capabilities;
    ULONG MaxPrd;                   /* min(CAP.MAX_PRD, REF_MAX_PRD) */
    ULONGLONG BlockCount;
    ULONG BlockSize;
    BOOLEAN Dma64;
    BOOLEAN WriteCache;
    BOOLEAN DpcReady;
    BOOLEAN Stopped;                /* stopped or powered down: requests get BUSY */
    BOOLEAN Removed;                /* surprise-removed or dead: requests get NO_DEVICE */
    BOOLEAN WatchdogArmed;

    /* rings in the uncached extension */
    PRSC_COMMAND CommandRing;
    PRSC_COMPLETION CompletionRing;
    STOR_PHYSICAL_ADDRESS CommandRingPa;
    STOR_PHYSICAL_ADDRESS CompletionRingPa;
    USHORT CmdTail;                 /* next slot we write */
    USHORT CmdHead;                 /* last head the controller reported */
    USHORT CplHead;                 /* next completion entry we read */
    USHORT CplPhase;                /* phase that marks a new completion entry */

    /* outstanding commands, guarded by the StartIo lock */
    PSCSI_REQUEST_BLOCK Outstanding[REF_QUEUE_DEPTH];
    ULONG FreeTags;                 /* bit set = tag free */
    ULONG OutstandingCount;

    STOR_DPC CompletionDpc;
    REF_STATISTICS Stats;
    CHAR SerialNumber[20];
} REF_DEVICE_EXTENSION, *PREF_DEVICE_EXTENSION;

/* ---- register access ------------------------------------------------------ */
FORCEINLINE ULONG RefReadRegister(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ ULONG Offset)
{
    return StorPortReadRegisterUlong(DevExt, (PULONG)(DevExt->Registers + Offset));
}

FORCEINLINE VOID RefWriteRegister(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ ULONG Offset, _In_ ULONG Value)
{
    StorPortWriteRegisterUlong(DevExt, (PULONG)(DevExt->Registers + Offset), Value);
}

/* ---- callbacks, declared with their role types --------------------------- */
sp_DRIVER_INITIALIZE DriverEntry;
HW_FIND_ADAPTER RefFindAdapter;
HW_INITIALIZE RefInitialize;
HW_PASSIVE_INITIALIZE_ROUTINE RefPassiveInitialize;
HW_BUILDIO RefBuildIo;
HW_STARTIO RefStartIo;
HW_INTERRUPT RefInterrupt;
HW_DPC_ROUTINE RefCompletionDpc;
HW_TIMER RefWatchdogTimer;
HW_RESET_BUS RefResetBus;
HW_ADAPTER_CONTROL RefAdapterControl;
HW_UNIT_CONTROL RefUnitControl;

/* ---- driver.c: controller bring-up --------------------------------------- */
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN RefResetController(_Inout_ PREF_DEVICE_EXTENSION DevExt);
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN RefEnableController(_Inout_ PREF_DEVICE_EXTENSION DevExt);
_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN RefStartController(_Inout_ PREF_DEVICE_EXTENSION DevExt);
_IRQL_requires_max_(HIGH_LEVEL)
VOID RefStopController(_Inout_ PREF_DEVICE_EXTENSION DevExt);

/* ---- io.c: request path -------------------------------------------------- */
_IRQL_requires_(DISPATCH_LEVEL)
ULONG RefBuildPrdTable(_In_ PREF_DEVICE_EXTENSION DevExt, _Inout_ PREF_SRB_EXTENSION SrbExt,
                       _In_ PSTOR_SCATTER_GATHER_LIST Sgl, _Out_ PULONG MappedBytes);

/* ---- isr.c: completion path ---------------------------------------------- */
_IRQL_requires_(DISPATCH_LEVEL)
ULONG RefProcessCompletions(_Inout_ PREF_DEVICE_EXTENSION DevExt);

/* ---- scsi.c: command decoding, emulation and completion ------------------- */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID RefCompleteSrb(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ PVOID Srb, _In_ UCHAR SrbStatus);
_IRQL_requires_max_(DISPATCH_LEVEL)
UCHAR RefSetSense(_In_ PVOID Srb, _In_ UCHAR SenseKey, _In_ UCHAR Asc, _In_ UCHAR Ascq);
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN RefIsEmulatedCommand(_In_ UCHAR OperationCode);
_IRQL_requires_max_(DISPATCH_LEVEL)
UCHAR RefEmulateCommand(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ PVOID Srb, _In_ PCDB Cdb);
_IRQL_requires_max_(DISPATCH_LEVEL)
UCHAR RefDecodeReadWrite(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ PVOID Srb, _In_ PCDB Cdb,
                         _Out_ PRSC_COMMAND Command);
_IRQL_requires_max_(DISPATCH_LEVEL)
UCHAR RefTranslateCompletionStatus(_In_ PVOID Srb, _In_ USHORT Status);

/* ---- pnp.c: recovery ----------------------------------------------------- */
_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG RefAbortOutstanding(_Inout_ PREF_DEVICE_EXTENSION DevExt, _In_ UCHAR SrbStatus);
_IRQL_requires_(DISPATCH_LEVEL)
VOID RefArmWatchdog(_Inout_ PREF_DEVICE_EXTENSION DevExt);

#endif /* REF_MINIPORT_H */
