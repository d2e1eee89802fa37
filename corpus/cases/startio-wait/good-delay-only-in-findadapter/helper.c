/* A helper in its own file, linked with driver.c. */
#include <storport.h>

#include "mp.h"

VOID MpThrottle(PMP_DEVICE_EXTENSION devExt)
{
    if (devExt->Errors > 8) {
        StorPortDelayExecution(50);
    }
}
