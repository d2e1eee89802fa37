/* Error handling: count the failure and record the status; the caller completes the SRB. */
#include "mp.h"

VOID MpFailSrb(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb, UCHAR SrbStatus)
{
    DevExt->ErrorCount++;
    Srb->SrbStatus = SrbStatus;
}
