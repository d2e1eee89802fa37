/* ddi-wrong-context: a routine that the documentation allows only in some
 * callbacks, or only up to some IRQL, is called in code that another
 * callback reaches. The limits are data in rules/ddi.json ("only_in",
 * "max_irql"); a callback's IRQL is its documented entry IRQL.
 * Contract: docs/rules/ddi-wrong-context.md. */
#include <string.h>

#include "rules.h"

static bool allowed_role(const struct ddi_function *d, const char *role)
{
    for (int i = 0; i < d->nonly_in; i++)
        if (strcmp(d->only_in[i], role) == 0)
            return true;
    return d->nonly_in == 0;
}

/* Why role cannot call d, or NULL if it can. */
static const char *breach(const struct ddi_model *ddi, const struct ddi_function *d, const char *role)
{
    if (!allowed_role(d, role))
        return "callback";
    int level = ddi_irql_rank(ddi_role_irql(ddi, role));
    if (d->max_irql >= 0 && level > d->max_irql)
        return "irql";
    return NULL;
}

static const char *const irql_names[] = {"PASSIVE_LEVEL", "APC_LEVEL", "DISPATCH_LEVEL", "DIRQL"};

static void check_call(const struct analysis *a, const struct rule_info *self, int fi,
                       const struct ir_inst *in, const struct ddi_function *d, struct findings *out)
{
    const struct program_model *m = a->model;
    const struct model_function *mf = &m->functions[fi];
    const struct model_context *worst = NULL;
    const char *why = NULL;
    for (int c = 0; c < mf->ncontexts; c++) {
        const char *w = breach(m->ddi, d, mf->contexts[c].role);
        if (w && (!worst || mf->contexts[c].depth < worst->depth)) {
            worst = &mf->contexts[c];
            why = w;
        }
    }
    if (!worst)
        return;
    struct finding *f;
    if (strcmp(why, "callback") == 0) {
        struct strbuf allowed = {0};
        for (int i = 0; i < d->nonly_in; i++)
            sb_appendf(&allowed, "%s%s", i ? (i + 1 == d->nonly_in ? " or " : ", ") : "", d->only_in[i]);
        f = findings_add(out, self->id, self->level, in->loc, mf->ir->name,
                         "'%s' is called in code reachable from %s; it may be called only from %s",
                         d->name, worst->role, allowed.data);
        sb_free(&allowed);
    } else {
        const char *irql = ddi_role_irql(m->ddi, worst->role);
        f = findings_add(out, self->id, self->level, in->loc, mf->ir->name,
                         "'%s' must be called at or below %s but is reachable from %s, which runs at %s; "
                         "defer the work to a lower IRQL",
                         d->name, irql_names[d->max_irql], worst->role, irql ? irql : "?");
    }
    rule_context_trace(m, fi, worst, f);
    finding_step(f, in->loc, "'%s' is called here", d->name);
}

void rule_ddi_wrong_context(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    const struct program_model *m = a->model;
    const struct ddi_model *ddi = m->ddi;
    for (int fi = 0; fi < m->nfunctions; fi++) {
        const struct ir_function *f = m->functions[fi].ir;
        if (m->functions[fi].ncontexts == 0)
            continue;
        for (int b = 0; b < f->nblocks; b++)
            for (int i = 0; i < f->blocks[b].ninsts; i++) {
                const struct ir_inst *in = &f->blocks[b].insts[i];
                if (in->kind != IR_CALL || !in->callee)
                    continue;
                for (int d = ddi_find(ddi, in->callee);
                     d >= 0 && d < ddi->nfunctions && strcmp(ddi->functions[d].name, in->callee) == 0; d++)
                    if (ddi->functions[d].nonly_in || ddi->functions[d].max_irql >= 0) {
                        check_call(a, self, fi, in, &ddi->functions[d], out);
                        break;
                    }
            }
    }
}
