/* SPDX-License-Identifier: Apache-2.0 */
/*
 * netioapi.h - storcheck model header.
 * The IP helper interface's header, which kernel code includes for the
 * address types it shares with user mode (learn.microsoft.com:
 * win32/api/netioapi/, whose structures are built on ws2ipdef.h's
 * SOCKADDR_INET). Only those types are modelled.
 */
#ifndef STORCHECK_NETIOAPI_H
#define STORCHECK_NETIOAPI_H

#include <ws2ipdef.h>

#endif /* STORCHECK_NETIOAPI_H */
