/* SPDX-License-Identifier: Apache-2.0 */
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

/* The runtime's functions have C linkage in C++, as in the Microsoft
 * headers; ntdef.h declares the ones the kernel headers repeat first, so a
 * later declaration without a linkage block inherits C linkage. */
#ifndef STORCHECK_EXTERN_C_BEGIN
#ifdef __cplusplus
#define STORCHECK_EXTERN_C_BEGIN extern "C" {
#define STORCHECK_EXTERN_C_END }
#else
#define STORCHECK_EXTERN_C_BEGIN
#define STORCHECK_EXTERN_C_END
#endif
#endif

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
#ifndef _TRUNCATE
#define _TRUNCATE ((size_t)-1)
#endif

#endif /* STORCHECK_VCRUNTIME_H */
