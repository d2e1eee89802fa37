/* ddi_calls.c — see ddi_calls.h. */
#define _GNU_SOURCE
#include "ddi_calls.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void ddi_calls_each(const struct program_model *m, ddi_call_visit *visit, void *ctx)
{
    for (int f = 0; f < m->nfunctions; f++) {
        const struct ir_function *fn = m->functions[f].ir;
        for (int b = 0; b < fn->nblocks; b++)
            for (int i = 0; i < fn->blocks[b].ninsts; i++) {
                const struct ir_inst *in = &fn->blocks[b].insts[i];
                if (in->kind != IR_CALL || !in->callee)
                    continue;
                for (int d = ddi_find(m->ddi, in->callee);
                     d >= 0 && d < m->ddi->nfunctions && strcmp(m->ddi->functions[d].name, in->callee) == 0; d++)
                    if (ddi_when_matches(&m->ddi->functions[d], in))
                        visit(ctx, m, f, in, &m->ddi->functions[d]);
            }
    }
}

static bool listed(char **l, int n, const char *s)
{
    for (int i = 0; i < n; i++)
        if (strcmp(l[i], s) == 0)
            return true;
    return false;
}

const struct model_context *ddi_calls_context(const struct program_model *m, int f, char **except, int nexcept)
{
    const struct model_context *best = NULL;
    const struct model_function *mf = &m->functions[f];
    for (int i = 0; i < mf->ncontexts; i++) {
        const struct model_context *c = &mf->contexts[i];
        if (listed(except, nexcept, c->role))
            continue;
        if (!best || c->depth < best->depth)
            best = c;
    }
    return best;
}

struct finding *ddi_calls_report(const struct program_model *m, const struct rule_info *self, int function,
                                 const struct ir_inst *call, const struct model_context *ctx,
                                 struct findings *out, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = NULL;
    if (vasprintf(&msg, fmt, ap) < 0)
        msg = NULL;
    va_end(ap);
    struct finding *f = findings_add(out, self->id, self->level, call->loc, m->functions[function].ir->name, "%s",
                                     msg ? msg : "");
    free(msg);
    if (ctx)
        rule_context_trace(m, function, ctx, f);
    finding_step(f, call->loc, "'%s' is called here", call->callee);
    return f;
}

bool ddi_calls_same_path(const struct ir_path *a, const struct ir_path *b)
{
    if (a->base != b->base || a->nsteps != b->nsteps)
        return false;
    if (a->base == IR_BASE_GLOBAL || a->base == IR_BASE_FUNC) {
        if (!a->name || !b->name || strcmp(a->name, b->name) != 0)
            return false;
    } else if (a->index != b->index)
        return false;
    for (int i = 0; i < a->nsteps; i++) {
        if (a->steps[i].kind != b->steps[i].kind)
            return false;
        if (a->steps[i].kind == IR_STEP_FIELD &&
            (!a->steps[i].field || !b->steps[i].field || strcmp(a->steps[i].field, b->steps[i].field) != 0))
            return false;
    }
    return true;
}

const struct ir_operand *ddi_calls_underlying(const struct model_function *mf, const struct ir_operand *o)
{
    for (int guard = 0; guard < 16 && o && o->kind == IR_OPND_VALUE && o->path.base == IR_BASE_TEMP &&
                        o->path.nsteps == 0;
         guard++) {
        if (o->path.index < 0 || o->path.index >= mf->ir->ntemps)
            break;
        const struct ir_inst *def = mf->temp_def[o->path.index];
        if (!def || (def->kind != IR_ASSIGN && def->kind != IR_CAST) || def->nsrcs < 1)
            break;
        o = &def->srcs[0];
    }
    return o;
}
