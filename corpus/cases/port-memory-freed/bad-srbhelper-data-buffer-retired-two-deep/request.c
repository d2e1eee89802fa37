/* Per-request teardown. */
#include "mp.h"

/* Gives back a buffer a finished request held. */
VOID MpRetireBuffer(PMP_DEVICE_EXTENSION DevExt, PVOID Buffer)
{
    DevExt->BuffersRetired++;
    MpFreeBuffer(DevExt, Buffer);
}
