/* SPDX-License-Identifier: Apache-2.0 */
/*
 * hbaapi.h - storcheck model header.
 * HBA API status codes, port types and port states (SNIA HBA API /
 * SM-HBA as referenced by learn.microsoft.com: /windows-hardware/drivers/
 * storage/hba-api-support).
 */
#ifndef STORCHECK_HBAAPI_H
#define STORCHECK_HBAAPI_H

#include <ntdef.h>

typedef ULONG HBA_STATUS;
#define HBA_STATUS_OK                   0
#define HBA_STATUS_ERROR                1
#define HBA_STATUS_ERROR_NOT_SUPPORTED  2
#define HBA_STATUS_ERROR_INVALID_HANDLE 3
#define HBA_STATUS_ERROR_ARG            4
#define HBA_STATUS_ERROR_ILLEGAL_WWN    5
#define HBA_STATUS_ERROR_ILLEGAL_INDEX  6
#define HBA_STATUS_ERROR_MORE_DATA      7
#define HBA_STATUS_ERROR_STALE_DATA     8
#define HBA_STATUS_SCSI_CHECK_CONDITION 9
#define HBA_STATUS_ERROR_BUSY           10
#define HBA_STATUS_ERROR_TRY_AGAIN      11
#define HBA_STATUS_ERROR_UNAVAILABLE    12

typedef ULONG HBA_PORTTYPE;
#define HBA_PORTTYPE_UNKNOWN    1
#define HBA_PORTTYPE_OTHER      2
#define HBA_PORTTYPE_NOTPRESENT 3
#define HBA_PORTTYPE_NPORT      5
#define HBA_PORTTYPE_NLPORT     6
#define HBA_PORTTYPE_FLPORT     7
#define HBA_PORTTYPE_FPORT      8
#define HBA_PORTTYPE_EPORT      9
#define HBA_PORTTYPE_GPORT      10
#define HBA_PORTTYPE_LPORT      20
#define HBA_PORTTYPE_PTP        21
#define HBA_PORTTYPE_SASDEVICE  30
#define HBA_PORTTYPE_SATADEVICE 31
#define HBA_PORTTYPE_SASEXPANDER 32

typedef ULONG HBA_PORTSTATE;
#define HBA_PORTSTATE_UNKNOWN   1
#define HBA_PORTSTATE_ONLINE    2
#define HBA_PORTSTATE_OFFLINE   3
#define HBA_PORTSTATE_BYPASSED  4
#define HBA_PORTSTATE_DIAGNOSTICS 5
#define HBA_PORTSTATE_LINKDOWN  6
#define HBA_PORTSTATE_ERROR     7
#define HBA_PORTSTATE_LOOPBACK  8
#define HBA_PORTSTATE_DEGRADED  9

typedef ULONG HBA_PORTSPEED;
#define HBA_PORTSPEED_UNKNOWN   0
#define HBA_PORTSPEED_1GBIT     1
#define HBA_PORTSPEED_2GBIT     2
#define HBA_PORTSPEED_10GBIT    4
#define HBA_PORTSPEED_4GBIT     8

/* Event types a Fibre Channel HBA reports (learn.microsoft.com:
 * storage/event-types-qualifiers names them; the values are the SNIA HBA
 * API's: one hundred-block per event class). */
#define HBA_EVENT_ADAPTER_UNKNOWN     0x100
#define HBA_EVENT_ADAPTER_ADD         0x101
#define HBA_EVENT_ADAPTER_REMOVE      0x102
#define HBA_EVENT_ADAPTER_CHANGE      0x103
#define HBA_EVENT_PORT_UNKNOWN        0x200
#define HBA_EVENT_PORT_OFFLINE        0x201
#define HBA_EVENT_PORT_ONLINE         0x202
#define HBA_EVENT_PORT_NEW_TARGETS    0x203
#define HBA_EVENT_PORT_FABRIC         0x204
#define HBA_EVENT_PORT_STAT_THRESHOLD 0x205
#define HBA_EVENT_PORT_STAT_GROWTH    0x206
#define HBA_EVENT_TARGET_UNKNOWN      0x300
#define HBA_EVENT_TARGET_OFFLINE      0x301
#define HBA_EVENT_TARGET_ONLINE       0x302
#define HBA_EVENT_TARGET_REMOVED      0x303
#define HBA_EVENT_LINK_UNKNOWN        0x500
#define HBA_EVENT_LINK_INCIDENT       0x501

#endif /* STORCHECK_HBAAPI_H */
