/* Per-request teardown. */
#include "mp.h"

/* Frees what the request allocated; the extension itself stays with its SRB. */
VOID MpReleaseRequestBuffers(PMP_DEVICE_EXTENSION DevExt, PVOID Context)
{
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Context;

    if (srbExt->Bounce != NULL) {
        StorPortFreePool(DevExt, srbExt->Bounce);
        srbExt->Bounce = NULL;
    }
}
