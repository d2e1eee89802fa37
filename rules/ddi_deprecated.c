/* ddi-deprecated: a routine the documentation deprecates ("deprecated" in
 * rules/ddi.json, with what to do instead) is called anywhere in the
 * driver. Contract: docs/rules/ddi-deprecated.md. */
#include "ddi_calls.h"

struct ctx {
    const struct rule_info *self;
    struct findings *out;
};

static void visit(void *c, const struct program_model *m, int f, const struct ir_inst *call,
                  const struct ddi_function *d)
{
    struct ctx *x = c;
    if (!d->deprecated)
        return;
    ddi_calls_report(m, x->self, f, call, ddi_calls_context(m, f, NULL, 0), x->out,
                     "'%s' is deprecated; %s", d->name, d->deprecated);
}

void rule_ddi_deprecated(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    struct ctx x = {self, out};
    ddi_calls_each(a->model, visit, &x);
}
