/* Debug trace of a request. */
#include "mp.h"

VOID MpTraceSrb(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb)
{
    DevExt->LastOpcode = Srb->Cdb[0];
    DevExt->BytesDone += Srb->DataTransferLength;
}
