/* Tunables kept in the adapter's registry key. */
#include "mp.h"

static ULONG MpReadTunable(PMP_DEVICE_EXTENSION DevExt, PCHAR Name, ULONG Default)
{
    PVOID data = NULL;
    ULONG length = sizeof(ULONG);
    ULONG value = Default;

    if (StorPortRegistryReadAdapterKey(DevExt, NULL, (PUCHAR)Name, MINIPORT_REG_DWORD, &data, &length) ==  // expect: ddi-wrong-context
            STOR_STATUS_SUCCESS &&
        data != NULL) {
        value = *(PULONG)data;
    }
    return value;
}

VOID MpRefreshTunables(PMP_DEVICE_EXTENSION DevExt)
{
    DevExt->RetryLimit = MpReadTunable(DevExt, "RetryLimit", 3);
}
