/*
 * port-memory-freed: twin of bad-uncached-completion-ring-exfreepoolwithtag. The failure
 * path zeroes the completion ring (a pointer into the uncached extension) and
 * frees only the tag map the miniport allocated with ExAllocatePoolWithTag.
 */
// expect-no-findings

#include "mp.h"

/* Maps BAR0 and finds the registers. */
static BOOLEAN MpMapRegisters(PMP_DEVICE_EXTENSION DevExt, PPORT_CONFIGURATION_INFORMATION ConfigInfo)
{
    PACCESS_RANGE bar0;
    PUCHAR base;

    if (ConfigInfo->NumberOfAccessRanges < 1) {
        return FALSE;
    }
    bar0 = &(*ConfigInfo->AccessRanges)[0];
    base = (PUCHAR)StorPortGetDeviceBase(DevExt, ConfigInfo->AdapterInterfaceType, ConfigInfo->SystemIoBusNumber,
                                         bar0->RangeStart, bar0->RangeLength, FALSE);
    if (base == NULL) {
        return FALSE;
    }
    DevExt->Doorbell = (PULONG)(base + MP_REG_DOORBELL);
    DevExt->InterruptStatus = (PULONG)(base + MP_REG_INT_STATUS);
    DevExt->Control = (PULONG)(base + MP_REG_CONTROL);
    return TRUE;
}

/* The adapter's DMA limits and topology. */
static VOID MpDescribeAdapter(PPORT_CONFIGURATION_INFORMATION ConfigInfo)
{
    ConfigInfo->MaximumTransferLength = (MP_MAX_PRD - 1) * PAGE_SIZE;
    ConfigInfo->NumberOfPhysicalBreaks = MP_MAX_PRD - 1;
    ConfigInfo->ScatterGather = TRUE;
    ConfigInfo->Master = TRUE;
    ConfigInfo->NumberOfBuses = 1;
    ConfigInfo->MaximumNumberOfTargets = 1;
    ConfigInfo->MaximumNumberOfLogicalUnits = 1;
    ConfigInfo->SynchronizationModel = StorSynchronizeFullDuplex;
}

/* Hands both rings to the controller; FALSE if it refuses them. */
static BOOLEAN MpProgramRings(PMP_DEVICE_EXTENSION DevExt, PUCHAR Commands, PUCHAR Completions)
{
    STOR_PHYSICAL_ADDRESS pa;
    ULONG length;

    length = PAGE_SIZE;
    pa = StorPortGetPhysicalAddress(DevExt, NULL, Commands, &length);
    if (length < PAGE_SIZE || pa.HighPart != 0) {
        return FALSE;
    }
    StorPortWriteRegisterUlong(DevExt, DevExt->Control, pa.LowPart);
    length = PAGE_SIZE;
    pa = StorPortGetPhysicalAddress(DevExt, NULL, Completions, &length);
    if (length < PAGE_SIZE || pa.HighPart != 0) {
        return FALSE;
    }
    StorPortWriteRegisterUlong(DevExt, DevExt->Control, pa.LowPart | 1);
    return (StorPortReadRegisterUlong(DevExt, DevExt->InterruptStatus) & MP_INT_ERROR) == 0;
}

ULONG MpFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                    PCHAR ArgumentString, PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    PUCHAR ring;
    PUCHAR completions;

    if (!MpMapRegisters(devExt, ConfigInfo)) {
        return SP_RETURN_NOT_FOUND;
    }
    MpDescribeAdapter(ConfigInfo);

    devExt->TagMap = (PUCHAR)ExAllocatePoolWithTag(NonPagedPoolNx, MP_SHADOW_ENTRIES, MP_TAG);  // expect: ddi-prohibited-in-physical
    if (devExt->TagMap == NULL) {
        return SP_RETURN_ERROR;
    }

    /* Page 0: command ring. Page 1: completion ring. */
    ring = (PUCHAR)StorPortGetUncachedExtension(devExt, ConfigInfo, MP_RING_BYTES);
    if (ring == NULL) {
        return SP_RETURN_ERROR;
    }
    completions = ring + PAGE_SIZE;
    devExt->CommandRing = ring;
    devExt->CompletionRing = completions;
    if (!MpProgramRings(devExt, ring, completions)) {
        RtlZeroMemory(completions, PAGE_SIZE);
        ExFreePoolWithTag(devExt->TagMap, MP_TAG);
        devExt->TagMap = NULL;
        devExt->CompletionRing = NULL;
        return SP_RETURN_ERROR;
    }
    return SP_RETURN_FOUND;
}

VOID MpCompletionDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)HwDeviceExtension;
    PSCSI_REQUEST_BLOCK srb;
    STOR_LOCK_HANDLE lock;

    StorPortAcquireSpinLock(devExt, StartIoLock, NULL, &lock);
    srb = devExt->ActiveSrb;
    devExt->ActiveSrb = NULL;
    StorPortReleaseSpinLock(devExt, &lock);
    if (srb == NULL) {
        return;
    }
    srb->SrbStatus = (devExt->PendingStatus & MP_INT_ERROR) != 0 ? SRB_STATUS_ERROR : SRB_STATUS_SUCCESS;
    StorPortNotification(RequestComplete, devExt, srb);
}

BOOLEAN MpPassiveInitialize(PVOID DeviceExtension)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;

    StorPortInitializeDpc(devExt, &devExt->CompletionDpc, MpCompletionDpc);
    devExt->DpcReady = TRUE;
    return TRUE;
}

BOOLEAN MpInitialize(PVOID DeviceExtension)
{
    ((PMP_DEVICE_EXTENSION)DeviceExtension)->ActiveSrb = NULL;
    return StorPortEnablePassiveInitialization(DeviceExtension, MpPassiveInitialize);
}

BOOLEAN MpBuildIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Srb->SrbExtension;

    srbExt->Command = Srb->Cdb[0];
    srbExt->Length = Srb->DataTransferLength;
    return TRUE;
}

BOOLEAN MpStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Srb->SrbExtension;

    if (devExt->ActiveSrb != NULL) {
        Srb->SrbStatus = SRB_STATUS_BUSY;
        StorPortNotification(RequestComplete, devExt, Srb);
        return TRUE;
    }
    devExt->ActiveSrb = Srb;
    devExt->TagMap[Srb->QueueTag % MP_SHADOW_ENTRIES] = srbExt->Command;
    StorPortWriteRegisterUlong(devExt, devExt->Doorbell, srbExt->Command);
    return TRUE;
}

BOOLEAN MpInterrupt(PVOID DeviceExtension)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    ULONG pending = StorPortReadRegisterUlong(devExt, devExt->InterruptStatus);

    if (pending == 0xFFFFFFFFUL) {
        devExt->Removed = TRUE;
        return FALSE;
    }
    if (pending == 0) {
        return FALSE;
    }
    StorPortWriteRegisterUlong(devExt, devExt->InterruptStatus, pending);
    devExt->PendingStatus = pending;
    if (devExt->DpcReady) {
        StorPortIssueDpc(devExt, &devExt->CompletionDpc, NULL, NULL);
    }
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
    initData.SpecificLuExtensionSize = sizeof(MP_LU_EXTENSION);
    initData.NumberOfAccessRanges = 1;
    initData.MapBuffers = STOR_MAP_NON_READ_WRITE_BUFFERS;
    initData.NeedPhysicalAddresses = TRUE;
    initData.TaggedQueuing = TRUE;
    initData.AutoRequestSense = TRUE;
    initData.MultipleRequestPerLu = TRUE;
    return StorPortInitialize(DriverObject, RegistryPath, &initData, NULL);
}
