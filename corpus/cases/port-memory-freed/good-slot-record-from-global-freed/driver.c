/*
 * port-memory-freed: twin of bad-devext-stale-adapter-from-global. The global table
 * holds per-slot records the driver allocates itself with ExAllocatePoolWithTag;
 * HwFindAdapter frees the previous record of the slot and allocates a new one.
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

/* What was found on each slot, for the debugger extension. */
static PMP_SLOT_RECORD MpSlotRecords[MP_MAX_SLOTS];

ULONG MpFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                    PCHAR ArgumentString, PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)DeviceExtension;
    PMP_SLOT_RECORD stale;
    PMP_SLOT_RECORD record;
    ULONG generation = 0;
    ULONG slot;

    if (!MpMapRegisters(devExt, ConfigInfo)) {
        return SP_RETURN_NOT_FOUND;
    }
    MpDescribeAdapter(ConfigInfo);

    slot = ConfigInfo->SlotNumber % MP_MAX_SLOTS;
    stale = MpSlotRecords[slot];
    if (stale != NULL) {
        /* An earlier instance on this slot went away: drop its record. */
        generation = stale->Generation + 1;
        MpSlotRecords[slot] = NULL;
        ExFreePoolWithTag(stale, MP_TAG);
    }
    record = (PMP_SLOT_RECORD)ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(MP_SLOT_RECORD), MP_TAG);  // expect: ddi-prohibited-in-physical
    if (record != NULL) {
        record->SlotNumber = ConfigInfo->SlotNumber;
        record->BusNumber = ConfigInfo->SystemIoBusNumber;
        record->Generation = generation;
        MpSlotRecords[slot] = record;
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
