/* Per-unit caches. */
#include "mp.h"

/* Releases a cache buffer of a unit. */
VOID MpDropUnitCache(PMP_DEVICE_EXTENSION DevExt, PVOID Cache)
{
    if (Cache != NULL) {
        DevExt->CachesDropped++;
        ExFreePoolWithTag(Cache, MP_TAG);
    }
}
