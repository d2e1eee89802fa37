/* facts.c — mode cells, mode predicates and start-up flags; see facts.h. */
#include "facts.h"

#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "util.h"

/* A place a value is written to: a field of a record, or a global. */
struct site {
    int function;
    int block;
    const struct ir_operand *value; /* what is stored, or returned */
};

struct cell {
    char *key; /* "struct _X.f" or "@g" */
    struct site *sites;
    int nsites, cap;
    bool address_taken; /* written through a pointer we cannot follow */
    int mode;           /* +1: nonzero exactly in dump mode; -1: exactly in normal mode; 0: neither */
    int phase;          /* nonzero from this start-up phase on, or -1 */
    const char *phase_role;
};

struct model_facts {
    struct cell *cells;
    int ncells, cap;
    signed char *predicate; /* per function: its result is a mode value (+1 / -1), or 0 */
    bool knows_mode;
};

/* ---- reading conditions ------------------------------------------------- */

/* The cell a path names: a field of the device extension (or of a record
 * held in it), or a global; NULL for anything else, such as a request's
 * fields or a structure passed to Storport. */
static char *path_key(const struct program_model *m, const struct ir_path *p)
{
    if (p->nsteps > 0 && p->steps[p->nsteps - 1].kind == IR_STEP_FIELD && p->steps[p->nsteps - 1].record) {
        if (!(model_record_places(m, p->steps[p->nsteps - 1].record) & MODEL_IN_DEVICE))
            return NULL;
        return xasprintf("%s.%s", p->steps[p->nsteps - 1].record, p->steps[p->nsteps - 1].field);
    }
    if (p->base == IR_BASE_GLOBAL && p->nsteps == 0 && p->name)
        return xasprintf("@%s", p->name);
    return NULL;
}

static struct cell *find_cell(const struct model_facts *f, const char *key)
{
    for (int i = 0; key && i < f->ncells; i++)
        if (strcmp(f->cells[i].key, key) == 0)
            return &f->cells[i];
    return NULL;
}

/* The one assignment to a local whose address is never taken, or NULL. */
static const struct ir_inst *single_definition(const struct ir_function *f, int local)
{
    const struct ir_inst *def = NULL;
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].ninsts; i++) {
            const struct ir_inst *in = &f->blocks[b].insts[i];
            for (int s = 0; s < in->nsrcs; s++)
                if (in->srcs[s].kind == IR_OPND_ADDR && in->srcs[s].path.base == IR_BASE_LOCAL &&
                    in->srcs[s].path.index == local)
                    return NULL;
            if (in->has_dst && in->dst.base == IR_BASE_LOCAL && in->dst.index == local) {
                if (def || in->dst.nsteps != 0 || (in->kind != IR_ASSIGN && in->kind != IR_CAST) ||
                    in->nsrcs != 1)
                    return NULL;
                def = in;
            }
        }
    return def;
}

static bool is_zero(const struct ir_operand *o)
{
    return o->kind == IR_OPND_CONST && o->value == 0;
}

/* Follows a condition (or a stored or returned value) down to what it reads:
 * through temporaries, single-assignment locals, casts, `!`, comparisons
 * with zero and `x > 0`. *sense is +1 if the value is nonzero exactly when
 * the operand returned is; *call is set when it is a call's result. */
static const struct ir_operand *unwrap(const struct model_function *mf, const struct ir_operand *o, int *sense,
                                       const struct ir_inst **call, bool *tested)
{
    *sense = 1;
    *call = NULL;
    *tested = false;
    for (int depth = 0; depth < 16; depth++) {
        if (o->kind != IR_OPND_VALUE || o->path.nsteps != 0)
            return o;
        const struct ir_inst *def = NULL;
        if (o->path.base == IR_BASE_TEMP && o->path.index < mf->ir->ntemps)
            def = mf->temp_def[o->path.index];
        else if (o->path.base == IR_BASE_LOCAL)
            def = single_definition(mf->ir, o->path.index);
        if (!def)
            return o;
        if (def->kind == IR_CALL) {
            *call = def;
            return o;
        }
        if ((def->kind == IR_ASSIGN || def->kind == IR_CAST) && def->nsrcs == 1) {
            o = &def->srcs[0];
        } else if (def->kind == IR_COMPUTE && def->op && strcmp(def->op, "!") == 0 && def->nsrcs == 1) {
            o = &def->srcs[0];
            *sense = -*sense;
            *tested = true;
        } else if (def->kind == IR_COMPUTE && def->op && def->nsrcs == 2 &&
                   (strcmp(def->op, "==") == 0 || strcmp(def->op, "!=") == 0)) {
            int zero = is_zero(&def->srcs[1]) ? 1 : is_zero(&def->srcs[0]) ? 0 : -1;
            if (zero < 0)
                return o;
            o = &def->srcs[1 - zero];
            if (strcmp(def->op, "==") == 0)
                *sense = -*sense;
            *tested = true;
        } else if (def->kind == IR_COMPUTE && def->op && def->nsrcs == 2 && strcmp(def->op, ">") == 0 &&
                   is_zero(&def->srcs[1])) {
            o = &def->srcs[0]; /* a count or mode number above zero: nonzero */
        } else if (def->kind == IR_COMPUTE && def->op && def->nsrcs == 2 && strcmp(def->op, "<") == 0 &&
                   is_zero(&def->srcs[0])) {
            o = &def->srcs[1];
        } else {
            return o;
        }
    }
    return o;
}

static bool is_root_of(const struct program_model *m, int function, const char *role)
{
    for (int r = 0; role && r < m->nroles; r++)
        if (m->roles[r].function == function && strcmp(m->roles[r].role, role) == 0)
            return true;
    return false;
}

/* The function a direct call binds to, or -1. */
static int callee_of(const struct program_model *m, const struct model_function *mf, const struct ir_inst *call)
{
    for (int c = 0; c < mf->ncalls_out; c++)
        if (m->calls[mf->calls_out[c]].inst == call && !m->calls[mf->calls_out[c]].indirect)
            return m->calls[mf->calls_out[c]].callee;
    return -1;
}

/* +1 if `value` in function fi is nonzero exactly in dump mode, -1 if
 * exactly in normal mode, 0 if it says nothing about the mode. */
static int mode_of(const struct program_model *m, const struct model_facts *f, int fi, const struct ir_operand *value)
{
    const struct model_function *mf = &m->functions[fi];
    int sense;
    const struct ir_inst *call;
    bool tested;
    const struct ir_operand *o = unwrap(mf, value, &sense, &call, &tested);
    if (call) {
        int callee = callee_of(m, mf, call);
        return callee >= 0 ? sense * f->predicate[callee] : 0;
    }
    if (o->kind != IR_OPND_VALUE)
        return 0;
    const struct ir_path *p = &o->path;
    if (p->nsteps > 0 && p->steps[p->nsteps - 1].kind == IR_STEP_FIELD && p->steps[p->nsteps - 1].record &&
        ddi_is_dump_mode_field(m->ddi, p->steps[p->nsteps - 1].record, p->steps[p->nsteps - 1].field))
        return sense;
    if (p->base == IR_BASE_PARAM && p->nsteps == 0 && p->is_pointer && tested &&
        is_root_of(m, fi, m->ddi->dump_null_arguments_of))
        return -sense; /* the argument is NULL in dump mode */
    char *key = path_key(m, p);
    const struct cell *c = find_cell(f, key);
    free(key);
    return c ? sense * c->mode : 0;
}

/* ---- where a block sits ------------------------------------------------ */

/* Blocks reachable from the entry, not crossing the edge (from, succ index
 * skip); from < 0 crosses every edge. Caller owns the result. */
static bool *reachable(const struct ir_function *f, int from, int skip, int removed)
{
    bool *seen = xcalloc((size_t)f->nblocks + 1, sizeof(bool));
    int *work = xmalloc(((size_t)f->nblocks + 1) * sizeof(int));
    int n = 0;
    if (f->nblocks > 0 && removed != 0) {
        seen[0] = true;
        work[n++] = 0;
    }
    while (n > 0) {
        int b = work[--n];
        for (int s = 0; s < f->blocks[b].nsuccs; s++) {
            int t = f->blocks[b].succs[s];
            if ((b == from && s == skip) || t < 0 || t >= f->nblocks || seen[t] || t == removed)
                continue;
            seen[t] = true;
            work[n++] = t;
        }
    }
    free(work);
    return seen;
}

/* +1 if block `target` of function fi runs whenever, and only when, the
 * driver is in dump mode: it is the one way on from the dump edge of a mode
 * test (`if (RegistryPath == NULL) { here }`); -1 likewise for normal mode;
 * else 0. */
static int block_mode(const struct program_model *m, const struct model_facts *f, int fi, int target)
{
    const struct ir_function *ir = m->functions[fi].ir;
    for (int b = 0; b < ir->nblocks; b++) {
        const struct ir_block *bl = &ir->blocks[b];
        if (bl->term != IR_TERM_BRANCH || bl->nsuccs != 2)
            continue;
        int mode = mode_of(m, f, fi, &bl->cond);
        if (mode == 0)
            continue;
        for (int s = 0; s < 2; s++) {
            if (bl->succs[s] != target)
                continue;
            bool *seen = reachable(ir, b, s, -1);
            bool guarded = !seen[target] && target != 0;
            free(seen);
            if (guarded) /* successor 0 is taken when the condition holds */
                return s == 0 ? mode : -mode;
        }
    }
    return 0;
}

/* Whether every way from the entry to a return passes block `b`. */
static bool must_pass(const struct ir_function *f, int b)
{
    bool *seen = reachable(f, -1, -1, b);
    bool avoided = false;
    for (int i = 0; i < f->nblocks && !avoided; i++)
        avoided = seen[i] && f->blocks[i].term == IR_TERM_RETURN;
    free(seen);
    return !avoided;
}

/* What the values written at these sites say about the mode: +1 / -1 when
 * they all agree, 0 otherwise. A zero written unconditionally (the reset
 * before `if (dump) flag = TRUE;`) agrees with +1. */
static int sites_mode(const struct program_model *m, const struct model_facts *f, const struct site *sites,
                      int n)
{
    int agreed = 0;
    bool reset = false;
    for (int i = 0; i < n; i++) {
        const struct site *s = &sites[i];
        int mode = mode_of(m, f, s->function, s->value);
        if (mode == 0 && s->value->kind == IR_OPND_CONST) {
            int where = block_mode(m, f, s->function, s->block);
            if (where == 0 && s->value->value == 0) {
                reset = true;
                continue;
            }
            mode = s->value->value != 0 ? where : -where;
        }
        if (mode == 0 || (agreed && mode != agreed))
            return 0;
        agreed = mode;
    }
    return reset && agreed < 0 ? 0 : agreed;
}

/* ---- finding the facts --------------------------------------------------- */

static struct cell *cell_for(struct model_facts *f, const char *key)
{
    struct cell *c = find_cell(f, key);
    if (c)
        return c;
    VEC_GROW(f->cells, f->ncells, f->cap);
    c = &f->cells[f->ncells++];
    memset(c, 0, sizeof *c);
    c->key = xstrdup(key);
    c->phase = -1;
    return c;
}

static void collect_sites(const struct program_model *m, struct model_facts *f)
{
    for (int fi = 0; fi < m->nfunctions; fi++) {
        const struct ir_function *ir = m->functions[fi].ir;
        bool *live = reachable(ir, -1, -1, -1);
        for (int b = 0; b < ir->nblocks; b++) {
            for (int i = 0; i < ir->blocks[b].ninsts; i++) {
                const struct ir_inst *in = &ir->blocks[b].insts[i];
                for (int s = 0; s < in->nsrcs; s++) {
                    if (in->srcs[s].kind != IR_OPND_ADDR)
                        continue;
                    char *key = path_key(m, &in->srcs[s].path);
                    if (key)
                        cell_for(f, key)->address_taken = true;
                    free(key);
                }
                if (!in->has_dst || !live[b])
                    continue;
                char *key = path_key(m, &in->dst);
                if (!key)
                    continue;
                struct cell *c = cell_for(f, key);
                free(key);
                struct site site = {fi, b, in->nsrcs == 1 && in->kind == IR_ASSIGN ? &in->srcs[0] : NULL};
                if (!site.value)
                    c->address_taken = true; /* written by an operation we do not read */
                else
                    VEC_PUSH(c->sites, c->nsites, c->cap, site);
            }
        }
        free(live);
    }
}

/* Mode predicates: functions every return of which gives a mode value. */
static int predicate_mode(const struct program_model *m, const struct model_facts *f, int fi)
{
    const struct ir_function *ir = m->functions[fi].ir;
    bool *live = reachable(ir, -1, -1, -1);
    struct site *sites = NULL;
    int n = 0, cap = 0;
    bool unknown = false;
    for (int b = 0; b < ir->nblocks && !unknown; b++) {
        if (!live[b] || ir->blocks[b].term != IR_TERM_RETURN)
            continue;
        if (ir->blocks[b].cond.kind == IR_OPND_NONE)
            unknown = true;
        struct site s = {fi, b, &ir->blocks[b].cond};
        VEC_PUSH(sites, n, cap, s);
    }
    int mode = unknown || n == 0 ? 0 : sites_mode(m, f, sites, n);
    free(sites);
    free(live);
    return mode;
}

/* A flag only ever set to nonzero constants, and set on every way through a
 * start-up callback, is set from that phase on. */
static void find_phase(const struct program_model *m, struct cell *c)
{
    if (c->address_taken || c->nsites == 0)
        return;
    for (int i = 0; i < c->nsites; i++)
        if (c->sites[i].value->kind != IR_OPND_CONST || c->sites[i].value->value == 0)
            return;
    for (int i = 0; i < c->nsites; i++) {
        const struct site *s = &c->sites[i];
        for (int r = 0; r < m->nroles; r++) {
            int phase = ddi_role_phase(m->ddi, m->roles[r].role);
            if (m->roles[r].function != s->function || phase < 0 || (c->phase >= 0 && phase >= c->phase))
                continue;
            if (must_pass(m->functions[s->function].ir, s->block)) {
                c->phase = phase;
                c->phase_role = m->roles[r].role;
            }
        }
    }
}

struct model_facts *facts_find(const struct program_model *m)
{
    struct model_facts *f = xcalloc(1, sizeof *f);
    f->predicate = xcalloc((size_t)m->nfunctions + 1, 1);
    collect_sites(m, f);
    /* Cells feed predicates and predicates feed cells (a field copied from
     * a predicate's result): repeat until nothing changes. */
    bool changed = true;
    for (int round = 0; round < 8 && changed; round++) {
        changed = false;
        for (int i = 0; i < f->ncells; i++) {
            struct cell *c = &f->cells[i];
            int mode = c->address_taken ? 0 : sites_mode(m, f, c->sites, c->nsites);
            changed |= mode != c->mode;
            c->mode = mode;
        }
        for (int fi = 0; fi < m->nfunctions; fi++) {
            int mode = predicate_mode(m, f, fi);
            changed |= mode != f->predicate[fi];
            f->predicate[fi] = (signed char)mode;
        }
    }
    for (int i = 0; i < f->ncells; i++) {
        f->knows_mode |= f->cells[i].mode != 0;
        if (f->cells[i].mode == 0)
            find_phase(m, &f->cells[i]);
    }
    for (int fi = 0; fi < m->nfunctions; fi++)
        f->knows_mode |= f->predicate[fi] != 0;
    return f;
}

void facts_free(struct model_facts *f)
{
    if (!f)
        return;
    for (int i = 0; i < f->ncells; i++) {
        free(f->cells[i].key);
        free(f->cells[i].sites);
    }
    free(f->cells);
    free(f->predicate);
    free(f);
}

bool facts_knows_mode(const struct model_facts *f)
{
    return f && f->knows_mode;
}

int facts_condition(const struct program_model *m, int function, const struct ir_operand *cond, int mode,
                    const char *root_role)
{
    const struct model_facts *f = m->facts;
    if (!f)
        return -1;
    int says = mode_of(m, f, function, cond);
    if (says != 0)
        return (says > 0) == (mode == FACT_MODE_DUMP);
    int sense;
    const struct ir_inst *call;
    bool tested;
    const struct ir_operand *o = unwrap(&m->functions[function], cond, &sense, &call, &tested);
    if (call || o->kind != IR_OPND_VALUE)
        return -1;
    char *key = path_key(m, &o->path);
    const struct cell *c = find_cell(f, key);
    free(key);
    if (!c || c->phase < 0)
        return -1;
    int root_phase = root_role ? ddi_role_phase(m->ddi, root_role) : 0;
    bool after = root_phase < 0 || root_phase > c->phase;
    if (!after || (mode == FACT_MODE_DUMP && !ddi_role_in_dump_mode(m->ddi, c->phase_role)))
        return -1;
    return sense > 0;
}
