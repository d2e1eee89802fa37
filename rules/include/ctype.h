/* SPDX-License-Identifier: Apache-2.0 */
/*
 * ctype.h - storcheck model header.
 * Character classification of the Microsoft C runtime (learn.microsoft.com:
 * /cpp/c-runtime-library/reference/isalnum-iswalnum-isalnum-l-iswalnum-l
 * and its siblings; toupper, tolower, __isascii).
 * The names are parenthesised in the prototypes so that code which defines
 * its own isdigit()-style macros before including this header still parses.
 */
#ifndef STORCHECK_CTYPE_H
#define STORCHECK_CTYPE_H

#include <vcruntime.h>

#ifndef _WCTYPE_T_DEFINED
#define _WCTYPE_T_DEFINED
typedef unsigned short wint_t;
typedef unsigned short wctype_t;
#endif

STORCHECK_EXTERN_C_BEGIN
int __cdecl (isalpha)(int C);
int __cdecl (isupper)(int C);
int __cdecl (islower)(int C);
int __cdecl (isdigit)(int C);
int __cdecl (isxdigit)(int C);
int __cdecl (isspace)(int C);
int __cdecl (ispunct)(int C);
int __cdecl (isalnum)(int C);
int __cdecl (isprint)(int C);
int __cdecl (isgraph)(int C);
int __cdecl (iscntrl)(int C);
int __cdecl (isblank)(int C);
int __cdecl (toupper)(int C);
int __cdecl (tolower)(int C);
int __cdecl (_toupper)(int C);
int __cdecl (_tolower)(int C);
int __cdecl (iswalpha)(wint_t C);
int __cdecl (iswdigit)(wint_t C);
int __cdecl (iswxdigit)(wint_t C);
int __cdecl (iswspace)(wint_t C);
int __cdecl (iswupper)(wint_t C);
int __cdecl (iswlower)(wint_t C);
int __cdecl (iswalnum)(wint_t C);
wint_t __cdecl (towupper)(wint_t C);
wint_t __cdecl (towlower)(wint_t C);

#define __isascii(c) ((unsigned)(c) < 0x80)
#define __toascii(c) ((c) & 0x7f)
#define isascii __isascii
#define toascii __toascii

STORCHECK_EXTERN_C_END

#endif /* STORCHECK_CTYPE_H */
