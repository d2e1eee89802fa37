#ifndef MP_H
#define MP_H

#include <storport.h>

#define MP_TAG      0x6B50534DUL
#define MP_MAX_PRD  32

typedef struct _MP_PRD {
    ULONGLONG Address;
    ULONG Length;
} MP_PRD, *PMP_PRD;

#define MP_SG_BUFFER_SIZE 0x400

typedef struct _MP_SRB_EXTENSION {
    MP_PRD Prd[MP_MAX_PRD];
    ULONG PrdCount;
    struct _MP_DEVICE_EXTENSION *DevExt;
    BOOLEAN WriteToDevice;
    PVOID SgBuffer;
} MP_SRB_EXTENSION, *PMP_SRB_EXTENSION;

typedef struct _MP_DEVICE_EXTENSION {
    PULONG Doorbell;
    PULONG InterruptStatus;
    PSCSI_REQUEST_BLOCK ActiveSrb;
    ULONG OutstandingLists;
    STOR_DPC Dpc;
} MP_DEVICE_EXTENSION, *PMP_DEVICE_EXTENSION;

HW_DPC_ROUTINE MpDpc;

VOID MpReturnSgList(PMP_DEVICE_EXTENSION DevExt, PSTOR_SCATTER_GATHER_LIST List, BOOLEAN WriteToDevice);

#endif
