/* Request completion helpers. */
#include "mp.h"

VOID MpCompleteSrb(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb, UCHAR SrbStatus)
{
    Srb->SrbStatus = SrbStatus;
    StorPortNotification(RequestComplete, DevExt, Srb);
}
