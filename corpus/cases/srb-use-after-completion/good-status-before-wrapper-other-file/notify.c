/* Completion helper: hands the SRB back to the port. */
#include "mp.h"

VOID MpFinishRequest(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb)
{
    DevExt->Completed++;
    StorPortNotification(RequestComplete, DevExt, Srb);
}
