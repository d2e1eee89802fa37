/* Per-request bookkeeping: attach the list to the request it belongs to. */
#include "mp.h"

VOID MpTrackList(PMP_SRB_EXTENSION SrbExt, PVOID List)
{
    SrbExt->TrackedList = List;
    SrbExt->TrackedCount++;
}
