/* SPDX-License-Identifier: Apache-2.0 */
/* miniport_kind.c — see miniport_kind.h. */
#include "miniport_kind.h"

#include <string.h>

const char *miniport_kind_name(enum miniport_kind k)
{
    return k == MINIPORT_PHYSICAL ? "physical" : k == MINIPORT_VIRTUAL ? "virtual" : "unknown";
}

static bool role_virtual_only(const struct ddi_model *ddi, const char *role)
{
    for (int i = 0; i < ddi->nroles; i++)
        if (strcmp(ddi->roles[i].name, role) == 0)
            return ddi->roles[i].virtual_only;
    return false;
}

static bool role_physical_evidence(const struct ddi_model *ddi, const char *role)
{
    for (int i = 0; i < ddi->nroles; i++)
        if (strcmp(ddi->roles[i].name, role) == 0)
            return ddi->roles[i].physical_evidence;
    return false;
}

struct miniport_evidence miniport_kind(const struct program_model *m)
{
    struct miniport_evidence phys = {MINIPORT_UNKNOWN, NULL, {0}}, virt = {MINIPORT_UNKNOWN, NULL, {0}};
    for (int r = 0; r < m->nroles && !phys.why; r++) {
        const struct model_role *role = &m->roles[r];
        if (role_physical_evidence(m->ddi, role->role)) {
            phys.why = role->role;
            phys.loc = role->loc;
        } else if (!virt.why && (role_virtual_only(m->ddi, role->role) ||
                                 (role->how && strstr(role->how, "VIRTUAL_HW_")))) {
            virt.why = role->how && strstr(role->how, "VIRTUAL_HW_") ? role->how : role->role;
            virt.loc = role->loc;
        }
    }
    for (int f = 0; f < m->nfunctions && !phys.why; f++) {
        const struct ir_function *fn = m->functions[f].ir;
        for (int b = 0; b < fn->nblocks && !phys.why; b++)
            for (int i = 0; i < fn->blocks[b].ninsts && !phys.why; i++) {
                const struct ir_inst *in = &fn->blocks[b].insts[i];
                /* an interrupt routine stored into its registration field,
                 * even one the model cannot resolve (a C++ member) */
                if (in->kind == IR_ASSIGN && in->has_dst && in->dst.nsteps > 0 && in->nsrcs == 1) {
                    const struct ir_step *last = &in->dst.steps[in->dst.nsteps - 1];
                    const char *role = last->kind == IR_STEP_FIELD && last->record && last->field
                                           ? ddi_role_of_field(m->ddi, last->record, last->field)
                                           : NULL;
                    const struct ir_operand *v = &in->srcs[0];
                    if (role && role_physical_evidence(m->ddi, role) && !(v->kind == IR_OPND_CONST && v->value == 0)) {
                        phys.why = last->field;
                        phys.loc = in->loc;
                    }
                    continue;
                }
                if (in->kind != IR_CALL || !in->callee)
                    continue;
                int d = ddi_find(m->ddi, in->callee);
                if (d >= 0 && m->ddi->functions[d].physical_evidence) {
                    phys.why = in->callee;
                    phys.loc = in->loc;
                }
            }
    }
    for (int i = 0; i < m->nrecords && !virt.why; i++)
        if (strstr(m->records[i]->name, "VIRTUAL_HW_INITIALIZATION_DATA")) {
            virt.why = "VIRTUAL_HW_INITIALIZATION_DATA";
        }
    if (phys.why) {
        phys.kind = MINIPORT_PHYSICAL;
        return phys;
    }
    if (virt.why)
        virt.kind = MINIPORT_VIRTUAL;
    return virt;
}
