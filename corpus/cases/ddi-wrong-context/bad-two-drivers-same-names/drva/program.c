/* Driver A's MpProgram: reads its doorbell offset from the registry, a
 * PASSIVE_LEVEL DDI, under StartIo. */
#include "../mp.h"

VOID MpProgram(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb)
{
    PVOID data = NULL;
    ULONG length = sizeof(ULONG);

    StorPortRegistryReadAdapterKey(DevExt, NULL, (PUCHAR)"DoorbellA", MINIPORT_REG_DWORD, &data, &length);  // expect: ddi-wrong-context
    StorPortWriteRegisterUlong(DevExt, DevExt->Doorbell, Srb->QueueTag);
    DevExt->Programmed++;
}
