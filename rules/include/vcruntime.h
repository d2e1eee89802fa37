/*
 * vcruntime.h - storcheck model header.
 * The compiler runtime's base types that every Microsoft C runtime header
 * (and, through <ctype.h>, ntdef.h) makes visible: uintptr_t, intptr_t,
 * ptrdiff_t, size_t, errno_t, time_t (learn.microsoft.com:
 * /cpp/c-runtime-library/standard-types). Code written for MSVC relies on
 * getting uintptr_t from <string.h> or <ntddk.h> without <stdint.h>.
 */
#ifndef STORCHECK_VCRUNTIME_H
#define STORCHECK_VCRUNTIME_H

#include <stddef.h>

#ifndef _UINTPTR_T_DEFINED
#define _UINTPTR_T_DEFINED
typedef unsigned __int64 uintptr_t;
#endif
#ifndef _INTPTR_T_DEFINED
#define _INTPTR_T_DEFINED
typedef __int64 intptr_t;
#endif
#ifndef _ERRNO_T_DEFINED
#define _ERRNO_T_DEFINED
typedef int errno_t;
#endif
#ifndef _TIME_T_DEFINED
#define _TIME_T_DEFINED
typedef long __time32_t;
typedef __int64 __time64_t;
typedef __time64_t time_t;
#endif
#endif /* STORCHECK_VCRUNTIME_H */
