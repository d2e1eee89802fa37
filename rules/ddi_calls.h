/* ddi_calls.h — helpers the DDI usage rules share: every call to a routine
 * of the DDI model in the driver, and the shallowest callback context that
 * reaches the calling function, for the trace. */
#ifndef STORCHECK_DDI_CALLS_H
#define STORCHECK_DDI_CALLS_H

#include "rules.h"

/* Called for each call instruction whose callee has an entry in the DDI
 * model that applies to the call (its `when` argument, if any, matches). */
typedef void ddi_call_visit(void *ctx, const struct program_model *m, int function, const struct ir_inst *call,
                            const struct ddi_function *d);
void ddi_calls_each(const struct program_model *m, ddi_call_visit *visit, void *ctx);

/* The shallowest context of function f whose role is not in except[0..n-1],
 * or NULL. */
const struct model_context *ddi_calls_context(const struct program_model *m, int f, char **except, int nexcept);

/* Adds a finding at the call with the call path from the shallowest
 * context that reaches it (if any), then the call itself. */
struct finding *ddi_calls_report(const struct program_model *m, const struct rule_info *self, int function,
                                 const struct ir_inst *call, const struct model_context *ctx,
                                 struct findings *out, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

/* Whether two access paths name the same storage (base, steps). */
bool ddi_calls_same_path(const struct ir_path *a, const struct ir_path *b);
/* The operand under temporaries defined by plain copies and casts. */
const struct ir_operand *ddi_calls_underlying(const struct model_function *mf, const struct ir_operand *o);

#endif
