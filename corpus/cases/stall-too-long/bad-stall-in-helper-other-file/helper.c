/* A helper in its own file, linked with driver.c. */
#include <storport.h>

#include "mp.h"

VOID MpWaitReady(PVOID DeviceExtension)
{
    UNREFERENCED_PARAMETER(DeviceExtension);
    StorPortStallExecution(5000);  // expect: stall-too-long
}
