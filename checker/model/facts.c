/* SPDX-License-Identifier: Apache-2.0 */
/* facts.c — mode cells, mode predicates and start-up flags; see facts.h. */
#include "facts.h"

#include <stdio.h>
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

/* A field that some condition tests, tracked along a walk's path. */
struct field_key {
    const char *record, *field; /* borrowed from the IR */
};

struct model_facts {
    struct cell *cells;
    int ncells, cap;
    signed char *predicate; /* per function: its result is a mode value (+1 / -1), or 0 */
    bool knows_mode;
    struct field_key *keys; /* sorted */
    int nkeys, keys_cap;
    bool *stores_keys;      /* per function: it stores one of the keys */
    bool *zero_at_start;    /* per key: still zero while the start-up callbacks run */
    int start_phase;        /* the last start-up phase that runs before interrupts, or -1 */
    const struct cell **facts; /* the cells that hold a fact, once found */
    int nfacts;
    bool settled;
};

/* ---- reading conditions ------------------------------------------------- */

/* The cell a path names: a field of the device extension (or of a record
 * held in it), or a global; false for anything else, such as a request's
 * fields or a structure passed to Storport. Writes the key into buf. */
static bool path_key(const struct program_model *m, const struct ir_path *p, char *buf, size_t size)
{
    int n = -1;
    if (p->nsteps > 0 && p->steps[p->nsteps - 1].kind == IR_STEP_FIELD && p->steps[p->nsteps - 1].record) {
        if (!(model_record_places(m, p->steps[p->nsteps - 1].record) & MODEL_IN_DEVICE))
            return false;
        n = snprintf(buf, size, "%s.%s", p->steps[p->nsteps - 1].record, p->steps[p->nsteps - 1].field);
    } else if (p->base == IR_BASE_GLOBAL && p->nsteps == 0 && p->name) {
        n = snprintf(buf, size, "@%s", p->name);
    }
    return n > 0 && (size_t)n < size;
}

static struct cell *find_cell(const struct model_facts *f, const char *key)
{
    for (int i = 0; i < f->ncells; i++)
        if (strcmp(f->cells[i].key, key) == 0)
            return &f->cells[i];
    return NULL;
}

/* The cell a path names, if it holds a fact. Once the facts are found only
 * the few cells that hold one are searched. */
static const struct cell *fact_cell(const struct program_model *m, const struct model_facts *f,
                                    const struct ir_path *p)
{
    char key[512];
    if (!path_key(m, p, key, sizeof key))
        return NULL;
    if (!f->settled)
        return find_cell(f, key);
    for (int i = 0; i < f->nfacts; i++)
        if (strcmp(f->facts[i]->key, key) == 0)
            return f->facts[i];
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
    const struct cell *c = fact_cell(m, f, p);
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
                    char key[512];
                    if (path_key(m, &in->srcs[s].path, key, sizeof key))
                        cell_for(f, key)->address_taken = true;
                }
                if (!in->has_dst || !live[b])
                    continue;
                char key[512];
                if (!path_key(m, &in->dst, key, sizeof key))
                    continue;
                struct cell *c = cell_for(f, key);
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

/* ---- fields along a path ------------------------------------------------ */

static int cmp_key(const void *a, const void *b)
{
    const struct field_key *x = a, *y = b;
    int c = strcmp(x->record, y->record);
    return c ? c : strcmp(x->field, y->field);
}

/* The tracked field a path ends in, or -1. */
static int key_index(const struct model_facts *f, const struct ir_path *p)
{
    if (f->nkeys == 0 || p->nsteps == 0 || p->steps[p->nsteps - 1].kind != IR_STEP_FIELD ||
        !p->steps[p->nsteps - 1].record)
        return -1; /* no keys: bsearch must not see a NULL table */
    struct field_key k = {p->steps[p->nsteps - 1].record, p->steps[p->nsteps - 1].field};
    const struct field_key *hit = bsearch(&k, f->keys, (size_t)f->nkeys, sizeof k, cmp_key);
    return hit ? (int)(hit - f->keys) : -1;
}

static bool tests_operands(const struct ir_inst *in)
{
    static const char *const ops[] = {"!", "==", "!=", "&&", "||", "?:"};
    if (in->kind != IR_COMPUTE || !in->op)
        return false;
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (strcmp(in->op, ops[i]) == 0)
            return true;
    return false;
}

static void add_key(struct model_facts *f, const struct ir_operand *o)
{
    const struct ir_path *p = &o->path;
    if (o->kind != IR_OPND_VALUE || p->nsteps == 0 || p->steps[p->nsteps - 1].kind != IR_STEP_FIELD ||
        !p->steps[p->nsteps - 1].record)
        return;
    struct field_key k = {p->steps[p->nsteps - 1].record, p->steps[p->nsteps - 1].field};
    VEC_PUSH(f->keys, f->nkeys, f->keys_cap, k);
}

/* The fields worth carrying along a walk: those a condition tests. */
static void collect_keys(const struct program_model *m, struct model_facts *f)
{
    for (int fi = 0; fi < m->nfunctions; fi++) {
        const struct ir_function *ir = m->functions[fi].ir;
        for (int b = 0; b < ir->nblocks; b++) {
            if (ir->blocks[b].term == IR_TERM_BRANCH)
                add_key(f, &ir->blocks[b].cond);
            for (int i = 0; i < ir->blocks[b].ninsts; i++)
                if (tests_operands(&ir->blocks[b].insts[i]))
                    for (int s = 0; s < ir->blocks[b].insts[i].nsrcs; s++)
                        add_key(f, &ir->blocks[b].insts[i].srcs[s]);
        }
    }
    if (f->nkeys > 1)
        qsort(f->keys, (size_t)f->nkeys, sizeof *f->keys, cmp_key);
    int kept = 0;
    for (int i = 0; i < f->nkeys; i++)
        if (kept == 0 || cmp_key(&f->keys[kept - 1], &f->keys[i]) != 0)
            f->keys[kept++] = f->keys[i];
    f->nkeys = kept;
    f->stores_keys = xcalloc((size_t)m->nfunctions + 1, sizeof(bool));
    for (int fi = 0; fi < m->nfunctions; fi++) {
        const struct ir_function *ir = m->functions[fi].ir;
        for (int b = 0; b < ir->nblocks && !f->stores_keys[fi]; b++)
            for (int i = 0; i < ir->blocks[b].ninsts && !f->stores_keys[fi]; i++)
                f->stores_keys[fi] = ir->blocks[b].insts[i].has_dst && key_index(f, &ir->blocks[b].insts[i].dst) >= 0;
    }
}

/* Whether function fi itself stores the tracked field k anywhere. */
static bool stores_key(const struct program_model *m, int fi, int k)
{
    if (!m->facts->stores_keys[fi])
        return false;
    const struct ir_function *ir = m->functions[fi].ir;
    for (int b = 0; b < ir->nblocks; b++)
        for (int i = 0; i < ir->blocks[b].ninsts; i++)
            if (ir->blocks[b].insts[i].has_dst && key_index(m->facts, &ir->blocks[b].insts[i].dst) == k)
                return true;
    return false;
}

/* ---- fields still zero during start-up ------------------------------- */

/* Whether a function runs in one of the start-up callbacks that come before
 * interrupts (DriverEntry, HwFindAdapter, HwInitialize: rules/ddi.json
 * "phase" up to HwInitialize's). */
static bool runs_at_start(const struct program_model *m, const struct model_facts *f, int fi)
{
    const struct model_function *mf = &m->functions[fi];
    for (int c = 0; c < mf->ncontexts; c++) {
        int phase = ddi_role_phase(m->ddi, mf->contexts[c].role);
        if (phase >= 0 && phase <= f->start_phase)
            return true;
    }
    return false;
}

/* The records of the device extension's storage: the extension itself and
 * every record it holds, by value or through a pointer (a per-channel
 * structure the driver allocates in HwFindAdapter). Returns the count; the
 * caller owns the array and its names. */
static int held_by_device(const struct program_model *m, char ***out)
{
    char **names = NULL;
    int n = 0, cap = 0;
    if (m->device_ext) {
        char *first = xstrdup(m->device_ext);
        VEC_PUSH(names, n, cap, first);
    }
    for (int i = 0; i < n && n < 256; i++) {
        const struct ir_record *r = model_record(m, names[i]);
        for (int j = 0; r && j < r->nfields; j++) {
            const struct ir_field *fd = &r->fields[j];
            char name[512];
            if (fd->record) {
                snprintf(name, sizeof name, "%s", fd->record);
            } else if (fd->is_pointer && fd->type) {
                /* "struct _X *", "struct _X *[32]": the pointee's name */
                const char *star = strchr(fd->type, '*');
                size_t len = star ? (size_t)(star - fd->type) : 0;
                while (len > 0 && fd->type[len - 1] == ' ')
                    len--;
                if (len == 0 || len >= sizeof name)
                    continue;
                memcpy(name, fd->type, len);
                name[len] = '\0';
            } else {
                continue;
            }
            if (!model_record(m, name))
                continue;
            bool seen = false;
            for (int k = 0; k < n && !seen; k++)
                seen = strcmp(names[k], name) == 0;
            if (!seen) {
                char *copy = xstrdup(name);
                VEC_PUSH(names, n, cap, copy);
            }
        }
    }
    *out = names;
    return n;
}

/* No field of the record a type names (a pointer's pointee) is known zero. */
static void forget_record(const struct program_model *m, struct model_facts *f, const char *type)
{
    size_t n = strlen(type);
    while (n > 0 && (type[n - 1] == '*' || type[n - 1] == ' '))
        n--;
    if (m->device_ext && strlen(m->device_ext) == n && strncmp(m->device_ext, type, n) == 0)
        return;
    for (int k = 0; k < f->nkeys; k++)
        if (strlen(f->keys[k].record) == n && strncmp(f->keys[k].record, type, n) == 0)
            f->zero_at_start[k] = false;
}

/* The port hands HwFindAdapter a zeroed device extension, and what a driver
 * keeps behind it is zeroed or set before use. A tracked field of such
 * storage that no start-up callback sets to anything but zero, nor hands out
 * by address (`StorPortAllocatePool(..., &Ext->Buffer)`), is still zero while
 * those callbacks run: a pointer freed "if set" on a start-up failure path is
 * not set yet. Later callbacks are not affected; they see whatever I/O,
 * interrupts and timers stored since. */
static void find_zero_at_start(const struct program_model *m, struct model_facts *f)
{
    f->zero_at_start = xcalloc((size_t)f->nkeys + 1, sizeof(bool));
    f->start_phase = ddi_role_phase(m->ddi, "HwInitialize");
    if (f->start_phase < 0)
        return;
    char **held = NULL;
    int nheld = held_by_device(m, &held);
    for (int k = 0; k < f->nkeys; k++)
        for (int h = 0; h < nheld && !f->zero_at_start[k]; h++)
            f->zero_at_start[k] = strcmp(held[h], f->keys[k].record) == 0;
    for (int h = 0; h < nheld; h++)
        free(held[h]);
    free(held);
    for (int fi = 0; fi < m->nfunctions; fi++) {
        if (!runs_at_start(m, f, fi))
            continue;
        const struct ir_function *ir = m->functions[fi].ir;
        for (int b = 0; b < ir->nblocks; b++)
            for (int i = 0; i < ir->blocks[b].ninsts; i++) {
                const struct ir_inst *in = &ir->blocks[b].insts[i];
                int k = in->has_dst ? key_index(f, &in->dst) : -1;
                bool zero = in->kind == IR_ASSIGN && in->nsrcs == 1 && is_zero(&in->srcs[0]);
                if (k >= 0 && !zero)
                    f->zero_at_start[k] = false;
                for (int s = 0; s < in->nsrcs; s++) {
                    const struct ir_operand *o = &in->srcs[s];
                    if (o->kind == IR_OPND_ADDR && (k = key_index(f, &o->path)) >= 0)
                        f->zero_at_start[k] = false;
                    /* A record handed whole to a routine outside the driver
                     * (a copy into `&Ext->Config`) may come back with any
                     * field set. The device extension itself is every
                     * Storport routine's first argument, not a destination. */
                    bool whole = (o->kind == IR_OPND_ADDR || (o->kind == IR_OPND_VALUE && o->path.is_pointer)) &&
                                 in->kind == IR_CALL && callee_of(m, &m->functions[fi], in) < 0;
                    if (whole && o->path.type)
                        forget_record(m, f, o->path.type);
                }
            }
    }
}

/* A field read in a walk from a start-up callback that is still zero there.
 * Only memory reached through a pointer counts: a structure on the stack is
 * zeroed by no one, and a global one outlives the adapter, so a second
 * adapter's start-up sees what the first one stored. */
static bool zero_on_this_walk(const struct program_model *m, const struct fact_env *env, const struct ir_path *p,
                              int k)
{
    const struct model_facts *f = m->facts;
    if (k < 0 || !f->zero_at_start || !f->zero_at_start[k] || !env->root_role)
        return false;
    int phase = ddi_role_phase(m->ddi, env->root_role);
    if (phase < 0 || phase > f->start_phase)
        return false;
    for (int i = 0; i < p->nsteps; i++)
        if (p->steps[i].kind == IR_STEP_DEREF)
            return true;
    return false;
}

static bool eval(const struct program_model *m, const struct fact_env *env, const struct ir_operand *o,
                 long long *out, int depth)
{
    if (depth > 16)
        return false;
    if (o->kind == IR_OPND_CONST) {
        *out = o->value;
        return true;
    }
    if (o->kind != IR_OPND_VALUE)
        return false;
    const struct ir_path *p = &o->path;
    const struct model_function *mf = &m->functions[env->function];
    if (p->nsteps == 0 && p->base == IR_BASE_PARAM) {
        if (p->index >= 32 || !(env->known & (1U << p->index)))
            return false;
        *out = env->value[p->index];
        return true;
    }
    if (p->nsteps > 0) {
        int k = key_index(m->facts, p);
        if (zero_on_this_walk(m, env, p, k)) {
            *out = 0;
            return true;
        }
        if (k >= 0 && stores_key(m, env->function, k))
            return false; /* the value on entry may have been replaced by now */
        for (int i = 0; k >= 0 && env->fields && i < env->fields->n; i++)
            if (env->fields->key[i] == k) {
                *out = env->fields->value[i];
                return true;
            }
        return false;
    }
    const struct ir_inst *def = NULL;
    if (p->base == IR_BASE_TEMP && p->index < mf->ir->ntemps)
        def = mf->temp_def[p->index];
    else if (p->base == IR_BASE_LOCAL)
        def = single_definition(mf->ir, p->index);
    if (!def || def->nsrcs < 1)
        return false;
    if ((def->kind == IR_ASSIGN || def->kind == IR_CAST) && def->nsrcs == 1)
        return eval(m, env, &def->srcs[0], out, depth + 1);
    if (def->kind != IR_COMPUTE || !def->op)
        return false;
    const char *op = def->op;
    long long a, b;
    bool ka = eval(m, env, &def->srcs[0], &a, depth + 1);
    if (strcmp(op, "!") == 0 && def->nsrcs == 1) {
        *out = !a;
        return ka;
    }
    if (strcmp(op, "?:") == 0 && def->nsrcs == 3)
        return ka && eval(m, env, &def->srcs[a ? 1 : 2], out, depth + 1);
    if (def->nsrcs != 2)
        return false;
    bool kb = eval(m, env, &def->srcs[1], &b, depth + 1);
    /* && and || decide on one known operand. */
    if (strcmp(op, "&&") == 0 && ((ka && !a) || (kb && !b))) {
        *out = 0;
        return true;
    }
    if (strcmp(op, "||") == 0 && ((ka && a) || (kb && b))) {
        *out = 1;
        return true;
    }
    if (!ka || !kb)
        return false;
    if (strcmp(op, "&&") == 0) *out = a && b;
    else if (strcmp(op, "||") == 0) *out = a || b;
    else if (strcmp(op, "==") == 0) *out = a == b;
    else if (strcmp(op, "!=") == 0) *out = a != b;
    else if (strcmp(op, "<") == 0) *out = a < b;
    else if (strcmp(op, ">") == 0) *out = a > b;
    else if (strcmp(op, "<=") == 0) *out = a <= b;
    else if (strcmp(op, ">=") == 0) *out = a >= b;
    else if (strcmp(op, "&") == 0) *out = a & b;
    else if (strcmp(op, "|") == 0) *out = a | b;
    else return false;
    return true;
}

bool facts_value(const struct program_model *m, const struct fact_env *env, const struct ir_operand *o,
                 long long *out)
{
    return m->facts && eval(m, env, o, out, 0);
}

static void fields_forget(struct fact_fields *ff, int key)
{
    for (int i = 0; i < ff->n; i++)
        if (ff->key[i] == key) {
            memmove(&ff->key[i], &ff->key[i + 1], (size_t)(ff->n - i - 1) * sizeof ff->key[0]);
            memmove(&ff->value[i], &ff->value[i + 1], (size_t)(ff->n - i - 1) * sizeof ff->value[0]);
            ff->n--;
            return;
        }
}

/* Kept sorted by key, so that equal knowledge compares equal. */
static void fields_set(struct fact_fields *ff, int key, long long value)
{
    fields_forget(ff, key);
    if (ff->n >= FACT_MAX_FIELDS)
        return;
    int i = ff->n;
    while (i > 0 && ff->key[i - 1] > key) {
        ff->key[i] = ff->key[i - 1];
        ff->value[i] = ff->value[i - 1];
        i--;
    }
    ff->key[i] = key;
    ff->value[i] = value;
    ff->n++;
}

void facts_fields_at(const struct program_model *m, const struct fact_env *env, const struct ir_inst *call,
                     struct fact_fields *out)
{
    memset(out, 0, sizeof *out);
    if (env->fields)
        *out = *env->fields;
    const struct model_facts *f = m->facts;
    const struct ir_function *ir = m->functions[env->function].ir;
    if (!f || !f->stores_keys[env->function])
        return;
    int cb = -1, ci = -1;
    for (int b = 0; b < ir->nblocks && cb < 0; b++)
        for (int i = 0; i < ir->blocks[b].ninsts; i++)
            if (&ir->blocks[b].insts[i] == call) {
                cb = b;
                ci = i;
                break;
            }
    if (cb < 0)
        return;
    /* The blocks from which the call can be reached. */
    bool *before = xcalloc((size_t)ir->nblocks + 1, sizeof(bool));
    int *work = xmalloc(((size_t)ir->nblocks + 1) * sizeof(int));
    /* Predecessor lists, as offsets into one array. */
    int *start = xcalloc((size_t)ir->nblocks + 2, sizeof(int));
    for (int b = 0; b < ir->nblocks; b++)
        for (int s = 0; s < ir->blocks[b].nsuccs; s++)
            if (ir->blocks[b].succs[s] >= 0 && ir->blocks[b].succs[s] < ir->nblocks)
                start[ir->blocks[b].succs[s] + 1]++;
    for (int b = 0; b < ir->nblocks; b++)
        start[b + 1] += start[b];
    int *preds = xmalloc(((size_t)start[ir->nblocks] + 1) * sizeof(int));
    int *fill = xmalloc(((size_t)ir->nblocks + 1) * sizeof(int));
    memcpy(fill, start, (size_t)ir->nblocks * sizeof(int));
    for (int b = 0; b < ir->nblocks; b++)
        for (int s = 0; s < ir->blocks[b].nsuccs; s++)
            if (ir->blocks[b].succs[s] >= 0 && ir->blocks[b].succs[s] < ir->nblocks)
                preds[fill[ir->blocks[b].succs[s]]++] = b;
    int n = 0;
    work[n++] = cb;
    while (n > 0) {
        int t = work[--n];
        for (int p = start[t]; p < start[t + 1]; p++)
            if (!before[preds[p]]) {
                before[preds[p]] = true;
                work[n++] = preds[p];
            }
    }
    free(fill);
    free(preds);
    free(start);
    free(work);
    /* Per key: the one store that surely precedes the call, else none. */
    int stores[FACT_MAX_FIELDS * 4];
    const struct ir_inst *sure[FACT_MAX_FIELDS * 4];
    int count[FACT_MAX_FIELDS * 4];
    int nk = 0;
    for (int b = 0; b < ir->nblocks; b++) {
        if (!before[b] && b != cb)
            continue;
        int dominates = b == cb || b == 0 ? 1 : -1; /* -1: not worked out yet */
        for (int i = 0; i < ir->blocks[b].ninsts; i++) {
            const struct ir_inst *in = &ir->blocks[b].insts[i];
            int k = in->has_dst ? key_index(f, &in->dst) : -1;
            bool precedes = before[b] || i < ci;
            if (k < 0 || !precedes)
                continue;
            int j = 0;
            while (j < nk && stores[j] != k)
                j++;
            if (j == nk) {
                if (nk == (int)(sizeof stores / sizeof stores[0])) {
                    fields_forget(out, k);
                    continue;
                }
                stores[nk] = k;
                count[nk] = 0;
                sure[nk++] = NULL;
            }
            count[j]++;
            if (dominates < 0 && b != cb) {
                bool *seen = reachable(ir, -1, -1, b);
                dominates = !seen[cb];
                free(seen);
            }
            bool surely = (b == cb && i < ci) || (b != cb && dominates > 0);
            if (surely && in->kind == IR_ASSIGN && in->nsrcs == 1)
                sure[j] = in;
        }
    }
    free(before);
    for (int j = 0; j < nk; j++) {
        long long v;
        if (count[j] == 1 && sure[j] && eval(m, env, &sure[j]->srcs[0], &v, 0))
            fields_set(out, stores[j], v);
        else
            fields_forget(out, stores[j]);
    }
}

struct model_facts *facts_find(const struct program_model *m)
{
    struct model_facts *f = xcalloc(1, sizeof *f);
    f->predicate = xcalloc((size_t)m->nfunctions + 1, 1);
    collect_sites(m, f);
    collect_keys(m, f);
    find_zero_at_start(m, f);
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
    f->facts = xcalloc((size_t)f->ncells + 1, sizeof *f->facts);
    for (int i = 0; i < f->ncells; i++)
        if (f->cells[i].mode != 0 || f->cells[i].phase >= 0)
            f->facts[f->nfacts++] = &f->cells[i];
    f->settled = true;
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
    free(f->keys);
    free(f->stores_keys);
    free(f->zero_at_start);
    free(f->facts);
    free(f);
}

bool facts_knows_mode(const struct model_facts *f)
{
    return f && f->knows_mode;
}

int facts_condition(const struct program_model *m, const struct fact_env *env, const struct ir_operand *cond)
{
    const struct model_facts *f = m->facts;
    if (!f)
        return -1;
    int says = mode_of(m, f, env->function, cond);
    if (says != 0)
        return (says > 0) == (env->mode == FACT_MODE_DUMP);
    int sense;
    const struct ir_inst *call;
    bool tested;
    const struct ir_operand *o = unwrap(&m->functions[env->function], cond, &sense, &call, &tested);
    if (!call && o->kind == IR_OPND_VALUE) {
        const struct cell *c = fact_cell(m, f, &o->path);
        int root_phase = env->root_role ? ddi_role_phase(m->ddi, env->root_role) : 0;
        bool after = c && c->phase >= 0 && (root_phase < 0 || root_phase > c->phase);
        if (after && (env->mode == FACT_MODE_NORMAL || ddi_role_in_dump_mode(m->ddi, c->phase_role)))
            return sense > 0;
    }
    long long v;
    return eval(m, env, cond, &v, 0) ? v != 0 : -1;
}

int facts_describe(const struct program_model *m, char ***lines)
{
    const struct model_facts *f = m->facts;
    char **out = NULL;
    int n = 0, cap = 0;
    for (int i = 0; f && i < f->nfacts; i++) {
        const struct cell *c = f->facts[i];
        char *line = c->mode ? xasprintf("dump-mode cell %s: nonzero in %s mode", c->key,
                                         c->mode > 0 ? "dump" : "normal")
                             : xasprintf("start-up flag %s: set from %s on", c->key, c->phase_role);
        VEC_PUSH(out, n, cap, line);
    }
    for (int fi = 0; f && fi < m->nfunctions; fi++)
        if (f->predicate[fi]) {
            char *line = xasprintf("dump-mode predicate %s: true in %s mode", m->functions[fi].ir->name,
                                   f->predicate[fi] > 0 ? "dump" : "normal");
            VEC_PUSH(out, n, cap, line);
        }
    *lines = out;
    return n;
}
