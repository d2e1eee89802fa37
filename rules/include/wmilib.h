/* SPDX-License-Identifier: Apache-2.0 */
/*
 * wmilib.h - storcheck model header.
 * The WMI library a WDM driver uses to answer IRP_MJ_SYSTEM_CONTROL
 * (learn.microsoft.com: /windows-hardware/drivers/ddi/wmilib/ —
 * WMILIB_CONTEXT, WMIGUIDREGINFO, WmiSystemControl, WmiCompleteRequest,
 * WmiFireEvent and the DpWmi* callback types).
 */
#ifndef STORCHECK_WMILIB_H
#define STORCHECK_WMILIB_H

#include <wdm.h>
#include <wmistr.h>

typedef struct {
    LPCGUID Guid;
    ULONG InstanceCount;
    ULONG Flags;
} WMIGUIDREGINFO, *PWMIGUIDREGINFO;

typedef enum { WmiEventControl, WmiDataBlockControl } WMIENABLEDISABLECONTROL, *PWMIENABLEDISABLECONTROL;

typedef _Function_class_(WMI_QUERY_REGINFO_CALLBACK)
NTSTATUS WMI_QUERY_REGINFO_CALLBACK(_Inout_ PDEVICE_OBJECT DeviceObject, _Out_ PULONG RegFlags, _Out_ PUNICODE_STRING InstanceName, _Outptr_result_maybenull_ PUNICODE_STRING *RegistryPath, _Out_ PUNICODE_STRING MofResourceName, _Outptr_result_maybenull_ PDEVICE_OBJECT *Pdo);
typedef WMI_QUERY_REGINFO_CALLBACK *PWMI_QUERY_REGINFO;
typedef _Function_class_(WMI_QUERY_DATABLOCK_CALLBACK)
NTSTATUS WMI_QUERY_DATABLOCK_CALLBACK(_Inout_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp, _In_ ULONG GuidIndex, _In_ ULONG InstanceIndex, _In_ ULONG InstanceCount, _Out_writes_opt_(InstanceCount) PULONG InstanceLengthArray, _In_ ULONG BufferAvail, _Out_writes_bytes_opt_(BufferAvail) PUCHAR Buffer);
typedef WMI_QUERY_DATABLOCK_CALLBACK *PWMI_QUERY_DATABLOCK;
typedef _Function_class_(WMI_SET_DATABLOCK_CALLBACK)
NTSTATUS WMI_SET_DATABLOCK_CALLBACK(_Inout_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp, _In_ ULONG GuidIndex, _In_ ULONG InstanceIndex, _In_ ULONG BufferSize, _In_reads_bytes_(BufferSize) PUCHAR Buffer);
typedef WMI_SET_DATABLOCK_CALLBACK *PWMI_SET_DATABLOCK;
typedef _Function_class_(WMI_SET_DATAITEM_CALLBACK)
NTSTATUS WMI_SET_DATAITEM_CALLBACK(_Inout_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp, _In_ ULONG GuidIndex, _In_ ULONG InstanceIndex, _In_ ULONG DataItemId, _In_ ULONG BufferSize, _In_reads_bytes_(BufferSize) PUCHAR Buffer);
typedef WMI_SET_DATAITEM_CALLBACK *PWMI_SET_DATAITEM;
typedef _Function_class_(WMI_EXECUTE_METHOD_CALLBACK)
NTSTATUS WMI_EXECUTE_METHOD_CALLBACK(_Inout_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp, _In_ ULONG GuidIndex, _In_ ULONG InstanceIndex, _In_ ULONG MethodId, _In_ ULONG InBufferSize, _In_ ULONG OutBufferSize, _Inout_updates_bytes_to_(InBufferSize, OutBufferSize) PUCHAR Buffer);
typedef WMI_EXECUTE_METHOD_CALLBACK *PWMI_EXECUTE_METHOD;
typedef _Function_class_(WMI_FUNCTION_CONTROL_CALLBACK)
NTSTATUS WMI_FUNCTION_CONTROL_CALLBACK(_Inout_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp, _In_ ULONG GuidIndex, _In_ WMIENABLEDISABLECONTROL Function, _In_ BOOLEAN Enable);
typedef WMI_FUNCTION_CONTROL_CALLBACK *PWMI_FUNCTION_CONTROL;

typedef struct _WMILIB_CONTEXT {
    ULONG GuidCount;
    PWMIGUIDREGINFO GuidList;
    PWMI_QUERY_REGINFO QueryWmiRegInfo;
    PWMI_QUERY_DATABLOCK QueryWmiDataBlock;
    PWMI_SET_DATABLOCK SetWmiDataBlock;
    PWMI_SET_DATAITEM SetWmiDataItem;
    PWMI_EXECUTE_METHOD ExecuteWmiMethod;
    PWMI_FUNCTION_CONTROL WmiFunctionControl;
} WMILIB_CONTEXT, *PWMILIB_CONTEXT;

typedef enum {
    IrpProcessed,
    IrpNotCompleted,
    IrpNotWmi,
    IrpForward
} SYSCTL_IRP_DISPOSITION, *PSYSCTL_IRP_DISPOSITION;

NTSTATUS NTAPI WmiCompleteRequest(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp, _In_ NTSTATUS Status, _In_ ULONG BufferUsed, _In_ CCHAR PriorityBoost);
NTSTATUS NTAPI WmiSystemControl(_In_ PWMILIB_CONTEXT WmiLibInfo, _In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp, _Out_ PSYSCTL_IRP_DISPOSITION IrpDisposition);
NTSTATUS NTAPI WmiFireEvent(_In_ PDEVICE_OBJECT DeviceObject, _In_ LPCGUID Guid, _In_ ULONG InstanceIndex, _In_ ULONG EventDataSize, _In_reads_bytes_opt_(EventDataSize) PVOID EventData);

#endif /* STORCHECK_WMILIB_H */
