/* ddi-prohibited-in-physical: a physical miniport works through Storport's
 * routines only; the kernel routines SDV's HwStorPortProhibitedDDIs page
 * lists (I/O manager, executive, kernel, memory manager, object, process,
 * security, registry, Zw; interlocked routines excepted) are prohibited:
 * "prohibited_in_physical" in rules/ddi.json. Whether the driver is physical
 * is decided from its code (miniport_kind.h), and a virtual or undecided
 * driver is left alone. Contract: docs/rules/ddi-prohibited-in-physical.md. */
#include <string.h>

#include "ddi_calls.h"
#include "miniport_kind.h"

void rule_ddi_prohibited_in_physical(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    const struct program_model *m = a->model;
    struct miniport_evidence kind = miniport_kind(m);
    if (kind.kind != MINIPORT_PHYSICAL)
        return;
    for (int f = 0; f < m->nfunctions; f++) {
        const struct ir_function *fn = m->functions[f].ir;
        for (int b = 0; b < fn->nblocks; b++)
            for (int i = 0; i < fn->blocks[b].ninsts; i++) {
                const struct ir_inst *in = &fn->blocks[b].insts[i];
                if (in->kind != IR_CALL || !in->callee || !ddi_prohibited_in_physical(m->ddi, in->callee))
                    continue;
                /* the driver's own function of that name is not the kernel's */
                if (model_find_function(m, in->callee, m->functions[f].unit) >= 0)
                    continue;
                struct finding *fd =
                    ddi_calls_report(m, self, f, in, ddi_calls_context(m, f, NULL, 0), out,
                                     "'%s' is a kernel routine a physical Storport miniport must not call; "
                                     "use the StorPort equivalent",
                                     in->callee);
                finding_step(fd, kind.loc, "the driver is a physical miniport: %s", kind.why);
            }
    }
}
