/* Error handling: count the failure and hand the SRB back to Storport. */
#include "mp.h"

VOID MpFailSrb(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb, UCHAR SrbStatus)
{
    DevExt->ErrorCount++;
    MpCompleteSrb(DevExt, Srb, SrbStatus);
}
