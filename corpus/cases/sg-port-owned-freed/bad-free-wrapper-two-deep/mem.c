/* Pool helpers on the kernel pool. */
#include "mp.h"

PVOID MpAllocBuffer(PMP_DEVICE_EXTENSION DevExt, ULONG Size)
{
    DevExt->Allocations++;
    return ExAllocatePoolWithTag(NonPagedPoolNx, Size, MP_TAG);  // expect: ddi-prohibited-in-physical
}

VOID MpFreeBuffer(PMP_DEVICE_EXTENSION DevExt, PVOID Buffer)
{
    if (Buffer != NULL) {
        DevExt->Allocations--;
        ExFreePoolWithTag(Buffer, MP_TAG);
    }
}
