/* Per-request teardown. */
#include "mp.h"

VOID MpReleaseScratch(PMP_DEVICE_EXTENSION DevExt, PVOID Scratch)
{
    DevExt->Releases++;
    MpFreeBuffer(DevExt, Scratch);
}
