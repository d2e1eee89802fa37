/* msi-lock-without-per-message: StorPortAcquireMSISpinLock and
 * StorPortReleaseMSISpinLock take the lock of one message; they are for
 * miniports that asked for per-message synchronisation
 * (PORT_CONFIGURATION_INFORMATION.InterruptSynchronizationMode =
 * InterruptSynchronizePerMessage). With InterruptSynchronizeAll (or the
 * mode never set) Storport holds one lock for all messages and the MSI lock
 * is not the one protecting the data. The condition is "requires_setting"
 * in rules/ddi.json. Contract: docs/rules/msi-lock-without-per-message.md. */
#include <string.h>

#include "ddi_calls.h"

/* Whether any function of the driver stores `value` into record.field. */
static bool driver_sets(const struct program_model *m, const char *record, const char *field, const char *value)
{
    for (int f = 0; f < m->nfunctions; f++) {
        const struct model_function *mf = &m->functions[f];
        for (int b = 0; b < mf->ir->nblocks; b++)
            for (int i = 0; i < mf->ir->blocks[b].ninsts; i++) {
                const struct ir_inst *in = &mf->ir->blocks[b].insts[i];
                if (in->kind != IR_ASSIGN || !in->has_dst || in->dst.nsteps == 0 || in->nsrcs != 1)
                    continue;
                const struct ir_step *last = &in->dst.steps[in->dst.nsteps - 1];
                if (last->kind != IR_STEP_FIELD || !last->field || strcmp(last->field, field) != 0 ||
                    (last->record && !ddi_record_is(last->record, record)))
                    continue;
                const struct ir_operand *v = ddi_calls_underlying(mf, &in->srcs[0]);
                /* a value the scan cannot read may be the one asked for */
                if (v->kind != IR_OPND_CONST || !v->name || strcmp(v->name, value) == 0)
                    return true;
            }
    }
    return false;
}

struct ctx {
    const struct rule_info *self;
    struct findings *out;
    int checked; /* 0 not yet, 1 the setting is there, -1 it is not */
};

static void visit(void *c, const struct program_model *m, int f, const struct ir_inst *call,
                  const struct ddi_function *d)
{
    struct ctx *x = c;
    if (!d->requires_field)
        return;
    if (x->checked == 0)
        x->checked = driver_sets(m, d->requires_record, d->requires_field, d->requires_value) ? 1 : -1;
    if (x->checked > 0)
        return;
    ddi_calls_report(m, x->self, f, call, ddi_calls_context(m, f, NULL, 0), x->out,
                     "'%s' is called, but the driver never sets %s.%s to %s; without per-message "
                     "synchronisation the message lock does not protect anything the ISR holds",
                     d->name, d->requires_record, d->requires_field, d->requires_value);
}

void rule_msi_lock_without_per_message(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    struct ctx x = {self, out, 0};
    ddi_calls_each(a->model, visit, &x);
}
