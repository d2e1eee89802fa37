/* Transfer statistics. */
#include "mp.h"

VOID MpAccountBytes(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb)
{
    PSTOR_SCATTER_GATHER_LIST sgl;
    ULONG i;

    sgl = StorPortGetScatterGatherList(DevExt, Srb);  // expect: sg-translation-outside-buildio
    if (sgl == NULL) {
        return;
    }
    for (i = 0; i < sgl->NumberOfElements; i++) {  // related: sg-translation-outside-buildio
        DevExt->BytesTransferred += sgl->List[i].Length;  // related: sg-translation-outside-buildio
    }
}
