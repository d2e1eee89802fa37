/*
 * port-memory-freed: a release wrapper receives the SRB extension untyped and
 * frees it through a local typed as the SRB extension. The release is reported
 * once, inside the wrapper, not again at each of its two callers.
 */
#include <storport.h>

typedef struct _MP_DEVICE_EXTENSION {
    ULONG Requests;
} MP_DEVICE_EXTENSION, *PMP_DEVICE_EXTENSION;

typedef struct _MP_SRB_EXTENSION {
    PVOID Bounce;
} MP_SRB_EXTENSION, *PMP_SRB_EXTENSION;

static VOID MpReleaseRequest(PMP_DEVICE_EXTENSION DevExt, PVOID Context)
{
    PMP_SRB_EXTENSION ext = (PMP_SRB_EXTENSION)Context;

    StorPortFreePool(DevExt, ext);  // expect: port-memory-freed
}

BOOLEAN MpBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;

    devExt->Requests++;
    if (Srb->DataTransferLength == 0) {
        MpReleaseRequest(devExt, Srb->SrbExtension);
        return TRUE;
    }
    MpReleaseRequest(devExt, Srb->SrbExtension);
    return TRUE;
}

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    Srb->SrbStatus = SRB_STATUS_SUCCESS;
    StorPortNotification(RequestComplete, DeviceExtension, Srb);
    return TRUE;
}

ULONG MpFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                    PCHAR ArgumentString, PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    ConfigInfo->MaximumTransferLength = 0x10000;
    ConfigInfo->NumberOfPhysicalBreaks = 16;
    return SP_RETURN_FOUND;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)  // expect: init-data-invalid
{
    HW_INITIALIZATION_DATA initData;

    RtlZeroMemory(&initData, sizeof(HW_INITIALIZATION_DATA));
    initData.HwInitializationDataSize = sizeof(HW_INITIALIZATION_DATA);
    initData.HwFindAdapter = MpFindAdapter;
    initData.HwStartIo = MpStartIo;
    initData.HwBuildIo = MpBuildIo;
    initData.DeviceExtensionSize = sizeof(MP_DEVICE_EXTENSION);
    initData.SrbExtensionSize = sizeof(MP_SRB_EXTENSION);
    return StorPortInitialize(DriverObject, RegistryPath, &initData, NULL);
}
