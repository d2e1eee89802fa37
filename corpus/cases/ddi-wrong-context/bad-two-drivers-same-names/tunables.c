/*
 * Two drivers in sibling folders (drva/, drvb/) define the same function
 * names; this helper, outside both, is shared. Each driver must be linked
 * alone: linked together, one driver's registrations and calls bind to the
 * other's functions and one driver's findings are lost. Both completion DPCs
 * read a tunable through this helper: one finding, reported for both.
 */
#include "mp.h"

ULONG MpReadTunable(PMP_DEVICE_EXTENSION DevExt, PCHAR Name, ULONG Default)
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
