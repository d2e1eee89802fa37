/* A helper in its own file, linked with driver.c. */
#include <storport.h>

#include "mp.h"

VOID MpTrace(PMP_DEVICE_EXTENSION devExt, ULONG Value)
{
    StorPortNotification(TraceNotification, devExt, Value);  // expect: notification-type-undocumented
}
