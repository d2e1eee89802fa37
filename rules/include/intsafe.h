/* SPDX-License-Identifier: Apache-2.0 */
/*
 * intsafe.h - storcheck model header.
 * Safe integer conversion and arithmetic returning HRESULT (learn.microsoft
 * .com: /windows/win32/api/intsafe/ — ULongAdd, SizeTMult, ULongLongToULong,
 * ...): S_OK and the result, or INTSAFE_E_ARITHMETIC_OVERFLOW and the type's
 * error value. Inline functions, as in the SDK. The limits are those of
 * <ntintsafe.h>, which this header shares.
 */
#ifndef STORCHECK_INTSAFE_H
#define STORCHECK_INTSAFE_H

#include <ntdef.h>
#include <limits.h>

#ifndef S_OK
#define S_OK ((HRESULT)0L)
#endif
#ifndef S_FALSE
#define S_FALSE ((HRESULT)1L)
#endif
#define INTSAFE_E_ARITHMETIC_OVERFLOW ((HRESULT)0x80070216L)
#ifndef SUCCEEDED
#define SUCCEEDED(hr) (((HRESULT)(hr)) >= 0)
#endif
#ifndef FAILED
#define FAILED(hr) (((HRESULT)(hr)) < 0)
#endif

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

__inline HRESULT Int8ToUInt8(_In_ INT8 Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToByte(_In_ INT8 Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToUShort(_In_ INT8 Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToUInt16(_In_ INT8 Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToWord(_In_ INT8 Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToUInt(_In_ INT8 Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToUInt32(_In_ INT8 Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToULong(_In_ INT8 Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToDWord(_In_ INT8 Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToULongLong(_In_ INT8 Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToUInt64(_In_ INT8 Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToDWord64(_In_ INT8 Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToULong64(_In_ INT8 Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToUIntPtr(_In_ INT8 Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToULongPtr(_In_ INT8 Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToDWordPtr(_In_ INT8 Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToSizeT(_In_ INT8 Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8ToSIZET(_In_ INT8 Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt8ToInt8(_In_ UINT8 Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt8ToChar(_In_ UINT8 Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ByteToInt8(_In_ BYTE Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ByteToChar(_In_ BYTE Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToUInt8(_In_ CHAR Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToByte(_In_ CHAR Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToUShort(_In_ CHAR Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToUInt16(_In_ CHAR Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToWord(_In_ CHAR Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToUInt(_In_ CHAR Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToUInt32(_In_ CHAR Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToULong(_In_ CHAR Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToDWord(_In_ CHAR Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToULongLong(_In_ CHAR Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToUInt64(_In_ CHAR Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToDWord64(_In_ CHAR Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToULong64(_In_ CHAR Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToUIntPtr(_In_ CHAR Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToULongPtr(_In_ CHAR Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToDWordPtr(_In_ CHAR Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToSizeT(_In_ CHAR Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT CharToSIZET(_In_ CHAR Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToInt8(_In_ SHORT Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToUInt8(_In_ SHORT Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToByte(_In_ SHORT Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToChar(_In_ SHORT Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToUShort(_In_ SHORT Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToUInt16(_In_ SHORT Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToWord(_In_ SHORT Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToUInt(_In_ SHORT Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToUInt32(_In_ SHORT Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToULong(_In_ SHORT Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToDWord(_In_ SHORT Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToULongLong(_In_ SHORT Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToUInt64(_In_ SHORT Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToDWord64(_In_ SHORT Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToULong64(_In_ SHORT Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToUIntPtr(_In_ SHORT Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToULongPtr(_In_ SHORT Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToDWordPtr(_In_ SHORT Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToSizeT(_In_ SHORT Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortToSIZET(_In_ SHORT Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UShortToInt8(_In_ USHORT Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UShortToUInt8(_In_ USHORT Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UShortToByte(_In_ USHORT Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UShortToChar(_In_ USHORT Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UShortToShort(_In_ USHORT Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UShortToInt16(_In_ USHORT Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToInt8(_In_ INT16 Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToUInt8(_In_ INT16 Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToByte(_In_ INT16 Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToChar(_In_ INT16 Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToUShort(_In_ INT16 Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToUInt16(_In_ INT16 Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToWord(_In_ INT16 Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToUInt(_In_ INT16 Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToUInt32(_In_ INT16 Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToULong(_In_ INT16 Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToDWord(_In_ INT16 Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToULongLong(_In_ INT16 Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToUInt64(_In_ INT16 Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToDWord64(_In_ INT16 Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToULong64(_In_ INT16 Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToUIntPtr(_In_ INT16 Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToULongPtr(_In_ INT16 Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToDWordPtr(_In_ INT16 Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToSizeT(_In_ INT16 Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16ToSIZET(_In_ INT16 Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt16ToInt8(_In_ UINT16 Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt16ToUInt8(_In_ UINT16 Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt16ToByte(_In_ UINT16 Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt16ToChar(_In_ UINT16 Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt16ToShort(_In_ UINT16 Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt16ToInt16(_In_ UINT16 Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT WordToInt8(_In_ WORD Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT WordToUInt8(_In_ WORD Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT WordToByte(_In_ WORD Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT WordToChar(_In_ WORD Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT WordToShort(_In_ WORD Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT WordToInt16(_In_ WORD Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToInt8(_In_ INT Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToUInt8(_In_ INT Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToByte(_In_ INT Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToChar(_In_ INT Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToShort(_In_ INT Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToUShort(_In_ INT Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToInt16(_In_ INT Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToUInt16(_In_ INT Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToWord(_In_ INT Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToUInt(_In_ INT Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToUInt32(_In_ INT Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToULong(_In_ INT Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToDWord(_In_ INT Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToULongLong(_In_ INT Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToUInt64(_In_ INT Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToDWord64(_In_ INT Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToULong64(_In_ INT Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToUIntPtr(_In_ INT Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToULongPtr(_In_ INT Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToDWordPtr(_In_ INT Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToSizeT(_In_ INT Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntToSIZET(_In_ INT Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntToInt8(_In_ UINT Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntToUInt8(_In_ UINT Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntToByte(_In_ UINT Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntToChar(_In_ UINT Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntToShort(_In_ UINT Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntToUShort(_In_ UINT Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntToInt16(_In_ UINT Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntToUInt16(_In_ UINT Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntToWord(_In_ UINT Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntToInt(_In_ UINT Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntToInt32(_In_ UINT Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntToLong(_In_ UINT Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToInt8(_In_ INT32 Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToUInt8(_In_ INT32 Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToByte(_In_ INT32 Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToChar(_In_ INT32 Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToShort(_In_ INT32 Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToUShort(_In_ INT32 Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToInt16(_In_ INT32 Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToUInt16(_In_ INT32 Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToWord(_In_ INT32 Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToUInt(_In_ INT32 Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToUInt32(_In_ INT32 Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToULong(_In_ INT32 Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToDWord(_In_ INT32 Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToULongLong(_In_ INT32 Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToUInt64(_In_ INT32 Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToDWord64(_In_ INT32 Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToULong64(_In_ INT32 Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToUIntPtr(_In_ INT32 Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToULongPtr(_In_ INT32 Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToDWordPtr(_In_ INT32 Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToSizeT(_In_ INT32 Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32ToSIZET(_In_ INT32 Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32ToInt8(_In_ UINT32 Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32ToUInt8(_In_ UINT32 Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32ToByte(_In_ UINT32 Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32ToChar(_In_ UINT32 Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32ToShort(_In_ UINT32 Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32ToUShort(_In_ UINT32 Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32ToInt16(_In_ UINT32 Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32ToUInt16(_In_ UINT32 Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32ToWord(_In_ UINT32 Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32ToInt(_In_ UINT32 Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32ToInt32(_In_ UINT32 Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32ToLong(_In_ UINT32 Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToInt8(_In_ LONG Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToUInt8(_In_ LONG Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToByte(_In_ LONG Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToChar(_In_ LONG Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToShort(_In_ LONG Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToUShort(_In_ LONG Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToInt16(_In_ LONG Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToUInt16(_In_ LONG Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToWord(_In_ LONG Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToUInt(_In_ LONG Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToUInt32(_In_ LONG Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToULong(_In_ LONG Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToDWord(_In_ LONG Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToULongLong(_In_ LONG Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToUInt64(_In_ LONG Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToDWord64(_In_ LONG Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToULong64(_In_ LONG Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToUIntPtr(_In_ LONG Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToULongPtr(_In_ LONG Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToDWordPtr(_In_ LONG Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToSizeT(_In_ LONG Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongToSIZET(_In_ LONG Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongToInt8(_In_ ULONG Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongToUInt8(_In_ ULONG Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongToByte(_In_ ULONG Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongToChar(_In_ ULONG Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongToShort(_In_ ULONG Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongToUShort(_In_ ULONG Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongToInt16(_In_ ULONG Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongToUInt16(_In_ ULONG Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongToWord(_In_ ULONG Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongToInt(_In_ ULONG Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongToInt32(_In_ ULONG Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongToLong(_In_ ULONG Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordToInt8(_In_ DWORD Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordToUInt8(_In_ DWORD Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordToByte(_In_ DWORD Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordToChar(_In_ DWORD Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordToShort(_In_ DWORD Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordToUShort(_In_ DWORD Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordToInt16(_In_ DWORD Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordToUInt16(_In_ DWORD Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordToWord(_In_ DWORD Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordToInt(_In_ DWORD Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordToInt32(_In_ DWORD Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordToLong(_In_ DWORD Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToInt8(_In_ LONGLONG Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToUInt8(_In_ LONGLONG Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToByte(_In_ LONGLONG Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToChar(_In_ LONGLONG Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToShort(_In_ LONGLONG Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToUShort(_In_ LONGLONG Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToInt16(_In_ LONGLONG Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToUInt16(_In_ LONGLONG Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToWord(_In_ LONGLONG Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToInt(_In_ LONGLONG Operand, _Out_ INT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToUInt(_In_ LONGLONG Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToInt32(_In_ LONGLONG Operand, _Out_ INT32 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToUInt32(_In_ LONGLONG Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToLong(_In_ LONGLONG Operand, _Out_ LONG *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647L - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToULong(_In_ LONGLONG Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToDWord(_In_ LONGLONG Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToULongLong(_In_ LONGLONG Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToUInt64(_In_ LONGLONG Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToDWord64(_In_ LONGLONG Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToULong64(_In_ LONGLONG Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToUIntPtr(_In_ LONGLONG Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToULongPtr(_In_ LONGLONG Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToDWordPtr(_In_ LONGLONG Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToSizeT(_In_ LONGLONG Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongToSIZET(_In_ LONGLONG Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToInt8(_In_ ULONGLONG Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToUInt8(_In_ ULONGLONG Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToByte(_In_ ULONGLONG Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToChar(_In_ ULONGLONG Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToShort(_In_ ULONGLONG Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToUShort(_In_ ULONGLONG Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToInt16(_In_ ULONGLONG Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToUInt16(_In_ ULONGLONG Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToWord(_In_ ULONGLONG Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToInt(_In_ ULONGLONG Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToUInt(_In_ ULONGLONG Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToInt32(_In_ ULONGLONG Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToUInt32(_In_ ULONGLONG Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToLong(_In_ ULONGLONG Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToULong(_In_ ULONGLONG Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToDWord(_In_ ULONGLONG Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToLongLong(_In_ ULONGLONG Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return S_OK;
    }
    *pResult = (LONGLONG)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToInt64(_In_ ULONGLONG Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return S_OK;
    }
    *pResult = (INT64)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToIntPtr(_In_ ULONGLONG Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return S_OK;
    }
    *pResult = (INT_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToLongPtr(_In_ ULONGLONG Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (LONG_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToPtrdiffT(_In_ ULONGLONG Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return S_OK;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongToSSIZET(_In_ ULONGLONG Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SSIZE_T)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToInt8(_In_ INT64 Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToUInt8(_In_ INT64 Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToByte(_In_ INT64 Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToChar(_In_ INT64 Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToShort(_In_ INT64 Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToUShort(_In_ INT64 Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToInt16(_In_ INT64 Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToUInt16(_In_ INT64 Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToWord(_In_ INT64 Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToInt(_In_ INT64 Operand, _Out_ INT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToUInt(_In_ INT64 Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToInt32(_In_ INT64 Operand, _Out_ INT32 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToUInt32(_In_ INT64 Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToLong(_In_ INT64 Operand, _Out_ LONG *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647L - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToULong(_In_ INT64 Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToDWord(_In_ INT64 Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToULongLong(_In_ INT64 Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToUInt64(_In_ INT64 Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToDWord64(_In_ INT64 Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToULong64(_In_ INT64 Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToUIntPtr(_In_ INT64 Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToULongPtr(_In_ INT64 Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToDWordPtr(_In_ INT64 Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToSizeT(_In_ INT64 Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64ToSIZET(_In_ INT64 Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToInt8(_In_ UINT64 Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToUInt8(_In_ UINT64 Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToByte(_In_ UINT64 Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToChar(_In_ UINT64 Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToShort(_In_ UINT64 Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToUShort(_In_ UINT64 Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToInt16(_In_ UINT64 Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToUInt16(_In_ UINT64 Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToWord(_In_ UINT64 Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToInt(_In_ UINT64 Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToUInt(_In_ UINT64 Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToInt32(_In_ UINT64 Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToUInt32(_In_ UINT64 Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToLong(_In_ UINT64 Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToULong(_In_ UINT64 Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToDWord(_In_ UINT64 Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToLongLong(_In_ UINT64 Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return S_OK;
    }
    *pResult = (LONGLONG)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToInt64(_In_ UINT64 Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return S_OK;
    }
    *pResult = (INT64)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToIntPtr(_In_ UINT64 Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return S_OK;
    }
    *pResult = (INT_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToLongPtr(_In_ UINT64 Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (LONG_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToPtrdiffT(_In_ UINT64 Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return S_OK;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64ToSSIZET(_In_ UINT64 Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SSIZE_T)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToInt8(_In_ DWORD64 Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToUInt8(_In_ DWORD64 Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToByte(_In_ DWORD64 Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToChar(_In_ DWORD64 Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToShort(_In_ DWORD64 Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToUShort(_In_ DWORD64 Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToInt16(_In_ DWORD64 Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToUInt16(_In_ DWORD64 Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToWord(_In_ DWORD64 Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToInt(_In_ DWORD64 Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToUInt(_In_ DWORD64 Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToInt32(_In_ DWORD64 Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToUInt32(_In_ DWORD64 Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToLong(_In_ DWORD64 Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToULong(_In_ DWORD64 Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToDWord(_In_ DWORD64 Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToLongLong(_In_ DWORD64 Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return S_OK;
    }
    *pResult = (LONGLONG)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToInt64(_In_ DWORD64 Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return S_OK;
    }
    *pResult = (INT64)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToIntPtr(_In_ DWORD64 Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return S_OK;
    }
    *pResult = (INT_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToLongPtr(_In_ DWORD64 Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (LONG_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToPtrdiffT(_In_ DWORD64 Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return S_OK;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64ToSSIZET(_In_ DWORD64 Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SSIZE_T)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToInt8(_In_ ULONG64 Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToUInt8(_In_ ULONG64 Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToByte(_In_ ULONG64 Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToChar(_In_ ULONG64 Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToShort(_In_ ULONG64 Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToUShort(_In_ ULONG64 Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToInt16(_In_ ULONG64 Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToUInt16(_In_ ULONG64 Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToWord(_In_ ULONG64 Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToInt(_In_ ULONG64 Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToUInt(_In_ ULONG64 Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToInt32(_In_ ULONG64 Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToUInt32(_In_ ULONG64 Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToLong(_In_ ULONG64 Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToULong(_In_ ULONG64 Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToDWord(_In_ ULONG64 Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToLongLong(_In_ ULONG64 Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return S_OK;
    }
    *pResult = (LONGLONG)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToInt64(_In_ ULONG64 Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return S_OK;
    }
    *pResult = (INT64)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToIntPtr(_In_ ULONG64 Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return S_OK;
    }
    *pResult = (INT_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToLongPtr(_In_ ULONG64 Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (LONG_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToPtrdiffT(_In_ ULONG64 Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return S_OK;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64ToSSIZET(_In_ ULONG64 Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SSIZE_T)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToInt8(_In_ INT_PTR Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToUInt8(_In_ INT_PTR Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToByte(_In_ INT_PTR Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToChar(_In_ INT_PTR Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToShort(_In_ INT_PTR Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToUShort(_In_ INT_PTR Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToInt16(_In_ INT_PTR Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToUInt16(_In_ INT_PTR Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToWord(_In_ INT_PTR Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToInt(_In_ INT_PTR Operand, _Out_ INT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToUInt(_In_ INT_PTR Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToInt32(_In_ INT_PTR Operand, _Out_ INT32 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToUInt32(_In_ INT_PTR Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToLong(_In_ INT_PTR Operand, _Out_ LONG *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647L - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToULong(_In_ INT_PTR Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToDWord(_In_ INT_PTR Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToULongLong(_In_ INT_PTR Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToUInt64(_In_ INT_PTR Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToDWord64(_In_ INT_PTR Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToULong64(_In_ INT_PTR Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToUIntPtr(_In_ INT_PTR Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToULongPtr(_In_ INT_PTR Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToDWordPtr(_In_ INT_PTR Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToSizeT(_In_ INT_PTR Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrToSIZET(_In_ INT_PTR Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToInt8(_In_ UINT_PTR Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToUInt8(_In_ UINT_PTR Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToByte(_In_ UINT_PTR Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToChar(_In_ UINT_PTR Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToShort(_In_ UINT_PTR Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToUShort(_In_ UINT_PTR Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToInt16(_In_ UINT_PTR Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToUInt16(_In_ UINT_PTR Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToWord(_In_ UINT_PTR Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToInt(_In_ UINT_PTR Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToUInt(_In_ UINT_PTR Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToInt32(_In_ UINT_PTR Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToUInt32(_In_ UINT_PTR Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToLong(_In_ UINT_PTR Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToULong(_In_ UINT_PTR Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToDWord(_In_ UINT_PTR Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToLongLong(_In_ UINT_PTR Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return S_OK;
    }
    *pResult = (LONGLONG)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToInt64(_In_ UINT_PTR Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return S_OK;
    }
    *pResult = (INT64)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToIntPtr(_In_ UINT_PTR Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return S_OK;
    }
    *pResult = (INT_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToLongPtr(_In_ UINT_PTR Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (LONG_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToPtrdiffT(_In_ UINT_PTR Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return S_OK;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrToSSIZET(_In_ UINT_PTR Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SSIZE_T)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToInt8(_In_ LONG_PTR Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToUInt8(_In_ LONG_PTR Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToByte(_In_ LONG_PTR Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToChar(_In_ LONG_PTR Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToShort(_In_ LONG_PTR Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToUShort(_In_ LONG_PTR Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToInt16(_In_ LONG_PTR Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToUInt16(_In_ LONG_PTR Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToWord(_In_ LONG_PTR Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToInt(_In_ LONG_PTR Operand, _Out_ INT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToUInt(_In_ LONG_PTR Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToInt32(_In_ LONG_PTR Operand, _Out_ INT32 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToUInt32(_In_ LONG_PTR Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToLong(_In_ LONG_PTR Operand, _Out_ LONG *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647L - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToULong(_In_ LONG_PTR Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToDWord(_In_ LONG_PTR Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToULongLong(_In_ LONG_PTR Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToUInt64(_In_ LONG_PTR Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToDWord64(_In_ LONG_PTR Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToULong64(_In_ LONG_PTR Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToUIntPtr(_In_ LONG_PTR Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToULongPtr(_In_ LONG_PTR Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToDWordPtr(_In_ LONG_PTR Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToSizeT(_In_ LONG_PTR Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrToSIZET(_In_ LONG_PTR Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToInt8(_In_ ULONG_PTR Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToUInt8(_In_ ULONG_PTR Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToByte(_In_ ULONG_PTR Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToChar(_In_ ULONG_PTR Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToShort(_In_ ULONG_PTR Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToUShort(_In_ ULONG_PTR Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToInt16(_In_ ULONG_PTR Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToUInt16(_In_ ULONG_PTR Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToWord(_In_ ULONG_PTR Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToInt(_In_ ULONG_PTR Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToUInt(_In_ ULONG_PTR Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToInt32(_In_ ULONG_PTR Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToUInt32(_In_ ULONG_PTR Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToLong(_In_ ULONG_PTR Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToULong(_In_ ULONG_PTR Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToDWord(_In_ ULONG_PTR Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToLongLong(_In_ ULONG_PTR Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return S_OK;
    }
    *pResult = (LONGLONG)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToInt64(_In_ ULONG_PTR Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return S_OK;
    }
    *pResult = (INT64)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToIntPtr(_In_ ULONG_PTR Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return S_OK;
    }
    *pResult = (INT_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToLongPtr(_In_ ULONG_PTR Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (LONG_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToPtrdiffT(_In_ ULONG_PTR Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return S_OK;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrToSSIZET(_In_ ULONG_PTR Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SSIZE_T)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToInt8(_In_ DWORD_PTR Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToUInt8(_In_ DWORD_PTR Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToByte(_In_ DWORD_PTR Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToChar(_In_ DWORD_PTR Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToShort(_In_ DWORD_PTR Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToUShort(_In_ DWORD_PTR Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToInt16(_In_ DWORD_PTR Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToUInt16(_In_ DWORD_PTR Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToWord(_In_ DWORD_PTR Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToInt(_In_ DWORD_PTR Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToUInt(_In_ DWORD_PTR Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToInt32(_In_ DWORD_PTR Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToUInt32(_In_ DWORD_PTR Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToLong(_In_ DWORD_PTR Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToULong(_In_ DWORD_PTR Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToDWord(_In_ DWORD_PTR Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToLongLong(_In_ DWORD_PTR Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return S_OK;
    }
    *pResult = (LONGLONG)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToInt64(_In_ DWORD_PTR Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return S_OK;
    }
    *pResult = (INT64)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToIntPtr(_In_ DWORD_PTR Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return S_OK;
    }
    *pResult = (INT_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToLongPtr(_In_ DWORD_PTR Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (LONG_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToPtrdiffT(_In_ DWORD_PTR Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return S_OK;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrToSSIZET(_In_ DWORD_PTR Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SSIZE_T)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToInt8(_In_ ptrdiff_t Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToUInt8(_In_ ptrdiff_t Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToByte(_In_ ptrdiff_t Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToChar(_In_ ptrdiff_t Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToShort(_In_ ptrdiff_t Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToUShort(_In_ ptrdiff_t Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToInt16(_In_ ptrdiff_t Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToUInt16(_In_ ptrdiff_t Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToWord(_In_ ptrdiff_t Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToInt(_In_ ptrdiff_t Operand, _Out_ INT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToUInt(_In_ ptrdiff_t Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToInt32(_In_ ptrdiff_t Operand, _Out_ INT32 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToUInt32(_In_ ptrdiff_t Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToLong(_In_ ptrdiff_t Operand, _Out_ LONG *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647L - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToULong(_In_ ptrdiff_t Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToDWord(_In_ ptrdiff_t Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToULongLong(_In_ ptrdiff_t Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToUInt64(_In_ ptrdiff_t Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToDWord64(_In_ ptrdiff_t Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToULong64(_In_ ptrdiff_t Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToUIntPtr(_In_ ptrdiff_t Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToULongPtr(_In_ ptrdiff_t Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToDWordPtr(_In_ ptrdiff_t Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToSizeT(_In_ ptrdiff_t Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTToSIZET(_In_ ptrdiff_t Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToInt8(_In_ size_t Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToUInt8(_In_ size_t Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToByte(_In_ size_t Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToChar(_In_ size_t Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToShort(_In_ size_t Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToUShort(_In_ size_t Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToInt16(_In_ size_t Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToUInt16(_In_ size_t Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToWord(_In_ size_t Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToInt(_In_ size_t Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToUInt(_In_ size_t Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToInt32(_In_ size_t Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToUInt32(_In_ size_t Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToLong(_In_ size_t Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToULong(_In_ size_t Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToDWord(_In_ size_t Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToLongLong(_In_ size_t Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return S_OK;
    }
    *pResult = (LONGLONG)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToInt64(_In_ size_t Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return S_OK;
    }
    *pResult = (INT64)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToIntPtr(_In_ size_t Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return S_OK;
    }
    *pResult = (INT_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToLongPtr(_In_ size_t Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (LONG_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToPtrdiffT(_In_ size_t Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return S_OK;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTToSSIZET(_In_ size_t Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SSIZE_T)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToInt8(_In_ SIZE_T Operand, _Out_ INT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToUInt8(_In_ SIZE_T Operand, _Out_ UINT8 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToByte(_In_ SIZE_T Operand, _Out_ BYTE *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToChar(_In_ SIZE_T Operand, _Out_ CHAR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToShort(_In_ SIZE_T Operand, _Out_ SHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToUShort(_In_ SIZE_T Operand, _Out_ USHORT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToInt16(_In_ SIZE_T Operand, _Out_ INT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToUInt16(_In_ SIZE_T Operand, _Out_ UINT16 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToWord(_In_ SIZE_T Operand, _Out_ WORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToInt(_In_ SIZE_T Operand, _Out_ INT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToUInt(_In_ SIZE_T Operand, _Out_ UINT *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToInt32(_In_ SIZE_T Operand, _Out_ INT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToUInt32(_In_ SIZE_T Operand, _Out_ UINT32 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToLong(_In_ SIZE_T Operand, _Out_ LONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToULong(_In_ SIZE_T Operand, _Out_ ULONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToDWord(_In_ SIZE_T Operand, _Out_ DWORD *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToLongLong(_In_ SIZE_T Operand, _Out_ LONGLONG *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Operand;
        return S_OK;
    }
    *pResult = (LONGLONG)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToInt64(_In_ SIZE_T Operand, _Out_ INT64 *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Operand;
        return S_OK;
    }
    *pResult = (INT64)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToIntPtr(_In_ SIZE_T Operand, _Out_ INT_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Operand;
        return S_OK;
    }
    *pResult = (INT_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToLongPtr(_In_ SIZE_T Operand, _Out_ LONG_PTR *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (LONG_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToPtrdiffT(_In_ SIZE_T Operand, _Out_ ptrdiff_t *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Operand;
        return S_OK;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETToSSIZET(_In_ SIZE_T Operand, _Out_ SSIZE_T *pResult)
{
    if ((ULONGLONG)Operand <= (ULONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SSIZE_T)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToInt8(_In_ SSIZE_T Operand, _Out_ INT8 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (INT8)Operand;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToUInt8(_In_ SSIZE_T Operand, _Out_ UINT8 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (UINT8)Operand;
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToByte(_In_ SSIZE_T Operand, _Out_ BYTE *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffU) {
        *pResult = (BYTE)Operand;
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToChar(_In_ SSIZE_T Operand, _Out_ CHAR *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-127 - 1) && (LONGLONG)Operand <= (LONGLONG)127) {
        *pResult = (CHAR)Operand;
        return S_OK;
    }
    *pResult = (CHAR)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToShort(_In_ SSIZE_T Operand, _Out_ SHORT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (SHORT)Operand;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToUShort(_In_ SSIZE_T Operand, _Out_ USHORT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (USHORT)Operand;
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToInt16(_In_ SSIZE_T Operand, _Out_ INT16 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-32767 - 1) && (LONGLONG)Operand <= (LONGLONG)32767) {
        *pResult = (INT16)Operand;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToUInt16(_In_ SSIZE_T Operand, _Out_ UINT16 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (UINT16)Operand;
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToWord(_In_ SSIZE_T Operand, _Out_ WORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffU) {
        *pResult = (WORD)Operand;
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToInt(_In_ SSIZE_T Operand, _Out_ INT *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT)Operand;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToUInt(_In_ SSIZE_T Operand, _Out_ UINT *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT)Operand;
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToInt32(_In_ SSIZE_T Operand, _Out_ INT32 *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647 - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647) {
        *pResult = (INT32)Operand;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToUInt32(_In_ SSIZE_T Operand, _Out_ UINT32 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffU) {
        *pResult = (UINT32)Operand;
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToLong(_In_ SSIZE_T Operand, _Out_ LONG *pResult)
{
    if ((LONGLONG)Operand >= (LONGLONG)(-2147483647L - 1) && (LONGLONG)Operand <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Operand;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToULong(_In_ SSIZE_T Operand, _Out_ ULONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (ULONG)Operand;
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToDWord(_In_ SSIZE_T Operand, _Out_ DWORD *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffUL) {
        *pResult = (DWORD)Operand;
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToULongLong(_In_ SSIZE_T Operand, _Out_ ULONGLONG *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONGLONG)Operand;
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToUInt64(_In_ SSIZE_T Operand, _Out_ UINT64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT64)Operand;
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToDWord64(_In_ SSIZE_T Operand, _Out_ DWORD64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD64)Operand;
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToULong64(_In_ SSIZE_T Operand, _Out_ ULONG64 *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG64)Operand;
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToUIntPtr(_In_ SSIZE_T Operand, _Out_ UINT_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (UINT_PTR)Operand;
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToULongPtr(_In_ SSIZE_T Operand, _Out_ ULONG_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (ULONG_PTR)Operand;
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToDWordPtr(_In_ SSIZE_T Operand, _Out_ DWORD_PTR *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (DWORD_PTR)Operand;
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToSizeT(_In_ SSIZE_T Operand, _Out_ size_t *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (size_t)Operand;
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETToSIZET(_In_ SSIZE_T Operand, _Out_ SIZE_T *pResult)
{
    if (Operand >= 0 && (ULONGLONG)Operand <= (ULONGLONG)0xffffffffffffffffULL) {
        *pResult = (SIZE_T)Operand;
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8Add(_In_ INT8 Augend, _In_ INT8 Addend, _Out_ INT8 *pResult)
{
    if ((Addend >= 0 && Augend <= 127 - Addend) || (Addend < 0 && Augend >= (-127 - 1) - Addend)) {
        *pResult = (INT8)(Augend + Addend);
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8Sub(_In_ INT8 Minuend, _In_ INT8 Subtrahend, _Out_ INT8 *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 127 + Subtrahend) || (Subtrahend > 0 && Minuend >= (-127 - 1) + Subtrahend)) {
        *pResult = (INT8)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int8Mult(_In_ INT8 Multiplicand, _In_ INT8 Multiplier, _Out_ INT8 *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-127 - 1) && Product <= (LONGLONG)127) {
        *pResult = (INT8)Product;
        return S_OK;
    }
    *pResult = (INT8)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt8Add(_In_ UINT8 Augend, _In_ UINT8 Addend, _Out_ UINT8 *pResult)
{
    if ((ULONG)Augend + (ULONG)Addend <= (ULONG)0xffU) {
        *pResult = (UINT8)(Augend + Addend);
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt8Sub(_In_ UINT8 Minuend, _In_ UINT8 Subtrahend, _Out_ UINT8 *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (UINT8)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt8Mult(_In_ UINT8 Multiplicand, _In_ UINT8 Multiplier, _Out_ UINT8 *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffU / (ULONGLONG)Multiplicand) {
        *pResult = (UINT8)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (UINT8)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ByteAdd(_In_ BYTE Augend, _In_ BYTE Addend, _Out_ BYTE *pResult)
{
    if ((ULONG)Augend + (ULONG)Addend <= (ULONG)0xffU) {
        *pResult = (BYTE)(Augend + Addend);
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ByteSub(_In_ BYTE Minuend, _In_ BYTE Subtrahend, _Out_ BYTE *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (BYTE)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ByteMult(_In_ BYTE Multiplicand, _In_ BYTE Multiplier, _Out_ BYTE *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffU / (ULONGLONG)Multiplicand) {
        *pResult = (BYTE)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (BYTE)0xffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortAdd(_In_ SHORT Augend, _In_ SHORT Addend, _Out_ SHORT *pResult)
{
    if ((Addend >= 0 && Augend <= 32767 - Addend) || (Addend < 0 && Augend >= (-32767 - 1) - Addend)) {
        *pResult = (SHORT)(Augend + Addend);
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortSub(_In_ SHORT Minuend, _In_ SHORT Subtrahend, _Out_ SHORT *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 32767 + Subtrahend) || (Subtrahend > 0 && Minuend >= (-32767 - 1) + Subtrahend)) {
        *pResult = (SHORT)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ShortMult(_In_ SHORT Multiplicand, _In_ SHORT Multiplier, _Out_ SHORT *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-32767 - 1) && Product <= (LONGLONG)32767) {
        *pResult = (SHORT)Product;
        return S_OK;
    }
    *pResult = (SHORT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UShortAdd(_In_ USHORT Augend, _In_ USHORT Addend, _Out_ USHORT *pResult)
{
    if ((ULONG)Augend + (ULONG)Addend <= (ULONG)0xffffU) {
        *pResult = (USHORT)(Augend + Addend);
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UShortSub(_In_ USHORT Minuend, _In_ USHORT Subtrahend, _Out_ USHORT *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (USHORT)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UShortMult(_In_ USHORT Multiplicand, _In_ USHORT Multiplier, _Out_ USHORT *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffU / (ULONGLONG)Multiplicand) {
        *pResult = (USHORT)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (USHORT)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16Add(_In_ INT16 Augend, _In_ INT16 Addend, _Out_ INT16 *pResult)
{
    if ((Addend >= 0 && Augend <= 32767 - Addend) || (Addend < 0 && Augend >= (-32767 - 1) - Addend)) {
        *pResult = (INT16)(Augend + Addend);
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16Sub(_In_ INT16 Minuend, _In_ INT16 Subtrahend, _Out_ INT16 *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 32767 + Subtrahend) || (Subtrahend > 0 && Minuend >= (-32767 - 1) + Subtrahend)) {
        *pResult = (INT16)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int16Mult(_In_ INT16 Multiplicand, _In_ INT16 Multiplier, _Out_ INT16 *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-32767 - 1) && Product <= (LONGLONG)32767) {
        *pResult = (INT16)Product;
        return S_OK;
    }
    *pResult = (INT16)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt16Add(_In_ UINT16 Augend, _In_ UINT16 Addend, _Out_ UINT16 *pResult)
{
    if ((ULONG)Augend + (ULONG)Addend <= (ULONG)0xffffU) {
        *pResult = (UINT16)(Augend + Addend);
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt16Sub(_In_ UINT16 Minuend, _In_ UINT16 Subtrahend, _Out_ UINT16 *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (UINT16)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt16Mult(_In_ UINT16 Multiplicand, _In_ UINT16 Multiplier, _Out_ UINT16 *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffU / (ULONGLONG)Multiplicand) {
        *pResult = (UINT16)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (UINT16)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT WordAdd(_In_ WORD Augend, _In_ WORD Addend, _Out_ WORD *pResult)
{
    if ((ULONG)Augend + (ULONG)Addend <= (ULONG)0xffffU) {
        *pResult = (WORD)(Augend + Addend);
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT WordSub(_In_ WORD Minuend, _In_ WORD Subtrahend, _Out_ WORD *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (WORD)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT WordMult(_In_ WORD Multiplicand, _In_ WORD Multiplier, _Out_ WORD *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffU / (ULONGLONG)Multiplicand) {
        *pResult = (WORD)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (WORD)0xffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntAdd(_In_ INT Augend, _In_ INT Addend, _Out_ INT *pResult)
{
    if ((Addend >= 0 && Augend <= 2147483647 - Addend) || (Addend < 0 && Augend >= (-2147483647 - 1) - Addend)) {
        *pResult = (INT)(Augend + Addend);
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntSub(_In_ INT Minuend, _In_ INT Subtrahend, _Out_ INT *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 2147483647 + Subtrahend) || (Subtrahend > 0 && Minuend >= (-2147483647 - 1) + Subtrahend)) {
        *pResult = (INT)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntMult(_In_ INT Multiplicand, _In_ INT Multiplier, _Out_ INT *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-2147483647 - 1) && Product <= (LONGLONG)2147483647) {
        *pResult = (INT)Product;
        return S_OK;
    }
    *pResult = (INT)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntAdd(_In_ UINT Augend, _In_ UINT Addend, _Out_ UINT *pResult)
{
    if ((UINT)(Augend + Addend) >= Augend) {
        *pResult = (UINT)(Augend + Addend);
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntSub(_In_ UINT Minuend, _In_ UINT Subtrahend, _Out_ UINT *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (UINT)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntMult(_In_ UINT Multiplicand, _In_ UINT Multiplier, _Out_ UINT *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffU / (ULONGLONG)Multiplicand) {
        *pResult = (UINT)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (UINT)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32Add(_In_ INT32 Augend, _In_ INT32 Addend, _Out_ INT32 *pResult)
{
    if ((Addend >= 0 && Augend <= 2147483647 - Addend) || (Addend < 0 && Augend >= (-2147483647 - 1) - Addend)) {
        *pResult = (INT32)(Augend + Addend);
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32Sub(_In_ INT32 Minuend, _In_ INT32 Subtrahend, _Out_ INT32 *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 2147483647 + Subtrahend) || (Subtrahend > 0 && Minuend >= (-2147483647 - 1) + Subtrahend)) {
        *pResult = (INT32)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int32Mult(_In_ INT32 Multiplicand, _In_ INT32 Multiplier, _Out_ INT32 *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-2147483647 - 1) && Product <= (LONGLONG)2147483647) {
        *pResult = (INT32)Product;
        return S_OK;
    }
    *pResult = (INT32)(-1);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32Add(_In_ UINT32 Augend, _In_ UINT32 Addend, _Out_ UINT32 *pResult)
{
    if ((UINT32)(Augend + Addend) >= Augend) {
        *pResult = (UINT32)(Augend + Addend);
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32Sub(_In_ UINT32 Minuend, _In_ UINT32 Subtrahend, _Out_ UINT32 *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (UINT32)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt32Mult(_In_ UINT32 Multiplicand, _In_ UINT32 Multiplier, _Out_ UINT32 *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffU / (ULONGLONG)Multiplicand) {
        *pResult = (UINT32)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (UINT32)0xffffffffU;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongAdd(_In_ LONG Augend, _In_ LONG Addend, _Out_ LONG *pResult)
{
    if ((Addend >= 0 && Augend <= 2147483647L - Addend) || (Addend < 0 && Augend >= (-2147483647L - 1) - Addend)) {
        *pResult = (LONG)(Augend + Addend);
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongSub(_In_ LONG Minuend, _In_ LONG Subtrahend, _Out_ LONG *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 2147483647L + Subtrahend) || (Subtrahend > 0 && Minuend >= (-2147483647L - 1) + Subtrahend)) {
        *pResult = (LONG)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongMult(_In_ LONG Multiplicand, _In_ LONG Multiplier, _Out_ LONG *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-2147483647L - 1) && Product <= (LONGLONG)2147483647L) {
        *pResult = (LONG)Product;
        return S_OK;
    }
    *pResult = (LONG)(-1L);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongAdd(_In_ ULONG Augend, _In_ ULONG Addend, _Out_ ULONG *pResult)
{
    if ((ULONG)(Augend + Addend) >= Augend) {
        *pResult = (ULONG)(Augend + Addend);
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongSub(_In_ ULONG Minuend, _In_ ULONG Subtrahend, _Out_ ULONG *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (ULONG)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongMult(_In_ ULONG Multiplicand, _In_ ULONG Multiplier, _Out_ ULONG *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffUL / (ULONGLONG)Multiplicand) {
        *pResult = (ULONG)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (ULONG)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordAdd(_In_ DWORD Augend, _In_ DWORD Addend, _Out_ DWORD *pResult)
{
    if ((DWORD)(Augend + Addend) >= Augend) {
        *pResult = (DWORD)(Augend + Addend);
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordSub(_In_ DWORD Minuend, _In_ DWORD Subtrahend, _Out_ DWORD *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (DWORD)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordMult(_In_ DWORD Multiplicand, _In_ DWORD Multiplier, _Out_ DWORD *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffUL / (ULONGLONG)Multiplicand) {
        *pResult = (DWORD)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (DWORD)0xffffffffUL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongAdd(_In_ LONGLONG Augend, _In_ LONGLONG Addend, _Out_ LONGLONG *pResult)
{
    if ((Addend >= 0 && Augend <= 9223372036854775807LL - Addend) || (Addend < 0 && Augend >= (-9223372036854775807LL - 1) - Addend)) {
        *pResult = (LONGLONG)(Augend + Addend);
        return S_OK;
    }
    *pResult = (LONGLONG)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongSub(_In_ LONGLONG Minuend, _In_ LONGLONG Subtrahend, _Out_ LONGLONG *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 9223372036854775807LL + Subtrahend) || (Subtrahend > 0 && Minuend >= (-9223372036854775807LL - 1) + Subtrahend)) {
        *pResult = (LONGLONG)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (LONGLONG)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongLongMult(_In_ LONGLONG Multiplicand, _In_ LONGLONG Multiplier, _Out_ LONGLONG *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-9223372036854775807LL - 1) && Product <= (LONGLONG)9223372036854775807LL) {
        *pResult = (LONGLONG)Product;
        return S_OK;
    }
    *pResult = (LONGLONG)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongAdd(_In_ ULONGLONG Augend, _In_ ULONGLONG Addend, _Out_ ULONGLONG *pResult)
{
    if ((ULONGLONG)(Augend + Addend) >= Augend) {
        *pResult = (ULONGLONG)(Augend + Addend);
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongSub(_In_ ULONGLONG Minuend, _In_ ULONGLONG Subtrahend, _Out_ ULONGLONG *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (ULONGLONG)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongLongMult(_In_ ULONGLONG Multiplicand, _In_ ULONGLONG Multiplier, _Out_ ULONGLONG *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (ULONGLONG)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (ULONGLONG)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64Add(_In_ INT64 Augend, _In_ INT64 Addend, _Out_ INT64 *pResult)
{
    if ((Addend >= 0 && Augend <= 9223372036854775807LL - Addend) || (Addend < 0 && Augend >= (-9223372036854775807LL - 1) - Addend)) {
        *pResult = (INT64)(Augend + Addend);
        return S_OK;
    }
    *pResult = (INT64)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64Sub(_In_ INT64 Minuend, _In_ INT64 Subtrahend, _Out_ INT64 *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 9223372036854775807LL + Subtrahend) || (Subtrahend > 0 && Minuend >= (-9223372036854775807LL - 1) + Subtrahend)) {
        *pResult = (INT64)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (INT64)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT Int64Mult(_In_ INT64 Multiplicand, _In_ INT64 Multiplier, _Out_ INT64 *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-9223372036854775807LL - 1) && Product <= (LONGLONG)9223372036854775807LL) {
        *pResult = (INT64)Product;
        return S_OK;
    }
    *pResult = (INT64)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64Add(_In_ UINT64 Augend, _In_ UINT64 Addend, _Out_ UINT64 *pResult)
{
    if ((UINT64)(Augend + Addend) >= Augend) {
        *pResult = (UINT64)(Augend + Addend);
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64Sub(_In_ UINT64 Minuend, _In_ UINT64 Subtrahend, _Out_ UINT64 *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (UINT64)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UInt64Mult(_In_ UINT64 Multiplicand, _In_ UINT64 Multiplier, _Out_ UINT64 *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (UINT64)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (UINT64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64Add(_In_ DWORD64 Augend, _In_ DWORD64 Addend, _Out_ DWORD64 *pResult)
{
    if ((DWORD64)(Augend + Addend) >= Augend) {
        *pResult = (DWORD64)(Augend + Addend);
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64Sub(_In_ DWORD64 Minuend, _In_ DWORD64 Subtrahend, _Out_ DWORD64 *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (DWORD64)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWord64Mult(_In_ DWORD64 Multiplicand, _In_ DWORD64 Multiplier, _Out_ DWORD64 *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (DWORD64)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (DWORD64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64Add(_In_ ULONG64 Augend, _In_ ULONG64 Addend, _Out_ ULONG64 *pResult)
{
    if ((ULONG64)(Augend + Addend) >= Augend) {
        *pResult = (ULONG64)(Augend + Addend);
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64Sub(_In_ ULONG64 Minuend, _In_ ULONG64 Subtrahend, _Out_ ULONG64 *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (ULONG64)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULong64Mult(_In_ ULONG64 Multiplicand, _In_ ULONG64 Multiplier, _Out_ ULONG64 *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (ULONG64)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (ULONG64)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrAdd(_In_ INT_PTR Augend, _In_ INT_PTR Addend, _Out_ INT_PTR *pResult)
{
    if ((Addend >= 0 && Augend <= 9223372036854775807LL - Addend) || (Addend < 0 && Augend >= (-9223372036854775807LL - 1) - Addend)) {
        *pResult = (INT_PTR)(Augend + Addend);
        return S_OK;
    }
    *pResult = (INT_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrSub(_In_ INT_PTR Minuend, _In_ INT_PTR Subtrahend, _Out_ INT_PTR *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 9223372036854775807LL + Subtrahend) || (Subtrahend > 0 && Minuend >= (-9223372036854775807LL - 1) + Subtrahend)) {
        *pResult = (INT_PTR)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (INT_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT IntPtrMult(_In_ INT_PTR Multiplicand, _In_ INT_PTR Multiplier, _Out_ INT_PTR *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-9223372036854775807LL - 1) && Product <= (LONGLONG)9223372036854775807LL) {
        *pResult = (INT_PTR)Product;
        return S_OK;
    }
    *pResult = (INT_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrAdd(_In_ UINT_PTR Augend, _In_ UINT_PTR Addend, _Out_ UINT_PTR *pResult)
{
    if ((UINT_PTR)(Augend + Addend) >= Augend) {
        *pResult = (UINT_PTR)(Augend + Addend);
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrSub(_In_ UINT_PTR Minuend, _In_ UINT_PTR Subtrahend, _Out_ UINT_PTR *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (UINT_PTR)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT UIntPtrMult(_In_ UINT_PTR Multiplicand, _In_ UINT_PTR Multiplier, _Out_ UINT_PTR *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (UINT_PTR)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (UINT_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrAdd(_In_ LONG_PTR Augend, _In_ LONG_PTR Addend, _Out_ LONG_PTR *pResult)
{
    if ((Addend >= 0 && Augend <= 9223372036854775807LL - Addend) || (Addend < 0 && Augend >= (-9223372036854775807LL - 1) - Addend)) {
        *pResult = (LONG_PTR)(Augend + Addend);
        return S_OK;
    }
    *pResult = (LONG_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrSub(_In_ LONG_PTR Minuend, _In_ LONG_PTR Subtrahend, _Out_ LONG_PTR *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 9223372036854775807LL + Subtrahend) || (Subtrahend > 0 && Minuend >= (-9223372036854775807LL - 1) + Subtrahend)) {
        *pResult = (LONG_PTR)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (LONG_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT LongPtrMult(_In_ LONG_PTR Multiplicand, _In_ LONG_PTR Multiplier, _Out_ LONG_PTR *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-9223372036854775807LL - 1) && Product <= (LONGLONG)9223372036854775807LL) {
        *pResult = (LONG_PTR)Product;
        return S_OK;
    }
    *pResult = (LONG_PTR)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrAdd(_In_ ULONG_PTR Augend, _In_ ULONG_PTR Addend, _Out_ ULONG_PTR *pResult)
{
    if ((ULONG_PTR)(Augend + Addend) >= Augend) {
        *pResult = (ULONG_PTR)(Augend + Addend);
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrSub(_In_ ULONG_PTR Minuend, _In_ ULONG_PTR Subtrahend, _Out_ ULONG_PTR *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (ULONG_PTR)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT ULongPtrMult(_In_ ULONG_PTR Multiplicand, _In_ ULONG_PTR Multiplier, _Out_ ULONG_PTR *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (ULONG_PTR)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (ULONG_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrAdd(_In_ DWORD_PTR Augend, _In_ DWORD_PTR Addend, _Out_ DWORD_PTR *pResult)
{
    if ((DWORD_PTR)(Augend + Addend) >= Augend) {
        *pResult = (DWORD_PTR)(Augend + Addend);
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrSub(_In_ DWORD_PTR Minuend, _In_ DWORD_PTR Subtrahend, _Out_ DWORD_PTR *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (DWORD_PTR)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT DWordPtrMult(_In_ DWORD_PTR Multiplicand, _In_ DWORD_PTR Multiplier, _Out_ DWORD_PTR *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (DWORD_PTR)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (DWORD_PTR)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTAdd(_In_ ptrdiff_t Augend, _In_ ptrdiff_t Addend, _Out_ ptrdiff_t *pResult)
{
    if ((Addend >= 0 && Augend <= 9223372036854775807LL - Addend) || (Addend < 0 && Augend >= (-9223372036854775807LL - 1) - Addend)) {
        *pResult = (ptrdiff_t)(Augend + Addend);
        return S_OK;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTSub(_In_ ptrdiff_t Minuend, _In_ ptrdiff_t Subtrahend, _Out_ ptrdiff_t *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 9223372036854775807LL + Subtrahend) || (Subtrahend > 0 && Minuend >= (-9223372036854775807LL - 1) + Subtrahend)) {
        *pResult = (ptrdiff_t)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT PtrdiffTMult(_In_ ptrdiff_t Multiplicand, _In_ ptrdiff_t Multiplier, _Out_ ptrdiff_t *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-9223372036854775807LL - 1) && Product <= (LONGLONG)9223372036854775807LL) {
        *pResult = (ptrdiff_t)Product;
        return S_OK;
    }
    *pResult = (ptrdiff_t)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTAdd(_In_ size_t Augend, _In_ size_t Addend, _Out_ size_t *pResult)
{
    if ((size_t)(Augend + Addend) >= Augend) {
        *pResult = (size_t)(Augend + Addend);
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTSub(_In_ size_t Minuend, _In_ size_t Subtrahend, _Out_ size_t *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (size_t)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SizeTMult(_In_ size_t Multiplicand, _In_ size_t Multiplier, _Out_ size_t *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (size_t)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (size_t)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETAdd(_In_ SIZE_T Augend, _In_ SIZE_T Addend, _Out_ SIZE_T *pResult)
{
    if ((SIZE_T)(Augend + Addend) >= Augend) {
        *pResult = (SIZE_T)(Augend + Addend);
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETSub(_In_ SIZE_T Minuend, _In_ SIZE_T Subtrahend, _Out_ SIZE_T *pResult)
{
    if (Minuend >= Subtrahend) {
        *pResult = (SIZE_T)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SIZETMult(_In_ SIZE_T Multiplicand, _In_ SIZE_T Multiplier, _Out_ SIZE_T *pResult)
{
    if (Multiplicand == 0 || (ULONGLONG)Multiplier <= (ULONGLONG)0xffffffffffffffffULL / (ULONGLONG)Multiplicand) {
        *pResult = (SIZE_T)(Multiplicand * Multiplier);
        return S_OK;
    }
    *pResult = (SIZE_T)0xffffffffffffffffULL;
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETAdd(_In_ SSIZE_T Augend, _In_ SSIZE_T Addend, _Out_ SSIZE_T *pResult)
{
    if ((Addend >= 0 && Augend <= 9223372036854775807LL - Addend) || (Addend < 0 && Augend >= (-9223372036854775807LL - 1) - Addend)) {
        *pResult = (SSIZE_T)(Augend + Addend);
        return S_OK;
    }
    *pResult = (SSIZE_T)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETSub(_In_ SSIZE_T Minuend, _In_ SSIZE_T Subtrahend, _Out_ SSIZE_T *pResult)
{
    if ((Subtrahend <= 0 && Minuend <= 9223372036854775807LL + Subtrahend) || (Subtrahend > 0 && Minuend >= (-9223372036854775807LL - 1) + Subtrahend)) {
        *pResult = (SSIZE_T)(Minuend - Subtrahend);
        return S_OK;
    }
    *pResult = (SSIZE_T)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}
__inline HRESULT SSIZETMult(_In_ SSIZE_T Multiplicand, _In_ SSIZE_T Multiplier, _Out_ SSIZE_T *pResult)
{
    LONGLONG Product;
    if (!__builtin_mul_overflow((LONGLONG)Multiplicand, (LONGLONG)Multiplier, &Product) && Product >= (LONGLONG)(-9223372036854775807LL - 1) && Product <= (LONGLONG)9223372036854775807LL) {
        *pResult = (SSIZE_T)Product;
        return S_OK;
    }
    *pResult = (SSIZE_T)(-1LL);
    return INTSAFE_E_ARITHMETIC_OVERFLOW;
}

#endif /* STORCHECK_INTSAFE_H */
