/* ddi-null-argument: an argument the documentation requires to be a valid
 * pointer ("non_null" in rules/ddi.json) is a constant NULL:
 * StorPortInitializePerfOpts's configuration, the timer routine of
 * StorPortNotification(RequestTimerCall). Contract:
 * docs/rules/ddi-null-argument.md. */
#include <string.h>

#include "ddi_calls.h"

struct ctx {
    const struct rule_info *self;
    struct findings *out;
};

static void visit(void *c, const struct program_model *m, int f, const struct ir_inst *call,
                  const struct ddi_function *d)
{
    struct ctx *x = c;
    if (d->non_null_arg < 0 || d->non_null_arg >= call->nsrcs)
        return;
    const struct ir_operand *o = ddi_calls_underlying(&m->functions[f], &call->srcs[d->non_null_arg]);
    if (o->kind != IR_OPND_CONST || o->value != 0)
        return;
    ddi_calls_report(m, x->self, f, call, ddi_calls_context(m, f, NULL, 0), x->out,
                     "'%s'%s%s%s is given NULL as argument %d, which must point to %s",
                     d->name, d->when_is ? "(" : "", d->when_is ? d->when_is : "", d->when_is ? ")" : "",
                     d->non_null_arg + 1, d->non_null_what ? d->non_null_what : "a valid object");
}

void rule_ddi_null_argument(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    struct ctx x = {self, out};
    ddi_calls_each(a->model, visit, &x);
}
