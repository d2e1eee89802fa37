/* SPDX-License-Identifier: Apache-2.0 */
/*
 * stdlib.h - storcheck model header.
 * The part of the Microsoft C runtime's <stdlib.h> that kernel code and its
 * helpers use (learn.microsoft.com: /cpp/c-runtime-library/reference/ —
 * abs, _abs64, atoi, strtoul, _strtoui64, _itoa, qsort, _countof, min/max,
 * _rotl, _byteswap_ulong, malloc/free for user-mode helpers).
 * In C, the runtime defines min and max as macros; C++ code gets neither.
 */
#ifndef STORCHECK_STDLIB_H
#define STORCHECK_STDLIB_H

#include <vcruntime.h>


#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 0x7fff
#define _MAX_PATH 260
#define _MAX_DRIVE 3
#define _MAX_DIR 256
#define _MAX_FNAME 256
#define _MAX_EXT 256
#define _countof(a) (sizeof(a) / sizeof((a)[0]))
#define __max(a, b) (((a) > (b)) ? (a) : (b))
#define __min(a, b) (((a) < (b)) ? (a) : (b))
#if !defined(__cplusplus) && !defined(NOMINMAX)
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#endif

typedef struct _div_t { int quot; int rem; } div_t;
typedef struct _ldiv_t { long quot; long rem; } ldiv_t;
typedef int(__cdecl *_CoreCrtSecureSearchSortCompareFunction)(void *, const void *, const void *);
typedef int(__cdecl *_CoreCrtNonSecureSearchSortCompareFunction)(const void *, const void *);

STORCHECK_EXTERN_C_BEGIN
int __cdecl (abs)(int X);
long __cdecl (labs)(long X);
long long __cdecl (llabs)(long long X);
__int64 __cdecl (_abs64)(__int64 X);
div_t __cdecl (div)(int Num, int Den);
ldiv_t __cdecl (ldiv)(long Num, long Den);
int __cdecl (atoi)(const char *S);
long __cdecl (atol)(const char *S);
long long __cdecl (atoll)(const char *S);
__int64 __cdecl (_atoi64)(const char *S);
long __cdecl (strtol)(const char *S, char **End, int Base);
unsigned long __cdecl (strtoul)(const char *S, char **End, int Base);
long long __cdecl (strtoll)(const char *S, char **End, int Base);
unsigned long long __cdecl (strtoull)(const char *S, char **End, int Base);
__int64 __cdecl (_strtoi64)(const char *S, char **End, int Base);
unsigned __int64 __cdecl (_strtoui64)(const char *S, char **End, int Base);
long __cdecl (wcstol)(const wchar_t *S, wchar_t **End, int Base);
unsigned long __cdecl (wcstoul)(const wchar_t *S, wchar_t **End, int Base);
__int64 __cdecl (_wcstoi64)(const wchar_t *S, wchar_t **End, int Base);
unsigned __int64 __cdecl (_wcstoui64)(const wchar_t *S, wchar_t **End, int Base);
int __cdecl (_wtoi)(const wchar_t *S);
long __cdecl (_wtol)(const wchar_t *S);
char *__cdecl (_itoa)(int Value, char *Buffer, int Radix);
char *__cdecl (_ltoa)(long Value, char *Buffer, int Radix);
char *__cdecl (_ultoa)(unsigned long Value, char *Buffer, int Radix);
char *__cdecl (_i64toa)(__int64 Value, char *Buffer, int Radix);
char *__cdecl (_ui64toa)(unsigned __int64 Value, char *Buffer, int Radix);
errno_t __cdecl (_itoa_s)(int Value, char *Buffer, size_t Size, int Radix);
errno_t __cdecl (_ultoa_s)(unsigned long Value, char *Buffer, size_t Size, int Radix);
wchar_t *__cdecl (_itow)(int Value, wchar_t *Buffer, int Radix);
wchar_t *__cdecl (_ultow)(unsigned long Value, wchar_t *Buffer, int Radix);
size_t __cdecl (mbstowcs)(wchar_t *Dest, const char *Src, size_t Count);
size_t __cdecl (wcstombs)(char *Dest, const wchar_t *Src, size_t Count);
int __cdecl (mbtowc)(wchar_t *Dest, const char *Src, size_t Count);
int __cdecl (wctomb)(char *Dest, wchar_t C);
void __cdecl (qsort)(void *Base, size_t Count, size_t Size, _CoreCrtNonSecureSearchSortCompareFunction Compare);
void __cdecl (qsort_s)(void *Base, size_t Count, size_t Size, _CoreCrtSecureSearchSortCompareFunction Compare, void *Context);
void *__cdecl (bsearch)(const void *Key, const void *Base, size_t Count, size_t Size, _CoreCrtNonSecureSearchSortCompareFunction Compare);
int __cdecl (rand)(void);
void __cdecl (srand)(unsigned int Seed);
unsigned int __cdecl (_rotl)(unsigned int Value, int Shift);
unsigned int __cdecl (_rotr)(unsigned int Value, int Shift);
unsigned long __cdecl (_lrotl)(unsigned long Value, int Shift);
unsigned long __cdecl (_lrotr)(unsigned long Value, int Shift);
unsigned __int64 __cdecl (_rotl64)(unsigned __int64 Value, int Shift);
unsigned __int64 __cdecl (_rotr64)(unsigned __int64 Value, int Shift);
unsigned short __cdecl (_byteswap_ushort)(unsigned short Value);
unsigned long __cdecl (_byteswap_ulong)(unsigned long Value);
unsigned __int64 __cdecl (_byteswap_uint64)(unsigned __int64 Value);

void *__cdecl (malloc)(size_t Size);
void *__cdecl (calloc)(size_t Count, size_t Size);
void *__cdecl (realloc)(void *Block, size_t Size);
void __cdecl (free)(void *Block);
__declspec(noreturn) void __cdecl (exit)(int Code);
__declspec(noreturn) void __cdecl (_exit)(int Code);
__declspec(noreturn) void __cdecl (abort)(void);
int __cdecl (atexit)(void(__cdecl *Function)(void));
char *__cdecl (getenv)(const char *Name);
int __cdecl (system)(const char *Command);
int *__cdecl (_errno)(void);
#define errno (*_errno())

STORCHECK_EXTERN_C_END

#endif /* STORCHECK_STDLIB_H */
