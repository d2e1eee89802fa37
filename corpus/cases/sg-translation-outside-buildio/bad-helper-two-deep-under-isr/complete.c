/* Completion path. */
#include "mp.h"

VOID MpHandleCompletion(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb)
{
    MpAccountBytes(DevExt, Srb);
    Srb->SrbStatus = SRB_STATUS_SUCCESS;
    StorPortNotification(RequestComplete, DevExt, Srb);
}
