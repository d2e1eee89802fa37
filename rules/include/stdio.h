/* SPDX-License-Identifier: Apache-2.0 */
/*
 * stdio.h - storcheck model header.
 * The formatted-output part of the Microsoft C runtime that kernel code
 * uses (learn.microsoft.com: /cpp/c-runtime-library/reference/ —
 * sprintf, _snprintf, _vsnprintf, swprintf, _snwprintf, vswprintf, and
 * their _s forms). Streams are declared so that user-mode helpers compiled
 * alongside a driver parse; FILE stays opaque.
 * swprintf is the ISO form with a count, as the current runtime declares
 * it; _swprintf is the legacy form without one.
 */
#ifndef STORCHECK_STDIO_H
#define STORCHECK_STDIO_H

#include <vcruntime.h>
#include <stdarg.h>

#ifndef _FILE_DEFINED
#define _FILE_DEFINED
typedef struct _iobuf { void *_Placeholder; } FILE;
#endif
typedef __int64 fpos_t;

#define EOF (-1)
#define BUFSIZ 512
#define FILENAME_MAX 260
#define _MAX_PATH 260
#define SEEK_CUR 1
#define SEEK_END 2
#define SEEK_SET 0


STORCHECK_EXTERN_C_BEGIN
int __cdecl (sprintf)(char *Buffer, const char *Format, ...);
int __cdecl (vsprintf)(char *Buffer, const char *Format, va_list Args);
int __cdecl (snprintf)(char *Buffer, size_t Count, const char *Format, ...);
int __cdecl (vsnprintf)(char *Buffer, size_t Count, const char *Format, va_list Args);
int __cdecl (_snprintf)(char *Buffer, size_t Count, const char *Format, ...);
int __cdecl (_vsnprintf)(char *Buffer, size_t Count, const char *Format, va_list Args);
int __cdecl (sprintf_s)(char *Buffer, size_t BufferCount, const char *Format, ...);
int __cdecl (vsprintf_s)(char *Buffer, size_t BufferCount, const char *Format, va_list Args);
int __cdecl (_snprintf_s)(char *Buffer, size_t BufferCount, size_t MaxCount, const char *Format, ...);
int __cdecl (_vsnprintf_s)(char *Buffer, size_t BufferCount, size_t MaxCount, const char *Format, va_list Args);
int __cdecl (_scprintf)(const char *Format, ...);
int __cdecl (_vscprintf)(const char *Format, va_list Args);
int __cdecl (sscanf)(const char *Buffer, const char *Format, ...);
int __cdecl (sscanf_s)(const char *Buffer, const char *Format, ...);

int __cdecl (swprintf)(wchar_t *Buffer, size_t Count, const wchar_t *Format, ...);
int __cdecl (vswprintf)(wchar_t *Buffer, size_t Count, const wchar_t *Format, va_list Args);
int __cdecl (_swprintf)(wchar_t *Buffer, const wchar_t *Format, ...);
int __cdecl (_vswprintf)(wchar_t *Buffer, const wchar_t *Format, va_list Args);
int __cdecl (_snwprintf)(wchar_t *Buffer, size_t Count, const wchar_t *Format, ...);
int __cdecl (_vsnwprintf)(wchar_t *Buffer, size_t Count, const wchar_t *Format, va_list Args);
int __cdecl (swprintf_s)(wchar_t *Buffer, size_t BufferCount, const wchar_t *Format, ...);
int __cdecl (vswprintf_s)(wchar_t *Buffer, size_t BufferCount, const wchar_t *Format, va_list Args);
int __cdecl (_snwprintf_s)(wchar_t *Buffer, size_t BufferCount, size_t MaxCount, const wchar_t *Format, ...);
int __cdecl (_vsnwprintf_s)(wchar_t *Buffer, size_t BufferCount, size_t MaxCount, const wchar_t *Format, va_list Args);
int __cdecl (_scwprintf)(const wchar_t *Format, ...);
int __cdecl (swscanf)(const wchar_t *Buffer, const wchar_t *Format, ...);

FILE *__cdecl (__acrt_iob_func)(unsigned Index);
#define stdin  (__acrt_iob_func(0))
#define stdout (__acrt_iob_func(1))
#define stderr (__acrt_iob_func(2))
int __cdecl (printf)(const char *Format, ...);
int __cdecl (vprintf)(const char *Format, va_list Args);
int __cdecl (fprintf)(FILE *Stream, const char *Format, ...);
int __cdecl (vfprintf)(FILE *Stream, const char *Format, va_list Args);
int __cdecl (wprintf)(const wchar_t *Format, ...);
int __cdecl (fwprintf)(FILE *Stream, const wchar_t *Format, ...);
int __cdecl (puts)(const char *S);
int __cdecl (putchar)(int C);
int __cdecl (fputs)(const char *S, FILE *Stream);
int __cdecl (fputc)(int C, FILE *Stream);
int __cdecl (getchar)(void);
int __cdecl (fgetc)(FILE *Stream);
char *__cdecl (fgets)(char *Buffer, int MaxCount, FILE *Stream);
FILE *__cdecl (fopen)(const char *Name, const char *Mode);
errno_t __cdecl (fopen_s)(FILE **Stream, const char *Name, const char *Mode);
int __cdecl (fclose)(FILE *Stream);
int __cdecl (fflush)(FILE *Stream);
size_t __cdecl (fread)(void *Buffer, size_t Size, size_t Count, FILE *Stream);
size_t __cdecl (fwrite)(const void *Buffer, size_t Size, size_t Count, FILE *Stream);
int __cdecl (fseek)(FILE *Stream, long Offset, int Origin);
long __cdecl (ftell)(FILE *Stream);
int __cdecl (feof)(FILE *Stream);
int __cdecl (ferror)(FILE *Stream);
void __cdecl (perror)(const char *Message);

STORCHECK_EXTERN_C_END

#endif /* STORCHECK_STDIO_H */
