/* SPDX-License-Identifier: Apache-2.0 */
/*
 * ws2ipdef.h - storcheck model header.
 * The IPv4 and IPv6 socket addresses kernel networking headers
 * (<netioapi.h>, <ndis.h>) pass around (learn.microsoft.com:
 * win32/api/ws2ipdef/ns-ws2ipdef-sockaddr_inet, ns-ws2ipdef-sockaddr_in6_lh,
 * win32/api/ws2def/ns-ws2def-sockaddr_in, win32/api/inaddr/ns-inaddr-in_addr,
 * win32/api/in6addr/ns-in6addr-in6_addr, win32/api/ws2def/ns-ws2def-scope_id).
 * Only the address types: no socket calls.
 */
#ifndef STORCHECK_WS2IPDEF_H
#define STORCHECK_WS2IPDEF_H

#include <ntdef.h>

typedef USHORT ADDRESS_FAMILY;

#define AF_UNSPEC 0
#define AF_INET   2
#define AF_INET6  23

typedef struct in_addr {
    union {
        struct { UCHAR s_b1, s_b2, s_b3, s_b4; } S_un_b;
        struct { USHORT s_w1, s_w2; } S_un_w;
        ULONG S_addr;
    } S_un;
} IN_ADDR, *PIN_ADDR;
#define s_addr S_un.S_addr

typedef struct in6_addr {
    union {
        UCHAR Byte[16];
        USHORT Word[8];
    } u;
} IN6_ADDR, *PIN6_ADDR;

typedef struct {
    union {
        struct {
            ULONG Zone : 28;
            ULONG Level : 4;
        };
        ULONG Value;
    };
} SCOPE_ID, *PSCOPE_ID;

typedef struct sockaddr_in {
    ADDRESS_FAMILY sin_family;
    USHORT sin_port;
    IN_ADDR sin_addr;
    CHAR sin_zero[8];
} SOCKADDR_IN, *PSOCKADDR_IN;

typedef struct sockaddr_in6 {
    ADDRESS_FAMILY sin6_family;
    USHORT sin6_port;
    ULONG sin6_flowinfo;
    IN6_ADDR sin6_addr;
    union {
        ULONG sin6_scope_id;
        SCOPE_ID sin6_scope_struct;
    };
} SOCKADDR_IN6, *PSOCKADDR_IN6, SOCKADDR_IN6_LH, *PSOCKADDR_IN6_LH;

typedef union _SOCKADDR_INET {
    SOCKADDR_IN Ipv4;
    SOCKADDR_IN6 Ipv6;
    ADDRESS_FAMILY si_family;
} SOCKADDR_INET, *PSOCKADDR_INET;

#endif /* STORCHECK_WS2IPDEF_H */
