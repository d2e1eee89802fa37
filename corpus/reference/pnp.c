/*
 * pnp.c - recovery and control: HwResetBus, the watchdog timer,
 * HwAdapterControl (stop, restart, power, surprise removal) and
 * HwUnitControl.
 */
#include "refminiport.h"

/*
 * Stops the controller's DMA by resetting it, completes every outstanding
 * SRB with SrbStatus, and brings the controller back (or, if it does not
 * come back, marks the adapter dead). Caller holds the
 * StartIo lock. The reset comes first: completing an SRB whose buffer the
 * device may still write would hand the port memory that is still in use.
 * Only the SRB and its tag are touched; the SG list was never kept.
 */
_Use_decl_annotations_
ULONG
RefAbortOutstanding(PREF_DEVICE_EXTENSION DevExt, UCHAR SrbStatus)
{
    PSCSI_REQUEST_BLOCK srb;
    PREF_SRB_EXTENSION srbExt;
    BOOLEAN reset;
    BOOLEAN restarted;
    ULONG aborted = 0;
    USHORT tag;

    reset = RefResetController(DevExt);
    for (tag = 0; tag < REF_QUEUE_DEPTH; tag++) {
        srb = DevExt->Outstanding[tag];
        if (srb == NULL) {
            continue;
        }
        srbExt = (PREF_SRB_EXTENSION)SrbGetMiniportContext(srb);
        srbExt->Tag = REF_NO_TAG;
        DevExt->Outstanding[tag] = NULL;
        DevExt->FreeTags |= 1UL << tag;
        RefCompleteSrb(DevExt, srb, SrbStatus);
        aborted++;
    }
    DevExt->OutstandingCount = 0;
    restarted = reset && RefEnableController(DevExt);
    if (!restarted) {
        /* The controller does not come back: fail everything from now on. */
        DevExt->Stopped = TRUE;
        DevExt->Removed = TRUE;
    }
    return aborted;
}

/* Arms the one-second watchdog while commands are outstanding. StartIo lock held. */
_Use_decl_annotations_
VOID
RefArmWatchdog(PREF_DEVICE_EXTENSION DevExt)
{
    if (!DevExt->WatchdogArmed && DevExt->OutstandingCount != 0) {
        DevExt->WatchdogArmed = TRUE;
        StorPortNotification(RequestTimerCall, DevExt, RefWatchdogTimer, (ULONG)REF_WATCHDOG_US);
    }
}

/*
 * HwTimer (DISPATCH_LEVEL; the port holds the StartIo lock, which a timer
 * may not take itself): first reap completions whose interrupt was lost,
 * then age what is left; a command past its SRB timeout means the controller
 * is hung, so reset it and fail everything it held.
 */
_Use_decl_annotations_
VOID
RefWatchdogTimer(PVOID DeviceExtension)
{
    PREF_DEVICE_EXTENSION devExt = (PREF_DEVICE_EXTENSION)DeviceExtension;
    PREF_SRB_EXTENSION srbExt;
    BOOLEAN expired = FALSE;
    USHORT tag;

    devExt->WatchdogArmed = FALSE;
    if (devExt->OutstandingCount == 0) {
        return;
    }
    RefProcessCompletions(devExt);

    for (tag = 0; tag < REF_QUEUE_DEPTH; tag++) {
        if (devExt->Outstanding[tag] == NULL) {
            continue;
        }
        srbExt = (PREF_SRB_EXTENSION)SrbGetMiniportContext(devExt->Outstanding[tag]);
        if (srbExt->TicksLeft <= 1) {
            expired = TRUE;
        } else {
            srbExt->TicksLeft--;
        }
    }
    if (expired) {
        devExt->Stats.Timeouts++;
        RefAbortOutstanding(devExt, SRB_STATUS_TIMEOUT);
        StorPortNotification(ResetDetected, devExt);
    }
    RefArmWatchdog(devExt);
}

/* HwResetBus (DISPATCH_LEVEL, StartIo lock held): complete everything
 * outstanding on the (only) bus with SRB_STATUS_BUS_RESET. */
_Use_decl_annotations_
BOOLEAN
RefResetBus(PVOID DeviceExtension, ULONG PathId)
{
    PREF_DEVICE_EXTENSION devExt = (PREF_DEVICE_EXTENSION)DeviceExtension;

    UNREFERENCED_PARAMETER(PathId);
    devExt->Stats.Resets++;
    RefAbortOutstanding(devExt, SRB_STATUS_BUS_RESET);
    return TRUE;
}

static SCSI_ADAPTER_CONTROL_STATUS
RefQuerySupportedAdapterControls(_Inout_ PSCSI_SUPPORTED_CONTROL_TYPE_LIST List)
{
    static const SCSI_ADAPTER_CONTROL_TYPE supported[] = {
        ScsiQuerySupportedControlTypes, ScsiStopAdapter, ScsiRestartAdapter,
        ScsiAdapterPower, ScsiAdapterSurpriseRemoval,
    };
    ULONG i;

    for (i = 0; i < sizeof(supported) / sizeof(supported[0]); i++) {
        if ((ULONG)supported[i] < List->MaxControlType) {
            List->SupportedTypeList[supported[i]] = TRUE;
        }
    }
    return ScsiAdapterControlSuccess;
}

/*
 * HwAdapterControl. ScsiStopAdapter and ScsiRestartAdapter arrive at DIRQL
 * with the interrupt lock held: the port has quiesced I/O before a stop, so
 * nothing is outstanding and nothing needs completing.
 */
_Use_decl_annotations_
SCSI_ADAPTER_CONTROL_STATUS
RefAdapterControl(PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType, PVOID Parameters)
{
    PREF_DEVICE_EXTENSION devExt = (PREF_DEVICE_EXTENSION)DeviceExtension;
    PSTOR_ADAPTER_CONTROL_POWER power;

    switch (ControlType) {
    case ScsiQuerySupportedControlTypes:
        return RefQuerySupportedAdapterControls((PSCSI_SUPPORTED_CONTROL_TYPE_LIST)Parameters);

    case ScsiStopAdapter:
        RefStopController(devExt);
        return ScsiAdapterControlSuccess;

    case ScsiRestartAdapter:
        return RefStartController(devExt) ? ScsiAdapterControlSuccess : ScsiAdapterControlUnsuccessful;

    case ScsiAdapterPower:
        power = (PSTOR_ADAPTER_CONTROL_POWER)Parameters;
        if (power == NULL || power->Size < sizeof(STOR_ADAPTER_CONTROL_POWER)) {
            return ScsiAdapterControlUnsuccessful;
        }
        if (power->PowerState == StorPowerDeviceD0) {
            return RefStartController(devExt) ? ScsiAdapterControlSuccess : ScsiAdapterControlUnsuccessful;
        }
        RefStopController(devExt);
        return ScsiAdapterControlSuccess;

    case ScsiAdapterSurpriseRemoval:
        /* The device is gone: its registers read all-ones from now on. */
        devExt->Removed = TRUE;
        devExt->Stopped = TRUE;
        return ScsiAdapterControlSuccess;

    default:
        return ScsiAdapterControlUnsuccessful;
    }
}

/* The LU extension for a unit-control address, or NULL. */
static PREF_LU_EXTENSION
RefLuFromAddress(_In_ PREF_DEVICE_EXTENSION DevExt, _In_opt_ PSTOR_ADDRESS Address)
{
    PSTOR_ADDR_BTL8 btl8 = (PSTOR_ADDR_BTL8)Address;

    if (btl8 == NULL || btl8->Type != STOR_ADDRESS_TYPE_BTL8) {
        return NULL;
    }
    return (PREF_LU_EXTENSION)StorPortGetLogicalUnit(DevExt, btl8->Path, btl8->Target, btl8->Lun);
}

/* HwUnitControl: start, power, and removal of the (only) LUN. */
_Use_decl_annotations_
SCSI_UNIT_CONTROL_STATUS
RefUnitControl(PVOID DeviceExtension, SCSI_UNIT_CONTROL_TYPE ControlType, PVOID Parameters)
{
    PREF_DEVICE_EXTENSION devExt = (PREF_DEVICE_EXTENSION)DeviceExtension;
    PSCSI_SUPPORTED_CONTROL_TYPE_LIST list;
    PSTOR_UNIT_CONTROL_POWER power;
    PSTOR_ADDR_BTL8 btl8;
    PREF_LU_EXTENSION luExt;

    switch (ControlType) {
    case ScsiQuerySupportedUnitControlTypes:
        list = (PSCSI_SUPPORTED_CONTROL_TYPE_LIST)Parameters;
        if (ScsiUnitStart < list->MaxControlType) {
            list->SupportedTypeList[ScsiUnitStart] = TRUE;
        }
        if (ScsiUnitPower < list->MaxControlType) {
            list->SupportedTypeList[ScsiUnitPower] = TRUE;
        }
        if (ScsiUnitRemove < list->MaxControlType) {
            list->SupportedTypeList[ScsiUnitRemove] = TRUE;
        }
        if (ScsiUnitSurpriseRemoval < list->MaxControlType) {
            list->SupportedTypeList[ScsiUnitSurpriseRemoval] = TRUE;
        }
        return ScsiUnitControlSuccess;

    case ScsiUnitStart:
        luExt = RefLuFromAddress(devExt, (PSTOR_ADDRESS)Parameters);
        if (luExt == NULL) {
            return ScsiUnitControlUnsuccessful;
        }
        btl8 = (PSTOR_ADDR_BTL8)Parameters;
        luExt->Started = TRUE;
        luExt->Removed = FALSE;
        luExt->PowerState = StorPowerDeviceD0;
        StorPortSetDeviceQueueDepth(devExt, btl8->Path, btl8->Target, btl8->Lun, REF_QUEUE_DEPTH);
        return ScsiUnitControlSuccess;

    case ScsiUnitPower:
        power = (PSTOR_UNIT_CONTROL_POWER)Parameters;
        luExt = RefLuFromAddress(devExt, power != NULL ? power->Address : NULL);
        if (luExt == NULL) {
            return ScsiUnitControlUnsuccessful;
        }
        luExt->PowerState = power->PowerState;
        return ScsiUnitControlSuccess;

    case ScsiUnitRemove:
    case ScsiUnitSurpriseRemoval:
        luExt = RefLuFromAddress(devExt, (PSTOR_ADDRESS)Parameters);
        if (luExt == NULL) {
            return ScsiUnitControlUnsuccessful;
        }
        luExt->Started = FALSE;
        luExt->Removed = TRUE;
        return ScsiUnitControlSuccess;

    default:
        return ScsiUnitControlUnsuccessful;
    }
}
