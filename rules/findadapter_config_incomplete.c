/* findadapter-config-incomplete: HwFindAdapter must set
 * PORT_CONFIGURATION_INFORMATION's MaximumTransferLength and
 * NumberOfPhysicalBreaks; Storport sizes its transfers and SG lists from
 * them, and leaves them at SP_UNINITIALIZED_VALUE otherwise. Flags a
 * HwFindAdapter callback none of whose reachable code stores either field
 * (a store in a helper it calls counts). Contract:
 * docs/rules/findadapter-config-incomplete.md. */
#include <string.h>

#include "rules.h"

static const char *FINDADAPTER = "HwFindAdapter";
static const char *const required[] = {"MaximumTransferLength", "NumberOfPhysicalBreaks"};
enum { NREQUIRED = 2 };

static bool stores_field(const struct ir_function *fn, const char *field)
{
    for (int b = 0; b < fn->nblocks; b++)
        for (int i = 0; i < fn->blocks[b].ninsts; i++) {
            const struct ir_inst *in = &fn->blocks[b].insts[i];
            if (!in->has_dst || in->dst.nsteps == 0)
                continue;
            const struct ir_step *last = &in->dst.steps[in->dst.nsteps - 1];
            if (last->kind == IR_STEP_FIELD && last->field && strcmp(last->field, field) == 0 &&
                (!last->record || strstr(last->record, "PORT_CONFIGURATION_INFORMATION")))
                return true;
        }
    return false;
}

void rule_findadapter_config_incomplete(const struct analysis *a, const struct rule_info *self,
                                        struct findings *out)
{
    const struct program_model *m = a->model;
    for (int r = 0; r < m->nroles; r++) {
        const struct model_role *role = &m->roles[r];
        if (strcmp(role->role, FINDADAPTER) != 0)
            continue;
        bool seen = false;
        for (int k = 0; k < r; k++)
            seen |= m->roles[k].function == role->function && strcmp(m->roles[k].role, FINDADAPTER) == 0;
        if (seen)
            continue;
        bool set[NREQUIRED] = {false, false};
        for (int f = 0; f < m->nfunctions; f++) {
            if (!model_context_of(m, f, FINDADAPTER))
                continue;
            for (int q = 0; q < NREQUIRED; q++)
                set[q] |= stores_field(m->functions[f].ir, required[q]);
        }
        const struct ir_function *fn = m->functions[role->function].ir;
        for (int q = 0; q < NREQUIRED; q++) {
            if (set[q])
                continue;
            struct finding *fd = findings_add(out, self->id, self->level, fn->loc, fn->name,
                                              "HwFindAdapter '%s' never sets ConfigInfo->%s, which Storport "
                                              "then leaves at SP_UNINITIALIZED_VALUE; set it before returning "
                                              "SP_RETURN_FOUND",
                                              fn->name, required[q]);
            finding_step(fd, role->loc, "'%s' is registered as %s here (%s)", fn->name, role->role, role->how);
        }
    }
}
