/* SPDX-License-Identifier: Apache-2.0 */
/* init-data-invalid: the HW_INITIALIZATION_DATA a miniport hands to
 * StorPortInitialize registers the callbacks its documentation requires
 * (HwInitialize, HwStartIo, HwFindAdapter, HwResetBus, HwAdapterControl;
 * HwInterrupt in a physical miniport unless it registers a message-signalled
 * ISR), leaves HwDmaStarted and HwAdapterState NULL (Storport supports
 * neither subordinate DMA nor the legacy adapter-state callback), and in a
 * virtual miniport leaves HwBuildIo NULL. Physical or virtual comes from the
 * code (miniport_kind.h). Contract: docs/rules/init-data-invalid.md. */
#include <string.h>

#include "ddi_calls.h"
#include "miniport_kind.h"

static const char *const must_be_null[] = {"HwDmaStarted", "HwAdapterState"};

/* Stores of a function into HW_INITIALIZATION_DATA.HwDmaStarted/HwAdapterState. */
static void null_fields(const struct program_model *m, const struct rule_info *self, const struct ir_function *fn,
                        struct findings *out)
{
    for (int b = 0; b < fn->nblocks; b++)
        for (int i = 0; i < fn->blocks[b].ninsts; i++) {
            const struct ir_inst *in = &fn->blocks[b].insts[i];
            if (in->kind != IR_ASSIGN || !in->has_dst || in->dst.nsteps == 0 || in->nsrcs != 1)
                continue;
            const struct ir_step *last = &in->dst.steps[in->dst.nsteps - 1];
            if (last->kind != IR_STEP_FIELD || !last->field || !last->record ||
                !ddi_record_is(last->record, "HW_INITIALIZATION_DATA"))
                continue;
            for (int k = 0; k < 2; k++) {
                if (strcmp(last->field, must_be_null[k]) != 0)
                    continue;
                const struct ir_operand *v = &in->srcs[0];
                /* see through a cast to the field's pointer type, defined earlier in the block */
                for (int j = i - 1; j >= 0 && v->kind == IR_OPND_VALUE && v->path.base == IR_BASE_TEMP; j--) {
                    const struct ir_inst *def = &fn->blocks[b].insts[j];
                    if (def->has_dst && def->dst.base == IR_BASE_TEMP && def->dst.index == v->path.index &&
                        (def->kind == IR_CAST || def->kind == IR_ASSIGN) && def->nsrcs == 1)
                        v = &def->srcs[0];
                }
                bool function = (v->kind == IR_OPND_VALUE || v->kind == IR_OPND_ADDR) && v->path.base == IR_BASE_FUNC;
                bool nonzero_const = v->kind == IR_OPND_CONST && v->value != 0;
                if (!function && !nonzero_const)
                    continue;
                findings_add(out, self->id, self->level, in->loc, fn->name,
                             "HW_INITIALIZATION_DATA.%s must be NULL for a Storport miniport; remove the "
                             "registration",
                             last->field);
            }
        }
    (void)m;
}

/* Whether fn calls the routine that takes HW_INITIALIZATION_DATA
 * (StorPortInitialize, per the DDI model). */
static bool calls_initialize(const struct program_model *m, const struct ir_function *fn)
{
    for (int b = 0; b < fn->nblocks; b++)
        for (int i = 0; i < fn->blocks[b].ninsts; i++) {
            const struct ir_inst *in = &fn->blocks[b].insts[i];
            if (in->kind != IR_CALL || !in->callee)
                continue;
            if (ddi_initializes(m->ddi, in->callee))
                return true;
        }
    return false;
}

static const struct model_role *find_role(const struct program_model *m, const char *role)
{
    for (int r = 0; r < m->nroles; r++)
        if (strcmp(m->roles[r].role, role) == 0)
            return &m->roles[r];
    return NULL;
}

void rule_init_data_invalid(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    const struct program_model *m = a->model;
    for (int f = 0; f < m->nfunctions; f++)
        null_fields(m, self, m->functions[f].ir, out);
    for (int u = 0; u < m->nunits; u++)
        if (m->units[u].global_init)
            null_fields(m, self, m->units[u].global_init, out);

    /* The rest needs the StorPortInitialize call: a helper library, or a
     * class driver whose entry point is named DriverEntry, has none. */
    const struct model_role *entry = NULL;
    for (int r = 0; r < m->nroles && !entry; r++)
        if (strcmp(m->roles[r].role, "DriverEntry") == 0 && calls_initialize(m, m->functions[m->roles[r].function].ir))
            entry = &m->roles[r];
    if (!entry)
        return;
    struct miniport_evidence kind = miniport_kind(m);
    if (kind.kind == MINIPORT_VIRTUAL) {
        const struct model_role *buildio = find_role(m, "HwBuildIo");
        if (buildio && buildio->how && strstr(buildio->how, "HW_INITIALIZATION_DATA")) {
            struct finding *fd = findings_add(out, self->id, self->level, buildio->loc,
                                              m->functions[buildio->function].ir->name,
                                              "a virtual miniport registers HwBuildIo, which Storport calls only "
                                              "for physical miniports; leave it NULL and prepare requests in "
                                              "HwStartIo");
            finding_step(fd, kind.loc, "the driver is a virtual miniport: %s", kind.why);
        }
    }
    const char *required[8];
    int n = 0;
    required[n++] = "HwInitialize";
    required[n++] = "HwStartIo";
    required[n++] = "HwFindAdapter";
    required[n++] = "HwResetBus";
    required[n++] = "HwAdapterControl";
    /* A message-signalled-only adapter registers its ISR in
     * PORT_CONFIGURATION_INFORMATION instead. */
    if (kind.kind == MINIPORT_PHYSICAL && !find_role(m, "HwMSInterruptRoutine") &&
        !(kind.why && strcmp(kind.why, "HwMSInterruptRoutine") == 0))
        required[n++] = "HwInterrupt";
    for (int i = 0; i < n; i++) {
        if (find_role(m, required[i]))
            continue;
        struct finding *fd = findings_add(out, self->id, self->level, entry->loc,
                                          m->functions[entry->function].ir->name,
                                          "the HW_INITIALIZATION_DATA given to StorPortInitialize registers no "
                                          "%s, which Storport requires%s",
                                          required[i],
                                          strcmp(required[i], "HwInterrupt") == 0 ? " of a physical miniport" : "");
        if (kind.why)
            finding_step(fd, kind.loc, "the driver is a %s miniport: %s", miniport_kind_name(kind.kind), kind.why);
    }
}
