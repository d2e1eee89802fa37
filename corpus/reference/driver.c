/*
 * driver.c - DriverEntry, HwFindAdapter, HwInitialize, the passive
 * initialization routine, and controller bring-up and reset.
 */
#include "refminiport.h"

/*
 * DriverEntry: zero HW_INITIALIZATION_DATA, fill it, hand it to Storport.
 * Every request the port sends goes HwBuildIo -> HwStartIo; the SG list is
 * translated in HwBuildIo only.
 */
_Use_decl_annotations_
ULONG
DriverEntry(PVOID DriverObject, PVOID RegistryPath)
{
    HW_INITIALIZATION_DATA initData;

    RtlZeroMemory(&initData, sizeof(HW_INITIALIZATION_DATA));
    initData.HwInitializationDataSize = sizeof(HW_INITIALIZATION_DATA);
    initData.AdapterInterfaceType = PCIBus;

    initData.HwFindAdapter = RefFindAdapter;
    initData.HwInitialize = RefInitialize;
    initData.HwBuildIo = RefBuildIo;
    initData.HwStartIo = RefStartIo;
    initData.HwInterrupt = RefInterrupt;
    initData.HwResetBus = RefResetBus;
    initData.HwAdapterControl = RefAdapterControl;
    initData.HwUnitControl = RefUnitControl;
    initData.HwDmaStarted = NULL;
    initData.HwAdapterState = NULL;

    initData.DeviceExtensionSize = sizeof(REF_DEVICE_EXTENSION);
    initData.SpecificLuExtensionSize = sizeof(REF_LU_EXTENSION);
    initData.SrbExtensionSize = sizeof(REF_SRB_EXTENSION);
    initData.NumberOfAccessRanges = 1;

    initData.MapBuffers = STOR_MAP_NON_READ_WRITE_BUFFERS;
    initData.NeedPhysicalAddresses = TRUE;
    initData.TaggedQueuing = TRUE;
    initData.AutoRequestSense = TRUE;
    initData.MultipleRequestPerLu = TRUE;

    initData.SrbTypeFlags = SRB_TYPE_FLAG_SCSI_REQUEST_BLOCK | SRB_TYPE_FLAG_STORAGE_REQUEST_BLOCK;
    initData.AddressTypeFlags = ADDRESS_TYPE_FLAG_BTL8;

    return StorPortInitialize(DriverObject, RegistryPath, &initData, NULL);
}

/* Carves the two rings out of the uncached extension. */
static BOOLEAN
RefSetupRings(_Inout_ PREF_DEVICE_EXTENSION DevExt, _In_ PPORT_CONFIGURATION_INFORMATION ConfigInfo)
{
    PUCHAR uncached;
    ULONG length;
    STOR_PHYSICAL_ADDRESS pa;

    uncached = (PUCHAR)StorPortGetUncachedExtension(DevExt, ConfigInfo, REF_UNCACHED_SIZE);
    if (uncached == NULL) {
        return FALSE;
    }
    RtlZeroMemory(uncached, REF_UNCACHED_SIZE);

    /* Page 0: command ring (64 x 64 bytes). Page 1: completion ring (64 x 16 bytes). */
    length = REF_UNCACHED_SIZE;
    pa = StorPortGetPhysicalAddress(DevExt, NULL, uncached, &length);
    if (pa.QuadPart == 0 || length < REF_UNCACHED_SIZE || (pa.QuadPart & (PAGE_SIZE - 1)) != 0) {
        return FALSE;
    }
    if (!DevExt->Dma64 && pa.HighPart != 0) {
        return FALSE;
    }

    DevExt->CommandRing = (PRSC_COMMAND)uncached;
    DevExt->CommandRingPa = pa;
    DevExt->CompletionRing = (PRSC_COMPLETION)(uncached + PAGE_SIZE);
    DevExt->CompletionRingPa.QuadPart = pa.QuadPart + PAGE_SIZE;
    return TRUE;
}

/*
 * HwFindAdapter: identify the function, map BAR0, describe the adapter's DMA
 * limits to Storport, and allocate the rings.
 */
_Use_decl_annotations_
ULONG
RefFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
               PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Reserved3)
{
    PREF_DEVICE_EXTENSION devExt = (PREF_DEVICE_EXTENSION)DeviceExtension;
    PCI_COMMON_CONFIG pci;
    PACCESS_RANGE bar0;
    ULONG bytes;
    ULONG version;

    UNREFERENCED_PARAMETER(HwContext);
    UNREFERENCED_PARAMETER(BusInformation);
    UNREFERENCED_PARAMETER(ArgumentString);
    UNREFERENCED_PARAMETER(Reserved3);

    bytes = StorPortGetBusData(devExt, PCIConfiguration, ConfigInfo->SystemIoBusNumber,
                               ConfigInfo->SlotNumber, &pci, PCI_COMMON_HDR_LENGTH);
    if (bytes < PCI_COMMON_HDR_LENGTH) {
        return SP_RETURN_NOT_FOUND;
    }
    if (pci.VendorID != RSC_PCI_VENDOR_ID || pci.DeviceID != RSC_PCI_DEVICE_ID ||
        pci.BaseClass != RSC_PCI_CLASS_MASS_STORAGE) {
        return SP_RETURN_NOT_FOUND;
    }

    if (ConfigInfo->NumberOfAccessRanges < 1) {
        return SP_RETURN_BAD_CONFIG;
    }
    bar0 = &(*ConfigInfo->AccessRanges)[0];
    if (!bar0->RangeInMemory || bar0->RangeLength < RSC_BAR0_LENGTH) {
        return SP_RETURN_BAD_CONFIG;
    }
    devExt->Registers = (PUCHAR)StorPortGetDeviceBase(devExt, ConfigInfo->AdapterInterfaceType,
                                                      ConfigInfo->SystemIoBusNumber, bar0->RangeStart,
                                                      RSC_BAR0_LENGTH, FALSE);
    if (devExt->Registers == NULL) {
        return SP_RETURN_ERROR;
    }

    version = RefReadRegister(devExt, RSC_REG_VERSION);
    if ((version >> 16) != 1) {
        return SP_RETURN_NOT_FOUND;
    }
    devExt->Capabilities = RefReadRegister(devExt, RSC_REG_CAP);
    devExt->MaxPrd = devExt->Capabilities & RSC_CAP_MAX_PRD_MASK;
    if (devExt->MaxPrd < 2) {
        return SP_RETURN_BAD_CONFIG;
    }
    if (devExt->MaxPrd > REF_MAX_PRD) {
        devExt->MaxPrd = REF_MAX_PRD;
    }
    if (((devExt->Capabilities & RSC_CAP_MAX_RING_MASK) >> RSC_CAP_MAX_RING_SHIFT) < 6) {
        return SP_RETURN_BAD_CONFIG;    /* needs 64-entry rings */
    }
    devExt->Dma64 = (devExt->Capabilities & RSC_CAP_DMA64) != 0;
    devExt->WriteCache = (devExt->Capabilities & RSC_CAP_WRITE_CACHE) != 0;
    devExt->BlockSize = RefReadRegister(devExt, RSC_REG_BLOCK_SIZE);
    devExt->BlockCount = ((ULONGLONG)RefReadRegister(devExt, RSC_REG_CAPACITY_HI) << 32) |
                         RefReadRegister(devExt, RSC_REG_CAPACITY_LO);
    if ((devExt->BlockSize != 512 && devExt->BlockSize != 4096) || devExt->BlockCount == 0) {
        return SP_RETURN_BAD_CONFIG;
    }

    /* DMA limits: every SG element becomes one PRD entry. */
    ConfigInfo->ScatterGather = TRUE;
    ConfigInfo->Master = TRUE;
    ConfigInfo->CachesData = devExt->WriteCache;
    ConfigInfo->NumberOfPhysicalBreaks = devExt->MaxPrd - 1;
    ConfigInfo->MaximumTransferLength = (devExt->MaxPrd - 1) * PAGE_SIZE;
    ConfigInfo->AlignmentMask = RSC_PRD_ALIGN_MASK;
    if (devExt->Dma64) {
        ConfigInfo->Dma64BitAddresses = SCSI_DMA64_MINIPORT_FULL64BIT_SUPPORTED;
    } else {
        ConfigInfo->Dma32BitAddresses = TRUE;
    }

    ConfigInfo->NumberOfBuses = 1;
    ConfigInfo->MaximumNumberOfTargets = REF_MAX_TARGETS;
    ConfigInfo->MaximumNumberOfLogicalUnits = REF_MAX_LUNS;
    ConfigInfo->InitiatorBusId[0] = (CCHAR)REF_MAX_TARGETS;
    ConfigInfo->SynchronizationModel = StorSynchronizeFullDuplex;
    ConfigInfo->MapBuffers = STOR_MAP_NON_READ_WRITE_BUFFERS;
    ConfigInfo->TaggedQueuing = TRUE;
    ConfigInfo->MaxIOsPerLun = REF_QUEUE_DEPTH;
    ConfigInfo->InitialLunQueueDepth = REF_QUEUE_DEPTH;
    ConfigInfo->ResetTargetSupported = TRUE;

    /* SrbExtensionSize is already known to the port: the uncached extension may be allocated now. */
    if (!RefSetupRings(devExt, ConfigInfo)) {
        return SP_RETURN_ERROR;
    }

    devExt->FreeTags = 0xFFFFFFFFUL;
    devExt->SerialNumber[0] = 'R';
    devExt->SerialNumber[1] = 'S';
    devExt->SerialNumber[2] = 'C';
    devExt->SerialNumber[3] = '1';
    devExt->SerialNumber[4] = '-';
    devExt->SerialNumber[5] = (CHAR)('0' + (ConfigInfo->SlotNumber % 10));
    return SP_RETURN_FOUND;
}

/* Resets the controller and waits (bounded) for it to come back. */
_Use_decl_annotations_
BOOLEAN
RefResetController(PREF_DEVICE_EXTENSION DevExt)
{
    ULONG i;

    RefWriteRegister(DevExt, RSC_REG_INT_MASK, RSC_INT_ALL);
    RefWriteRegister(DevExt, RSC_REG_CONTROL, RSC_CONTROL_RESET);
    for (i = 0; i < REF_RESET_POLLS; i++) {
        if ((RefReadRegister(DevExt, RSC_REG_STATUS) & RSC_STATUS_RESETTING) == 0) {
            break;
        }
        StorPortStallExecution(50);
    }
    if (i == REF_RESET_POLLS) {
        return FALSE;
    }
    RefWriteRegister(DevExt, RSC_REG_INT_STATUS, RSC_INT_ALL);

    /* After a reset both rings start empty at index 0. */
    RtlZeroMemory(DevExt->CommandRing, REF_RING_ENTRIES * sizeof(RSC_COMMAND));
    RtlZeroMemory(DevExt->CompletionRing, REF_RING_ENTRIES * sizeof(RSC_COMPLETION));
    DevExt->CmdTail = 0;
    DevExt->CmdHead = 0;
    DevExt->CplHead = 0;
    DevExt->CplPhase = RSC_CPL_PHASE;
    return TRUE;
}

/* Programs the rings of a freshly reset controller and enables command
 * fetching. Interrupts stay masked until the DPC exists (RefPassiveInitialize). */
_Use_decl_annotations_
BOOLEAN
RefEnableController(PREF_DEVICE_EXTENSION DevExt)
{
    RefWriteRegister(DevExt, RSC_REG_CMD_RING_LO, DevExt->CommandRingPa.LowPart);
    RefWriteRegister(DevExt, RSC_REG_CMD_RING_HI, (ULONG)DevExt->CommandRingPa.HighPart);
    RefWriteRegister(DevExt, RSC_REG_CMD_RING_SIZE, REF_RING_ENTRIES);
    RefWriteRegister(DevExt, RSC_REG_CPL_RING_LO, DevExt->CompletionRingPa.LowPart);
    RefWriteRegister(DevExt, RSC_REG_CPL_RING_HI, (ULONG)DevExt->CompletionRingPa.HighPart);
    RefWriteRegister(DevExt, RSC_REG_CPL_RING_SIZE, REF_RING_ENTRIES);
    RefWriteRegister(DevExt, RSC_REG_CONTROL, RSC_CONTROL_ENABLE);
    if ((RefReadRegister(DevExt, RSC_REG_STATUS) & RSC_STATUS_READY) == 0) {
        return FALSE;
    }
    if (DevExt->DpcReady) {
        RefWriteRegister(DevExt, RSC_REG_INT_MASK, 0);
    }
    DevExt->Stopped = FALSE;
    return TRUE;
}

/* Reset, then enable. */
_Use_decl_annotations_
BOOLEAN
RefStartController(PREF_DEVICE_EXTENSION DevExt)
{
    return RefResetController(DevExt) && RefEnableController(DevExt);
}

/* Masks interrupts and stops command fetching. */
_Use_decl_annotations_
VOID
RefStopController(PREF_DEVICE_EXTENSION DevExt)
{
    RefWriteRegister(DevExt, RSC_REG_INT_MASK, RSC_INT_ALL);
    RefWriteRegister(DevExt, RSC_REG_CONTROL, 0);
    RefWriteRegister(DevExt, RSC_REG_INT_STATUS, RSC_INT_ALL);
    DevExt->Stopped = TRUE;
}

/*
 * HwInitialize (DIRQL, interrupt lock held): bring the controller up and ask
 * for the passive-level routine that creates the DPC. Without passive
 * initialization there is no DPC, so the adapter does not start.
 */
_Use_decl_annotations_
BOOLEAN
RefInitialize(PVOID DeviceExtension)
{
    PREF_DEVICE_EXTENSION devExt = (PREF_DEVICE_EXTENSION)DeviceExtension;

    if (!RefStartController(devExt)) {
        return FALSE;
    }
    return StorPortEnablePassiveInitialization(devExt, RefPassiveInitialize);
}

/* HwPassiveInitializeRoutine: the only place the DPC may be initialized. */
_Use_decl_annotations_
BOOLEAN
RefPassiveInitialize(PVOID DeviceExtension)
{
    PREF_DEVICE_EXTENSION devExt = (PREF_DEVICE_EXTENSION)DeviceExtension;

    StorPortInitializeDpc(devExt, &devExt->CompletionDpc, RefCompletionDpc);
    devExt->DpcReady = TRUE;
    RefWriteRegister(devExt, RSC_REG_INT_MASK, 0);
    return TRUE;
}
