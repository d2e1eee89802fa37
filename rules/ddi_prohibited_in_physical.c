/* ddi-prohibited-in-physical: a physical miniport works through Storport's
 * routines only; the kernel's I/O manager, executive, memory manager,
 * object, process, security, registry and Zw routines are prohibited
 * (interlocked routines excepted). The families are
 * "prohibited_in_physical" in rules/ddi.json; whether the driver is physical
 * is decided from its code (miniport_kind.h), and a virtual or undecided
 * driver is left alone. Contract: docs/rules/ddi-prohibited-in-physical.md. */
#include <ctype.h>
#include <string.h>

#include "ddi_calls.h"
#include "miniport_kind.h"

static bool prohibited(const struct ddi_model *ddi, const char *name)
{
    for (int i = 0; i < ddi->nprohibited_except; i++)
        if (strstr(name, ddi->prohibited_except[i]))
            return false;
    for (int i = 0; i < ddi->nprohibited_prefixes; i++) {
        size_t n = strlen(ddi->prohibited_prefixes[i]);
        if (strncmp(name, ddi->prohibited_prefixes[i], n) == 0 && isupper((unsigned char)name[n]))
            return true;
    }
    return false;
}

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
                if (in->kind != IR_CALL || !in->callee || !prohibited(m->ddi, in->callee))
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
