/* SPDX-License-Identifier: Apache-2.0 */
/*
 * malloc.h - storcheck model header.
 * Memory allocation of the Microsoft C runtime (learn.microsoft.com:
 * /cpp/c-runtime-library/reference/alloca, _malloca, _aligned_malloc).
 * _alloca is the compiler's; kernel code uses it for small stack buffers.
 */
#ifndef STORCHECK_MALLOC_H
#define STORCHECK_MALLOC_H

#include <vcruntime.h>

STORCHECK_EXTERN_C_BEGIN
void *__cdecl (_alloca)(size_t Size);
#define alloca _alloca
#define _malloca(s) _alloca(s)
#define _freea(p) ((void)(p))
void *__cdecl (malloc)(size_t Size);
void *__cdecl (calloc)(size_t Count, size_t Size);
void *__cdecl (realloc)(void *Block, size_t Size);
void __cdecl (free)(void *Block);
size_t __cdecl (_msize)(void *Block);
void *__cdecl (_aligned_malloc)(size_t Size, size_t Alignment);
void __cdecl (_aligned_free)(void *Block);

STORCHECK_EXTERN_C_END

#endif /* STORCHECK_MALLOC_H */
