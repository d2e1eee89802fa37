/* A helper in its own file, linked with driver.c. */
#include <storport.h>

#include "mp.h"

VOID MpSetLimits(PPORT_CONFIGURATION_INFORMATION ConfigInfo)
{
    ConfigInfo->MaximumTransferLength = 0x20000;
    ConfigInfo->NumberOfPhysicalBreaks = 32;
}
