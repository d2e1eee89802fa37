/* startio-wait: HwStartIo runs at DISPATCH_LEVEL or above, usually with the
 * StartIo lock held, and every I/O of the adapter passes through it; a
 * routine that waits or sleeps ("waits" in rules/ddi.json) in code it
 * reaches stalls all I/O. StorPortStallExecution has its own documented
 * bound (stall-too-long) and is left to that rule.
 * Contract: docs/rules/startio-wait.md. */
#include <string.h>

#include "ddi_calls.h"

static const char *STARTIO = "HwStartIo";

struct ctx {
    const struct rule_info *self;
    struct findings *out;
};

static void visit(void *c, const struct program_model *m, int f, const struct ir_inst *call,
                  const struct ddi_function *d)
{
    struct ctx *x = c;
    if (!d->waits || d->limit_arg >= 0)
        return;
    const struct model_context *ctx = model_context_of(m, f, STARTIO);
    if (!ctx)
        return;
    ddi_calls_report(m, x->self, f, call, ctx, x->out,
                     "'%s' waits in code reachable from %s, which every request passes through; "
                     "do the waiting in a work item or a timer",
                     d->name, STARTIO);
}

void rule_startio_wait(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    struct ctx x = {self, out};
    ddi_calls_each(a->model, visit, &x);
}
