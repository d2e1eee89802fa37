/* notification-type-undocumented: StorPortNotification takes a notification
 * type, and only the documented types are supported; an undocumented one
 * (GetExtendedFunctionTable, TraceNotification) may do nothing or corrupt
 * the variadic arguments. The list is "documented_values" in
 * rules/ddi.json. Contract: docs/rules/notification-type-undocumented.md. */
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
    if (d->values_arg < 0 || d->values_arg >= call->nsrcs)
        return;
    const struct ir_operand *o = ddi_calls_underlying(&m->functions[f], &call->srcs[d->values_arg]);
    /* Only a named enumerator is judged: a variable's value is not known here. */
    if (o->kind != IR_OPND_CONST || !o->name)
        return;
    for (int i = 0; i < d->nvalues; i++)
        if (strcmp(d->values[i], o->name) == 0)
            return;
    ddi_calls_report(m, x->self, f, call, ddi_calls_context(m, f, NULL, 0), x->out,
                     "'%s' is called with '%s', which its documentation does not list as a notification type; "
                     "use a documented type",
                     d->name, o->name);
}

void rule_notification_type_undocumented(const struct analysis *a, const struct rule_info *self,
                                         struct findings *out)
{
    struct ctx x = {self, out};
    ddi_calls_each(a->model, visit, &x);
}
