/* SPDX-License-Identifier: Apache-2.0 */
/*
 * ntdef.h - storcheck model header.
 * Basic Windows data types and helper macros, written from the documented
 * type list (learn.microsoft.com: /windows/win32/winprog/windows-data-types,
 * /windows-hardware/drivers/kernel/...).  LLP64 model: long is 32 bits.
 */
#ifndef STORCHECK_NTDEF_H
#define STORCHECK_NTDEF_H

#include <sal.h>
#include <stddef.h>
#include <vcruntime.h>
#include <excpt.h>
#include <stdarg.h>
#include <string.h>
#ifdef __cplusplus
/* sc_kernel_common.h repeats these without a linkage block; declaring them
 * with C linkage first keeps C++ units consistent with <stdio.h> and <stdlib.h>. */
extern "C" {
int __cdecl _vsnprintf(char *Buffer, size_t Count, const char *Format, va_list Args);
int __cdecl _snprintf(char *Buffer, size_t Count, const char *Format, ...);
int __cdecl sprintf(char *Buffer, const char *Format, ...);
int __cdecl vsprintf(char *Buffer, const char *Format, va_list Args);
unsigned short __cdecl _byteswap_ushort(unsigned short Value);
unsigned long __cdecl _byteswap_ulong(unsigned long Value);
unsigned __int64 __cdecl _byteswap_uint64(unsigned __int64 Value);
}
#endif

/* ---- calling conventions and storage classes ---- */
#ifndef NTAPI
#define NTAPI __stdcall
#endif
#define NTSYSAPI
#define NTSYSCALLAPI
#define NTKERNELAPI
#define NTHALAPI
#define NTAPI_INLINE NTAPI
#ifndef FASTCALL
#define FASTCALL __fastcall
#endif
#ifndef WINAPI
#define WINAPI __stdcall
#endif
#define CALLBACK __stdcall
#ifndef FORCEINLINE
#define FORCEINLINE __forceinline
#endif
#define DECLSPEC_NOINLINE __declspec(noinline)
#define DECLSPEC_NORETURN __declspec(noreturn)
#define DECLSPEC_ALIGN(x) __declspec(align(x))
#define DECLSPEC_CACHEALIGN DECLSPEC_ALIGN(64)
#define DECLSPEC_IMPORT __declspec(dllimport)
#define DECLSPEC_EXPORT __declspec(dllexport)
#define DECLSPEC_SELECTANY __declspec(selectany)
#define DECLSPEC_NOTHROW __declspec(nothrow)
#define DECLSPEC_DEPRECATED __declspec(deprecated)
#define DECLSPEC_DEPRECATED_DDK
#define DECLSPEC_GUARDNOCF
#define DECLSPEC_NOSANITIZE_ADDRESS
#define DEPRECATE_DDK_FUNCTIONS 0
#define RESTRICTED_POINTER
#define POINTER_ALIGNMENT DECLSPEC_ALIGN(8)
#define POINTER_ALIGN DECLSPEC_ALIGN(8)
#define UNALIGNED __unaligned
#define UNALIGNED64 __unaligned
#define POINTER_32
#define POINTER_64
#define FIRMWARE_PTR
#define EXTERN_C extern
#define EXTERN_C_START
#define EXTERN_C_END
#define STDAPI_(t) t __stdcall
#define CONST const
#define VOID void
#define IN
#define OUT
#define OPTIONAL
#define ANYSIZE_ARRAY 1
#define MAX_NATURAL_ALIGNMENT 8
#define MEMORY_ALLOCATION_ALIGNMENT 16
#define SYSTEM_CACHE_ALIGNMENT_SIZE 64
#define PAGE_SIZE 0x1000
#define PAGE_SHIFT 12L

#ifndef NULL
#define NULL ((void *)0)
#endif
#define FALSE 0
#define TRUE 1

/* ---- integer types ---- */
typedef char CHAR, CCHAR, *PCHAR, *PSZ, *LPSTR, *PSTR;
typedef const char *PCCHAR, *PCSZ, *PCSTR, *LPCSTR, *PCCH;
typedef char *PCH, *LPCH;
typedef signed char SCHAR, *PSCHAR, INT8, *PINT8;
typedef unsigned char UCHAR, *PUCHAR, BYTE, *PBYTE, *LPBYTE, UINT8, *PUINT8;
typedef const unsigned char *PCUCHAR;
typedef short SHORT, CSHORT, *PSHORT, INT16, *PINT16;
typedef unsigned short USHORT, *PUSHORT, WORD, *PWORD, UINT16, *PUINT16;
typedef const unsigned short *PCUSHORT;
typedef int INT, *PINT, BOOL, *PBOOL, INT32, *PINT32;
typedef unsigned int UINT, *PUINT, UINT32, *PUINT32;
typedef long LONG, *PLONG, LONG32, *PLONG32;
typedef unsigned long ULONG, *PULONG, DWORD, *PDWORD, *LPDWORD, ULONG32, *PULONG32, DWORD32, *PDWORD32;
typedef const unsigned long *PCULONG;
typedef __int64 LONGLONG, *PLONGLONG, LONG64, *PLONG64, INT64, *PINT64;
typedef unsigned __int64 ULONGLONG, *PULONGLONG, ULONG64, *PULONG64, DWORD64, *PDWORD64, UINT64, *PUINT64, DWORDLONG, *PDWORDLONG;
typedef __int64 LONG_PTR, *PLONG_PTR, INT_PTR, *PINT_PTR, SSIZE_T, *PSSIZE_T;
typedef unsigned __int64 ULONG_PTR, *PULONG_PTR, UINT_PTR, *PUINT_PTR, SIZE_T, *PSIZE_T, DWORD_PTR, *PDWORD_PTR;
typedef ULONG_PTR KAFFINITY, *PKAFFINITY;
typedef LONGLONG USN;
/* basetsd.h: the pointer-precision integer of MIDL-generated code */
#define __int3264 __int64
typedef float FLOAT;
typedef double DOUBLE;

typedef unsigned char BOOLEAN, *PBOOLEAN;
typedef void *PVOID, *LPVOID;
typedef const void *PCVOID, *LPCVOID;
typedef PVOID HANDLE, *PHANDLE;
typedef PVOID PVOID64;
typedef wchar_t WCHAR, *PWCHAR, *PWSTR, *LPWSTR, *PWCH, *LPWCH;
typedef const wchar_t *PCWSTR, *LPCWSTR, *PCWCH, *LPCWCH;
typedef PWSTR *PZPWSTR;
typedef char *PZZSTR;
typedef const char *PCZZSTR;
typedef wchar_t *PZZWSTR;
typedef const wchar_t *PCZZWSTR;
typedef LONG NTSTATUS, *PNTSTATUS;
typedef LONG HRESULT;
typedef ULONG LOGICAL, *PLOGICAL;
typedef ULONG CLONG;
typedef ULONG ACCESS_MASK, *PACCESS_MASK;
typedef UCHAR KIRQL, *PKIRQL;
typedef CCHAR KPROCESSOR_MODE;
typedef LONG KPRIORITY;
typedef USHORT RTL_ATOM;
typedef ULONG EXECUTION_STATE;

#define MINCHAR   0x80
#define MAXCHAR   0x7f
#define MINSHORT  0x8000
#define MAXSHORT  0x7fff
#define MINLONG   0x80000000
#define MAXLONG   0x7fffffff
#define MAXUCHAR  0xff
#define MAXUSHORT 0xffff
#define MAXULONG  0xffffffff
#define MAXLONGLONG  (0x7fffffffffffffffLL)
#define MAXULONGLONG (0xffffffffffffffffULL)
#define MAXULONG_PTR (~((ULONG_PTR)0))

/* basetsd.h: conversions between pointers and 32-bit integers, documented
 * with the Windows data types ("Pointer precision" helpers): a pointer
 * narrowed to 32 bits, or a 32-bit value widened (sign- or zero-extended)
 * to a pointer. */
#ifdef __cplusplus
#define STORCHECK_BASETSD_INLINE inline
#else
#define STORCHECK_BASETSD_INLINE static __inline
#endif
STORCHECK_BASETSD_INLINE unsigned long PtrToUlong(const void *p) { return (unsigned long)(ULONG_PTR)p; }
STORCHECK_BASETSD_INLINE long PtrToLong(const void *p) { return (long)(LONG_PTR)p; }
STORCHECK_BASETSD_INLINE unsigned int PtrToUint(const void *p) { return (unsigned int)(ULONG_PTR)p; }
STORCHECK_BASETSD_INLINE int PtrToInt(const void *p) { return (int)(LONG_PTR)p; }
STORCHECK_BASETSD_INLINE unsigned short PtrToUshort(const void *p) { return (unsigned short)(ULONG_PTR)p; }
STORCHECK_BASETSD_INLINE short PtrToShort(const void *p) { return (short)(LONG_PTR)p; }
STORCHECK_BASETSD_INLINE void *IntToPtr(const int i) { return (void *)(LONG_PTR)i; }
STORCHECK_BASETSD_INLINE void *UIntToPtr(const unsigned int ui) { return (void *)(ULONG_PTR)ui; }
STORCHECK_BASETSD_INLINE void *LongToPtr(const long l) { return (void *)(LONG_PTR)l; }
STORCHECK_BASETSD_INLINE void *ULongToPtr(const unsigned long ul) { return (void *)(ULONG_PTR)ul; }
#define UlongToPtr(ul) ULongToPtr(ul)
#define UintToPtr(ui) UIntToPtr(ui)
#define PtrToUlong64(p) ((unsigned __int64)(ULONG_PTR)(p))
#define HandleToULong(h) ((unsigned long)(ULONG_PTR)(h))
#define HandleToLong(h) ((long)(LONG_PTR)(h))
#define ULongToHandle(ul) ((HANDLE)(ULONG_PTR)(ul))
#define LongToHandle(l) ((HANDLE)(LONG_PTR)(l))
#define HandleToUlong(h) HandleToULong(h)
#define UlongToHandle(ul) ULongToHandle(ul)
#define MAXLONG_PTR  ((LONG_PTR)(MAXULONG_PTR >> 1))
#define MAXSIZE_T    ((SIZE_T)~((SIZE_T)0))
#define MAXUINT8  ((UINT8)~((UINT8)0))
#define MAXUINT16 ((UINT16)~((UINT16)0))
#define MAXUINT32 ((UINT32)~((UINT32)0))
#define MAXUINT64 ((UINT64)~((UINT64)0))
#define MAXINT32  ((INT32)(MAXUINT32 >> 1))
#define MAXUINT   ((UINT)~((UINT)0))
#define MAXINT    ((INT)(MAXUINT >> 1))
#define MAXDWORD  0xffffffff
#define MAXWORD   0xffff
#define MAXBYTE   0xff
#define MAXINT8   ((INT8)(MAXUINT8 >> 1))
#define MININT8   ((INT8)~MAXINT8)
#define MAXINT16  ((INT16)(MAXUINT16 >> 1))
#define MININT16  ((INT16)~MAXINT16)
#define MININT32  ((INT32)~MAXINT32)
#define MAXINT64  ((INT64)(MAXUINT64 >> 1))
#define MININT64  ((INT64)~MAXINT64)
#define MAXULONG32  ((ULONG32)~((ULONG32)0))
#define MAXLONG32   ((LONG32)(MAXULONG32 >> 1))
#define MINLONG32   ((LONG32)~MAXLONG32)
#define MAXULONG64  ((ULONG64)~((ULONG64)0))
#define MAXLONG64   ((LONG64)(MAXULONG64 >> 1))
#define MINLONG64   ((LONG64)~MAXLONG64)
#define MINLONGLONG (~MAXLONGLONG)
#define MAXDWORD32  ((DWORD32)~((DWORD32)0))
#define MAXDWORD64  ((DWORD64)~((DWORD64)0))
#define MAXSSIZE_T  ((SSIZE_T)(MAXSIZE_T >> 1))
#define MINSSIZE_T  ((SSIZE_T)~MAXSSIZE_T)
#define MININT      ((INT)~MAXINT)
#define MINLONG_PTR (~MAXLONG_PTR)

/* ---- 64-bit integers split in two halves ---- */
typedef union _LARGE_INTEGER {
    struct {
        ULONG LowPart;
        LONG HighPart;
    };
    struct {
        ULONG LowPart;
        LONG HighPart;
    } u;
    LONGLONG QuadPart;
} LARGE_INTEGER, *PLARGE_INTEGER;

typedef union _ULARGE_INTEGER {
    struct {
        ULONG LowPart;
        ULONG HighPart;
    };
    struct {
        ULONG LowPart;
        ULONG HighPart;
    } u;
    ULONGLONG QuadPart;
} ULARGE_INTEGER, *PULARGE_INTEGER;

typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;

typedef struct _LUID {
    ULONG LowPart;
    LONG HighPart;
} LUID, *PLUID;

/* ---- lists ---- */
typedef struct _LIST_ENTRY {
    struct _LIST_ENTRY *Flink;
    struct _LIST_ENTRY *Blink;
} LIST_ENTRY, *PLIST_ENTRY, *PRLIST_ENTRY;

typedef struct _SINGLE_LIST_ENTRY {
    struct _SINGLE_LIST_ENTRY *Next;
} SINGLE_LIST_ENTRY, *PSINGLE_LIST_ENTRY;

typedef struct DECLSPEC_ALIGN(16) _SLIST_ENTRY {
    struct _SLIST_ENTRY *Next;
} SLIST_ENTRY, *PSLIST_ENTRY;

typedef union DECLSPEC_ALIGN(16) _SLIST_HEADER {
    struct {
        ULONGLONG Alignment;
        ULONGLONG Region;
    };
    struct {
        ULONGLONG Depth : 16;
        ULONGLONG Sequence : 48;
        ULONGLONG Reserved : 4;
        ULONGLONG NextEntry : 60;
    } HeaderX64;
} SLIST_HEADER, *PSLIST_HEADER;

/* ---- strings ---- */
typedef struct _STRING {
    USHORT Length;
    USHORT MaximumLength;
    PCHAR Buffer;
} STRING, *PSTRING, ANSI_STRING, *PANSI_STRING, OEM_STRING, *POEM_STRING;
typedef const STRING *PCSTRING, *PCANSI_STRING, *PCOEM_STRING;

typedef struct _UNICODE_STRING {
    USHORT Length;
    USHORT MaximumLength;
    PWCH Buffer;
} UNICODE_STRING, *PUNICODE_STRING;
typedef const UNICODE_STRING *PCUNICODE_STRING;

#define RTL_CONSTANT_STRING(s) { sizeof(s) - sizeof((s)[0]), sizeof(s), (void *)(s) }
#define DECLARE_CONST_UNICODE_STRING(n, s) const UNICODE_STRING n = RTL_CONSTANT_STRING(s)
#define DECLARE_UNICODE_STRING_SIZE(n, s) \
    WCHAR n##_buffer[s]; UNICODE_STRING n = { 0, (s) * sizeof(WCHAR), n##_buffer }

/* ---- GUID: see guiddef.h (DEFINE_GUID follows INITGUID there) ---- */
#include <guiddef.h>
typedef GUID *PGUID;
typedef const GUID *PCGUID;
typedef GUID UUID;

/* ---- object attributes ---- */
typedef struct _OBJECT_ATTRIBUTES {
    ULONG Length;
    HANDLE RootDirectory;
    PUNICODE_STRING ObjectName;
    ULONG Attributes;
    PVOID SecurityDescriptor;
    PVOID SecurityQualityOfService;
} OBJECT_ATTRIBUTES, *POBJECT_ATTRIBUTES;
typedef const OBJECT_ATTRIBUTES *PCOBJECT_ATTRIBUTES;

#define OBJ_INHERIT          0x00000002L
#define OBJ_PERMANENT        0x00000010L
#define OBJ_EXCLUSIVE        0x00000020L
#define OBJ_CASE_INSENSITIVE 0x00000040L
#define OBJ_OPENIF           0x00000080L
#define OBJ_OPENLINK         0x00000100L
#define OBJ_KERNEL_HANDLE    0x00000200L
#define OBJ_FORCE_ACCESS_CHECK 0x00000400L
#define InitializeObjectAttributes(p, n, a, r, s) do { \
        (p)->Length = sizeof(OBJECT_ATTRIBUTES);        \
        (p)->RootDirectory = (r);                       \
        (p)->Attributes = (a);                          \
        (p)->ObjectName = (n);                          \
        (p)->SecurityDescriptor = (s);                  \
        (p)->SecurityQualityOfService = NULL;           \
    } while (0)

/* ---- misc enums shared with user mode ---- */
typedef enum _EVENT_TYPE { NotificationEvent, SynchronizationEvent } EVENT_TYPE;
typedef enum _TIMER_TYPE { NotificationTimer, SynchronizationTimer } TIMER_TYPE;
typedef enum _WAIT_TYPE { WaitAll, WaitAny, WaitNotification, WaitDequeue, WaitDpc } WAIT_TYPE;
typedef enum _NT_PRODUCT_TYPE { NtProductWinNt = 1, NtProductLanManNt, NtProductServer } NT_PRODUCT_TYPE;

typedef struct _PROCESSOR_NUMBER {
    USHORT Group;
    UCHAR Number;
    UCHAR Reserved;
} PROCESSOR_NUMBER, *PPROCESSOR_NUMBER;

typedef struct _GROUP_AFFINITY {
    KAFFINITY Mask;
    USHORT Group;
    USHORT Reserved[3];
} GROUP_AFFINITY, *PGROUP_AFFINITY;

/* ---- status helpers ---- */
#define NT_SUCCESS(s)     (((NTSTATUS)(s)) >= 0)
#define NT_INFORMATION(s) ((((ULONG)(s)) >> 30) == 1)
#define NT_WARNING(s)     ((((ULONG)(s)) >> 30) == 2)
#define NT_ERROR(s)       ((((ULONG)(s)) >> 30) == 3)

/* ---- structure and arithmetic helpers ---- */
#define FIELD_OFFSET(type, field) ((LONG)offsetof(type, field))
#define UFIELD_OFFSET(type, field) ((ULONG)offsetof(type, field))
#define RTL_FIELD_SIZE(type, field) (sizeof(((type *)0)->field))
#define RTL_SIZEOF_THROUGH_FIELD(type, field) (FIELD_OFFSET(type, field) + RTL_FIELD_SIZE(type, field))
#define RTL_CONTAINS_FIELD(s, sz, f) ((((PCHAR)(&(s)->f)) + sizeof((s)->f)) <= (((PCHAR)(s)) + (sz)))
#define RTL_NUMBER_OF_V1(a) (sizeof(a) / sizeof((a)[0]))
#define RTL_NUMBER_OF_V2(a) RTL_NUMBER_OF_V1(a)
#define RTL_NUMBER_OF(a) RTL_NUMBER_OF_V1(a)
#define RTL_NUMBER_OF_FIELD(type, field) (RTL_NUMBER_OF(RTL_FIELD_SIZE(type, field)))
#define ARRAYSIZE(a) RTL_NUMBER_OF_V1(a)
#define _ARRAYSIZE(a) RTL_NUMBER_OF_V1(a)
#define CONTAINING_RECORD(address, type, field) \
    ((type *)((PCHAR)(address) - (ULONG_PTR)(&((type *)0)->field)))
#define TYPE_ALIGNMENT(t) __alignof(t)
#define ALIGN_DOWN_BY(length, alignment) ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment) - 1))
#define ALIGN_UP_BY(length, alignment) (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment) - 1), alignment))
#define ALIGN_DOWN_POINTER_BY(p, a) ((PVOID)ALIGN_DOWN_BY(p, a))
#define ALIGN_UP_POINTER_BY(p, a) ((PVOID)ALIGN_UP_BY(p, a))
#define ALIGN_DOWN(length, type) ALIGN_DOWN_BY(length, sizeof(type))
#define ALIGN_UP(length, type) ALIGN_UP_BY(length, sizeof(type))
#define ALIGN_DOWN_POINTER(p, type) ALIGN_DOWN_POINTER_BY(p, sizeof(type))
#define ALIGN_UP_POINTER(p, type) ALIGN_UP_POINTER_BY(p, sizeof(type))
#define ROUND_TO_PAGES(s) (((ULONG_PTR)(s) + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1))
#define BYTES_TO_PAGES(s) (((s) >> PAGE_SHIFT) + (((s) & (PAGE_SIZE - 1)) != 0))
#define BYTE_OFFSET(va) ((ULONG)((LONG_PTR)(va) & (PAGE_SIZE - 1)))
#define PAGE_ALIGN(va) ((PVOID)((ULONG_PTR)(va) & ~(PAGE_SIZE - 1)))
#define ADDRESS_AND_SIZE_TO_SPAN_PAGES(va, size) \
    ((BYTE_OFFSET(va) + ((SIZE_T)(size)) + (PAGE_SIZE - 1)) >> PAGE_SHIFT)
#define FlagOn(f, b) ((f) & (b))
#define BooleanFlagOn(f, b) ((BOOLEAN)(((f) & (b)) != 0))
#define SetFlag(f, b) ((f) |= (b))
#define ClearFlag(f, b) ((f) &= ~(b))
#define MAKEWORD(a, b) ((USHORT)(((UCHAR)(a)) | ((USHORT)((UCHAR)(b))) << 8))
#define MAKELONG(a, b) ((LONG)(((USHORT)(a)) | ((ULONG)((USHORT)(b))) << 16))
#define LOWORD(l) ((USHORT)((ULONG_PTR)(l) & 0xffff))
#define HIWORD(l) ((USHORT)((ULONG_PTR)(l) >> 16))
#define LOBYTE(w) ((UCHAR)((ULONG_PTR)(w) & 0xff))
#define HIBYTE(w) ((UCHAR)((ULONG_PTR)(w) >> 8))
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif
#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#define Int32x32To64(a, b) (((LONGLONG)((LONG)(a))) * ((LONGLONG)((LONG)(b))))
#define UInt32x32To64(a, b) (((ULONGLONG)((ULONG)(a))) * ((ULONGLONG)((ULONG)(b))))

#define C_ASSERT(e) typedef char __C_ASSERT__[(e) ? 1 : -1]
#define UNREFERENCED_PARAMETER(p) ((void)(p))
#define DBG_UNREFERENCED_PARAMETER(p) ((void)(p))
#define DBG_UNREFERENCED_LOCAL_VARIABLE(v) ((void)(v))
#define UNREFERENCED_LOCAL_VARIABLE(v) ((void)(v))
#define DEFINE_ENUM_FLAG_OPERATORS(t)
#define __analysis_assume(e)
#define __assume_bound(e)
#define ANALYSIS_ASSUME(e)
#define PREFAST_SUPPRESS_WARNING(w)
#define __WARNING_ACCESSING_MEMORY 0

/* ---- time ---- */
typedef struct _TIME_FIELDS {
    SHORT Year;
    SHORT Month;
    SHORT Day;
    SHORT Hour;
    SHORT Minute;
    SHORT Second;
    SHORT Milliseconds;
    SHORT Weekday;
} TIME_FIELDS, *PTIME_FIELDS;

#endif /* STORCHECK_NTDEF_H */
