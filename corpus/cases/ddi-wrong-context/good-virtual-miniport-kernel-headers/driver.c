/*
 * ddi-wrong-context: a clean virtual miniport that leans on the kernel-side
 * model headers rather than on Storport alone: ntifs.h (KQUEUE), rundown
 * protection, RTL_BITMAP, the ntintsafe routines, DEFINE_GUID after
 * initguid.h, the IO_STACK_LOCATION DeviceIoControl parameters, a
 * DRIVER_DISPATCH routine with try/except around ProbeForRead, and the C
 * runtime's memcpy. Every call is made where its IRQL allows.
 */
// expect-no-findings

#include "vmp.h"
#include <initguid.h>

DEFINE_GUID(GUID_VMP_ADAPTER, 0x6b1f5b40, 0x0c3d, 0x4a77, 0x9b, 0x28, 0x51, 0x0e, 0x6a, 0x31, 0x7d, 0x90);

PDRIVER_DISPATCH VmpStorportDeviceControl;

ULONG VmpFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PVOID LowerDevice,
                     PCHAR ArgumentString, PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    PVMP_DEVICE_EXTENSION devExt = (PVMP_DEVICE_EXTENSION)DeviceExtension;
    ULONG64 capacity;

    KeInitializeQueue(&devExt->PendingQueue, 0);
    ExInitializeRundownProtection(&devExt->Rundown);
    RtlInitializeBitMap(&devExt->TagMap, devExt->TagBits, VMP_TAG_COUNT);
    RtlClearAllBits(&devExt->TagMap);
    devExt->BlockLength = 512;
    devExt->BlockCount = 0x100000;
    if (!NT_SUCCESS(RtlULongLongMult(devExt->BlockLength, devExt->BlockCount, &capacity))) {
        return SP_RETURN_BAD_CONFIG;
    }
    devExt->Capacity = capacity;
    ConfigInfo->MaximumTransferLength = 0x10000;
    ConfigInfo->NumberOfPhysicalBreaks = 16;
    ConfigInfo->ScatterGather = TRUE;
    ConfigInfo->Master = TRUE;
    *Again = FALSE;
    return SP_RETURN_FOUND;
}

BOOLEAN VmpInitialize(PVOID DeviceExtension)
{
    return TRUE;
}

BOOLEAN VmpBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PVMP_DEVICE_EXTENSION devExt = (PVMP_DEVICE_EXTENSION)DeviceExtension;
    PVMP_SRB_EXTENSION srbExt = (PVMP_SRB_EXTENSION)Srb->SrbExtension;

    srbExt->Tag = RtlFindClearBitsAndSet(&devExt->TagMap, 1, 0);
    return srbExt->Tag != MAXULONG;
}

BOOLEAN VmpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PVMP_DEVICE_EXTENSION devExt = (PVMP_DEVICE_EXTENSION)DeviceExtension;
    PVMP_SRB_EXTENSION srbExt = (PVMP_SRB_EXTENSION)Srb->SrbExtension;

    if (!ExAcquireRundownProtection(&devExt->Rundown)) {
        Srb->SrbStatus = SRB_STATUS_NO_DEVICE;
        StorPortNotification(RequestComplete, DeviceExtension, Srb);
        return TRUE;
    }
    KeInsertQueue(&devExt->PendingQueue, &srbExt->ListEntry);
    ExReleaseRundownProtection(&devExt->Rundown);
    return TRUE;
}

BOOLEAN VmpResetBus(PVOID DeviceExtension, ULONG PathId)
{
    StorPortCompleteRequest(DeviceExtension, (UCHAR)PathId, SP_UNTAGGED, SP_UNTAGGED, SRB_STATUS_BUS_RESET);
    return TRUE;
}

SCSI_ADAPTER_CONTROL_STATUS VmpAdapterControl(PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
                                              PVOID Parameters)
{
    if (ControlType == ScsiQuerySupportedControlTypes) {
        ((PSCSI_SUPPORTED_CONTROL_TYPE_LIST)Parameters)->SupportedTypeList[ScsiQuerySupportedControlTypes] = TRUE;
    }
    return ScsiAdapterControlSuccess;
}

NTSTATUS VmpDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION irpSp = IoGetCurrentIrpStackLocation(Irp);
    PVMP_PROVISION_PARAMS params;
    VMP_PROVISION_PARAMS copy;
    NTSTATUS status = STATUS_SUCCESS;

    if (irpSp->Parameters.DeviceIoControl.IoControlCode != VMP_IOCTL_PROVISION) {
        return VmpStorportDeviceControl(DeviceObject, Irp);
    }
    if (irpSp->Parameters.DeviceIoControl.InputBufferLength < sizeof(VMP_PROVISION_PARAMS)) {
        status = STATUS_INVALID_PARAMETER;
    } else {
        params = (PVMP_PROVISION_PARAMS)Irp->AssociatedIrp.SystemBuffer;
        try {
            if (Irp->RequestorMode == UserMode) {
                ProbeForRead(params, sizeof(*params), sizeof(ULONG));
            }
            memcpy(&copy, params, sizeof(copy));
        } except (EXCEPTION_EXECUTE_HANDLER) {
            status = GetExceptionCode();
        }
        if (NT_SUCCESS(status) && !IsEqualGUID(&copy.Guid, &GUID_VMP_ADAPTER)) {
            status = STATUS_INVALID_PARAMETER;
        }
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    VIRTUAL_HW_INITIALIZATION_DATA initData;
    NTSTATUS status;

    RtlZeroMemory(&initData, sizeof(initData));
    initData.HwInitializationDataSize = sizeof(VIRTUAL_HW_INITIALIZATION_DATA);
    initData.AdapterInterfaceType = Internal;
    initData.HwFindAdapter = VmpFindAdapter;
    initData.HwInitialize = VmpInitialize;
    initData.HwStartIo = VmpStartIo;
    initData.HwBuildIo = VmpBuildIo;
    initData.HwResetBus = VmpResetBus;
    initData.HwAdapterControl = VmpAdapterControl;
    initData.DeviceExtensionSize = sizeof(VMP_DEVICE_EXTENSION);
    initData.SrbExtensionSize = sizeof(VMP_SRB_EXTENSION);
    initData.TaggedQueuing = TRUE;
    initData.AutoRequestSense = TRUE;
    initData.MultipleRequestPerLu = TRUE;
    status = StorPortInitialize(DriverObject, RegistryPath, (PHW_INITIALIZATION_DATA)&initData, NULL);
    if (NT_SUCCESS(status)) {
        VmpStorportDeviceControl = DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL];
        DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = VmpDeviceControl;
    }
    return status;
}
