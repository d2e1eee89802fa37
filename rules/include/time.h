/* SPDX-License-Identifier: Apache-2.0 */
/*
 * time.h - storcheck model header.
 * Time types and routines of the Microsoft C runtime (learn.microsoft.com:
 * /cpp/c-runtime-library/time-management): time_t is 64-bit, struct tm.
 * No struct timespec: the kernel build's runtime headers leave it to the
 * driver, and kernel code that defines its own must not meet a second one.
 */
#ifndef STORCHECK_TIME_H
#define STORCHECK_TIME_H

#include <vcruntime.h>

#ifndef _CLOCK_T_DEFINED
#define _CLOCK_T_DEFINED
typedef long clock_t;
#endif
#define CLOCKS_PER_SEC ((clock_t)1000)
#ifndef _TM_DEFINED
#define _TM_DEFINED
struct tm {
    int tm_sec;
    int tm_min;
    int tm_hour;
    int tm_mday;
    int tm_mon;
    int tm_year;
    int tm_wday;
    int tm_yday;
    int tm_isdst;
};
#endif

STORCHECK_EXTERN_C_BEGIN
clock_t __cdecl (clock)(void);
time_t __cdecl (time)(time_t *Time);
double __cdecl (difftime)(time_t Time1, time_t Time2);
time_t __cdecl (mktime)(struct tm *Tm);
struct tm *__cdecl (gmtime)(const time_t *Time);
struct tm *__cdecl (localtime)(const time_t *Time);
errno_t __cdecl (gmtime_s)(struct tm *Tm, const time_t *Time);
errno_t __cdecl (localtime_s)(struct tm *Tm, const time_t *Time);
size_t __cdecl (strftime)(char *Buffer, size_t SizeInBytes, const char *Format, const struct tm *Tm);
char *__cdecl (asctime)(const struct tm *Tm);
char *__cdecl (ctime)(const time_t *Time);

STORCHECK_EXTERN_C_END

#endif /* STORCHECK_TIME_H */
