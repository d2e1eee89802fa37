/* Error policies, chosen at FindAdapter time. */
#include "mp.h"

VOID MpReloadPolicy(PMP_DEVICE_EXTENSION DevExt)
{
    ULONG length = sizeof(ULONG);

    StorPortRegistryRead(DevExt, (PUCHAR)"RetryLimit", 0, MINIPORT_REG_DWORD, (PUCHAR)&DevExt->RetryLimit,  // expect: ddi-wrong-context
                         &length);
}

VOID MpCountPolicy(PMP_DEVICE_EXTENSION DevExt)
{
    DevExt->Errors++;
}
