/* Driver B's MpProgram: the same name as driver A's, the same mistake on
 * another line. Linked with driver A, StartIo would reach only one of them. */
#include "../mp.h"

VOID MpProgram(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb)
{
    PVOID data = NULL;
    ULONG length = sizeof(ULONG);

    DevExt->Programmed++;
    StorPortWriteRegisterUlong(DevExt, DevExt->Doorbell, Srb->QueueTag);
    StorPortRegistryReadAdapterKey(DevExt, NULL, (PUCHAR)"DoorbellB", MINIPORT_REG_DWORD, &data, &length);  // expect: ddi-wrong-context
}
