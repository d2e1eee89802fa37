/* SPDX-License-Identifier: Apache-2.0 */
/*
 * scsiwmi.h - storcheck model header.
 * WMI support library for SCSI/Storport miniports (learn.microsoft.com:
 * ddi/scsiwmi/ns-scsiwmi-_scsiwmilib_context, nf-scsiwmi-scsiportwmidispatchfunction,
 * nf-scsiwmi-scsiportwmipostprocess, nc-scsiwmi-pscsiwmi_* callbacks).
 */
#ifndef STORCHECK_SCSIWMI_H
#define STORCHECK_SCSIWMI_H

#include <miniport.h>
#include <wmistr.h>

typedef struct _SCSIWMI_REQUEST_CONTEXT {
    PVOID UserContext;
    ULONG BufferSize;
    PUCHAR Buffer;
    UCHAR MinorFunction;
    UCHAR ReturnStatus;
    ULONG ReturnSize;
} SCSIWMI_REQUEST_CONTEXT, *PSCSIWMI_REQUEST_CONTEXT;

#define ScsiPortWmiGetReturnStatus(RequestContext) ((RequestContext)->ReturnStatus)
#define ScsiPortWmiGetReturnSize(RequestContext) ((RequestContext)->ReturnSize)

typedef struct _SCSIWMIGUIDREGINFO {
    LPCGUID Guid;
    ULONG InstanceCount;
    ULONG Flags;
} SCSIWMIGUIDREGINFO, *PSCSIWMIGUIDREGINFO;

typedef enum _SCSIWMI_ENABLE_DISABLE_CONTROL {
    ScsiWmiEventControl,
    ScsiWmiDataBlockControl
} SCSIWMI_ENABLE_DISABLE_CONTROL;

typedef UCHAR (*PSCSIWMI_QUERY_REGINFO)(_In_ PVOID DeviceContext, _In_ PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                        _Out_ PWCHAR *MofResourceName);
typedef BOOLEAN (*PSCSIWMI_QUERY_DATABLOCK)(_In_ PVOID DeviceContext, _In_ PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                            _In_ ULONG GuidIndex, _In_ ULONG InstanceIndex, _In_ ULONG InstanceCount,
                                            _Inout_ PULONG InstanceLengthArray, _In_ ULONG BufferAvail,
                                            _Out_writes_bytes_(BufferAvail) PUCHAR Buffer);
typedef BOOLEAN (*PSCSIWMI_SET_DATABLOCK)(_In_ PVOID DeviceContext, _In_ PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                          _In_ ULONG GuidIndex, _In_ ULONG InstanceIndex, _In_ ULONG BufferSize,
                                          _In_reads_bytes_(BufferSize) PUCHAR Buffer);
typedef BOOLEAN (*PSCSIWMI_SET_DATAITEM)(_In_ PVOID DeviceContext, _In_ PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                         _In_ ULONG GuidIndex, _In_ ULONG InstanceIndex, _In_ ULONG DataItemId,
                                         _In_ ULONG BufferSize, _In_reads_bytes_(BufferSize) PUCHAR Buffer);
typedef BOOLEAN (*PSCSIWMI_EXECUTE_METHOD)(_In_ PVOID DeviceContext, _In_ PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                           _In_ ULONG GuidIndex, _In_ ULONG InstanceIndex, _In_ ULONG MethodId,
                                           _In_ ULONG InBufferSize, _In_ ULONG OutBufferSize,
                                           _Inout_updates_bytes_(OutBufferSize) PUCHAR Buffer);
typedef BOOLEAN (*PSCSIWMI_FUNCTION_CONTROL)(_In_ PVOID DeviceContext, _In_ PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                             _In_ ULONG GuidIndex, _In_ SCSIWMI_ENABLE_DISABLE_CONTROL Function,
                                             _In_ BOOLEAN Enable);

typedef struct _SCSIWMILIB_CONTEXT {
    ULONG GuidCount;
    PSCSIWMIGUIDREGINFO GuidList;
    PSCSIWMI_QUERY_REGINFO QueryWmiRegInfo;
    PSCSIWMI_QUERY_DATABLOCK QueryWmiDataBlock;
    PSCSIWMI_SET_DATABLOCK SetWmiDataBlock;
    PSCSIWMI_SET_DATAITEM SetWmiDataItem;
    PSCSIWMI_EXECUTE_METHOD ExecuteWmiMethod;
    PSCSIWMI_FUNCTION_CONTROL WmiFunctionControl;
} SCSI_WMILIB_CONTEXT, *PSCSI_WMILIB_CONTEXT;

BOOLEAN ScsiPortWmiDispatchFunction(_In_ PSCSI_WMILIB_CONTEXT WmiLibInfo, _In_ UCHAR MinorFunction,
                                    _In_ PVOID DeviceContext, _In_ PSCSIWMI_REQUEST_CONTEXT RequestContext,
                                    _In_ PVOID DataPath, _In_ ULONG BufferSize, _In_ PVOID Buffer);
VOID ScsiPortWmiPostProcess(_Inout_ PSCSIWMI_REQUEST_CONTEXT RequestContext, _In_ UCHAR SrbStatus,
                            _In_ ULONG BufferUsed);
VOID ScsiPortWmiFireAdapterEvent(_In_ PVOID HwDeviceExtension, _In_ LPGUID Guid, _In_ ULONG InstanceIndex,
                                 _In_ ULONG EventDataSize, _In_ PVOID EventData);
VOID ScsiPortWmiFireLogicalUnitEvent(_In_ PVOID HwDeviceExtension, _In_ UCHAR PathId, _In_ UCHAR TargetId,
                                     _In_ UCHAR Lun, _In_ LPGUID Guid, _In_ ULONG InstanceIndex,
                                     _In_ ULONG EventDataSize, _In_ PVOID EventData);
BOOLEAN ScsiPortWmiSetInstanceCount(_In_ PSCSIWMI_REQUEST_CONTEXT RequestContext, _In_ ULONG InstanceCount,
                                    _Out_ PULONG BufferAvail, _Out_ PULONG SizeNeeded);
PWCHAR ScsiPortWmiSetInstanceName(_In_ PSCSIWMI_REQUEST_CONTEXT RequestContext, _In_ ULONG InstanceIndex,
                                  _In_ ULONG InstanceNameLength, _Out_ PULONG BufferAvail,
                                  _Inout_ PULONG SizeNeeded);
PVOID ScsiPortWmiSetData(_In_ PSCSIWMI_REQUEST_CONTEXT RequestContext, _In_ ULONG InstanceIndex,
                         _In_ ULONG DataLength, _Out_ PULONG BufferAvail, _Inout_ PULONG SizeNeeded);

#endif /* STORCHECK_SCSIWMI_H */
