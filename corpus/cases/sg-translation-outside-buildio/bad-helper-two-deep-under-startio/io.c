/* Command preparation. */
#include "mp.h"

BOOLEAN MpPrepareCommand(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb)
{
    PMP_SRB_EXTENSION srbExt = (PMP_SRB_EXTENSION)Srb->SrbExtension;

    srbExt->Opcode = Srb->Cdb[0];
    if (Srb->DataTransferLength == 0) {
        srbExt->PrdCount = 0;
        return TRUE;
    }
    return MpFillPrd(DevExt, Srb, srbExt);
}
