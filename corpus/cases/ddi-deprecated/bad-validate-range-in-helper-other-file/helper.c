/* A helper in its own file, linked with driver.c. */
#include <storport.h>

#include "mp.h"

BOOLEAN MpRangeUsable(PVOID DeviceExtension, PPORT_CONFIGURATION_INFORMATION ConfigInfo)
{
    ACCESS_RANGE *range = &(*ConfigInfo->AccessRanges)[0];

    return StorPortValidateRange(DeviceExtension, ConfigInfo->AdapterInterfaceType,  // expect: ddi-deprecated
                                 ConfigInfo->SystemIoBusNumber, range->RangeStart, range->RangeLength,
                                 !range->RangeInMemory);
}
