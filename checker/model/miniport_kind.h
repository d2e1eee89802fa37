/* SPDX-License-Identifier: Apache-2.0 */
/* miniport_kind.h — whether the linked driver is a physical or a virtual
 * Storport miniport, decided from its code, for the rules whose contract
 * differs (prohibited WDM routines, VirtualDevice, HwBuildIo).
 *
 * Physical evidence (hardware the port hands over): calls to the routines
 * marked "physical_evidence" in rules/ddi.json (StorPortGetDeviceBase,
 * StorPortGetUncachedExtension, StorPortGetBusData...), an HwInterrupt or
 * HwMSInterruptRoutine registered, or a non-NULL value stored into their
 * registration fields (a routine the model cannot resolve, a C++ member). Virtual evidence: a function declared
 * VIRTUAL_HW_FIND_ADAPTER, a VIRTUAL_HW_INITIALIZATION_DATA filled in, or a
 * callback of a role marked "virtual_only" (HwFreeAdapterResources,
 * HwProcessServiceRequest...). Physical evidence wins: a PCI miniport may
 * register a virtual-only callback (the port then never calls it), but a
 * virtual one has no device base to map. With neither, the kind is unknown
 * and the rules that depend on it stay quiet.
 */
#ifndef STORCHECK_MINIPORT_KIND_H
#define STORCHECK_MINIPORT_KIND_H

#include "model.h"

enum miniport_kind { MINIPORT_UNKNOWN, MINIPORT_PHYSICAL, MINIPORT_VIRTUAL };

struct miniport_evidence {
    enum miniport_kind kind;
    const char *why;   /* the first piece of evidence, for --dump-model and messages ("calls StorPortGetDeviceBase") */
    struct ir_loc loc; /* where it is */
};

struct miniport_evidence miniport_kind(const struct program_model *m);
const char *miniport_kind_name(enum miniport_kind k);

#endif
