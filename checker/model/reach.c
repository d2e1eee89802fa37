/* SPDX-License-Identifier: Apache-2.0 */
/* reach.c — see reach.h. */
#include "reach.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Enough for real drivers (a few thousand functions, a handful of flag
 * values each); a walk that needs more stops and says so. */
#define MAX_STATES 50000

/* The parameter a branch condition compares with a constant (a truth test
 * is `!= 0`), or -1; *test as in model_condition_test. */
static int tested_param(const struct model_function *mf, const struct ir_operand *c, struct value_test *test)
{
    const struct ir_operand *o = model_condition_test(mf, c, test);
    if (o->kind != IR_OPND_VALUE || o->path.nsteps != 0 || o->path.base != IR_BASE_PARAM)
        return -1;
    return o->path.index;
}

/* The one successor of a switch on a known parameter value: the case with
 * that label, else the default; -1 when it cannot be told. */
static int switch_successor(const struct model_function *mf, const struct ir_block *b, const struct reach_state *st)
{
    struct value_test t;
    int p = b->cases ? tested_param(mf, &b->cond, &t) : -1;
    if (p < 0 || p >= REACH_MAX_PARAMS || !(st->known & (1U << p)) || t.op != VALUE_NE || t.value != 0)
        return -1;
    for (int i = 0; i < b->nsuccs - 1; i++) {
        if (!b->cases[i].known)
            return -1;
        if (b->cases[i].value == st->value[p])
            return i;
    }
    return b->nsuccs - 1;
}

/* The blocks a state reaches: every successor, except the edge a known
 * parameter rules out. Caller owns the result. */
static bool *live_blocks(const struct program_model *m, const char *root_role, const struct reach_state *st)
{
    const struct model_function *mf = &m->functions[st->function];
    const struct ir_function *f = mf->ir;
    bool *live = xcalloc((size_t)f->nblocks + 1, sizeof(bool));
    int *work = xmalloc(((size_t)f->nblocks + 1) * sizeof(int));
    int n = 0;
    if (f->nblocks > 0) {
        live[0] = true;
        work[n++] = 0;
    }
    while (n > 0) {
        const struct ir_block *b = &f->blocks[work[--n]];
        int only = -1;
        if (b->term == IR_TERM_BRANCH) {
            struct value_test t;
            int p = tested_param(mf, &b->cond, &t);
            struct value_test is = {VALUE_EQ, p >= 0 && p < REACH_MAX_PARAMS ? st->value[p] : 0};
            if (p >= 0 && p < REACH_MAX_PARAMS && (st->known & (1U << p)))
                only = model_test_compatible(&is, &t) ? 0 : 1;
            struct fact_env env = {st->function, st->known, st->value, &st->fields, st->mode, root_role};
            int holds = only < 0 ? facts_condition(m, &env, &b->cond) : -1;
            if (holds >= 0)
                only = holds ? 0 : 1;
        } else if (b->term == IR_TERM_SWITCH) {
            only = switch_successor(mf, b, st);
        }
        for (int s = 0; s < b->nsuccs; s++) {
            int t = b->succs[s];
            if ((only >= 0 && s != only) || t < 0 || t >= f->nblocks || live[t])
                continue;
            live[t] = true;
            work[n++] = t;
        }
    }
    free(work);
    return live;
}

static bool same_state(const struct reach_state *a, int function, unsigned known, const long long *value)
{
    if (a->function != function || a->known != known)
        return false;
    for (int i = 0; i < REACH_MAX_PARAMS; i++)
        if ((known & (1U << i)) && a->value[i] != value[i])
            return false;
    return true;
}

static bool same_fields(const struct fact_fields *a, const struct fact_fields *b)
{
    if (a->n != b->n)
        return false;
    for (int i = 0; i < a->n; i++)
        if (a->key[i] != b->key[i] || a->value[i] != b->value[i])
            return false;
    return true;
}

bool reach_calls(const struct program_model *m, int role, int mode, reach_visit *visit, void *ctx)
{
    struct reach_state *states = NULL;
    int nstates = 0, cap = 0;
    struct reach_state first = {0};
    const char *root_role = m->roles[role].role;
    first.function = m->roles[role].function;
    first.mode = mode;
    first.parent = first.via = -1;
    /* The states of each function, chained, so that looking for a state
     * already walked compares only those of the same function. */
    int *last_of = xmalloc(((size_t)m->nfunctions + 1) * sizeof(int));
    for (int i = 0; i < m->nfunctions; i++)
        last_of[i] = -1;
    first.same_function = -1;
    last_of[first.function] = 0;
    VEC_PUSH(states, nstates, cap, first);
    bool complete = true;
    for (int s = 0; s < nstates; s++) {
        const struct model_function *mf = &m->functions[states[s].function];
        bool *live = live_blocks(m, root_role, &states[s]);
        for (int b = 0; b < mf->ir->nblocks; b++) {
            if (!live[b])
                continue;
            for (int i = 0; i < mf->ir->blocks[b].ninsts; i++) {
                const struct ir_inst *in = &mf->ir->blocks[b].insts[i];
                if (in->kind != IR_CALL)
                    continue;
                visit(ctx, states, s, in);
                for (int c = 0; c < mf->ncalls_out; c++) {
                    int call = mf->calls_out[c];
                    if (m->calls[call].inst != in)
                        continue;
                    /* The callee's constants: literal arguments, and known
                     * parameters passed on. */
                    struct reach_state next = {0};
                    next.function = m->calls[call].callee;
                    next.mode = mode;
                    next.parent = s;
                    next.via = call;
                    next.depth = states[s].depth + 1;
                    struct fact_env env = {states[s].function, states[s].known, states[s].value,
                                           &states[s].fields, mode, root_role};
                    facts_fields_at(m, &env, in, &next.fields);
                    for (int a = 0; a < in->nsrcs && a < REACH_MAX_PARAMS; a++) {
                        const struct ir_operand *o = &in->srcs[a];
                        if (o->kind == IR_OPND_CONST) {
                            next.known |= 1U << a;
                            next.value[a] = o->value;
                        } else if (o->kind == IR_OPND_VALUE && o->path.nsteps == 0 &&
                                   o->path.base == IR_BASE_PARAM && o->path.index < REACH_MAX_PARAMS &&
                                   (states[s].known & (1U << o->path.index))) {
                            next.known |= 1U << a;
                            next.value[a] = states[s].value[o->path.index];
                        } else if (facts_value(m, &env, o, &next.value[a])) {
                            next.known |= 1U << a; /* `x ? 1 : 0`, `!InDpc && port->AtDirql` */
                        }
                    }
                    bool seen = false;
                    for (int k = last_of[next.function]; k >= 0 && !seen; k = states[k].same_function)
                        seen = same_state(&states[k], next.function, next.known, next.value) &&
                               same_fields(&states[k].fields, &next.fields);
                    if (seen)
                        continue;
                    if (nstates >= MAX_STATES) {
                        complete = false;
                        continue;
                    }
                    next.same_function = last_of[next.function];
                    last_of[next.function] = nstates;
                    VEC_PUSH(states, nstates, cap, next);
                }
            }
        }
        free(live);
    }
    free(last_of);
    free(states);
    return complete;
}
