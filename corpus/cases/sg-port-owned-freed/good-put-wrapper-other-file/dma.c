/* DMA helpers. */
#include "mp.h"

VOID MpReturnSgList(PMP_DEVICE_EXTENSION DevExt, PSTOR_SCATTER_GATHER_LIST List, BOOLEAN WriteToDevice)
{
    StorPortPutScatterGatherList(DevExt, List, WriteToDevice);
    DevExt->OutstandingLists--;
}
