/* ddi-port-only: a routine the documentation reserves for the port, or
 * advises miniports against ("port_only" in rules/ddi.json), is called in
 * code a callback reaches. The entry names the callbacks whose documented
 * duty the call carries out (StorPortCompleteRequest in HwResetBus, which
 * must complete every request of the bus), and those are left alone.
 * Contract: docs/rules/ddi-port-only.md. */
#include "ddi_calls.h"

struct ctx {
    const struct rule_info *self;
    struct findings *out;
};

static void visit(void *c, const struct program_model *m, int f, const struct ir_inst *call,
                  const struct ddi_function *d)
{
    struct ctx *x = c;
    if (!d->port_only)
        return;
    const struct model_context *ctx = ddi_calls_context(m, f, d->port_only_except_in, d->nport_only_except_in);
    if (!ctx)
        return;
    ddi_calls_report(m, x->self, f, call, ctx, x->out,
                     "'%s' is meant for the port and is reachable from %s; use %s", d->name, ctx->role,
                     d->port_only[0] ? d->port_only : "the miniport's own routine");
}

void rule_ddi_port_only(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    struct ctx x = {self, out};
    ddi_calls_each(a->model, visit, &x);
}
