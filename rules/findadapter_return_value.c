/* findadapter-return-value: HwFindAdapter returns SP_RETURN_NOT_FOUND (0),
 * SP_RETURN_FOUND (1), SP_RETURN_ERROR (2) or SP_RETURN_BAD_CONFIG (3) and
 * nothing else (SDV SpReturnValue). Flags a return of another constant from
 * a registered HwFindAdapter (TRUE/FALSE happen to be in range and are not
 * told apart; a STOR_STATUS or NTSTATUS value is out of it).
 * Contract: docs/rules/findadapter-return-value.md. */
#include <string.h>

#include "ddi_calls.h"

void rule_findadapter_return_value(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    const struct program_model *m = a->model;
    for (int r = 0; r < m->nroles; r++) {
        const struct model_role *role = &m->roles[r];
        if (strcmp(role->role, "HwFindAdapter") != 0)
            continue;
        bool seen = false;
        for (int k = 0; k < r; k++)
            seen |= m->roles[k].function == role->function && strcmp(m->roles[k].role, role->role) == 0;
        if (seen)
            continue;
        const struct model_function *mf = &m->functions[role->function];
        for (int b = 0; b < mf->ir->nblocks; b++) {
            const struct ir_block *blk = &mf->ir->blocks[b];
            if (blk->term != IR_TERM_RETURN)
                continue;
            const struct ir_operand *v = ddi_calls_underlying(mf, &blk->cond);
            if (v->kind != IR_OPND_CONST || (v->value >= 0 && v->value <= 3))
                continue;
            struct finding *fd = findings_add(out, self->id, self->level,
                                              blk->term_loc.line > 0 ? blk->term_loc : v->loc, mf->ir->name,
                                              "HwFindAdapter '%s' returns %lld%s%s%s, which is not an SP_RETURN_* "
                                              "value; return SP_RETURN_ERROR or SP_RETURN_NOT_FOUND",
                                              mf->ir->name, v->value, v->name ? " (" : "", v->name ? v->name : "",
                                              v->name ? ")" : "");
            finding_step(fd, role->loc, "'%s' is registered as HwFindAdapter here (%s)", mf->ir->name, role->how);
        }
    }
}
