/* SPDX-License-Identifier: Apache-2.0 */
/*
 * setjmp.h - storcheck model header.
 * The C runtime's non-local jump (learn.microsoft.com:
 * /cpp/c-runtime-library/reference/setjmp and .../longjmp). Kernel code
 * rarely calls these, but <intrin.h> names jmp_buf in a declaration, so
 * code that includes <intrin.h> needs the type.
 * The buffer's layout is private to the runtime: here it is an opaque array
 * of 16-byte slots, large enough and aligned like the x64 one.
 */
#ifndef STORCHECK_SETJMP_H
#define STORCHECK_SETJMP_H

#include <vcruntime.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct __declspec(align(16)) _STORCHECK_JMP_SLOT {
    unsigned __int64 Part[2];
} _STORCHECK_JMP_SLOT;

#define _JBLEN 16
typedef _STORCHECK_JMP_SLOT jmp_buf[_JBLEN];

int __cdecl _setjmp(jmp_buf env);
#define setjmp(env) _setjmp(env)
__declspec(noreturn) void __cdecl longjmp(jmp_buf env, int value);

#ifdef __cplusplus
}
#endif

#endif /* STORCHECK_SETJMP_H */
