/*
 * isr.c - HwInterrupt acknowledges and defers; the DPC walks the completion
 * ring and completes SRBs. Nothing here touches an SG list: the controller
 * reports tags and byte counts, and the PRD table in the SRB extension was
 * the only SG data the hardware ever saw.
 */
#include "refminiport.h"

/*
 * HwInterrupt (DIRQL, interrupt lock held): claim, acknowledge (write 1 to
 * clear), and queue the DPC. Kept to a few register accesses.
 */
_Use_decl_annotations_
BOOLEAN
RefInterrupt(PVOID DeviceExtension)
{
    PREF_DEVICE_EXTENSION devExt = (PREF_DEVICE_EXTENSION)DeviceExtension;
    ULONG pending;

    pending = RefReadRegister(devExt, RSC_REG_INT_STATUS);
    if (pending == 0xFFFFFFFFUL) {
        return FALSE;       /* surprise-removed: every register reads all-ones */
    }
    pending &= RSC_INT_ALL;
    if (pending == 0) {
        devExt->Stats.SpuriousInterrupts++;
        return FALSE;       /* shared line, not ours */
    }
    RefWriteRegister(devExt, RSC_REG_INT_STATUS, pending);
    if (devExt->DpcReady) {
        StorPortIssueDpc(devExt, &devExt->CompletionDpc, NULL, NULL);
    }
    return TRUE;
}

/*
 * Consumes every new completion entry and completes its SRB. Caller holds the
 * StartIo lock (the DPC takes it; the watchdog and reset paths run with it).
 * Returns the number of SRBs completed.
 */
_Use_decl_annotations_
ULONG
RefProcessCompletions(PREF_DEVICE_EXTENSION DevExt)
{
    PRSC_COMPLETION entry;
    PSCSI_REQUEST_BLOCK srb;
    PREF_SRB_EXTENSION srbExt;
    ULONG done = 0;
    USHORT tag;
    UCHAR status;

    for (;;) {
        entry = &DevExt->CompletionRing[DevExt->CplHead];
        if ((entry->Phase & RSC_CPL_PHASE) != DevExt->CplPhase) {
            break;
        }
        tag = entry->Tag;
        DevExt->CmdHead = entry->CmdHead;
        DevExt->CplHead = (USHORT)((DevExt->CplHead + 1) % REF_RING_ENTRIES);
        if (DevExt->CplHead == 0) {
            DevExt->CplPhase ^= RSC_CPL_PHASE;
        }

        if (tag >= REF_QUEUE_DEPTH || DevExt->Outstanding[tag] == NULL) {
            /* Stale entry for a command a reset already completed. */
            continue;
        }
        srb = DevExt->Outstanding[tag];
        srbExt = (PREF_SRB_EXTENSION)SrbGetMiniportContext(srb);
        DevExt->Outstanding[tag] = NULL;
        DevExt->FreeTags |= 1UL << tag;
        DevExt->OutstandingCount--;
        srbExt->Tag = REF_NO_TAG;

        status = RefTranslateCompletionStatus(srb, entry->Status);
        if (status == SRB_STATUS_SUCCESS && entry->BytesTransferred < SrbGetDataTransferLength(srb)) {
            /* Underrun: report what was moved. */
            SrbSetDataTransferLength(srb, entry->BytesTransferred);
            status = SRB_STATUS_DATA_OVERRUN;
        }
        if (status != SRB_STATUS_SUCCESS) {
            DevExt->Stats.Errors++;
        }
        DevExt->Stats.Completed++;
        RefCompleteSrb(DevExt, srb, status);
        done++;
    }

    if (done != 0) {
        RefWriteRegister(DevExt, RSC_REG_CPL_DOORBELL, DevExt->CplHead);
    }
    return done;
}

/* HwDpcRoutine (DISPATCH_LEVEL): serialised with itself; takes the StartIo
 * lock because StartIo owns the outstanding table. */
_Use_decl_annotations_
VOID
RefCompletionDpc(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PREF_DEVICE_EXTENSION devExt = (PREF_DEVICE_EXTENSION)HwDeviceExtension;
    STOR_LOCK_HANDLE lock;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    StorPortAcquireSpinLock(devExt, StartIoLock, NULL, &lock);
    RefProcessCompletions(devExt);
    if (RefReadRegister(devExt, RSC_REG_STATUS) & RSC_STATUS_FATAL) {
        /* The controller gave up: fail what it held and bring it back. */
        devExt->Stats.Resets++;
        RefAbortOutstanding(devExt, SRB_STATUS_BUS_RESET);
        StorPortNotification(ResetDetected, devExt);
    }
    StorPortReleaseSpinLock(devExt, &lock);
}
