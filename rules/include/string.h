/* SPDX-License-Identifier: Apache-2.0 */
/*
 * string.h - storcheck model header.
 * The part of the C runtime string library that kernel code links against,
 * with the Microsoft C runtime's signatures (learn.microsoft.com:
 * /cpp/c-runtime-library/reference/ — memcpy, strlen, strcpy_s, _stricmp,
 * wcslen, ...). size_t and NULL come from clang's own <stddef.h>, which is
 * correct for the MSVC target.
 * Names are parenthesised so that a function-like macro of the same name
 * (code that wraps printf or memcpy) does not break the prototype.
 * In C++ the functions have C linkage, as in Microsoft's headers (see
 * vcruntime.h for how that stays consistent with sc_kernel_common.h).
 */
#ifndef STORCHECK_STRING_H
#define STORCHECK_STRING_H

#include <vcruntime.h>


STORCHECK_EXTERN_C_BEGIN
void *__cdecl (memcpy)(void *Dest, const void *Src, size_t Count);
void *__cdecl (memmove)(void *Dest, const void *Src, size_t Count);
void *__cdecl (memset)(void *Dest, int Value, size_t Count);
int __cdecl (memcmp)(const void *A, const void *B, size_t Count);
void *__cdecl (memchr)(const void *Buf, int Value, size_t Count);
errno_t __cdecl (memcpy_s)(void *Dest, size_t DestSize, const void *Src, size_t Count);
errno_t __cdecl (memmove_s)(void *Dest, size_t DestSize, const void *Src, size_t Count);
int __cdecl (_memicmp)(const void *A, const void *B, size_t Count);
void *__cdecl (_memccpy)(void *Dest, const void *Src, int Value, size_t Count);

size_t __cdecl (strlen)(const char *S);
size_t __cdecl (strnlen)(const char *S, size_t MaxCount);
char *__cdecl (strcpy)(char *Dest, const char *Src);
char *__cdecl (strncpy)(char *Dest, const char *Src, size_t Count);
char *__cdecl (strcat)(char *Dest, const char *Src);
char *__cdecl (strncat)(char *Dest, const char *Src, size_t Count);
errno_t __cdecl (strcpy_s)(char *Dest, size_t DestSize, const char *Src);
errno_t __cdecl (strncpy_s)(char *Dest, size_t DestSize, const char *Src, size_t Count);
errno_t __cdecl (strcat_s)(char *Dest, size_t DestSize, const char *Src);
errno_t __cdecl (strncat_s)(char *Dest, size_t DestSize, const char *Src, size_t Count);
int __cdecl (strcmp)(const char *A, const char *B);
int __cdecl (strncmp)(const char *A, const char *B, size_t Count);
int __cdecl (_stricmp)(const char *A, const char *B);
int __cdecl (_strnicmp)(const char *A, const char *B, size_t Count);
int __cdecl (_strcmpi)(const char *A, const char *B);
char *__cdecl (strchr)(const char *S, int C);
char *__cdecl (strrchr)(const char *S, int C);
char *__cdecl (strstr)(const char *S, const char *Sub);
char *__cdecl (strpbrk)(const char *S, const char *Set);
size_t __cdecl (strspn)(const char *S, const char *Set);
size_t __cdecl (strcspn)(const char *S, const char *Set);
char *__cdecl (strtok)(char *S, const char *Delim);
char *__cdecl (strtok_s)(char *S, const char *Delim, char **Context);
char *__cdecl (_strdup)(const char *S);
char *__cdecl (_strlwr)(char *S);
char *__cdecl (_strupr)(char *S);
char *__cdecl (_strrev)(char *S);
char *__cdecl (_strset)(char *S, int C);
char *__cdecl (_strnset)(char *S, int C, size_t Count);
char *__cdecl (strerror)(int ErrNum);
int __cdecl (stricmp)(const char *A, const char *B);
int __cdecl (strnicmp)(const char *A, const char *B, size_t Count);
int __cdecl (strcmpi)(const char *A, const char *B);
char *__cdecl (strdup)(const char *S);
char *__cdecl (strlwr)(char *S);
char *__cdecl (strupr)(char *S);

size_t __cdecl (wcslen)(const wchar_t *S);
size_t __cdecl (wcsnlen)(const wchar_t *S, size_t MaxCount);
wchar_t *__cdecl (wcscpy)(wchar_t *Dest, const wchar_t *Src);
wchar_t *__cdecl (wcsncpy)(wchar_t *Dest, const wchar_t *Src, size_t Count);
wchar_t *__cdecl (wcscat)(wchar_t *Dest, const wchar_t *Src);
wchar_t *__cdecl (wcsncat)(wchar_t *Dest, const wchar_t *Src, size_t Count);
errno_t __cdecl (wcscpy_s)(wchar_t *Dest, size_t DestSize, const wchar_t *Src);
errno_t __cdecl (wcsncpy_s)(wchar_t *Dest, size_t DestSize, const wchar_t *Src, size_t Count);
errno_t __cdecl (wcscat_s)(wchar_t *Dest, size_t DestSize, const wchar_t *Src);
errno_t __cdecl (wcsncat_s)(wchar_t *Dest, size_t DestSize, const wchar_t *Src, size_t Count);
int __cdecl (wcscmp)(const wchar_t *A, const wchar_t *B);
int __cdecl (wcsncmp)(const wchar_t *A, const wchar_t *B, size_t Count);
int __cdecl (_wcsicmp)(const wchar_t *A, const wchar_t *B);
int __cdecl (_wcsnicmp)(const wchar_t *A, const wchar_t *B, size_t Count);
wchar_t *__cdecl (wcschr)(const wchar_t *S, wchar_t C);
wchar_t *__cdecl (wcsrchr)(const wchar_t *S, wchar_t C);
wchar_t *__cdecl (wcsstr)(const wchar_t *S, const wchar_t *Sub);
wchar_t *__cdecl (wcspbrk)(const wchar_t *S, const wchar_t *Set);
size_t __cdecl (wcsspn)(const wchar_t *S, const wchar_t *Set);
size_t __cdecl (wcscspn)(const wchar_t *S, const wchar_t *Set);
wchar_t *__cdecl (wcstok_s)(wchar_t *S, const wchar_t *Delim, wchar_t **Context);
wchar_t *__cdecl (_wcsdup)(const wchar_t *S);
wchar_t *__cdecl (_wcslwr)(wchar_t *S);
wchar_t *__cdecl (_wcsupr)(wchar_t *S);
int __cdecl (wcsicmp)(const wchar_t *A, const wchar_t *B);
int __cdecl (wcsnicmp)(const wchar_t *A, const wchar_t *B, size_t Count);
wchar_t *__cdecl (wcsdup)(const wchar_t *S);

STORCHECK_EXTERN_C_END

#endif /* STORCHECK_STRING_H */
