/*
 * wmistr.h - storcheck model header.
 * WMI registration flags and minor function codes used by WMI providers
 * (learn.microsoft.com: ddi/wmistr/, /windows-hardware/drivers/kernel/
 * irp-mj-system-control).
 */
#ifndef STORCHECK_WMISTR_H
#define STORCHECK_WMISTR_H

#include <ntdef.h>

#define IRP_MN_QUERY_ALL_DATA           0x00
#define IRP_MN_QUERY_SINGLE_INSTANCE    0x01
#define IRP_MN_CHANGE_SINGLE_INSTANCE   0x02
#define IRP_MN_CHANGE_SINGLE_ITEM       0x03
#define IRP_MN_ENABLE_EVENTS            0x04
#define IRP_MN_DISABLE_EVENTS           0x05
#define IRP_MN_ENABLE_COLLECTION        0x06
#define IRP_MN_DISABLE_COLLECTION       0x07
#define IRP_MN_REGINFO                  0x08
#define IRP_MN_EXECUTE_METHOD           0x09
#define IRP_MN_REGINFO_EX               0x0b

#define WMIREG_FLAG_EXPENSIVE           0x00000001
#define WMIREG_FLAG_INSTANCE_LIST       0x00000004
#define WMIREG_FLAG_INSTANCE_BASENAME   0x00000008
#define WMIREG_FLAG_INSTANCE_PDO        0x00000020
#define WMIREG_FLAG_REMOVE_GUID         0x00010000
#define WMIREG_FLAG_RESERVED1           0x00020000
#define WMIREG_FLAG_RESERVED2           0x00040000
#define WMIREG_FLAG_TRACED_GUID         0x00080000
#define WMIREG_FLAG_TRACE_CONTROL_GUID  0x00001000
#define WMIREG_FLAG_EVENT_ONLY_GUID     0x00000040

#define WMIREG_ACTION_REGISTER      1
#define WMIREG_ACTION_DEREGISTER    2
#define WMIREG_ACTION_REREGISTER    3
#define WMIREG_ACTION_UPDATE_GUIDS  4

typedef struct _WNODE_HEADER {
    ULONG BufferSize;
    ULONG ProviderId;
    union {
        ULONG64 HistoricalContext;
        struct {
            ULONG Version;
            ULONG Linkage;
        };
    };
    union {
        ULONG CountLost;
        HANDLE KernelHandle;
        LARGE_INTEGER TimeStamp;
    };
    GUID Guid;
    ULONG ClientContext;
    ULONG Flags;
} WNODE_HEADER, *PWNODE_HEADER;

typedef struct _WNODE_SINGLE_INSTANCE {
    struct _WNODE_HEADER WnodeHeader;
    ULONG OffsetInstanceName;
    ULONG InstanceIndex;
    ULONG DataBlockOffset;
    ULONG SizeDataBlock;
    UCHAR VariableData[];
} WNODE_SINGLE_INSTANCE, *PWNODE_SINGLE_INSTANCE;

typedef struct _WNODE_EVENT_ITEM {
    struct _WNODE_HEADER WnodeHeader;
} WNODE_EVENT_ITEM, *PWNODE_EVENT_ITEM;

#endif /* STORCHECK_WMISTR_H */
