/* virtual-device-mismatch: PORT_CONFIGURATION_INFORMATION.VirtualDevice
 * tells Storport whether the adapter has hardware. A physical miniport
 * leaves HwFindAdapter with it FALSE (SDV StorPortVirtualDevice); the rule
 * flags a store of a nonzero constant into it in code HwFindAdapter reaches,
 * in a driver decided physical from its code (miniport_kind.h).
 * Contract: docs/rules/virtual-device-mismatch.md. */
#include <string.h>

#include "ddi_calls.h"
#include "miniport_kind.h"

void rule_virtual_device_mismatch(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    const struct program_model *m = a->model;
    struct miniport_evidence kind = miniport_kind(m);
    if (kind.kind != MINIPORT_PHYSICAL)
        return;
    for (int f = 0; f < m->nfunctions; f++) {
        const struct model_context *ctx = model_context_of(m, f, "HwFindAdapter");
        if (!ctx)
            continue;
        const struct model_function *mf = &m->functions[f];
        for (int b = 0; b < mf->ir->nblocks; b++)
            for (int i = 0; i < mf->ir->blocks[b].ninsts; i++) {
                const struct ir_inst *in = &mf->ir->blocks[b].insts[i];
                if (in->kind != IR_ASSIGN || !in->has_dst || in->dst.nsteps == 0 || in->nsrcs != 1)
                    continue;
                const struct ir_step *last = &in->dst.steps[in->dst.nsteps - 1];
                if (last->kind != IR_STEP_FIELD || !last->field || strcmp(last->field, "VirtualDevice") != 0 ||
                    (last->record && !strstr(last->record, "PORT_CONFIGURATION_INFORMATION")))
                    continue;
                const struct ir_operand *v = ddi_calls_underlying(mf, &in->srcs[0]);
                if (v->kind != IR_OPND_CONST || v->value == 0)
                    continue;
                struct finding *fd = findings_add(out, self->id, self->level, in->loc, mf->ir->name,
                                                  "HwFindAdapter sets ConfigInfo->VirtualDevice in a physical "
                                                  "miniport; leave it FALSE so Storport manages the adapter's "
                                                  "hardware resources");
                rule_context_trace(m, f, ctx, fd);
                finding_step(fd, kind.loc, "the driver is a physical miniport: %s", kind.why);
                finding_step(fd, in->loc, "VirtualDevice is set here");
            }
    }
}
