/* Pool helpers. */
#include "mp.h"

PVOID MpAllocBuffer(PMP_DEVICE_EXTENSION DevExt, ULONG Size)
{
    PVOID buffer = NULL;

    if (StorPortAllocatePool(DevExt, Size, MP_TAG, &buffer) != STOR_STATUS_SUCCESS) {
        return NULL;
    }
    return buffer;
}

VOID MpFreeBuffer(PMP_DEVICE_EXTENSION DevExt, PVOID Buffer)
{
    if (Buffer != NULL) {
        StorPortFreePool(DevExt, Buffer);
    }
}
