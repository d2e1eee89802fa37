/* A helper in its own file, linked with driver.c. */
#include <storport.h>

#include "mp.h"

VOID MpComplete(PMP_DEVICE_EXTENSION devExt, PSCSI_REQUEST_BLOCK Srb)
{
    devExt->Completed++;
    StorPortNotification(RequestComplete, devExt, Srb);
}
