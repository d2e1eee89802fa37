#ifndef MP_H
#define MP_H

#include <storport.h>

#define MP_TAG      0x6B50534DUL
#define MP_MAX_PRD  32

typedef struct _MP_PRD {
    ULONGLONG Address;
    ULONG Length;
} MP_PRD, *PMP_PRD;

typedef struct _MP_SRB_EXTENSION {
    MP_PRD Prd[MP_MAX_PRD];
    ULONG PrdCount;
    PVOID PortList; /* the port's SG list of this request, kept untyped */
} MP_SRB_EXTENSION, *PMP_SRB_EXTENSION;

typedef struct _MP_DEVICE_EXTENSION {
    PULONG Doorbell;
    PSCSI_REQUEST_BLOCK ActiveSrb;
    ULONG RejectedElements;
} MP_DEVICE_EXTENSION, *PMP_DEVICE_EXTENSION;

VOID MpReapFinished(PMP_DEVICE_EXTENSION DevExt);
VOID MpCompleteSrb(PMP_DEVICE_EXTENSION DevExt, PSCSI_REQUEST_BLOCK Srb, UCHAR SrbStatus);

#endif
