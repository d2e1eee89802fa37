/* SPDX-License-Identifier: Apache-2.0 */
/*
 * evntrace.h - storcheck model header.
 * Event tracing trace levels (learn.microsoft.com: /windows/win32/etw/
 * "TRACE_LEVEL" values used by EVENT_TRACE_HEADER.Class.Level).
 */
#ifndef STORCHECK_EVNTRACE_H
#define STORCHECK_EVNTRACE_H

#include <ntdef.h>

#define TRACE_LEVEL_NONE        0
#define TRACE_LEVEL_CRITICAL    1
#define TRACE_LEVEL_FATAL       1
#define TRACE_LEVEL_ERROR       2
#define TRACE_LEVEL_WARNING     3
#define TRACE_LEVEL_INFORMATION 4
#define TRACE_LEVEL_VERBOSE     5
#define TRACE_LEVEL_RESERVED6   6
#define TRACE_LEVEL_RESERVED7   7
#define TRACE_LEVEL_RESERVED8   8
#define TRACE_LEVEL_RESERVED9   9

typedef ULONG64 TRACEHANDLE, *PTRACEHANDLE;

#endif /* STORCHECK_EVNTRACE_H */
