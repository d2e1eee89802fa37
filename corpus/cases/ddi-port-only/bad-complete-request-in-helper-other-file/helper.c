/* A helper in its own file, linked with driver.c. */
#include <storport.h>

#include "mp.h"

VOID MpFailAll(PMP_DEVICE_EXTENSION devExt)
{
    devExt->ActiveSrb = NULL;
    StorPortCompleteRequest(devExt, 0, SP_UNTAGGED, 0, SRB_STATUS_BUS_RESET);  // expect: ddi-port-only
}
