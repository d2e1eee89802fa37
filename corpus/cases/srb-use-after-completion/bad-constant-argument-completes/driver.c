/*
 * srb-use-after-completion: twin of good-constant-argument-no-completion: a
 * flush passes SRB_STATUS_SUCCESS, which MpIsFinal says is final, and an
 * unsupported request passes TRUE to MpAccount; both read the SRB
 * afterwards.
 */

#include <storport.h>

#include "mp.h"

/* A request is final unless it is still pending. */
static BOOLEAN MpIsFinal(UCHAR Status)
{
    if (Status == SRB_STATUS_PENDING) {
        return FALSE;
    }
    return TRUE;
}

/* Sets the status, and hands the request back once it is final. */
static VOID MpSetStatus(PMP_DEVICE_EXTENSION devExt, PSCSI_REQUEST_BLOCK Srb, UCHAR Status)
{
    Srb->SrbStatus = Status;
    if (MpIsFinal(Status)) {
        StorPortNotification(RequestComplete, devExt, Srb);
    }
}

/* Counts the request; completes it only when told to. */
static VOID MpAccount(PMP_DEVICE_EXTENSION devExt, PSCSI_REQUEST_BLOCK Srb, BOOLEAN Complete)
{
    devExt->BytesDone += Srb->DataTransferLength;
    if (Complete) {
        devExt->Completed++;
        StorPortNotification(RequestComplete, devExt, Srb);
    }
}

ULONG MpFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                    PCHAR ArgumentString, PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    ConfigInfo->MaximumTransferLength = 0x20000;
    ConfigInfo->NumberOfPhysicalBreaks = MP_MAX_PRD;
    ConfigInfo->ScatterGather = TRUE;
    ConfigInfo->Master = TRUE;
    return SP_RETURN_FOUND;
}

BOOLEAN MpInitialize(PVOID DeviceExtension)
{
    ((PMP_DEVICE_EXTENSION)DeviceExtension)->ActiveSrb = NULL;
    return TRUE;
}

BOOLEAN MpBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Srb->SrbExtension;
    PSTOR_SCATTER_GATHER_LIST sgl;
    ULONG i;

    srbExt->PrdCount = 0;
    if (Srb->DataTransferLength == 0) {
        return TRUE;
    }
    sgl = StorPortGetScatterGatherList(DeviceExtension, Srb);
    if (sgl == NULL) {
        Srb->SrbStatus = SRB_STATUS_ERROR;
        StorPortNotification(RequestComplete, DeviceExtension, Srb);
        return FALSE;
    }
    for (i = 0; i < sgl->NumberOfElements && i < MP_MAX_PRD; i++) {
        srbExt->Prd[i].Address = sgl->List[i].PhysicalAddress.QuadPart;
        srbExt->Prd[i].Length = sgl->List[i].Length;
    }
    srbExt->PrdCount = i;
    return TRUE;
}

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;

    if (Srb->Function == SRB_FUNCTION_FLUSH) {
        MpSetStatus(devExt, Srb, SRB_STATUS_SUCCESS);
        devExt->BytesDone += Srb->DataTransferLength;  // expect: srb-use-after-completion
        return TRUE;
    }
    if (Srb->Function != SRB_FUNCTION_EXECUTE_SCSI) {
        MpAccount(devExt, Srb, TRUE);
        devExt->BytesDone += Srb->DataTransferLength;  // expect: srb-use-after-completion
        return TRUE;
    }
    MpSetStatus(devExt, Srb, SRB_STATUS_PENDING);
    StorPortWriteRegisterUlong(devExt, devExt->Doorbell, Srb->DataTransferLength);
    devExt->ActiveSrb = Srb;
    return TRUE;
}

BOOLEAN MpInterrupt(PVOID DeviceExtension)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    PSCSI_REQUEST_BLOCK srb = devExt->ActiveSrb;

    if (srb == NULL) {
        return FALSE;
    }
    devExt->ActiveSrb = NULL;
    if (srb->Function == SRB_FUNCTION_FLUSH) {
        MpAccount(devExt, srb, TRUE);
        return TRUE;
    }
    MpSetStatus(devExt, srb, SRB_STATUS_SUCCESS);
    return TRUE;
}

BOOLEAN MpResetBus(PVOID DeviceExtension, ULONG PathId)
{
    ((PMP_DEVICE_EXTENSION)DeviceExtension)->ActiveSrb = NULL;
    StorPortCompleteRequest(DeviceExtension, (UCHAR)PathId, SP_UNTAGGED, SP_UNTAGGED, SRB_STATUS_BUS_RESET);
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
