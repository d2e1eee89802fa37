/* SPDX-License-Identifier: Apache-2.0 */
/*
 * stortrce.h - storcheck model header.
 * WPP software tracing support for Storport miniports
 * (learn.microsoft.com: /windows-hardware/drivers/storage/
 * wpp-software-tracing-in-storport-miniport-drivers).  The WPP
 * preprocessor normally generates the trace macros into a .tmh file; this
 * model only provides the trace levels and the documented hooks.
 */
#ifndef STORCHECK_STORTRCE_H
#define STORCHECK_STORTRCE_H

#include <ntdef.h>
#include <evntrace.h>

typedef VOID (*PSTORAGE_TRACE_CLEANUP_ROUTINE)(_In_ PVOID Arg1);

/* trace initialization parameters for Storport WPP (STORAGE_TRACE_INIT_INFO) */
typedef struct _STORAGE_TRACE_INIT_INFO {
    ULONG Size;
    PVOID DriverObject;
    PVOID RegistryPath;
    ULONG NumErrorLogRecords;
    PSTORAGE_TRACE_CLEANUP_ROUTINE TraceCleanupRoutine;
    PVOID TraceContext;
} STORAGE_TRACE_INIT_INFO, *PSTORAGE_TRACE_INIT_INFO;

#endif /* STORCHECK_STORTRCE_H */
