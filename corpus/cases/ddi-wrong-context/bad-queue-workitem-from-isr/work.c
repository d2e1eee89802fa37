/* Passive-level work: reload tunables from the registry. */
#include "mp.h"

VOID MpTunableWorker(PVOID HwDeviceExtension, PVOID Context, PVOID Worker)
{
    PMP_DEVICE_EXTENSION devExt = (PMP_DEVICE_EXTENSION)HwDeviceExtension;
    PVOID data = NULL;
    ULONG length = sizeof(ULONG);

    if (StorPortRegistryReadAdapterKey(devExt, NULL, (PUCHAR)"RetryLimit", MINIPORT_REG_DWORD, &data, &length) ==
            STOR_STATUS_SUCCESS &&
        data != NULL) {
        devExt->RetryLimit = *(PULONG)data;
    }
    devExt->WorkQueued = FALSE;
}
