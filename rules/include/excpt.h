/* SPDX-License-Identifier: Apache-2.0 */
/*
 * excpt.h - storcheck model header.
 * Structured exception handling names (learn.microsoft.com:
 * /cpp/cpp/try-except-statement, /windows/win32/debug/getexceptioncode).
 * In C the runtime maps try/except/finally/leave to the __try family, which
 * kernel code written as `try { ... } except (...) { ... }` relies on;
 * C++ keeps its own try.
 */
#ifndef STORCHECK_EXCPT_H
#define STORCHECK_EXCPT_H

#define EXCEPTION_EXECUTE_HANDLER 1
#define EXCEPTION_CONTINUE_SEARCH 0
#define EXCEPTION_CONTINUE_EXECUTION (-1)

unsigned long __cdecl _exception_code(void);
void *__cdecl _exception_info(void);
int __cdecl _abnormal_termination(void);
#define GetExceptionCode _exception_code
#define exception_code _exception_code
#define GetExceptionInformation() ((struct _EXCEPTION_POINTERS *)_exception_info())
#define exception_info() ((struct _EXCEPTION_POINTERS *)_exception_info())
#define AbnormalTermination _abnormal_termination
#define abnormal_termination _abnormal_termination

#ifndef __cplusplus
#define try __try
#define except __except
#define finally __finally
#define leave __leave
#endif

#endif /* STORCHECK_EXCPT_H */
