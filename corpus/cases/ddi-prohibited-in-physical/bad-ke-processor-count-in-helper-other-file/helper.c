/* A helper in its own file, linked with driver.c. */
#include <storport.h>

#include "mp.h"

ULONG MpProcessorCount(VOID)
{
    return KeQueryActiveProcessorCountEx(0);  // expect: ddi-prohibited-in-physical
}
