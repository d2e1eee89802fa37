/*
 * port-memory-freed: not a miniport. A class driver (or a multipath DSM)
 * builds its own SRBs and sense buffers, sends them down and frees them when
 * they come back; no port owns that memory. It registers no
 * HW_INITIALIZATION_DATA and calls no StorPortInitialize, so the
 * port-ownership rules do not apply to its SRBs.
 */
// expect-no-findings

#include <ntddk.h>
#include <storport.h>

#define CLS_TAG 'slCM'

typedef struct _CLS_REQUEST {
    PSCSI_REQUEST_BLOCK Srb;
    PVOID SenseBuffer;
} CLS_REQUEST, *PCLS_REQUEST;

static NTSTATUS ClsBuildRequest(PCLS_REQUEST Request)
{
    Request->Srb = (PSCSI_REQUEST_BLOCK)ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(SCSI_REQUEST_BLOCK), CLS_TAG);
    if (Request->Srb == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(Request->Srb, sizeof(SCSI_REQUEST_BLOCK));
    Request->SenseBuffer = ExAllocatePoolWithTag(NonPagedPoolNx, SENSE_BUFFER_SIZE, CLS_TAG);
    Request->Srb->Length = sizeof(SCSI_REQUEST_BLOCK);
    Request->Srb->Function = SRB_FUNCTION_EXECUTE_SCSI;
    Request->Srb->SenseInfoBuffer = Request->SenseBuffer;
    Request->Srb->SenseInfoBufferLength = SENSE_BUFFER_SIZE;
    return STATUS_SUCCESS;
}

static VOID ClsRequestDone(PCLS_REQUEST Request)
{
    PSCSI_REQUEST_BLOCK srb = Request->Srb;

    if (srb->SenseInfoBuffer != NULL) {
        ExFreePoolWithTag(srb->SenseInfoBuffer, CLS_TAG);
    }
    ExFreePoolWithTag(srb, CLS_TAG);
    Request->Srb = NULL;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    CLS_REQUEST request;

    if (NT_SUCCESS(ClsBuildRequest(&request))) {
        ClsRequestDone(&request);
    }
    return STATUS_SUCCESS;
}
