#ifndef TABLE_H
#define TABLE_H
#include <storport.h>

typedef struct _TB_ADAPTER TB_ADAPTER, *PTB_ADAPTER;
typedef struct _TB_CMD TB_CMD, *PTB_CMD;
typedef VOID TB_DONE(PTB_ADAPTER a, PTB_CMD c);

struct _TB_CMD {
    UCHAR Opcode;
    TB_DONE *Finish;
};

struct _TB_ADAPTER {
    STOR_DPC Dpc;
    PTB_CMD Current;
    struct { ULONG Reads, Writes; } Stats;
};

typedef struct _TB_HANDLER {
    UCHAR Opcode;
    TB_DONE *Done;
} TB_HANDLER;

HW_INTERRUPT TbInterrupt;
HW_DPC_ROUTINE TbDpc;
HW_STARTIO TbStartIo;
HW_BUILDIO TbBuildIo;
HW_FIND_ADAPTER TbFindAdapter;
HW_INITIALIZE TbInitialize;
HW_PASSIVE_INITIALIZE_ROUTINE TbPassiveInit;

VOID TbAccount(PTB_ADAPTER a, PTB_CMD c);
VOID TbDispatch(PTB_ADAPTER a, PTB_CMD c);
BOOLEAN TbTimerTick(PVOID DeviceExtension);
#endif
