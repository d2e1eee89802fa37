/*
 * ntddk.h - storcheck model header.
 * The kernel DDI for non-WDM drivers: includes the WDM subset and adds the
 * few ntddk-only declarations miniports use (learn.microsoft.com: ddi/ntddk/).
 */
#ifndef STORCHECK_NTDDK_H
#define STORCHECK_NTDDK_H

#include <wdm.h>

typedef struct _PHYSICAL_MEMORY_RANGE {
    PHYSICAL_ADDRESS BaseAddress;
    LARGE_INTEGER NumberOfBytes;
} PHYSICAL_MEMORY_RANGE, *PPHYSICAL_MEMORY_RANGE;

NTKERNELAPI PPHYSICAL_MEMORY_RANGE NTAPI MmGetPhysicalMemoryRanges(VOID);
NTKERNELAPI BOOLEAN NTAPI KdRefreshDebuggerNotPresent(VOID);
NTKERNELAPI NTSTATUS NTAPI KdDisableDebugger(VOID);
NTKERNELAPI NTSTATUS NTAPI KdEnableDebugger(VOID);
NTKERNELAPI BOOLEAN NTAPI ExVerifySuite(_In_ ULONG SuiteType);
NTKERNELAPI BOOLEAN NTAPI KeInvalidateAllCaches(VOID);
NTKERNELAPI NTSTATUS NTAPI ZwQuerySystemInformation(_In_ ULONG SystemInformationClass, _Out_writes_bytes_opt_(Length) PVOID SystemInformation, _In_ ULONG Length, _Out_opt_ PULONG ReturnLength);

extern BOOLEAN *KdDebuggerNotPresent;
extern BOOLEAN *KdDebuggerEnabled;
#define KD_DEBUGGER_ENABLED *KdDebuggerEnabled
#define KD_DEBUGGER_NOT_PRESENT *KdDebuggerNotPresent

#endif /* STORCHECK_NTDDK_H */
