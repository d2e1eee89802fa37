/* Queue setup and teardown. */
#include "mp.h"

BOOLEAN MpInitQueues(PMP_DEVICE_EXTENSION DevExt, PVOID Memory, ULONG Bytes)
{
    STOR_PHYSICAL_ADDRESS pa;
    ULONG length = Bytes;

    pa = StorPortGetPhysicalAddress(DevExt, NULL, Memory, &length);
    if (length < Bytes || pa.QuadPart == 0 || pa.HighPart != 0) {
        return FALSE;
    }
    RtlZeroMemory(Memory, Bytes);
    DevExt->QueueBase = (PUCHAR)Memory;
    DevExt->QueuePa = pa;
    StorPortWriteRegisterUlong(DevExt, DevExt->Control, pa.LowPart);
    return TRUE;
}

/* Drops the state a queue set-up left behind. */
VOID MpReleaseQueueState(PMP_DEVICE_EXTENSION DevExt, PVOID State)
{
    DevExt->QueueBase = NULL;
    DevExt->QueuePa.QuadPart = 0;
    MpFreeBuffer(DevExt, State);
}
