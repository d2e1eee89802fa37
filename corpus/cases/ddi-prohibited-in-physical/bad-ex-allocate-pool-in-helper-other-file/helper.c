/* A helper in its own file, linked with driver.c. */
#include <storport.h>

#include "mp.h"

ULONG MpProcessorCount(VOID)
{
    PVOID probe = ExAllocatePoolWithTag(NonPagedPoolNx, 64, MP_TAG);  // expect: ddi-prohibited-in-physical

    if (probe == NULL) {
        return 1;
    }
    ExFreePoolWithTag(probe, MP_TAG);
    return 2;
}
