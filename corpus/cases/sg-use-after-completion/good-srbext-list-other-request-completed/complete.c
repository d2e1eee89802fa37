/* Request completion helpers. */
#include "mp.h"

VOID MpCompleteSrb(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb, UCHAR SrbStatus)
{
    Srb->SrbStatus = SrbStatus;
    StorPortNotification(RequestComplete, DevExt, Srb);
}

/* Completes the request the hardware finished earlier, not the caller's. */
VOID MpReapFinished(PMP_DEVICE_EXTENSION DevExt)
{
    PSCSI_REQUEST_BLOCK done = DevExt->ActiveSrb;

    if (done != NULL) {
        DevExt->ActiveSrb = NULL;
        done->SrbStatus = SRB_STATUS_SUCCESS;
        StorPortNotification(RequestComplete, DevExt, done);
    }
}
