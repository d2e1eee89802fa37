/*
 * ddi-wrong-context: a lock helper takes the interrupt lock unless told it
 * runs in the ISR. BuildIo passes FALSE (it takes the lock, allowed), the
 * ISR passes TRUE (it does not): the constant is followed into the helper.
 *
 * Variant: the helper is told who calls it by a caller kind, and switches
 * on it; the constant is compared, not tested for truth.
 */
// expect-no-findings

#include <storport.h>

#include "mp.h"

/* Who calls the lock helpers; both values are nonzero, so a truth test of
 * the argument says nothing: the comparison does. */
#define MP_CALLER_BUILDIO 1
#define MP_CALLER_ISR     2

ULONG MpFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                    PCHAR ArgumentString, PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    ConfigInfo->MaximumTransferLength = 0x20000;
    ConfigInfo->NumberOfPhysicalBreaks = 32;
    ConfigInfo->ScatterGather = TRUE;
    ConfigInfo->Master = TRUE;
    return SP_RETURN_FOUND;
}

/* Takes the interrupt lock unless the caller says it runs in the ISR,
 * where Storport holds it already. */
static VOID MpLockActive(PMP_DEVICE_EXTENSION DevExt, ULONG Caller, PSTOR_LOCK_HANDLE Lock)
{
    switch (Caller) {
    case MP_CALLER_ISR:
        break; /* Storport holds the interrupt lock already */
    default:
        StorPortAcquireSpinLock(DevExt, InterruptLock, NULL, Lock);
        break;
    }
}

static VOID MpUnlockActive(PMP_DEVICE_EXTENSION DevExt, ULONG Caller, PSTOR_LOCK_HANDLE Lock)
{
    if (Caller != MP_CALLER_ISR) {
        StorPortReleaseSpinLock(DevExt, Lock);
    }
}

BOOLEAN MpInitialize(PVOID DeviceExtension)
{
    ((PMP_DEVICE_EXTENSION)DeviceExtension)->ActiveSrb = NULL;
    return TRUE;
}

BOOLEAN MpBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Srb->SrbExtension;
    STOR_LOCK_HANDLE lock;

    srbExt->State = MP_STATE_BUILT;
    srbExt->Tag = Srb->QueueTag;
    srbExt->BytesDone = 0;
    srbExt->Retries = 0;
    MpLockActive(devExt, MP_CALLER_BUILDIO, &lock);
    devExt->BytesDone += srbExt->BytesDone;
    MpUnlockActive(devExt, MP_CALLER_BUILDIO, &lock);
    return TRUE;
}

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Srb->SrbExtension;

    srbExt->State = MP_STATE_ISSUED;
    devExt->ActiveSrb = Srb;
    StorPortWriteRegisterUlong(devExt, devExt->Doorbell, srbExt->Tag);
    return TRUE;
}

BOOLEAN MpInterrupt(PVOID DeviceExtension)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    PSCSI_REQUEST_BLOCK srb;
    STOR_LOCK_HANDLE lock;

    MpLockActive(devExt, MP_CALLER_ISR, &lock);
    srb = devExt->ActiveSrb;
    devExt->ActiveSrb = NULL;
    MpUnlockActive(devExt, MP_CALLER_ISR, &lock);
    if (srb == NULL) {
        return FALSE;
    }
    srb->SrbStatus = SRB_STATUS_SUCCESS;
    StorPortNotification(RequestComplete, DeviceExtension, srb);
    return TRUE;
}

BOOLEAN MpResetBus(PVOID DeviceExtension, ULONG PathId)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    ULONG returned = 0;

    devExt->ActiveSrb = NULL;
    /* Power-cycle the slot through its _RST method before failing the requests. */
    StorPortInvokeAcpiMethod(devExt, NULL, MP_ACPI_METHOD_RST, NULL, 0, NULL, 0, &returned);  // expect: ddi-wrong-context
    StorPortCompleteRequest(devExt, (UCHAR)PathId, SP_UNTAGGED, SP_UNTAGGED, SRB_STATUS_BUS_RESET);
    return TRUE;
}

SCSI_ADAPTER_CONTROL_STATUS MpAdapterControl(PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
                                             PVOID Parameters)
{
    if (ControlType == ScsiQuerySupportedControlTypes) {
        ((PSCSI_SUPPORTED_CONTROL_TYPE_LIST)Parameters)->SupportedTypeList[ScsiQuerySupportedControlTypes] = TRUE;
    }
    return ScsiAdapterControlSuccess;
}

ULONG DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
    HW_INITIALIZATION_DATA initData;

    RtlZeroMemory(&initData, sizeof(HW_INITIALIZATION_DATA));
    initData.HwInitializationDataSize = sizeof(HW_INITIALIZATION_DATA);
    initData.AdapterInterfaceType = PCIBus;
    initData.HwFindAdapter = MpFindAdapter;
    initData.HwInitialize = MpInitialize;
    initData.HwStartIo = MpStartIo;
    initData.HwInterrupt = MpInterrupt;
    initData.HwBuildIo = MpBuildIo;
    initData.HwResetBus = MpResetBus;
    initData.HwAdapterControl = MpAdapterControl;
    initData.DeviceExtensionSize = sizeof(MP_DEVICE_EXTENSION);
    initData.SrbExtensionSize = sizeof(MP_SRB_EXTENSION);
    initData.NeedPhysicalAddresses = TRUE;
    initData.TaggedQueuing = TRUE;
    initData.AutoRequestSense = TRUE;
    initData.MultipleRequestPerLu = TRUE;
    return StorPortInitialize(DriverObject, RegistryPath, &initData, NULL);
}
