/* SPDX-License-Identifier: Apache-2.0 */
/*
 * ntstrsafe.h - storcheck model header.
 * Safe string routines for kernel mode (learn.microsoft.com: ddi/ntstrsafe/).
 * Declared as prototypes only.
 */
#ifndef STORCHECK_NTSTRSAFE_H
#define STORCHECK_NTSTRSAFE_H

#include <ntdef.h>
#include <ntstatus.h>

#define NTSTRSAFEDDI NTSTATUS NTAPI
#define NTSTRSAFE_MAX_CCH 2147483647
#define NTSTRSAFE_UNICODE_STRING_MAX_CCH 32767
#define STRSAFE_IGNORE_NULLS 0x00000100
#define STRSAFE_FILL_BEHIND_NULL 0x00000200
#define STRSAFE_FILL_ON_FAILURE 0x00000400
#define STRSAFE_NULL_ON_FAILURE 0x00000800
#define STRSAFE_NO_TRUNCATION 0x00001000
#define STATUS_STRSAFE_INVALID_PARAMETER STATUS_INVALID_PARAMETER

typedef char *NTSTRSAFE_PSTR;
typedef const char *NTSTRSAFE_PCSTR;
typedef wchar_t *NTSTRSAFE_PWSTR;
typedef const wchar_t *NTSTRSAFE_PCWSTR;

NTSTRSAFEDDI RtlStringCbCopyA(_Out_writes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTRSAFEDDI RtlStringCbCopyNA(_Out_writes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCSTR pszSrc, _In_ SIZE_T cbToCopy);
NTSTRSAFEDDI RtlStringCbCatA(_Inout_updates_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTRSAFEDDI RtlStringCbCatNA(_Inout_updates_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCSTR pszSrc, _In_ SIZE_T cbToAppend);
NTSTRSAFEDDI RtlStringCbPrintfA(_Out_writes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
NTSTRSAFEDDI RtlStringCbVPrintfA(_Out_writes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
NTSTRSAFEDDI RtlStringCbLengthA(_In_reads_or_z_(cbMax) NTSTRSAFE_PCSTR psz, _In_ SIZE_T cbMax, _Out_opt_ SIZE_T *pCbLength);
NTSTRSAFEDDI RtlStringCbCopyExA(_Out_writes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCSTR pszSrc, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags);
NTSTRSAFEDDI RtlStringCbPrintfExA(_Out_writes_(cbDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cbDest, _Outptr_opt_ NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
NTSTRSAFEDDI RtlStringCbCopyW(_Out_writes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlStringCbCopyNW(_Out_writes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _In_ SIZE_T cbToCopy);
NTSTRSAFEDDI RtlStringCbCatW(_Inout_updates_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlStringCbCatNW(_Inout_updates_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _In_ SIZE_T cbToAppend);
NTSTRSAFEDDI RtlStringCbPrintfW(_Out_writes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTRSAFEDDI RtlStringCbVPrintfW(_Out_writes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
NTSTRSAFEDDI RtlStringCbLengthW(_In_reads_or_z_(cbMax) NTSTRSAFE_PCWSTR psz, _In_ SIZE_T cbMax, _Out_opt_ SIZE_T *pCbLength);
NTSTRSAFEDDI RtlStringCbCopyExW(_Out_writes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags);
NTSTRSAFEDDI RtlStringCbPrintfExW(_Out_writes_(cbDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cbDest, _Outptr_opt_ NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTRSAFEDDI RtlStringCchCopyA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTRSAFEDDI RtlStringCchCopyNA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCSTR pszSrc, _In_ SIZE_T cbToCopy);
NTSTRSAFEDDI RtlStringCchCatA(_Inout_updates_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCSTR pszSrc);
NTSTRSAFEDDI RtlStringCchCatNA(_Inout_updates_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCSTR pszSrc, _In_ SIZE_T cbToAppend);
NTSTRSAFEDDI RtlStringCchPrintfA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
NTSTRSAFEDDI RtlStringCchVPrintfA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, _In_ va_list argList);
NTSTRSAFEDDI RtlStringCchLengthA(_In_reads_or_z_(cchMax) NTSTRSAFE_PCSTR psz, _In_ SIZE_T cchMax, _Out_opt_ SIZE_T *pCchLength);
NTSTRSAFEDDI RtlStringCchCopyExA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCSTR pszSrc, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags);
NTSTRSAFEDDI RtlStringCchPrintfExA(_Out_writes_(cchDest) NTSTRSAFE_PSTR pszDest, _In_ SIZE_T cchDest, _Outptr_opt_ NTSTRSAFE_PSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCSTR pszFormat, ...);
NTSTRSAFEDDI RtlStringCchCopyW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlStringCchCopyNW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _In_ SIZE_T cbToCopy);
NTSTRSAFEDDI RtlStringCchCatW(_Inout_updates_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlStringCchCatNW(_Inout_updates_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _In_ SIZE_T cbToAppend);
NTSTRSAFEDDI RtlStringCchPrintfW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTRSAFEDDI RtlStringCchVPrintfW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);
NTSTRSAFEDDI RtlStringCchLengthW(_In_reads_or_z_(cchMax) NTSTRSAFE_PCWSTR psz, _In_ SIZE_T cchMax, _Out_opt_ SIZE_T *pCchLength);
NTSTRSAFEDDI RtlStringCchCopyExW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _In_ NTSTRSAFE_PCWSTR pszSrc, _Outptr_opt_result_buffer_(*pcchRemaining) NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags);
NTSTRSAFEDDI RtlStringCchPrintfExW(_Out_writes_(cchDest) NTSTRSAFE_PWSTR pszDest, _In_ SIZE_T cchDest, _Outptr_opt_ NTSTRSAFE_PWSTR *ppszDestEnd, _Out_opt_ SIZE_T *pcbRemaining, _In_ ULONG dwFlags, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTRSAFEDDI RtlUnicodeStringInit(_Out_ PUNICODE_STRING DestinationString, _In_opt_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlUnicodeStringCopy(_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString);
NTSTRSAFEDDI RtlUnicodeStringCopyString(_Inout_ PUNICODE_STRING DestinationString, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlUnicodeStringCat(_Inout_ PUNICODE_STRING DestinationString, _In_ PCUNICODE_STRING SourceString);
NTSTRSAFEDDI RtlUnicodeStringCatString(_Inout_ PUNICODE_STRING DestinationString, _In_ NTSTRSAFE_PCWSTR pszSrc);
NTSTRSAFEDDI RtlUnicodeStringPrintf(_Inout_ PUNICODE_STRING DestinationString, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, ...);
NTSTRSAFEDDI RtlUnicodeStringVPrintf(_Inout_ PUNICODE_STRING DestinationString, _In_ _Printf_format_string_ NTSTRSAFE_PCWSTR pszFormat, _In_ va_list argList);

#endif /* STORCHECK_NTSTRSAFE_H */
