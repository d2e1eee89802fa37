/* Completion callbacks reached through a table of function pointers at file
 * scope and through a per-command field set in another file; a helper shared
 * by two callbacks; role typedef declarations in a header. */
#include <storport.h>
#include "table.h"

static VOID OnRead(PTB_ADAPTER a, PTB_CMD c) { TbAccount(a, c); }
static VOID OnWrite(PTB_ADAPTER a, PTB_CMD c) { TbAccount(a, c); }

static const TB_HANDLER g_handlers[] = {
    { 0x28, OnRead },
    { 0x2A, OnWrite },
};

VOID TbDispatch(PTB_ADAPTER a, PTB_CMD c)
{
    for (ULONG i = 0; i < 2; i++)
        if (g_handlers[i].Opcode == c->Opcode)
            g_handlers[i].Done(a, c);
    c->Finish(a, c);
}

BOOLEAN TbInterrupt(PVOID DeviceExtension)
{
    StorPortIssueDpc(DeviceExtension, &((PTB_ADAPTER)DeviceExtension)->Dpc, NULL, NULL);
    return TRUE;
}

VOID TbDpc(PSTOR_DPC Dpc, PVOID DeviceExtension, PVOID A1, PVOID A2)
{
    PTB_ADAPTER a = DeviceExtension;
    TbDispatch(a, a->Current);
}

BOOLEAN TbTimerTick(PVOID DeviceExtension)
{
    PTB_ADAPTER a = DeviceExtension;
    TbAccount(a, a->Current);
    return TRUE;
}
