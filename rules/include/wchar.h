/* SPDX-License-Identifier: Apache-2.0 */
/*
 * wchar.h - storcheck model header.
 * Wide-character routines of the Microsoft C runtime (learn.microsoft.com:
 * /cpp/c-runtime-library/reference/ — wcslen, wcstol, swprintf, iswdigit).
 * The string routines are those of <string.h>, the formatted-output ones
 * those of <stdio.h>; this header adds the wide conversions and classes.
 */
#ifndef STORCHECK_WCHAR_H
#define STORCHECK_WCHAR_H

#include <vcruntime.h>
#include <stdarg.h>
#include <string.h>
#include <stdio.h>

#ifndef _WCTYPE_T_DEFINED
#define _WCTYPE_T_DEFINED
typedef unsigned short wint_t;
typedef unsigned short wctype_t;
#endif
#ifndef WEOF
#define WEOF ((wint_t)0xFFFF)
#endif
#define WCHAR_MIN 0x0000
#define WCHAR_MAX 0xffff

STORCHECK_EXTERN_C_BEGIN
long __cdecl (wcstol)(const wchar_t *S, wchar_t **End, int Base);
unsigned long __cdecl (wcstoul)(const wchar_t *S, wchar_t **End, int Base);
__int64 __cdecl (_wcstoi64)(const wchar_t *S, wchar_t **End, int Base);
unsigned __int64 __cdecl (_wcstoui64)(const wchar_t *S, wchar_t **End, int Base);
long long __cdecl (wcstoll)(const wchar_t *S, wchar_t **End, int Base);
unsigned long long __cdecl (wcstoull)(const wchar_t *S, wchar_t **End, int Base);
int __cdecl (_wtoi)(const wchar_t *S);
long __cdecl (_wtol)(const wchar_t *S);
__int64 __cdecl (_wtoi64)(const wchar_t *S);
int __cdecl (iswalpha)(wint_t C);
int __cdecl (iswdigit)(wint_t C);
int __cdecl (iswxdigit)(wint_t C);
int __cdecl (iswspace)(wint_t C);
int __cdecl (iswupper)(wint_t C);
int __cdecl (iswlower)(wint_t C);
int __cdecl (iswalnum)(wint_t C);
int __cdecl (iswprint)(wint_t C);
int __cdecl (iswpunct)(wint_t C);
int __cdecl (iswctype)(wint_t C, wctype_t Type);
wint_t __cdecl (towupper)(wint_t C);
wint_t __cdecl (towlower)(wint_t C);

STORCHECK_EXTERN_C_END

#endif /* STORCHECK_WCHAR_H */
