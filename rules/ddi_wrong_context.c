/* SPDX-License-Identifier: Apache-2.0 */
/* ddi-wrong-context: a routine that the documentation allows only in some
 * callbacks, or only up to some IRQL, is called in code that another
 * callback reaches. The limits are data in rules/ddi.json ("only_in",
 * "not_in", "max_irql"); a callback's IRQL is its documented entry IRQL.
 * Reachability follows constant arguments into callees (reach.h), so a call
 * behind `if (!isr)` is not reached from an ISR that passes TRUE.
 * Contract: docs/rules/ddi-wrong-context.md. */
#include <stdlib.h>
#include <string.h>

#include "reach.h"
#include "rules.h"

static bool listed(char **l, int n, const char *role)
{
    for (int i = 0; i < n; i++)
        if (strcmp(l[i], role) == 0)
            return true;
    return false;
}

/* Why role cannot call d ("callback", "irql" or, in dump mode, "dump"), or
 * NULL if it can. In crash-dump mode the dump port driver intercepts every
 * support routine and runs every callback above PASSIVE_LEVEL, so the
 * normal IRQL limits and lock tables do not apply; what still holds is the
 * callback a routine is bound to and the routines documented as forbidden
 * in dump mode ("dump_mode": "forbidden" in rules/ddi.json). */
static const char *breach(const struct ddi_model *ddi, const struct ddi_function *d, const char *role, int mode)
{
    if (mode == FACT_MODE_DUMP) {
        if (d->dump_forbidden)
            return "dump";
        return d->nonly_in && !listed(d->only_in, d->nonly_in, role) ? "callback" : NULL;
    }
    if ((d->nonly_in && !listed(d->only_in, d->nonly_in, role)) || listed(d->not_in, d->nnot_in, role))
        return "callback";
    int level = ddi_irql_rank(ddi_role_irql(ddi, role));
    if (d->max_irql >= 0 && level > d->max_irql)
        return "irql";
    return NULL;
}

/* The shallowest offending way to reach one call. */
struct offence {
    const struct ir_inst *call;
    int function;
    const struct ddi_function *d;
    const char *why;
    const struct model_role *root;
    int mode;  /* FACT_MODE_DUMP: reached this way only in crash-dump mode */
    int *vias; /* model calls from the callback down to the function */
    int nvias;
};

struct walk {
    const struct program_model *m;
    const struct model_role *root;
    int mode;
    /* The calls the callback reaches in normal operation, sorted once the
     * normal walk is done: a dump-mode offence is one only dump mode reaches. */
    const struct ir_inst **normal;
    int nnormal, normal_cap;
    struct offence *found;
    int nfound, cap;
};

static int cmp_inst(const void *a, const void *b)
{
    const struct ir_inst *x = *(const struct ir_inst *const *)a, *y = *(const struct ir_inst *const *)b;
    return x < y ? -1 : x > y;
}

static const struct ddi_function *constrained(const struct ddi_model *ddi, const struct ir_inst *in)
{
    if (!in->callee)
        return NULL;
    for (int d = ddi_find(ddi, in->callee);
         d >= 0 && d < ddi->nfunctions && strcmp(ddi->functions[d].name, in->callee) == 0; d++) {
        const struct ddi_function *df = &ddi->functions[d];
        if ((df->nonly_in || df->nnot_in || df->max_irql >= 0) && ddi_when_matches(df, in))
            return df;
    }
    return NULL;
}

static void visit(void *ctx, const struct reach_state *states, int s, const struct ir_inst *in)
{
    struct walk *w = ctx;
    if (w->mode == FACT_MODE_NORMAL)
        VEC_PUSH(w->normal, w->nnormal, w->normal_cap, in);
    else if (w->nnormal > 0 && bsearch(&in, w->normal, (size_t)w->nnormal, sizeof *w->normal, cmp_inst))
        return;
    const struct ddi_function *d = constrained(w->m->ddi, in);
    const char *why = d ? breach(w->m->ddi, d, w->root->role, w->mode) : NULL;
    if (!why)
        return;
    struct offence *o = NULL;
    for (int i = 0; i < w->nfound && !o; i++)
        if (w->found[i].call == in)
            o = &w->found[i];
    /* Normal operation first, then the shallowest way. */
    if (o && (o->mode < w->mode || (o->mode == w->mode && o->nvias <= states[s].depth)))
        return;
    if (!o) {
        VEC_GROW(w->found, w->nfound, w->cap);
        o = &w->found[w->nfound++];
        memset(o, 0, sizeof *o);
    }
    free(o->vias);
    o->call = in;
    o->function = states[s].function;
    o->d = d;
    o->why = why;
    o->root = w->root;
    o->mode = w->mode;
    o->nvias = states[s].depth;
    o->vias = xcalloc((size_t)o->nvias + 1, sizeof(int));
    for (int k = s, i = o->nvias - 1; k >= 0 && states[k].via >= 0; k = states[k].parent, i--)
        o->vias[i] = states[k].via;
}

static const char *const irql_names[] = {"PASSIVE_LEVEL", "APC_LEVEL", "DISPATCH_LEVEL", "DIRQL"};

static void report(const struct program_model *m, const struct rule_info *self, const struct offence *o,
                   struct findings *out)
{
    const struct ddi_function *d = o->d;
    const char *role = o->root->role;
    /* "StorPortAcquireSpinLock(InterruptLock)": the entry's argument says which use. */
    char *name = d->when_is ? xasprintf("%s(%s)", d->name, d->when_is) : xstrdup(d->name);
    const char *fn = m->functions[o->function].ir->name;
    const char *in_dump = o->mode == FACT_MODE_DUMP ? " in crash-dump mode" : "";
    struct finding *f;
    if (strcmp(o->why, "dump") == 0) {
        f = findings_add(out, self->id, self->level, o->call->loc, fn,
                         "'%s' is called in code reachable from %s in crash-dump mode, where every miniport "
                         "routine runs above PASSIVE_LEVEL and it must not be called",
                         name, role);
    } else if (strcmp(o->why, "callback") == 0 && d->nonly_in == 0) {
        f = findings_add(out, self->id, self->level, o->call->loc, fn,
                         "'%s' is called in code reachable from %s, which must not call it", name, role);
    } else if (strcmp(o->why, "callback") == 0) {
        struct strbuf allowed = {0};
        for (int i = 0; i < d->nonly_in; i++)
            sb_appendf(&allowed, "%s%s", i ? (i + 1 == d->nonly_in ? " or " : ", ") : "", d->only_in[i]);
        f = findings_add(out, self->id, self->level, o->call->loc, fn,
                         "'%s' is called in code reachable from %s%s; it may be called only from %s", name,
                         role, in_dump, allowed.data);
        sb_free(&allowed);
    } else {
        const char *irql = ddi_role_irql(m->ddi, role);
        f = findings_add(out, self->id, self->level, o->call->loc, fn,
                         "'%s' must be called at or below %s but is reachable from %s, which runs at %s; "
                         "defer the work to a lower IRQL",
                         name, irql_names[d->max_irql], role, irql ? irql : "?");
    }
    finding_step(f, o->root->loc, "'%s' is registered as %s here (%s)%s",
                 m->functions[o->root->function].ir->name, role, o->root->how,
                 o->mode == FACT_MODE_DUMP ? "; the path below is taken only in crash-dump mode" : "");
    for (int i = 0; i < o->nvias; i++) {
        const struct model_call *c = &m->calls[o->vias[i]];
        finding_step(f, c->inst->loc, "'%s' calls '%s'", m->functions[c->caller].ir->name,
                     m->functions[c->callee].ir->name);
    }
    finding_step(f, o->call->loc, "'%s' is called here", name);
    free(name);
}

void rule_ddi_wrong_context(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    const struct program_model *m = a->model;
    struct walk w = {0};
    w.m = m;
    /* Each callback's walk, in normal operation and, when the driver tests
     * for it, in crash-dump mode; a call reached wrongly from several keeps
     * the shallowest way, which the trace shows. */
    bool dump = facts_knows_mode(m->facts);
    for (int r = 0; r < m->nroles; r++) {
        w.root = &m->roles[r];
        w.mode = FACT_MODE_NORMAL;
        w.nnormal = 0;
        reach_calls(m, r, FACT_MODE_NORMAL, visit, &w);
        if (!dump || !ddi_role_in_dump_mode(m->ddi, m->roles[r].role))
            continue;
        if (w.nnormal > 1) /* qsort must not see the NULL of an empty list */
            qsort(w.normal, (size_t)w.nnormal, sizeof *w.normal, cmp_inst);
        w.mode = FACT_MODE_DUMP;
        reach_calls(m, r, FACT_MODE_DUMP, visit, &w);
    }
    free(w.normal);
    for (int i = 0; i < w.nfound; i++) {
        report(m, self, &w.found[i], out);
        free(w.found[i].vias);
    }
    free(w.found);
}
