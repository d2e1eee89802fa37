/* SPDX-License-Identifier: Apache-2.0 */
/*
 * assert.h - storcheck model header.
 * The C runtime's assert (learn.microsoft.com: /cpp/c-runtime-library/
 * reference/assert-macro-assert-wassert). Not guarded, as the standard
 * requires: each inclusion re-reads NDEBUG.
 */
#include <vcruntime.h>

#undef assert
STORCHECK_EXTERN_C_BEGIN
void __cdecl _wassert(const wchar_t *Message, const wchar_t *File, unsigned Line);
STORCHECK_EXTERN_C_END
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e) ((void)((!!(e)) || (_wassert(L"" #e, L"" __FILE__, (unsigned)__LINE__), 0)))
#endif
#if !defined(__cplusplus) && !defined(static_assert)
#define static_assert _Static_assert
#endif
