/* A virtual miniport: no HwBuildIo, HW_INITIALIZATION_DATA filled by a
 * designated initializer at file scope, StorPortInitialize called from a
 * helper of an entry point that is not named DriverEntry, and the kernel's
 * own DPC and work-item registrations. */
#include <ntddk.h>
#include <storport.h>

typedef struct _VM_ADAPTER {
    KDPC Dpc;
    PIO_WORKITEM Work;
    ULONG Pending;
} VM_ADAPTER, *PVM_ADAPTER;

typedef struct _VM_SRB_EXT {
    ULONG Tag;
} VM_SRB_EXT;

static VOID VmKernelDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    ((PVM_ADAPTER)Context)->Pending = 0;
}

static VOID VmWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    ((PVM_ADAPTER)Context)->Pending++;
}

static ULONG VmFindAdapter(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation,
                           PVOID LowerDevice, PCHAR ArgumentString,
                           PPORT_CONFIGURATION_INFORMATION ConfigInfo, PBOOLEAN Again)
{
    PVM_ADAPTER a = DeviceExtension;
    KeInitializeDpc(&a->Dpc, VmKernelDpc, a);
    return SP_RETURN_FOUND;
}

static BOOLEAN VmInitialize(PVOID DeviceExtension)
{
    return TRUE;
}

static VOID VmQueue(PVM_ADAPTER a)
{
    IoQueueWorkItem(a->Work, VmWorker, DelayedWorkQueue, a);
}

static BOOLEAN VmStartIo(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb)
{
    VmQueue(DeviceExtension);
    return TRUE;
}

static BOOLEAN VmResetBus(PVOID DeviceExtension, ULONG PathId)
{
    return TRUE;
}

static SCSI_ADAPTER_CONTROL_STATUS VmAdapterControl(PVOID DeviceExtension,
                                                    SCSI_ADAPTER_CONTROL_TYPE ControlType,
                                                    PVOID Parameters)
{
    return ScsiAdapterControlSuccess;
}

static HW_INITIALIZATION_DATA g_init = {
    .HwInitializationDataSize = sizeof(HW_INITIALIZATION_DATA),
    .HwFindAdapter = (PHW_FIND_ADAPTER)VmFindAdapter,
    .HwInitialize = VmInitialize,
    .HwStartIo = VmStartIo,
    .HwResetBus = VmResetBus,
    .HwAdapterControl = VmAdapterControl,
    .DeviceExtensionSize = sizeof(VM_ADAPTER),
    .SrbExtensionSize = sizeof(VM_SRB_EXT),
};

static ULONG VmRegister(PVOID DriverObject, PVOID RegistryPath)
{
    return StorPortInitialize(DriverObject, RegistryPath, &g_init, NULL);
}

ULONG VmEntry(PVOID DriverObject, PVOID RegistryPath)
{
    return VmRegister(DriverObject, RegistryPath);
}
