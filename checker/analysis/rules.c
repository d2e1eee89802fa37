/* SPDX-License-Identifier: Apache-2.0 */
/* rules.c — the rule table; see rules.h. */
#include "rules.h"

#include <fnmatch.h>
#include <string.h>

#include "loop.h"

const struct rule_info rules_table[] = {
#define RULE(sym, id, level, summary, sdv) {id, level, summary, sdv, rule_##sym},
#include "../../rules/rules.def"
#undef RULE
};
const int rules_count = (int)(sizeof rules_table / sizeof rules_table[0]);

bool rules_match_any(const char *pattern)
{
    for (int i = 0; i < rules_count; i++)
        if (fnmatch(pattern, rules_table[i].id, 0) == 0)
            return true;
    return false;
}

static bool matches(const struct strlist *l, const char *id)
{
    for (int i = 0; i < l->count; i++)
        if (fnmatch(l->items[i], id, 0) == 0)
            return true;
    return false;
}

bool rules_selected(const struct rule_info *r, const struct strlist *enable,
                    const struct strlist *disable)
{
    if (enable->count > 0 && !matches(enable, r->id))
        return false;
    return !matches(disable, r->id);
}

static const struct model_role *role_of(const struct program_model *m, int f, const char *role)
{
    for (int i = 0; i < m->nroles; i++)
        if (m->roles[i].function == f && strcmp(m->roles[i].role, role) == 0)
            return &m->roles[i];
    return NULL;
}

/* The trace: the callback's registration, then each call down to f. */
void rule_context_trace(const struct program_model *m, int f, const struct model_context *ctx,
                        struct finding *out)
{
    int chain[64], n = 0;
    const struct model_context *c = ctx;
    int g = f;
    while (c && c->via >= 0 && n < 64) {
        chain[n++] = c->via;
        g = m->calls[c->via].caller;
        c = model_context_of(m, g, ctx->role);
    }
    const struct model_role *r = role_of(m, g, ctx->role);
    if (r)
        finding_step(out, r->loc, "'%s' is registered as %s here (%s)", m->functions[g].ir->name,
                     ctx->role, r->how);
    for (int i = n - 1; i >= 0; i--) {
        const struct model_call *call = &m->calls[chain[i]];
        finding_step(out, call->inst->loc, "'%s' calls '%s'", m->functions[call->caller].ir->name,
                     m->functions[call->callee].ir->name);
    }
}

void rule_group_key(const struct program_model *m, int function, struct finding *f, const char *object,
                    struct ir_loc cause)
{
    if (cause.line <= 0)
        cause = loop_anchor(function >= 0 && function < m->nfunctions ? m->functions[function].ir : NULL, f->loc);
    finding_group_key(f, object, cause);
}
