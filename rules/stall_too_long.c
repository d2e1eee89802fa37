/* stall-too-long: StorPortStallExecution busy-waits the processor, and its
 * documentation says the delay must be less than a full millisecond; a
 * constant at or above the limit ("limit" in rules/ddi.json) is a breach
 * wherever it is. Contract: docs/rules/stall-too-long.md. */
#include "ddi_calls.h"

struct ctx {
    const struct rule_info *self;
    struct findings *out;
};

static void visit(void *c, const struct program_model *m, int f, const struct ir_inst *call,
                  const struct ddi_function *d)
{
    struct ctx *x = c;
    if (d->limit_arg < 0 || d->limit_below < 0 || d->limit_arg >= call->nsrcs)
        return;
    const struct ir_operand *o = ddi_calls_underlying(&m->functions[f], &call->srcs[d->limit_arg]);
    if (o->kind != IR_OPND_CONST || o->value < d->limit_below)
        return;
    ddi_calls_report(m, x->self, f, call, ddi_calls_context(m, f, NULL, 0), x->out,
                     "'%s' is asked for %lld, and its documentation requires less than %lld; stall in short "
                     "steps or defer the work to a timer",
                     d->name, o->value, d->limit_below);
}

void rule_stall_too_long(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    struct ctx x = {self, out};
    ddi_calls_each(a->model, visit, &x);
}
