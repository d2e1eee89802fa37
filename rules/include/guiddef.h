/* SPDX-License-Identifier: Apache-2.0 */
/*
 * guiddef.h - storcheck model header.
 * GUID, its pointer and reference forms, IsEqualGUID, and DEFINE_GUID
 * (learn.microsoft.com: /windows/win32/api/guiddef/ns-guiddef-guid,
 * /windows-hardware/drivers/kernel/defining-and-exporting-new-guids).
 * DEFINE_GUID declares the GUID (extern) unless INITGUID is defined when
 * this header is read, in which case it defines it with its value. That
 * part sits outside the include guard on purpose: <initguid.h> defines
 * INITGUID and reads this header again, so GUID headers included after it
 * define their GUIDs, as in the WDK.
 */
#ifndef STORCHECK_GUIDDEF_H
#define STORCHECK_GUIDDEF_H

#ifndef GUID_DEFINED
#define GUID_DEFINED
typedef struct _GUID {
    unsigned long Data1;
    unsigned short Data2;
    unsigned short Data3;
    unsigned char Data4[8];
} GUID;
#endif
typedef GUID *LPGUID;
typedef const GUID *LPCGUID;
typedef GUID IID, *LPIID;
typedef GUID CLSID, *LPCLSID;
typedef GUID FMTID, *LPFMTID;
#ifdef __cplusplus
#define REFGUID const GUID &
#define REFIID const IID &
#define REFCLSID const IID &
#define REFFMTID const IID &
#else
#define REFGUID const GUID *
#define REFIID const IID *
#define REFCLSID const IID *
#define REFFMTID const IID *
#endif
#define IID_NULL GUID_NULL
#define CLSID_NULL GUID_NULL
#define FMTID_NULL GUID_NULL

#ifdef __cplusplus
#define IsEqualGUID(a, b) (!memcmp(&(a), &(b), sizeof(GUID)))
#else
#define IsEqualGUID(a, b) (!memcmp((a), (b), sizeof(GUID)))
#endif
#define InlineIsEqualGUID IsEqualGUID
#define IsEqualIID IsEqualGUID
#define IsEqualCLSID IsEqualGUID
#ifdef __cplusplus
extern "C" int __cdecl memcmp(const void *A, const void *B, unsigned __int64 Count);
#else
int __cdecl memcmp(const void *A, const void *B, unsigned __int64 Count);
#endif

#endif /* STORCHECK_GUIDDEF_H */

/* Re-evaluated on every inclusion; see the comment at the top. */
#ifdef DEFINE_GUID
#undef DEFINE_GUID
#endif
#ifndef STORCHECK_GUID_EXTERN_C
#ifdef __cplusplus
#define STORCHECK_GUID_EXTERN_C extern "C"
#else
#define STORCHECK_GUID_EXTERN_C extern
#endif
#endif
#ifdef INITGUID
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    STORCHECK_GUID_EXTERN_C const GUID __declspec(selectany) name = { l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
    STORCHECK_GUID_EXTERN_C const GUID name
#endif
#define DEFINE_OLEGUID(name, l, w1, w2) DEFINE_GUID(name, l, w1, w2, 0xC0, 0, 0, 0, 0, 0, 0, 0x46)
