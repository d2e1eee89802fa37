/* Diagnostics: remember what the adapter is working on. */
#include "mp.h"

VOID MpTrackList(PMP_DEVICE_EXTENSION DevExt, PVOID List)
{
    DevExt->TrackedList = List;
    DevExt->TrackedCount++;
}
