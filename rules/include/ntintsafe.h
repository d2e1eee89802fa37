/* SPDX-License-Identifier: Apache-2.0 */
/*
 * ntintsafe.h - storcheck model header.
 * Kernel-mode safe integer conversion and arithmetic (learn.microsoft.com:
 * /windows-hardware/drivers/ddi/ntintsafe/ — RtlULongAdd, RtlSizeTMult,
 * RtlULongLongToULong, ...). Each routine returns STATUS_SUCCESS and the
 * result, or STATUS_INTEGER_OVERFLOW and the type's error value, as the
 * documentation says; they are inline functions, as in the WDK, so that the
 * arithmetic is visible to the analysis.
 * ULONG_MAX and friends come from <limits.h>; the fixed-width limits are
 * defined here only when <stdint.h> has not, since code that defines its own
 * int8_t cannot include <stdint.h>; the Microsoft-only ones are defined here.
 */
#ifndef STORCHECK_NTINTSAFE_H
#define STORCHECK_NTINTSAFE_H

#include <ntdef.h>
#include <ntstatus.h>
#include <limits.h>

#ifndef STORCHECK_INTSAFE_LIMITS
#define STORCHECK_INTSAFE_LIMITS
#ifndef INT8_MIN
#define INT8_MIN (-127 - 1)
#define INT16_MIN (-32767 - 1)
#define INT32_MIN (-2147483647 - 1)
#define INT64_MIN (-9223372036854775807LL - 1)
#define INT8_MAX 127
#define INT16_MAX 32767
#define INT32_MAX 2147483647
#define INT64_MAX 9223372036854775807LL
#define UINT8_MAX 0xff
#define UINT16_MAX 0xffff
#define UINT32_MAX 0xffffffffU
#define UINT64_MAX 0xffffffffffffffffULL
#endif
#define BYTE_MAX 0xff
#define SHORT_MAX 32767
#define USHORT_MAX 0xffff
#define WORD_MAX 0xffff
#define DWORD_MAX 0xffffffffUL
#define LONGLONG_MIN (-9223372036854775807LL - 1)
#define LONGLONG_MAX 9223372036854775807LL
#define ULONGLONG_MAX 0xffffffffffffffffULL
#define DWORDLONG_MAX 0xffffffffffffffffULL
#define ULONG64_MAX 0xffffffffffffffffULL
#define DWORD64_MAX 0xffffffffffffffffULL
#define LONG64_MIN (-9223372036854775807LL - 1)
#define LONG64_MAX 9223372036854775807LL
#define INT_PTR_MIN LONGLONG_MIN
#define INT_PTR_MAX LONGLONG_MAX
#define UINT_PTR_MAX ULONGLONG_MAX
#define LONG_PTR_MIN LONGLONG_MIN
#define LONG_PTR_MAX LONGLONG_MAX
#define ULONG_PTR_MAX ULONGLONG_MAX
#define DWORD_PTR_MAX ULONGLONG_MAX
#define PTRDIFF_T_MIN LONGLONG_MIN
#define PTRDIFF_T_MAX LONGLONG_MAX
#define SIZE_T_MAX ULONGLONG_MAX
#define SSIZE_T_MIN LONGLONG_MIN
#define SSIZE_T_MAX LONGLONG_MAX
#define _SIZE_T_MAX ULONGLONG_MAX
#define BYTE_ERROR 0xff
#define SHORT_ERROR (-1)
#define USHORT_ERROR 0xffff
#define WORD_ERROR 0xffff
#define INT_ERROR (-1)
#define INT32_ERROR (-1)
#define UINT_ERROR 0xffffffffU
#define UINT32_ERROR 0xffffffffU
#define LONG_ERROR (-1L)
#define ULONG_ERROR 0xffffffffUL
#define DWORD_ERROR 0xffffffffUL
#define LONGLONG_ERROR (-1LL)
#define INT64_ERROR (-1LL)
#define ULONGLONG_ERROR 0xffffffffffffffffULL
#define UINT64_ERROR 0xffffffffffffffffULL
#define DWORD64_ERROR 0xffffffffffffffffULL
#define ULONG64_ERROR 0xffffffffffffffffULL
#define INT_PTR_ERROR (-1LL)
#define UINT_PTR_ERROR 0xffffffffffffffffULL
#define LONG_PTR_ERROR (-1LL)
#define ULONG_PTR_ERROR 0xffffffffffffffffULL
#define SIZE_T_ERROR 0xffffffffffffffffULL
#define SSIZE_T_ERROR (-1LL)
#endif

__inline NTSTATUS RtlInt8ToUInt8(_In_ INT8 Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToByte(_In_ INT8 Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToUShort(_In_ INT8 Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToUInt16(_In_ INT8 Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToWord(_In_ INT8 Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToUInt(_In_ INT8 Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToUInt32(_In_ INT8 Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToULong(_In_ INT8 Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToDWord(_In_ INT8 Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToULongLong(_In_ INT8 Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToUInt64(_In_ INT8 Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToDWord64(_In_ INT8 Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToULong64(_In_ INT8 Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToUIntPtr(_In_ INT8 Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToULongPtr(_In_ INT8 Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToDWordPtr(_In_ INT8 Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToSizeT(_In_ INT8 Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8ToSIZET(_In_ INT8 Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt8ToInt8(_In_ UINT8 Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt8ToChar(_In_ UINT8 Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlByteToInt8(_In_ BYTE Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlByteToChar(_In_ BYTE Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToUInt8(_In_ CHAR Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToByte(_In_ CHAR Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToUShort(_In_ CHAR Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToUInt16(_In_ CHAR Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToWord(_In_ CHAR Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToUInt(_In_ CHAR Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToUInt32(_In_ CHAR Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToULong(_In_ CHAR Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToDWord(_In_ CHAR Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToULongLong(_In_ CHAR Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToUInt64(_In_ CHAR Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToDWord64(_In_ CHAR Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToULong64(_In_ CHAR Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToUIntPtr(_In_ CHAR Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToULongPtr(_In_ CHAR Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToDWordPtr(_In_ CHAR Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToSizeT(_In_ CHAR Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlCharToSIZET(_In_ CHAR Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToInt8(_In_ SHORT Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToUInt8(_In_ SHORT Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToByte(_In_ SHORT Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToChar(_In_ SHORT Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToUShort(_In_ SHORT Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToUInt16(_In_ SHORT Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToWord(_In_ SHORT Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToUInt(_In_ SHORT Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToUInt32(_In_ SHORT Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToULong(_In_ SHORT Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToDWord(_In_ SHORT Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToULongLong(_In_ SHORT Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToUInt64(_In_ SHORT Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToDWord64(_In_ SHORT Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToULong64(_In_ SHORT Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToUIntPtr(_In_ SHORT Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToULongPtr(_In_ SHORT Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToDWordPtr(_In_ SHORT Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToSizeT(_In_ SHORT Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortToSIZET(_In_ SHORT Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUShortToInt8(_In_ USHORT Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUShortToUInt8(_In_ USHORT Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUShortToByte(_In_ USHORT Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUShortToChar(_In_ USHORT Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUShortToShort(_In_ USHORT Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUShortToInt16(_In_ USHORT Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToInt8(_In_ INT16 Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToUInt8(_In_ INT16 Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToByte(_In_ INT16 Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToChar(_In_ INT16 Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToUShort(_In_ INT16 Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToUInt16(_In_ INT16 Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToWord(_In_ INT16 Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToUInt(_In_ INT16 Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToUInt32(_In_ INT16 Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToULong(_In_ INT16 Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToDWord(_In_ INT16 Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToULongLong(_In_ INT16 Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToUInt64(_In_ INT16 Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToDWord64(_In_ INT16 Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToULong64(_In_ INT16 Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToUIntPtr(_In_ INT16 Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToULongPtr(_In_ INT16 Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToDWordPtr(_In_ INT16 Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToSizeT(_In_ INT16 Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16ToSIZET(_In_ INT16 Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt16ToInt8(_In_ UINT16 Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt16ToUInt8(_In_ UINT16 Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt16ToByte(_In_ UINT16 Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt16ToChar(_In_ UINT16 Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt16ToShort(_In_ UINT16 Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt16ToInt16(_In_ UINT16 Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlWordToInt8(_In_ WORD Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlWordToUInt8(_In_ WORD Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlWordToByte(_In_ WORD Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlWordToChar(_In_ WORD Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlWordToShort(_In_ WORD Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlWordToInt16(_In_ WORD Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToInt8(_In_ INT Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToUInt8(_In_ INT Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToByte(_In_ INT Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToChar(_In_ INT Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToShort(_In_ INT Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToUShort(_In_ INT Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToInt16(_In_ INT Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToUInt16(_In_ INT Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToWord(_In_ INT Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToUInt(_In_ INT Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToUInt32(_In_ INT Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToULong(_In_ INT Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToDWord(_In_ INT Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToULongLong(_In_ INT Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToUInt64(_In_ INT Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToDWord64(_In_ INT Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToULong64(_In_ INT Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToUIntPtr(_In_ INT Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToULongPtr(_In_ INT Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToDWordPtr(_In_ INT Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToSizeT(_In_ INT Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntToSIZET(_In_ INT Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntToInt8(_In_ UINT Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntToUInt8(_In_ UINT Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntToByte(_In_ UINT Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntToChar(_In_ UINT Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntToShort(_In_ UINT Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntToUShort(_In_ UINT Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntToInt16(_In_ UINT Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntToUInt16(_In_ UINT Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntToWord(_In_ UINT Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntToInt(_In_ UINT Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntToInt32(_In_ UINT Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntToLong(_In_ UINT Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToInt8(_In_ INT32 Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToUInt8(_In_ INT32 Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToByte(_In_ INT32 Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToChar(_In_ INT32 Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToShort(_In_ INT32 Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToUShort(_In_ INT32 Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToInt16(_In_ INT32 Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToUInt16(_In_ INT32 Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToWord(_In_ INT32 Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToUInt(_In_ INT32 Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToUInt32(_In_ INT32 Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToULong(_In_ INT32 Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToDWord(_In_ INT32 Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToULongLong(_In_ INT32 Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToUInt64(_In_ INT32 Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToDWord64(_In_ INT32 Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToULong64(_In_ INT32 Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToUIntPtr(_In_ INT32 Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToULongPtr(_In_ INT32 Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToDWordPtr(_In_ INT32 Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToSizeT(_In_ INT32 Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32ToSIZET(_In_ INT32 Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32ToInt8(_In_ UINT32 Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32ToUInt8(_In_ UINT32 Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32ToByte(_In_ UINT32 Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32ToChar(_In_ UINT32 Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32ToShort(_In_ UINT32 Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32ToUShort(_In_ UINT32 Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32ToInt16(_In_ UINT32 Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32ToUInt16(_In_ UINT32 Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32ToWord(_In_ UINT32 Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32ToInt(_In_ UINT32 Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32ToInt32(_In_ UINT32 Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32ToLong(_In_ UINT32 Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToInt8(_In_ LONG Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToUInt8(_In_ LONG Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToByte(_In_ LONG Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToChar(_In_ LONG Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToShort(_In_ LONG Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToUShort(_In_ LONG Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToInt16(_In_ LONG Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToUInt16(_In_ LONG Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToWord(_In_ LONG Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToUInt(_In_ LONG Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToUInt32(_In_ LONG Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToULong(_In_ LONG Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToDWord(_In_ LONG Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToULongLong(_In_ LONG Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToUInt64(_In_ LONG Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToDWord64(_In_ LONG Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToULong64(_In_ LONG Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToUIntPtr(_In_ LONG Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToULongPtr(_In_ LONG Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToDWordPtr(_In_ LONG Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToSizeT(_In_ LONG Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongToSIZET(_In_ LONG Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongToInt8(_In_ ULONG Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongToUInt8(_In_ ULONG Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongToByte(_In_ ULONG Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongToChar(_In_ ULONG Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongToShort(_In_ ULONG Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongToUShort(_In_ ULONG Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongToInt16(_In_ ULONG Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongToUInt16(_In_ ULONG Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongToWord(_In_ ULONG Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongToInt(_In_ ULONG Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongToInt32(_In_ ULONG Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongToLong(_In_ ULONG Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordToInt8(_In_ DWORD Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordToUInt8(_In_ DWORD Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordToByte(_In_ DWORD Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordToChar(_In_ DWORD Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordToShort(_In_ DWORD Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordToUShort(_In_ DWORD Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordToInt16(_In_ DWORD Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordToUInt16(_In_ DWORD Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordToWord(_In_ DWORD Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordToInt(_In_ DWORD Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordToInt32(_In_ DWORD Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordToLong(_In_ DWORD Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToInt8(_In_ LONGLONG Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToUInt8(_In_ LONGLONG Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToByte(_In_ LONGLONG Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToChar(_In_ LONGLONG Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToShort(_In_ LONGLONG Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToUShort(_In_ LONGLONG Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToInt16(_In_ LONGLONG Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToUInt16(_In_ LONGLONG Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToWord(_In_ LONGLONG Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToInt(_In_ LONGLONG Operand, _Out_ INT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToUInt(_In_ LONGLONG Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToInt32(_In_ LONGLONG Operand, _Out_ INT32 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToUInt32(_In_ LONGLONG Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToLong(_In_ LONGLONG Operand, _Out_ LONG *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647L - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToULong(_In_ LONGLONG Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToDWord(_In_ LONGLONG Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToULongLong(_In_ LONGLONG Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToUInt64(_In_ LONGLONG Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToDWord64(_In_ LONGLONG Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToULong64(_In_ LONGLONG Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToUIntPtr(_In_ LONGLONG Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToULongPtr(_In_ LONGLONG Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToDWordPtr(_In_ LONGLONG Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToSizeT(_In_ LONGLONG Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongToSIZET(_In_ LONGLONG Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToInt8(_In_ ULONGLONG Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToUInt8(_In_ ULONGLONG Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToByte(_In_ ULONGLONG Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToChar(_In_ ULONGLONG Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToShort(_In_ ULONGLONG Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToUShort(_In_ ULONGLONG Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToInt16(_In_ ULONGLONG Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToUInt16(_In_ ULONGLONG Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToWord(_In_ ULONGLONG Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToInt(_In_ ULONGLONG Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToUInt(_In_ ULONGLONG Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToInt32(_In_ ULONGLONG Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToUInt32(_In_ ULONGLONG Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToLong(_In_ ULONGLONG Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToULong(_In_ ULONGLONG Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToDWord(_In_ ULONGLONG Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToLongLong(_In_ ULONGLONG Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONGLONG)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToInt64(_In_ ULONGLONG Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT64)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToIntPtr(_In_ ULONGLONG Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToLongPtr(_In_ ULONGLONG Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToPtrdiffT(_In_ ULONGLONG Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongToSSIZET(_In_ ULONGLONG Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SSIZE_T)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToInt8(_In_ INT64 Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToUInt8(_In_ INT64 Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToByte(_In_ INT64 Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToChar(_In_ INT64 Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToShort(_In_ INT64 Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToUShort(_In_ INT64 Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToInt16(_In_ INT64 Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToUInt16(_In_ INT64 Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToWord(_In_ INT64 Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToInt(_In_ INT64 Operand, _Out_ INT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToUInt(_In_ INT64 Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToInt32(_In_ INT64 Operand, _Out_ INT32 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToUInt32(_In_ INT64 Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToLong(_In_ INT64 Operand, _Out_ LONG *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647L - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToULong(_In_ INT64 Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToDWord(_In_ INT64 Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToULongLong(_In_ INT64 Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToUInt64(_In_ INT64 Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToDWord64(_In_ INT64 Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToULong64(_In_ INT64 Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToUIntPtr(_In_ INT64 Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToULongPtr(_In_ INT64 Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToDWordPtr(_In_ INT64 Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToSizeT(_In_ INT64 Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64ToSIZET(_In_ INT64 Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToInt8(_In_ UINT64 Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToUInt8(_In_ UINT64 Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToByte(_In_ UINT64 Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToChar(_In_ UINT64 Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToShort(_In_ UINT64 Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToUShort(_In_ UINT64 Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToInt16(_In_ UINT64 Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToUInt16(_In_ UINT64 Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToWord(_In_ UINT64 Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToInt(_In_ UINT64 Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToUInt(_In_ UINT64 Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToInt32(_In_ UINT64 Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToUInt32(_In_ UINT64 Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToLong(_In_ UINT64 Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToULong(_In_ UINT64 Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToDWord(_In_ UINT64 Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToLongLong(_In_ UINT64 Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONGLONG)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToInt64(_In_ UINT64 Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT64)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToIntPtr(_In_ UINT64 Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToLongPtr(_In_ UINT64 Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToPtrdiffT(_In_ UINT64 Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64ToSSIZET(_In_ UINT64 Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SSIZE_T)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToInt8(_In_ DWORD64 Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToUInt8(_In_ DWORD64 Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToByte(_In_ DWORD64 Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToChar(_In_ DWORD64 Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToShort(_In_ DWORD64 Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToUShort(_In_ DWORD64 Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToInt16(_In_ DWORD64 Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToUInt16(_In_ DWORD64 Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToWord(_In_ DWORD64 Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToInt(_In_ DWORD64 Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToUInt(_In_ DWORD64 Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToInt32(_In_ DWORD64 Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToUInt32(_In_ DWORD64 Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToLong(_In_ DWORD64 Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToULong(_In_ DWORD64 Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToDWord(_In_ DWORD64 Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToLongLong(_In_ DWORD64 Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONGLONG)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToInt64(_In_ DWORD64 Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT64)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToIntPtr(_In_ DWORD64 Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToLongPtr(_In_ DWORD64 Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToPtrdiffT(_In_ DWORD64 Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64ToSSIZET(_In_ DWORD64 Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SSIZE_T)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToInt8(_In_ ULONG64 Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToUInt8(_In_ ULONG64 Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToByte(_In_ ULONG64 Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToChar(_In_ ULONG64 Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToShort(_In_ ULONG64 Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToUShort(_In_ ULONG64 Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToInt16(_In_ ULONG64 Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToUInt16(_In_ ULONG64 Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToWord(_In_ ULONG64 Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToInt(_In_ ULONG64 Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToUInt(_In_ ULONG64 Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToInt32(_In_ ULONG64 Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToUInt32(_In_ ULONG64 Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToLong(_In_ ULONG64 Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToULong(_In_ ULONG64 Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToDWord(_In_ ULONG64 Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToLongLong(_In_ ULONG64 Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONGLONG)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToInt64(_In_ ULONG64 Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT64)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToIntPtr(_In_ ULONG64 Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToLongPtr(_In_ ULONG64 Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToPtrdiffT(_In_ ULONG64 Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64ToSSIZET(_In_ ULONG64 Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SSIZE_T)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToInt8(_In_ INT_PTR Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToUInt8(_In_ INT_PTR Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToByte(_In_ INT_PTR Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToChar(_In_ INT_PTR Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToShort(_In_ INT_PTR Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToUShort(_In_ INT_PTR Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToInt16(_In_ INT_PTR Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToUInt16(_In_ INT_PTR Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToWord(_In_ INT_PTR Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToInt(_In_ INT_PTR Operand, _Out_ INT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToUInt(_In_ INT_PTR Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToInt32(_In_ INT_PTR Operand, _Out_ INT32 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToUInt32(_In_ INT_PTR Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToLong(_In_ INT_PTR Operand, _Out_ LONG *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647L - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToULong(_In_ INT_PTR Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToDWord(_In_ INT_PTR Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToULongLong(_In_ INT_PTR Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToUInt64(_In_ INT_PTR Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToDWord64(_In_ INT_PTR Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToULong64(_In_ INT_PTR Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToUIntPtr(_In_ INT_PTR Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToULongPtr(_In_ INT_PTR Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToDWordPtr(_In_ INT_PTR Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToSizeT(_In_ INT_PTR Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrToSIZET(_In_ INT_PTR Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToInt8(_In_ UINT_PTR Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToUInt8(_In_ UINT_PTR Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToByte(_In_ UINT_PTR Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToChar(_In_ UINT_PTR Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToShort(_In_ UINT_PTR Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToUShort(_In_ UINT_PTR Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToInt16(_In_ UINT_PTR Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToUInt16(_In_ UINT_PTR Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToWord(_In_ UINT_PTR Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToInt(_In_ UINT_PTR Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToUInt(_In_ UINT_PTR Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToInt32(_In_ UINT_PTR Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToUInt32(_In_ UINT_PTR Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToLong(_In_ UINT_PTR Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToULong(_In_ UINT_PTR Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToDWord(_In_ UINT_PTR Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToLongLong(_In_ UINT_PTR Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONGLONG)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToInt64(_In_ UINT_PTR Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT64)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToIntPtr(_In_ UINT_PTR Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToLongPtr(_In_ UINT_PTR Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToPtrdiffT(_In_ UINT_PTR Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrToSSIZET(_In_ UINT_PTR Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SSIZE_T)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToInt8(_In_ LONG_PTR Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToUInt8(_In_ LONG_PTR Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToByte(_In_ LONG_PTR Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToChar(_In_ LONG_PTR Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToShort(_In_ LONG_PTR Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToUShort(_In_ LONG_PTR Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToInt16(_In_ LONG_PTR Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToUInt16(_In_ LONG_PTR Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToWord(_In_ LONG_PTR Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToInt(_In_ LONG_PTR Operand, _Out_ INT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToUInt(_In_ LONG_PTR Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToInt32(_In_ LONG_PTR Operand, _Out_ INT32 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToUInt32(_In_ LONG_PTR Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToLong(_In_ LONG_PTR Operand, _Out_ LONG *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647L - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToULong(_In_ LONG_PTR Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToDWord(_In_ LONG_PTR Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToULongLong(_In_ LONG_PTR Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToUInt64(_In_ LONG_PTR Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToDWord64(_In_ LONG_PTR Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToULong64(_In_ LONG_PTR Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToUIntPtr(_In_ LONG_PTR Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToULongPtr(_In_ LONG_PTR Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToDWordPtr(_In_ LONG_PTR Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToSizeT(_In_ LONG_PTR Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrToSIZET(_In_ LONG_PTR Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToInt8(_In_ ULONG_PTR Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToUInt8(_In_ ULONG_PTR Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToByte(_In_ ULONG_PTR Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToChar(_In_ ULONG_PTR Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToShort(_In_ ULONG_PTR Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToUShort(_In_ ULONG_PTR Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToInt16(_In_ ULONG_PTR Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToUInt16(_In_ ULONG_PTR Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToWord(_In_ ULONG_PTR Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToInt(_In_ ULONG_PTR Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToUInt(_In_ ULONG_PTR Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToInt32(_In_ ULONG_PTR Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToUInt32(_In_ ULONG_PTR Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToLong(_In_ ULONG_PTR Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToULong(_In_ ULONG_PTR Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToDWord(_In_ ULONG_PTR Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToLongLong(_In_ ULONG_PTR Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONGLONG)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToInt64(_In_ ULONG_PTR Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT64)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToIntPtr(_In_ ULONG_PTR Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToLongPtr(_In_ ULONG_PTR Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToPtrdiffT(_In_ ULONG_PTR Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrToSSIZET(_In_ ULONG_PTR Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SSIZE_T)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToInt8(_In_ DWORD_PTR Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToUInt8(_In_ DWORD_PTR Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToByte(_In_ DWORD_PTR Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToChar(_In_ DWORD_PTR Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToShort(_In_ DWORD_PTR Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToUShort(_In_ DWORD_PTR Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToInt16(_In_ DWORD_PTR Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToUInt16(_In_ DWORD_PTR Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToWord(_In_ DWORD_PTR Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToInt(_In_ DWORD_PTR Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToUInt(_In_ DWORD_PTR Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToInt32(_In_ DWORD_PTR Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToUInt32(_In_ DWORD_PTR Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToLong(_In_ DWORD_PTR Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToULong(_In_ DWORD_PTR Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToDWord(_In_ DWORD_PTR Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToLongLong(_In_ DWORD_PTR Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONGLONG)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToInt64(_In_ DWORD_PTR Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT64)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToIntPtr(_In_ DWORD_PTR Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToLongPtr(_In_ DWORD_PTR Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToPtrdiffT(_In_ DWORD_PTR Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrToSSIZET(_In_ DWORD_PTR Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SSIZE_T)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToInt8(_In_ ptrdiff_t Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToUInt8(_In_ ptrdiff_t Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToByte(_In_ ptrdiff_t Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToChar(_In_ ptrdiff_t Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToShort(_In_ ptrdiff_t Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToUShort(_In_ ptrdiff_t Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToInt16(_In_ ptrdiff_t Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToUInt16(_In_ ptrdiff_t Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToWord(_In_ ptrdiff_t Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToInt(_In_ ptrdiff_t Operand, _Out_ INT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToUInt(_In_ ptrdiff_t Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToInt32(_In_ ptrdiff_t Operand, _Out_ INT32 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToUInt32(_In_ ptrdiff_t Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToLong(_In_ ptrdiff_t Operand, _Out_ LONG *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647L - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToULong(_In_ ptrdiff_t Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToDWord(_In_ ptrdiff_t Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToULongLong(_In_ ptrdiff_t Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToUInt64(_In_ ptrdiff_t Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToDWord64(_In_ ptrdiff_t Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToULong64(_In_ ptrdiff_t Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToUIntPtr(_In_ ptrdiff_t Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToULongPtr(_In_ ptrdiff_t Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToDWordPtr(_In_ ptrdiff_t Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToSizeT(_In_ ptrdiff_t Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTToSIZET(_In_ ptrdiff_t Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToInt8(_In_ size_t Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToUInt8(_In_ size_t Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToByte(_In_ size_t Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToChar(_In_ size_t Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToShort(_In_ size_t Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToUShort(_In_ size_t Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToInt16(_In_ size_t Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToUInt16(_In_ size_t Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToWord(_In_ size_t Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToInt(_In_ size_t Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToUInt(_In_ size_t Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToInt32(_In_ size_t Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToUInt32(_In_ size_t Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToLong(_In_ size_t Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToULong(_In_ size_t Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToDWord(_In_ size_t Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToLongLong(_In_ size_t Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONGLONG)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToInt64(_In_ size_t Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT64)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToIntPtr(_In_ size_t Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToLongPtr(_In_ size_t Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToPtrdiffT(_In_ size_t Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTToSSIZET(_In_ size_t Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SSIZE_T)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToInt8(_In_ SIZE_T Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToUInt8(_In_ SIZE_T Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToByte(_In_ SIZE_T Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToChar(_In_ SIZE_T Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToShort(_In_ SIZE_T Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToUShort(_In_ SIZE_T Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToInt16(_In_ SIZE_T Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToUInt16(_In_ SIZE_T Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToWord(_In_ SIZE_T Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToInt(_In_ SIZE_T Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToUInt(_In_ SIZE_T Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToInt32(_In_ SIZE_T Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToUInt32(_In_ SIZE_T Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToLong(_In_ SIZE_T Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToULong(_In_ SIZE_T Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToDWord(_In_ SIZE_T Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToLongLong(_In_ SIZE_T Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONGLONG)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToInt64(_In_ SIZE_T Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT64)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToIntPtr(_In_ SIZE_T Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToLongPtr(_In_ SIZE_T Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToPtrdiffT(_In_ SIZE_T Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETToSSIZET(_In_ SIZE_T Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SSIZE_T)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToInt8(_In_ SSIZE_T Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToUInt8(_In_ SSIZE_T Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToByte(_In_ SSIZE_T Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToChar(_In_ SSIZE_T Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (CHAR)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToShort(_In_ SSIZE_T Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToUShort(_In_ SSIZE_T Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToInt16(_In_ SSIZE_T Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToUInt16(_In_ SSIZE_T Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToWord(_In_ SSIZE_T Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToInt(_In_ SSIZE_T Operand, _Out_ INT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToUInt(_In_ SSIZE_T Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToInt32(_In_ SSIZE_T Operand, _Out_ INT32 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToUInt32(_In_ SSIZE_T Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToLong(_In_ SSIZE_T Operand, _Out_ LONG *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647L - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToULong(_In_ SSIZE_T Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToDWord(_In_ SSIZE_T Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToULongLong(_In_ SSIZE_T Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToUInt64(_In_ SSIZE_T Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToDWord64(_In_ SSIZE_T Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToULong64(_In_ SSIZE_T Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToUIntPtr(_In_ SSIZE_T Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToULongPtr(_In_ SSIZE_T Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToDWordPtr(_In_ SSIZE_T Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToSizeT(_In_ SSIZE_T Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETToSIZET(_In_ SSIZE_T Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8Add(_In_ INT8 Augend, _In_ INT8 Addend, _Out_ INT8 *pResult)
{
    if ((Addend >= 0 && Augend <= 127 - Addend) || (Addend < 0 && Augend >= (-127 - 1) - Addend)) {
        *pResult = (INT8)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8Sub(_In_ INT8 Minuend, _In_ INT8 Subtrahend, _Out_ INT8 *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 127 + Subtrahend) || (Subtrahend > 0 && Minuend >= (-127 - 1) + Subtrahend)) {
        *pResult = (INT8)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt8Mult(_In_ INT8 Multiplicand, _In_ INT8 Multiplier, _Out_ INT8 *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-127 - 1) && Product <= (LONGLONG)127) {
        *pResult = (INT8)Product;
        return STATUS_SUCCESS;
    }
    *pResult = (INT8)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt8Add(_In_ UINT8 Augend, _In_ UINT8 Addend, _Out_ UINT8 *pResult)
{
    if ((ULONG)Augend + (ULONG)Addend <= (ULONG)0xffU) {
        *pResult = (UINT8)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt8Sub(_In_ UINT8 Minuend, _In_ UINT8 Subtrahend, _Out_ UINT8 *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (UINT8)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt8Mult(_In_ UINT8 Multiplicand, _In_ UINT8 Multiplier, _Out_ UINT8 *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffU / (ULONGLONG)Multiplicand) {
        *pResult = (UINT8)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT8)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlByteAdd(_In_ BYTE Augend, _In_ BYTE Addend, _Out_ BYTE *pResult)
{
    if ((ULONG)Augend + (ULONG)Addend <= (ULONG)0xffU) {
        *pResult = (BYTE)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlByteSub(_In_ BYTE Minuend, _In_ BYTE Subtrahend, _Out_ BYTE *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (BYTE)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlByteMult(_In_ BYTE Multiplicand, _In_ BYTE Multiplier, _Out_ BYTE *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffU / (ULONGLONG)Multiplicand) {
        *pResult = (BYTE)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (BYTE)0xffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortAdd(_In_ SHORT Augend, _In_ SHORT Addend, _Out_ SHORT *pResult)
{
    if ((Addend >= 0 && Augend <= 32767 - Addend) || (Addend < 0 && Augend >= (-32767 - 1) - Addend)) {
        *pResult = (SHORT)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortSub(_In_ SHORT Minuend, _In_ SHORT Subtrahend, _Out_ SHORT *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 32767 + Subtrahend) || (Subtrahend > 0 && Minuend >= (-32767 - 1) + Subtrahend)) {
        *pResult = (SHORT)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlShortMult(_In_ SHORT Multiplicand, _In_ SHORT Multiplier, _Out_ SHORT *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-32767 - 1) && Product <= (LONGLONG)32767) {
        *pResult = (SHORT)Product;
        return STATUS_SUCCESS;
    }
    *pResult = (SHORT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUShortAdd(_In_ USHORT Augend, _In_ USHORT Addend, _Out_ USHORT *pResult)
{
    if ((ULONG)Augend + (ULONG)Addend <= (ULONG)0xffffU) {
        *pResult = (USHORT)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUShortSub(_In_ USHORT Minuend, _In_ USHORT Subtrahend, _Out_ USHORT *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (USHORT)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUShortMult(_In_ USHORT Multiplicand, _In_ USHORT Multiplier, _Out_ USHORT *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffU / (ULONGLONG)Multiplicand) {
        *pResult = (USHORT)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (USHORT)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16Add(_In_ INT16 Augend, _In_ INT16 Addend, _Out_ INT16 *pResult)
{
    if ((Addend >= 0 && Augend <= 32767 - Addend) || (Addend < 0 && Augend >= (-32767 - 1) - Addend)) {
        *pResult = (INT16)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16Sub(_In_ INT16 Minuend, _In_ INT16 Subtrahend, _Out_ INT16 *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 32767 + Subtrahend) || (Subtrahend > 0 && Minuend >= (-32767 - 1) + Subtrahend)) {
        *pResult = (INT16)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt16Mult(_In_ INT16 Multiplicand, _In_ INT16 Multiplier, _Out_ INT16 *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-32767 - 1) && Product <= (LONGLONG)32767) {
        *pResult = (INT16)Product;
        return STATUS_SUCCESS;
    }
    *pResult = (INT16)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt16Add(_In_ UINT16 Augend, _In_ UINT16 Addend, _Out_ UINT16 *pResult)
{
    if ((ULONG)Augend + (ULONG)Addend <= (ULONG)0xffffU) {
        *pResult = (UINT16)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt16Sub(_In_ UINT16 Minuend, _In_ UINT16 Subtrahend, _Out_ UINT16 *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (UINT16)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt16Mult(_In_ UINT16 Multiplicand, _In_ UINT16 Multiplier, _Out_ UINT16 *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffU / (ULONGLONG)Multiplicand) {
        *pResult = (UINT16)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT16)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlWordAdd(_In_ WORD Augend, _In_ WORD Addend, _Out_ WORD *pResult)
{
    if ((ULONG)Augend + (ULONG)Addend <= (ULONG)0xffffU) {
        *pResult = (WORD)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlWordSub(_In_ WORD Minuend, _In_ WORD Subtrahend, _Out_ WORD *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (WORD)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlWordMult(_In_ WORD Multiplicand, _In_ WORD Multiplier, _Out_ WORD *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffU / (ULONGLONG)Multiplicand) {
        *pResult = (WORD)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (WORD)0xffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntAdd(_In_ INT Augend, _In_ INT Addend, _Out_ INT *pResult)
{
    if ((Addend >= 0 && Augend <= 2147483647 - Addend) || (Addend < 0 && Augend >= (-2147483647 - 1) - Addend)) {
        *pResult = (INT)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntSub(_In_ INT Minuend, _In_ INT Subtrahend, _Out_ INT *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 2147483647 + Subtrahend) || (Subtrahend > 0 && Minuend >= (-2147483647 - 1) + Subtrahend)) {
        *pResult = (INT)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntMult(_In_ INT Multiplicand, _In_ INT Multiplier, _Out_ INT *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-2147483647 - 1) && Product <= (LONGLONG)2147483647) {
        *pResult = (INT)Product;
        return STATUS_SUCCESS;
    }
    *pResult = (INT)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntAdd(_In_ UINT Augend, _In_ UINT Addend, _Out_ UINT *pResult)
{
    if ((UINT)(Augend + Addend) >= Augend) {
        *pResult = (UINT)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntSub(_In_ UINT Minuend, _In_ UINT Subtrahend, _Out_ UINT *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (UINT)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntMult(_In_ UINT Multiplicand, _In_ UINT Multiplier, _Out_ UINT *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffU / (ULONGLONG)Multiplicand) {
        *pResult = (UINT)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32Add(_In_ INT32 Augend, _In_ INT32 Addend, _Out_ INT32 *pResult)
{
    if ((Addend >= 0 && Augend <= 2147483647 - Addend) || (Addend < 0 && Augend >= (-2147483647 - 1) - Addend)) {
        *pResult = (INT32)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32Sub(_In_ INT32 Minuend, _In_ INT32 Subtrahend, _Out_ INT32 *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 2147483647 + Subtrahend) || (Subtrahend > 0 && Minuend >= (-2147483647 - 1) + Subtrahend)) {
        *pResult = (INT32)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt32Mult(_In_ INT32 Multiplicand, _In_ INT32 Multiplier, _Out_ INT32 *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-2147483647 - 1) && Product <= (LONGLONG)2147483647) {
        *pResult = (INT32)Product;
        return STATUS_SUCCESS;
    }
    *pResult = (INT32)(-1);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32Add(_In_ UINT32 Augend, _In_ UINT32 Addend, _Out_ UINT32 *pResult)
{
    if ((UINT32)(Augend + Addend) >= Augend) {
        *pResult = (UINT32)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32Sub(_In_ UINT32 Minuend, _In_ UINT32 Subtrahend, _Out_ UINT32 *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (UINT32)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt32Mult(_In_ UINT32 Multiplicand, _In_ UINT32 Multiplier, _Out_ UINT32 *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffU / (ULONGLONG)Multiplicand) {
        *pResult = (UINT32)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT32)0xffffffffU;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongAdd(_In_ LONG Augend, _In_ LONG Addend, _Out_ LONG *pResult)
{
    if ((Addend >= 0 && Augend <= 2147483647L - Addend) || (Addend < 0 && Augend >= (-2147483647L - 1) - Addend)) {
        *pResult = (LONG)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongSub(_In_ LONG Minuend, _In_ LONG Subtrahend, _Out_ LONG *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 2147483647L + Subtrahend) || (Subtrahend > 0 && Minuend >= (-2147483647L - 1) + Subtrahend)) {
        *pResult = (LONG)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongMult(_In_ LONG Multiplicand, _In_ LONG Multiplier, _Out_ LONG *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-2147483647L - 1) && Product <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Product;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG)(-1L);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongAdd(_In_ ULONG Augend, _In_ ULONG Addend, _Out_ ULONG *pResult)
{
    if ((ULONG)(Augend + Addend) >= Augend) {
        *pResult = (ULONG)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongSub(_In_ ULONG Minuend, _In_ ULONG Subtrahend, _Out_ ULONG *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (ULONG)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongMult(_In_ ULONG Multiplicand, _In_ ULONG Multiplier, _Out_ ULONG *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffUL / (ULONGLONG)Multiplicand) {
        *pResult = (ULONG)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordAdd(_In_ DWORD Augend, _In_ DWORD Addend, _Out_ DWORD *pResult)
{
    if ((DWORD)(Augend + Addend) >= Augend) {
        *pResult = (DWORD)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordSub(_In_ DWORD Minuend, _In_ DWORD Subtrahend, _Out_ DWORD *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (DWORD)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordMult(_In_ DWORD Multiplicand, _In_ DWORD Multiplier, _Out_ DWORD *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffUL / (ULONGLONG)Multiplicand) {
        *pResult = (DWORD)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD)0xffffffffUL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongAdd(_In_ LONGLONG Augend, _In_ LONGLONG Addend, _Out_ LONGLONG *pResult)
{
    if ((Addend >= 0 && Augend <= 9223372036854775807LL - Addend) || (Addend < 0 && Augend >= (-9223372036854775807LL - 1) - Addend)) {
        *pResult = (LONGLONG)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (LONGLONG)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongSub(_In_ LONGLONG Minuend, _In_ LONGLONG Subtrahend, _Out_ LONGLONG *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 9223372036854775807LL + Subtrahend) || (Subtrahend > 0 && Minuend >= (-9223372036854775807LL - 1) + Subtrahend)) {
        *pResult = (LONGLONG)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (LONGLONG)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongLongMult(_In_ LONGLONG Multiplicand, _In_ LONGLONG Multiplier, _Out_ LONGLONG *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-9223372036854775807LL - 1) && Product <= (LONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Product;
        return STATUS_SUCCESS;
    }
    *pResult = (LONGLONG)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongAdd(_In_ ULONGLONG Augend, _In_ ULONGLONG Addend, _Out_ ULONGLONG *pResult)
{
    if ((ULONGLONG)(Augend + Addend) >= Augend) {
        *pResult = (ULONGLONG)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongSub(_In_ ULONGLONG Minuend, _In_ ULONGLONG Subtrahend, _Out_ ULONGLONG *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (ULONGLONG)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongLongMult(_In_ ULONGLONG Multiplicand, _In_ ULONGLONG Multiplier, _Out_ ULONGLONG *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (ULONGLONG)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64Add(_In_ INT64 Augend, _In_ INT64 Addend, _Out_ INT64 *pResult)
{
    if ((Addend >= 0 && Augend <= 9223372036854775807LL - Addend) || (Addend < 0 && Augend >= (-9223372036854775807LL - 1) - Addend)) {
        *pResult = (INT64)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (INT64)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64Sub(_In_ INT64 Minuend, _In_ INT64 Subtrahend, _Out_ INT64 *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 9223372036854775807LL + Subtrahend) || (Subtrahend > 0 && Minuend >= (-9223372036854775807LL - 1) + Subtrahend)) {
        *pResult = (INT64)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (INT64)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlInt64Mult(_In_ INT64 Multiplicand, _In_ INT64 Multiplier, _Out_ INT64 *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-9223372036854775807LL - 1) && Product <= (LONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Product;
        return STATUS_SUCCESS;
    }
    *pResult = (INT64)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64Add(_In_ UINT64 Augend, _In_ UINT64 Addend, _Out_ UINT64 *pResult)
{
    if ((UINT64)(Augend + Addend) >= Augend) {
        *pResult = (UINT64)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64Sub(_In_ UINT64 Minuend, _In_ UINT64 Subtrahend, _Out_ UINT64 *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (UINT64)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUInt64Mult(_In_ UINT64 Multiplicand, _In_ UINT64 Multiplier, _Out_ UINT64 *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (UINT64)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64Add(_In_ DWORD64 Augend, _In_ DWORD64 Addend, _Out_ DWORD64 *pResult)
{
    if ((DWORD64)(Augend + Addend) >= Augend) {
        *pResult = (DWORD64)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64Sub(_In_ DWORD64 Minuend, _In_ DWORD64 Subtrahend, _Out_ DWORD64 *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (DWORD64)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWord64Mult(_In_ DWORD64 Multiplicand, _In_ DWORD64 Multiplier, _Out_ DWORD64 *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (DWORD64)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64Add(_In_ ULONG64 Augend, _In_ ULONG64 Addend, _Out_ ULONG64 *pResult)
{
    if ((ULONG64)(Augend + Addend) >= Augend) {
        *pResult = (ULONG64)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64Sub(_In_ ULONG64 Minuend, _In_ ULONG64 Subtrahend, _Out_ ULONG64 *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (ULONG64)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULong64Mult(_In_ ULONG64 Multiplicand, _In_ ULONG64 Multiplier, _Out_ ULONG64 *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (ULONG64)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrAdd(_In_ INT_PTR Augend, _In_ INT_PTR Addend, _Out_ INT_PTR *pResult)
{
    if ((Addend >= 0 && Augend <= 9223372036854775807LL - Addend) || (Addend < 0 && Augend >= (-9223372036854775807LL - 1) - Addend)) {
        *pResult = (INT_PTR)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (INT_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrSub(_In_ INT_PTR Minuend, _In_ INT_PTR Subtrahend, _Out_ INT_PTR *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 9223372036854775807LL + Subtrahend) || (Subtrahend > 0 && Minuend >= (-9223372036854775807LL - 1) + Subtrahend)) {
        *pResult = (INT_PTR)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (INT_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlIntPtrMult(_In_ INT_PTR Multiplicand, _In_ INT_PTR Multiplier, _Out_ INT_PTR *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-9223372036854775807LL - 1) && Product <= (LONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Product;
        return STATUS_SUCCESS;
    }
    *pResult = (INT_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrAdd(_In_ UINT_PTR Augend, _In_ UINT_PTR Addend, _Out_ UINT_PTR *pResult)
{
    if ((UINT_PTR)(Augend + Addend) >= Augend) {
        *pResult = (UINT_PTR)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrSub(_In_ UINT_PTR Minuend, _In_ UINT_PTR Subtrahend, _Out_ UINT_PTR *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (UINT_PTR)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlUIntPtrMult(_In_ UINT_PTR Multiplicand, _In_ UINT_PTR Multiplier, _Out_ UINT_PTR *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (UINT_PTR)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrAdd(_In_ LONG_PTR Augend, _In_ LONG_PTR Addend, _Out_ LONG_PTR *pResult)
{
    if ((Addend >= 0 && Augend <= 9223372036854775807LL - Addend) || (Addend < 0 && Augend >= (-9223372036854775807LL - 1) - Addend)) {
        *pResult = (LONG_PTR)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (LONG_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrSub(_In_ LONG_PTR Minuend, _In_ LONG_PTR Subtrahend, _Out_ LONG_PTR *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 9223372036854775807LL + Subtrahend) || (Subtrahend > 0 && Minuend >= (-9223372036854775807LL - 1) + Subtrahend)) {
        *pResult = (LONG_PTR)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (LONG_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlLongPtrMult(_In_ LONG_PTR Multiplicand, _In_ LONG_PTR Multiplier, _Out_ LONG_PTR *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-9223372036854775807LL - 1) && Product <= (LONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Product;
        return STATUS_SUCCESS;
    }
    *pResult = (LONG_PTR)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrAdd(_In_ ULONG_PTR Augend, _In_ ULONG_PTR Addend, _Out_ ULONG_PTR *pResult)
{
    if ((ULONG_PTR)(Augend + Addend) >= Augend) {
        *pResult = (ULONG_PTR)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrSub(_In_ ULONG_PTR Minuend, _In_ ULONG_PTR Subtrahend, _Out_ ULONG_PTR *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (ULONG_PTR)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlULongPtrMult(_In_ ULONG_PTR Multiplicand, _In_ ULONG_PTR Multiplier, _Out_ ULONG_PTR *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (ULONG_PTR)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrAdd(_In_ DWORD_PTR Augend, _In_ DWORD_PTR Addend, _Out_ DWORD_PTR *pResult)
{
    if ((DWORD_PTR)(Augend + Addend) >= Augend) {
        *pResult = (DWORD_PTR)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrSub(_In_ DWORD_PTR Minuend, _In_ DWORD_PTR Subtrahend, _Out_ DWORD_PTR *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (DWORD_PTR)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlDWordPtrMult(_In_ DWORD_PTR Multiplicand, _In_ DWORD_PTR Multiplier, _Out_ DWORD_PTR *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (DWORD_PTR)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTAdd(_In_ ptrdiff_t Augend, _In_ ptrdiff_t Addend, _Out_ ptrdiff_t *pResult)
{
    if ((Addend >= 0 && Augend <= 9223372036854775807LL - Addend) || (Addend < 0 && Augend >= (-9223372036854775807LL - 1) - Addend)) {
        *pResult = (ptrdiff_t)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTSub(_In_ ptrdiff_t Minuend, _In_ ptrdiff_t Subtrahend, _Out_ ptrdiff_t *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 9223372036854775807LL + Subtrahend) || (Subtrahend > 0 && Minuend >= (-9223372036854775807LL - 1) + Subtrahend)) {
        *pResult = (ptrdiff_t)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlPtrdiffTMult(_In_ ptrdiff_t Multiplicand, _In_ ptrdiff_t Multiplier, _Out_ ptrdiff_t *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-9223372036854775807LL - 1) && Product <= (LONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Product;
        return STATUS_SUCCESS;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTAdd(_In_ size_t Augend, _In_ size_t Addend, _Out_ size_t *pResult)
{
    if ((size_t)(Augend + Addend) >= Augend) {
        *pResult = (size_t)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTSub(_In_ size_t Minuend, _In_ size_t Subtrahend, _Out_ size_t *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (size_t)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSizeTMult(_In_ size_t Multiplicand, _In_ size_t Multiplier, _Out_ size_t *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (size_t)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETAdd(_In_ SIZE_T Augend, _In_ SIZE_T Addend, _Out_ SIZE_T *pResult)
{
    if ((SIZE_T)(Augend + Addend) >= Augend) {
        *pResult = (SIZE_T)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETSub(_In_ SIZE_T Minuend, _In_ SIZE_T Subtrahend, _Out_ SIZE_T *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (SIZE_T)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSIZETMult(_In_ SIZE_T Multiplicand, _In_ SIZE_T Multiplier, _Out_ SIZE_T *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (SIZE_T)(Multiplicand * Multiplier);
        return STATUS_SUCCESS;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETAdd(_In_ SSIZE_T Augend, _In_ SSIZE_T Addend, _Out_ SSIZE_T *pResult)
{
    if ((Addend >= 0 && Augend <= 9223372036854775807LL - Addend) || (Addend < 0 && Augend >= (-9223372036854775807LL - 1) - Addend)) {
        *pResult = (SSIZE_T)(Augend + Addend);
        return STATUS_SUCCESS;
    }
    *pResult = (SSIZE_T)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETSub(_In_ SSIZE_T Minuend, _In_ SSIZE_T Subtrahend, _Out_ SSIZE_T *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 9223372036854775807LL + Subtrahend) || (Subtrahend > 0 && Minuend >= (-9223372036854775807LL - 1) + Subtrahend)) {
        *pResult = (SSIZE_T)(Minuend - Subtrahend);
        return STATUS_SUCCESS;
    }
    *pResult = (SSIZE_T)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}
__inline NTSTATUS RtlSSIZETMult(_In_ SSIZE_T Multiplicand, _In_ SSIZE_T Multiplier, _Out_ SSIZE_T *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-9223372036854775807LL - 1) && Product <= (LONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Product;
        return STATUS_SUCCESS;
    }
    *pResult = (SSIZE_T)(-1LL);
    return STATUS_INTEGER_OVERFLOW;
}

#endif /* STORCHECK_NTINTSAFE_H */
