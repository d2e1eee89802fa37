/* SPDX-License-Identifier: Apache-2.0 */
/* PRD table construction. */
#include "mp.h"

BOOLEAN MpFillPrd(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb, PMP_SRB_EXTENSION SrbExt)
{
    PSTOR_SCATTER_GATHER_LIST sgl;
    ULONG i;

    sgl = StorPortGetScatterGatherList(DevExt, Srb);
    if (sgl == NULL) {
        return FALSE;
    }
    for (i = 0; i < sgl->NumberOfElements && i < MP_MAX_PRD; i++) {
        SrbExt->Prd[i].Address = sgl->List[i].PhysicalAddress.QuadPart;
        SrbExt->Prd[i].Length = sgl->List[i].Length;
    }
    SrbExt->PrdCount = i;
    return TRUE;
}
