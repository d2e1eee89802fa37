/* SPDX-License-Identifier: Apache-2.0 */
/* model.c — linking units into the program model; see model.h. */
#include "model.h"
#include "miniport_kind.h"

#include <jansson.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* ---- function table ---------------------------------------------------- */

static const struct program_model *sort_model;

static int cmp_by_name(const void *a, const void *b)
{
    const struct model_function *fa = &sort_model->functions[*(const int *)a];
    const struct model_function *fb = &sort_model->functions[*(const int *)b];
    int c = strcmp(fa->ir->name, fb->ir->name);
    return c ? c : *(const int *)a - *(const int *)b;
}

static int first_named(const struct program_model *m, const char *name)
{
    int lo = 0, hi = m->nfunctions;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (strcmp(m->functions[m->by_name[mid]].ir->name, name) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int model_find_function(const struct program_model *m, const char *name, const struct ir_unit *unit)
{
    int global = -1;
    for (int i = first_named(m, name); i < m->nfunctions; i++) {
        int f = m->by_name[i];
        const struct model_function *mf = &m->functions[f];
        if (strcmp(mf->ir->name, name) != 0)
            break;
        if (mf->ir->is_static) {
            if (mf->unit == unit)
                return f;
        } else if (global < 0) {
            global = f;
        }
    }
    return global;
}

static int record_index(const struct program_model *m, const char *name)
{
    int lo = 0, hi = m->nrecords - 1;
    while (name && lo <= hi) {
        int mid = (lo + hi) / 2;
        int c = strcmp(m->records[mid]->name, name);
        if (c == 0)
            return mid;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

const struct ir_record *model_record(const struct program_model *m, const char *name)
{
    int i = record_index(m, name);
    return i >= 0 ? m->records[i] : NULL;
}

int model_record_places(const struct program_model *m, const char *record)
{
    int i = record_index(m, record);
    return i >= 0 ? m->record_places[i] : 0;
}

static int cmp_record(const void *a, const void *b)
{
    return strcmp((*(const struct ir_record *const *)a)->name, (*(const struct ir_record *const *)b)->name);
}

static bool within(const struct program_model *m, const char *inner, const char *outer, int depth)
{
    if (!inner || !outer || depth > 16)
        return false;
    if (strcmp(inner, outer) == 0)
        return true;
    const struct ir_record *r = model_record(m, outer);
    if (!r)
        return false;
    for (int i = 0; i < r->nfields; i++)
        if (r->fields[i].record && within(m, inner, r->fields[i].record, depth + 1))
            return true;
    return false;
}

bool model_record_within(const struct program_model *m, const char *inner, const char *outer)
{
    return within(m, inner, outer, 0);
}

const struct model_context *model_context_of(const struct program_model *m, int f, const char *role)
{
    const struct model_function *mf = &m->functions[f];
    for (int i = 0; i < mf->ncontexts; i++)
        if (strcmp(mf->contexts[i].role, role) == 0)
            return &mf->contexts[i];
    return NULL;
}

bool model_has_role(const struct program_model *m, const char *role)
{
    for (int i = 0; i < m->nroles; i++)
        if (strcmp(m->roles[i].role, role) == 0)
            return true;
    return false;
}

const struct ir_operand *model_condition_operand(const struct model_function *mf,
                                                 const struct ir_operand *cond, int *sense)
{
    *sense = 1;
    for (int depth = 0; depth < 16; depth++) {
        if (cond->kind != IR_OPND_VALUE || cond->path.nsteps != 0 || cond->path.base != IR_BASE_TEMP ||
            cond->path.index >= mf->ir->ntemps)
            return cond;
        const struct ir_inst *def = mf->temp_def[cond->path.index];
        if (!def)
            return cond;
        if ((def->kind == IR_ASSIGN || def->kind == IR_CAST) && def->nsrcs == 1) {
            cond = &def->srcs[0];
        } else if (def->kind == IR_COMPUTE && def->op && strcmp(def->op, "!") == 0 && def->nsrcs == 1) {
            cond = &def->srcs[0];
            *sense = -*sense;
        } else if (def->kind == IR_COMPUTE && def->op && def->nsrcs == 2 &&
                   (strcmp(def->op, "==") == 0 || strcmp(def->op, "!=") == 0)) {
            int zero = def->srcs[1].kind == IR_OPND_CONST && def->srcs[1].value == 0 ? 1
                       : def->srcs[0].kind == IR_OPND_CONST && def->srcs[0].value == 0 ? 0
                                                                                      : -1;
            if (zero < 0)
                return cond;
            cond = &def->srcs[1 - zero];
            if (strcmp(def->op, "==") == 0)
                *sense = -*sense;
        } else {
            return cond;
        }
    }
    return cond;
}

static enum value_op value_op_negated(enum value_op op)
{
    static const enum value_op neg[] = {VALUE_NE, VALUE_EQ, VALUE_GE, VALUE_GT, VALUE_LE, VALUE_LT};
    return neg[op];
}

struct value_test model_test_negated(struct value_test t)
{
    t.op = value_op_negated(t.op);
    return t;
}

/* `C op x` read as `x op' C`. */
static enum value_op value_op_mirrored(enum value_op op)
{
    static const enum value_op mir[] = {VALUE_EQ, VALUE_NE, VALUE_GT, VALUE_GE, VALUE_LT, VALUE_LE};
    return mir[op];
}

static bool value_op_of(const char *spelling, enum value_op *op)
{
    static const struct { const char *s; enum value_op op; } ops[] = {
        {"==", VALUE_EQ}, {"!=", VALUE_NE}, {"<", VALUE_LT}, {"<=", VALUE_LE}, {">", VALUE_GT}, {">=", VALUE_GE}};
    for (size_t i = 0; spelling && i < sizeof ops / sizeof ops[0]; i++)
        if (strcmp(spelling, ops[i].s) == 0) {
            *op = ops[i].op;
            return true;
        }
    return false;
}

const struct ir_operand *model_condition_test(const struct model_function *mf, const struct ir_operand *cond,
                                              struct value_test *test)
{
    bool negated = false;
    test->op = VALUE_NE;
    test->value = 0;
    for (int depth = 0; depth < 16; depth++) {
        if (cond->kind != IR_OPND_VALUE || cond->path.nsteps != 0 || cond->path.base != IR_BASE_TEMP ||
            cond->path.index >= mf->ir->ntemps)
            break;
        const struct ir_inst *def = mf->temp_def[cond->path.index];
        enum value_op op;
        if (!def)
            break;
        if ((def->kind == IR_ASSIGN || def->kind == IR_CAST) && def->nsrcs == 1) {
            cond = &def->srcs[0];
        } else if (def->kind == IR_COMPUTE && def->op && strcmp(def->op, "!") == 0 && def->nsrcs == 1) {
            cond = &def->srcs[0];
            negated = !negated;
        } else if (def->kind == IR_COMPUTE && def->nsrcs == 2 && value_op_of(def->op, &op)) {
            int c = def->srcs[1].kind == IR_OPND_CONST ? 1 : def->srcs[0].kind == IR_OPND_CONST ? 0 : -1;
            if (c < 0)
                break;
            /* `x == 0` and `x != 0` are truth tests of x, which may itself be a comparison. */
            if ((op == VALUE_EQ || op == VALUE_NE) && def->srcs[c].value == 0 &&
                def->srcs[1 - c].kind == IR_OPND_VALUE && def->srcs[1 - c].path.base == IR_BASE_TEMP &&
                def->srcs[1 - c].path.nsteps == 0) {
                cond = &def->srcs[1 - c];
                if (op == VALUE_EQ)
                    negated = !negated;
                continue;
            }
            test->op = c == 1 ? op : value_op_mirrored(op);
            test->value = def->srcs[c].value;
            cond = &def->srcs[1 - c];
            break;
        } else {
            break;
        }
    }
    if (negated)
        test->op = value_op_negated(test->op);
    /* The compared value is often a copy of a variable's value. */
    for (int depth = 0; depth < 16 && cond->kind == IR_OPND_VALUE && cond->path.nsteps == 0 &&
                        cond->path.base == IR_BASE_TEMP && cond->path.index < mf->ir->ntemps;
         depth++) {
        const struct ir_inst *def = mf->temp_def[cond->path.index];
        if (!def || (def->kind != IR_ASSIGN && def->kind != IR_CAST) || def->nsrcs != 1)
            break;
        cond = &def->srcs[0];
    }
    return cond;
}

/* The values a test admits, as an interval; EQ/NE are [c, c] with `ne` set for NE. */
static void value_range(const struct value_test *t, long long *lo, long long *hi, bool *ne)
{
    *lo = LLONG_MIN;
    *hi = LLONG_MAX;
    *ne = false;
    switch (t->op) {
    case VALUE_EQ: *lo = *hi = t->value; break;
    case VALUE_NE: *lo = *hi = t->value; *ne = true; break;
    case VALUE_LT: if (t->value == LLONG_MIN) { *lo = 1; *hi = 0; } else *hi = t->value - 1; break;
    case VALUE_LE: *hi = t->value; break;
    case VALUE_GT: if (t->value == LLONG_MAX) { *lo = 1; *hi = 0; } else *lo = t->value + 1; break;
    case VALUE_GE: *lo = t->value; break;
    }
}

void model_test_range(const struct value_test *t, long long *lo, long long *hi, bool *ne)
{
    value_range(t, lo, hi, ne);
}

/* A constant whose meaning depends on the width and signedness of what it
 * is compared with (`x = -1` into a ULONG, then `x == 0xFFFFFFFF`): only
 * equality on the low 32 bits is trusted. */
static bool width_dependent(const struct value_test *t)
{
    return t->value < 0 || t->value > 0x7FFFFFFFLL;
}

static bool same_low_bits(long long a, long long b)
{
    return (a & 0xFFFFFFFFLL) == (b & 0xFFFFFFFFLL);
}

bool model_test_implies(const struct value_test *is, const struct value_test *test)
{
    if (width_dependent(is) || width_dependent(test))
        return (is->op == test->op && is->value == test->value) ||
               (is->op == VALUE_EQ && test->op == VALUE_NE && !same_low_bits(is->value, test->value));
    long long alo, ahi, blo, bhi;
    bool ane, bne;
    value_range(is, &alo, &ahi, &ane);
    value_range(test, &blo, &bhi, &bne);
    if (ane)
        return bne && alo == blo;
    if (alo > ahi)
        return true; /* nothing passes `is` */
    if (bne)
        return blo < alo || blo > ahi;
    return blo <= alo && ahi <= bhi;
}

bool model_test_compatible(const struct value_test *is, const struct value_test *test)
{
    if (width_dependent(is) || width_dependent(test)) {
        if (is->op == VALUE_EQ && test->op == VALUE_EQ)
            return same_low_bits(is->value, test->value);
        if ((is->op == VALUE_EQ && test->op == VALUE_NE) || (is->op == VALUE_NE && test->op == VALUE_EQ))
            return !same_low_bits(is->value, test->value);
        return true;
    }
    long long alo, ahi, blo, bhi;
    bool ane, bne;
    value_range(is, &alo, &ahi, &ane);
    value_range(test, &blo, &bhi, &bne);
    if (ane && bne)
        return true;
    if (ane)
        return !(blo == bhi && blo == alo);
    if (bne)
        return !(alo == ahi && alo == blo);
    return alo <= bhi && blo <= ahi && alo <= ahi && blo <= bhi;
}

/* ---- value resolution within a function -------------------------------- */

/* Function pointers stored into fields and variables anywhere in the program:
 * "R.F" for a field F of record R, "@g" for a global variable g. */
struct fn_slot {
    char *key;
    int function;
};

struct fn_set {
    int *items;
    int count, cap;
};

static void fn_set_add(struct fn_set *s, int f)
{
    if (f < 0)
        return;
    for (int i = 0; i < s->count; i++)
        if (s->items[i] == f)
            return;
    VEC_PUSH(s->items, s->count, s->cap, f);
}

struct linker {
    struct program_model *m;
    struct model_function *inits; /* each unit's file-scope initializers: not in the call graph */
    struct fn_slot *slots;
    int nslots, slots_cap;
    int nroles_cap, ncalls_cap;
};

static bool same_path_root(const struct ir_path *a, const struct ir_path *b)
{
    return a->base == b->base && a->index == b->index &&
           (a->base != IR_BASE_GLOBAL || strcmp(a->name, b->name) == 0);
}

static char *slot_key(const struct ir_path *p)
{
    for (int i = p->nsteps - 1; i >= 0; i--) {
        if (p->steps[i].kind == IR_STEP_FIELD)
            return xasprintf("%s.%s", p->steps[i].record ? p->steps[i].record : "?",
                             p->steps[i].field);
        if (p->steps[i].kind == IR_STEP_DEREF)
            return NULL;
    }
    if (p->base == IR_BASE_GLOBAL)
        return xasprintf("@%s", p->name);
    return NULL;
}

static void resolve_operand(struct linker *lk, const struct ir_unit *u, const struct model_function *mf,
                            const struct ir_operand *o, struct fn_set *out, int depth);

static void resolve_path_value(struct linker *lk, const struct ir_unit *u, const struct model_function *mf,
                               const struct ir_path *p, struct fn_set *out, int depth)
{
    if (depth > 8)
        return;
    if (p->base == IR_BASE_TEMP && p->nsteps == 0 && mf && p->index < mf->ir->ntemps) {
        const struct ir_inst *def = mf->temp_def[p->index];
        if (def && (def->kind == IR_ASSIGN || def->kind == IR_CAST || def->kind == IR_COMPUTE))
            for (int i = 0; i < def->nsrcs; i++)
                resolve_operand(lk, u, mf, &def->srcs[i], out, depth + 1);
        return;
    }
    if ((p->base == IR_BASE_LOCAL || p->base == IR_BASE_PARAM) && p->nsteps == 0 && mf) {
        /* Every value ever assigned to the variable: flow-insensitive. */
        for (int b = 0; b < mf->ir->nblocks; b++)
            for (int i = 0; i < mf->ir->blocks[b].ninsts; i++) {
                const struct ir_inst *in = &mf->ir->blocks[b].insts[i];
                if (in->has_dst && in->dst.nsteps == 0 && same_path_root(&in->dst, p) &&
                    (in->kind == IR_ASSIGN || in->kind == IR_CAST))
                    resolve_operand(lk, u, mf, &in->srcs[0], out, depth + 1);
            }
        return;
    }
    char *key = slot_key(p);
    if (!key)
        return;
    for (int i = 0; i < lk->nslots; i++)
        if (strcmp(lk->slots[i].key, key) == 0)
            fn_set_add(out, lk->slots[i].function);
    free(key);
}

/* The functions an operand may hold: a function's address, or what was
 * stored into the variable, temporary or field it reads. */
static void resolve_operand(struct linker *lk, const struct ir_unit *u, const struct model_function *mf,
                            const struct ir_operand *o, struct fn_set *out, int depth)
{
    if (o->kind == IR_OPND_ADDR && o->path.base == IR_BASE_FUNC && o->path.nsteps == 0)
        fn_set_add(out, model_find_function(lk->m, o->path.name, u));
    else if (o->kind == IR_OPND_VALUE)
        resolve_path_value(lk, u, mf, &o->path, out, depth);
}

/* The sizeof(T) that a size expression is built from, if any. */
static const char *sizeof_of(const struct model_function *mf, const struct ir_operand *o, int depth)
{
    if (o->kind == IR_OPND_CONST)
        return o->sizeof_type;
    if (depth > 8 || o->kind != IR_OPND_VALUE || o->path.base != IR_BASE_TEMP || !mf)
        return NULL;
    const struct ir_inst *def = mf->temp_def[o->path.index];
    if (!def)
        return NULL;
    for (int i = 0; i < def->nsrcs; i++) {
        const char *t = sizeof_of(mf, &def->srcs[i], depth + 1);
        if (t)
            return t;
    }
    return NULL;
}

/* ---- linking ----------------------------------------------------------- */

static void index_temps(struct model_function *mf)
{
    const struct ir_function *f = mf->ir;
    mf->temp_def = xcalloc((size_t)f->ntemps + 1, sizeof *mf->temp_def);
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].ninsts; i++) {
            const struct ir_inst *in = &f->blocks[b].insts[i];
            if (in->has_dst && in->dst.base == IR_BASE_TEMP && in->dst.nsteps == 0 &&
                in->dst.index < f->ntemps && !mf->temp_def[in->dst.index])
                mf->temp_def[in->dst.index] = in;
        }
}

static void add_function(struct program_model *m, int *cap, const struct ir_unit *u,
                         const struct ir_function *f)
{
    /* A function defined in a header is lowered once per unit that includes
     * it; the program has one. */
    for (int i = 0; i < m->nfunctions; i++) {
        const struct ir_function *g = m->functions[i].ir;
        if (g->loc.line == f->loc.line && g->loc.column == f->loc.column &&
            strcmp(g->name, f->name) == 0 && g->loc.file && f->loc.file &&
            strcmp(g->loc.file, f->loc.file) == 0)
            return;
    }
    VEC_GROW(m->functions, m->nfunctions, *cap);
    struct model_function *mf = &m->functions[m->nfunctions++];
    memset(mf, 0, sizeof *mf);
    mf->ir = f;
    mf->unit = u;
    index_temps(mf);
}

static void add_role(struct linker *lk, const char *role, int f, struct ir_loc loc, char *how)
{
    struct program_model *m = lk->m;
    for (int i = 0; i < m->nroles; i++)
        if (m->roles[i].function == f && strcmp(m->roles[i].role, role) == 0) {
            /* A registration (a field store, a DDI call) says more in a trace
             * than the role typedef on a declaration: keep that one. */
            if (strncmp(m->roles[i].how, "typedef ", 8) == 0 && strncmp(how, "typedef ", 8) != 0) {
                free(m->roles[i].how);
                m->roles[i].how = how;
                m->roles[i].loc = loc;
            } else {
                free(how);
            }
            return;
        }
    VEC_GROW(m->roles, m->nroles, lk->nroles_cap);
    struct model_role *r = &m->roles[m->nroles++];
    r->role = role;
    r->function = f;
    r->loc = loc;
    r->how = how;
}

/* Roles are borrowed strings of the DDI model; find the canonical pointer. */
static const char *role_name(const struct ddi_model *d, const char *name)
{
    for (int i = 0; i < d->nroles; i++)
        if (strcmp(d->roles[i].name, name) == 0)
            return d->roles[i].name;
    return NULL;
}

static void add_role_to(struct linker *lk, const char *role, int f, struct ir_loc loc, char *how)
{
    const char *r = role_name(lk->m->ddi, role);
    if (!r || f < 0) {
        free(how);
        return;
    }
    add_role(lk, r, f, loc, how);
}

/* "struct _HW_INITIALIZATION_DATA" -> "HW_INITIALIZATION_DATA", for messages. */
static const char *record_display(const char *record)
{
    if (!record)
        return "?";
    if (strncmp(record, "struct ", 7) == 0)
        record += 7;
    while (*record == '_')
        record++;
    return record;
}

static const char *last_field(const struct ir_path *p, const char **record)
{
    if (p->nsteps == 0 || p->steps[p->nsteps - 1].kind != IR_STEP_FIELD)
        return NULL;
    *record = p->steps[p->nsteps - 1].record;
    return p->steps[p->nsteps - 1].field;
}

/* Every ir_function of the program, including each unit's file-scope
 * initializers, which are not functions of the model but do store. */
static void for_each_store(struct linker *lk,
                           void (*fn)(struct linker *, const struct ir_unit *,
                                      const struct model_function *, const struct ir_inst *))
{
    struct program_model *m = lk->m;
    for (int i = 0; i < m->nfunctions; i++) {
        const struct ir_function *f = m->functions[i].ir;
        for (int b = 0; b < f->nblocks; b++)
            for (int k = 0; k < f->blocks[b].ninsts; k++)
                fn(lk, m->functions[i].unit, &m->functions[i], &f->blocks[b].insts[k]);
    }
    for (int u = 0; u < m->nunits; u++) {
        const struct ir_function *f = lk->inits[u].ir;
        if (!f)
            continue;
        for (int b = 0; b < f->nblocks; b++)
            for (int k = 0; k < f->blocks[b].ninsts; k++)
                fn(lk, &m->units[u], &lk->inits[u], &f->blocks[b].insts[k]);
    }
}

static void collect_slot(struct linker *lk, const struct ir_unit *u,
                         const struct model_function *mf, const struct ir_inst *in)
{
    if (!in->has_dst || (in->kind != IR_ASSIGN && in->kind != IR_CAST))
        return;
    char *key = slot_key(&in->dst);
    if (!key)
        return;
    struct fn_set fns = {0};
    resolve_operand(lk, u, mf, &in->srcs[0], &fns, 0);
    for (int i = 0; i < fns.count; i++) {
        bool dup = false;
        for (int s = 0; s < lk->nslots && !dup; s++)
            dup = strcmp(lk->slots[s].key, key) == 0 && lk->slots[s].function == fns.items[i];
        if (!dup) {
            struct fn_slot slot = {xstrdup(key), fns.items[i]};
            VEC_PUSH(lk->slots, lk->nslots, lk->slots_cap, slot);
        }
    }
    free(fns.items);
    free(key);
}

static void collect_field_roles(struct linker *lk, const struct ir_unit *u,
                                const struct model_function *mf, const struct ir_inst *in)
{
    struct program_model *m = lk->m;
    if (!in->has_dst || (in->kind != IR_ASSIGN && in->kind != IR_CAST))
        return;
    const char *record = NULL;
    const char *field = last_field(&in->dst, &record);
    if (!field)
        return;
    const char *role = ddi_role_of_field(m->ddi, record, field);
    if (role) {
        struct fn_set fns = {0};
        resolve_operand(lk, u, mf, &in->srcs[0], &fns, 0);
        for (int i = 0; i < fns.count; i++)
            add_role_to(lk, role, fns.items[i], in->loc,
                        xasprintf("%s.%s", record_display(record), field));
        free(fns.items);
        return;
    }
    if (!m->ddi->extension_record || !ddi_record_is(record, m->ddi->extension_record))
        return;
    char **slot = NULL;
    if (m->ddi->device_size_field && strcmp(field, m->ddi->device_size_field) == 0)
        slot = &m->device_ext;
    else if (m->ddi->srb_size_field && strcmp(field, m->ddi->srb_size_field) == 0)
        slot = &m->srb_ext;
    else if (m->ddi->lu_size_field && strcmp(field, m->ddi->lu_size_field) == 0)
        slot = &m->lu_ext;
    if (!slot || *slot)
        return;
    const char *t = sizeof_of(mf, &in->srcs[0], 0);
    if (t)
        *slot = xstrdup(t);
}


static void add_call(struct linker *lk, int caller, int callee, const struct ir_inst *in,
                     bool indirect)
{
    struct program_model *m = lk->m;
    VEC_GROW(m->calls, m->ncalls, lk->ncalls_cap);
    struct model_call *c = &m->calls[m->ncalls++];
    c->caller = caller;
    c->callee = callee;
    c->inst = in;
    c->indirect = indirect;
}

static void link_calls(struct linker *lk)
{
    struct program_model *m = lk->m;
    for (int f = 0; f < m->nfunctions; f++) {
        struct model_function *mf = &m->functions[f];
        const struct ir_function *irf = mf->ir;
        for (int b = 0; b < irf->nblocks; b++)
            for (int k = 0; k < irf->blocks[b].ninsts; k++) {
                const struct ir_inst *in = &irf->blocks[b].insts[k];
                if (in->kind != IR_CALL)
                    continue;
                if (in->callee) {
                    int g = model_find_function(m, in->callee, mf->unit);
                    if (g >= 0)
                        add_call(lk, f, g, in, false);
                    /* Registrations and initialization by DDI routines. */
                    for (int d = ddi_find(m->ddi, in->callee);
                         d >= 0 && d < m->ddi->nfunctions &&
                         strcmp(m->ddi->functions[d].name, in->callee) == 0;
                         d++) {
                        const struct ddi_function *df = &m->ddi->functions[d];
                        if (!ddi_when_matches(df, in))
                            continue;
                        for (int r = 0; r < df->nregisters; r++) {
                            if (df->registers[r].arg >= in->nsrcs)
                                continue;
                            struct fn_set fns = {0};
                            resolve_operand(lk, mf->unit, mf, &in->srcs[df->registers[r].arg], &fns, 0);
                            for (int i = 0; i < fns.count; i++)
                                add_role_to(lk, df->registers[r].role, fns.items[i], in->loc,
                                            xstrdup(in->callee));
                            free(fns.items);
                        }
                        if (df->initializes >= 0)
                            add_role_to(lk, "DriverEntry", f, irf->loc, xasprintf("calls %s", in->callee));
                    }
                    continue;
                }
                struct fn_set fns = {0};
                resolve_operand(lk, mf->unit, mf, &in->target, &fns, 0);
                for (int i = 0; i < fns.count; i++)
                    add_call(lk, f, fns.items[i], in, true);
                free(fns.items);
            }
    }
    /* Per-function edge lists, in instruction order. */
    for (int c = 0; c < m->ncalls; c++) {
        struct model_function *caller = &m->functions[m->calls[c].caller];
        struct model_function *callee = &m->functions[m->calls[c].callee];
        caller->calls_out = xrealloc(caller->calls_out, (size_t)(caller->ncalls_out + 1) * sizeof(int));
        caller->calls_out[caller->ncalls_out++] = c;
        callee->calls_in = xrealloc(callee->calls_in, (size_t)(callee->ncalls_in + 1) * sizeof(int));
        callee->calls_in[callee->ncalls_in++] = c;
    }
}

static void collect_typedef_roles(struct linker *lk)
{
    struct program_model *m = lk->m;
    for (int u = 0; u < m->nunits; u++)
        for (int i = 0; i < m->units[u].nrole_decls; i++) {
            const struct ir_role_decl *d = &m->units[u].role_decls[i];
            const char *role = ddi_role_of_typedef(m->ddi, d->role_typedef);
            if (role)
                add_role_to(lk, role, model_find_function(m, d->function, &m->units[u]), d->loc,
                            xasprintf("typedef %s", d->role_typedef));
        }
    int f = model_find_function(m, "DriverEntry", NULL);
    if (f >= 0)
        add_role_to(lk, "DriverEntry", f, m->functions[f].ir->loc, xstrdup("name"));
}

/* Breadth-first from each role's callbacks: the first visit is a shortest path. */
static void compute_contexts(struct program_model *m)
{
    int *queue = xmalloc((size_t)(m->nfunctions + 1) * sizeof(int));
    for (int r = 0; r < m->nroles; r++) {
        const char *role = m->roles[r].role;
        int start = m->roles[r].function;
        if (model_context_of(m, start, role))
            continue;
        int head = 0, tail = 0;
        struct model_context root = {role, 0, -1};
        struct model_function *sf = &m->functions[start];
        sf->contexts = xrealloc(sf->contexts, (size_t)(sf->ncontexts + 1) * sizeof *sf->contexts);
        sf->contexts[sf->ncontexts++] = root;
        queue[tail++] = start;
        while (head < tail) {
            int f = queue[head++];
            int depth = model_context_of(m, f, role)->depth;
            for (int i = 0; i < m->functions[f].ncalls_out; i++) {
                int c = m->functions[f].calls_out[i];
                int g = m->calls[c].callee;
                if (model_context_of(m, g, role))
                    continue;
                struct model_function *gf = &m->functions[g];
                gf->contexts = xrealloc(gf->contexts, (size_t)(gf->ncontexts + 1) * sizeof *gf->contexts);
                struct model_context ctx = {role, depth + 1, c};
                gf->contexts[gf->ncontexts++] = ctx;
                queue[tail++] = g;
            }
        }
    }
    free(queue);
}

static int cmp_ctx(const void *a, const void *b)
{
    return strcmp(((const struct model_context *)a)->role, ((const struct model_context *)b)->role);
}

struct program_model *model_link(struct ir_unit *units, int nunits, const struct ddi_model *ddi)
{
    struct program_model *m = xcalloc(1, sizeof *m);
    m->ddi = ddi;
    m->units = units;
    m->nunits = nunits;
    int fcap = 0, rcap = 0;
    for (int u = 0; u < nunits; u++) {
        for (int i = 0; i < units[u].nfunctions; i++)
            add_function(m, &fcap, &units[u], &units[u].functions[i]);
        for (int i = 0; i < units[u].nrecords; i++)
            VEC_PUSH(m->records, m->nrecords, rcap, &units[u].records[i]);
    }
    /* Every unit that includes a header records its structs: keep one each. */
    if (m->nrecords > 1)
        qsort(m->records, (size_t)m->nrecords, sizeof *m->records, cmp_record);
    int kept = 0;
    for (int i = 0; i < m->nrecords; i++)
        if (kept == 0 || strcmp(m->records[kept - 1]->name, m->records[i]->name) != 0)
            m->records[kept++] = m->records[i];
    m->nrecords = kept;
    m->record_places = xcalloc((size_t)m->nrecords + 1, 1);
    m->by_name = xmalloc((size_t)(m->nfunctions + 1) * sizeof(int));
    for (int i = 0; i < m->nfunctions; i++)
        m->by_name[i] = i;
    sort_model = m;
    qsort(m->by_name, (size_t)m->nfunctions, sizeof(int), cmp_by_name);
    sort_model = NULL;

    struct linker lk = {0};
    lk.m = m;
    lk.inits = xcalloc((size_t)nunits + 1, sizeof *lk.inits);
    for (int u = 0; u < nunits; u++)
        if (units[u].global_init) {
            lk.inits[u].ir = units[u].global_init;
            lk.inits[u].unit = &units[u];
            index_temps(&lk.inits[u]);
        }
    for_each_store(&lk, collect_slot);
    for_each_store(&lk, collect_field_roles);
    collect_typedef_roles(&lk);
    link_calls(&lk);
    compute_contexts(m);
    for (int i = 0; i < lk.nslots; i++)
        free(lk.slots[i].key);
    for (int u = 0; u < nunits; u++)
        free(lk.inits[u].temp_def);
    free(lk.inits);
    free(lk.slots);
    for (int i = 0; i < m->nrecords; i++) {
        const char *name = m->records[i]->name;
        m->record_places[i] = (m->device_ext && model_record_within(m, name, m->device_ext) ? MODEL_IN_DEVICE : 0) |
                              (m->srb_ext && model_record_within(m, name, m->srb_ext) ? MODEL_IN_SRB : 0) |
                              (m->lu_ext && model_record_within(m, name, m->lu_ext) ? MODEL_IN_LU : 0);
    }
    for (int i = 0; i < m->nfunctions; i++)
        if (m->functions[i].ncontexts > 1)
            qsort(m->functions[i].contexts, (size_t)m->functions[i].ncontexts,
                  sizeof *m->functions[i].contexts, cmp_ctx);
    m->facts = facts_find(m);
    return m;
}

struct program_model *model_link_subset(const struct ir_unit *units, const int *members, int nmembers,
                                        const struct ddi_model *ddi)
{
    struct ir_unit *copies = xmalloc((size_t)(nmembers + 1) * sizeof *copies);
    for (int i = 0; i < nmembers; i++)
        copies[i] = units[members[i]];
    struct program_model *m = model_link(copies, nmembers, ddi);
    m->units_borrowed = true;
    return m;
}

void model_free(struct program_model *m)
{
    if (!m)
        return;
    for (int i = 0; i < m->nfunctions; i++) {
        free(m->functions[i].temp_def);
        free(m->functions[i].calls_out);
        free(m->functions[i].calls_in);
        free(m->functions[i].contexts);
    }
    free(m->functions);
    free(m->calls);
    for (int i = 0; i < m->nroles; i++)
        free(m->roles[i].how);
    free(m->roles);
    free(m->records);
    free(m->record_places);
    free(m->by_name);
    facts_free(m->facts);
    free(m->device_ext);
    free(m->srb_ext);
    free(m->lu_ext);
    for (int u = 0; !m->units_borrowed && u < m->nunits; u++)
        ir_unit_free(&m->units[u]);
    free(m->units);
    free(m);
}

/* ---- dump -------------------------------------------------------------- */

static int cmp_roles(const void *a, const void *b)
{
    const struct model_role *ra = a, *rb = b;
    int c = strcmp(ra->role, rb->role);
    if (c)
        return c;
    return strcmp(sort_model->functions[ra->function].ir->name,
                  sort_model->functions[rb->function].ir->name);
}

/* "A -> B -> C": the call path by which role reaches f. */
static char *context_path(const struct program_model *m, int f, const struct model_context *ctx)
{
    struct strbuf sb = {0};
    sb_append(&sb, m->functions[f].ir->name);
    const struct model_context *c = ctx;
    int guard = 0;
    while (c && c->via >= 0 && guard++ < 1000) {
        int caller = m->calls[c->via].caller;
        char *prev = sb_steal(&sb);
        sb_appendf(&sb, "%s -> %s", m->functions[caller].ir->name, prev);
        free(prev);
        c = model_context_of(m, caller, ctx->role);
    }
    return sb_steal(&sb);
}

static int cmp_fn_index(const void *a, const void *b)
{
    const struct model_function *fa = &sort_model->functions[*(const int *)a];
    const struct model_function *fb = &sort_model->functions[*(const int *)b];
    int c = strcmp(fa->ir->loc.file ? fa->ir->loc.file : "", fb->ir->loc.file ? fb->ir->loc.file : "");
    if (c)
        return c;
    return fa->ir->loc.line - fb->ir->loc.line;
}

/* In JSON, returns the document instead of printing it. */
static json_t *dump(const struct program_model *m, const char *root, bool json, FILE *out)
{
    sort_model = m;
    struct model_role *roles = xmalloc((size_t)(m->nroles + 1) * sizeof *roles);
    if (m->nroles > 0)
        memcpy(roles, m->roles, (size_t)m->nroles * sizeof *roles);
    if (m->nroles > 1)
        qsort(roles, (size_t)m->nroles, sizeof *roles, cmp_roles);
    int *order = xmalloc((size_t)(m->nfunctions + 1) * sizeof(int));
    for (int i = 0; i < m->nfunctions; i++)
        order[i] = i;
    qsort(order, (size_t)m->nfunctions, sizeof(int), cmp_fn_index);
    sort_model = NULL;

    json_t *jroles = json_array(), *jfuncs = json_array();
    for (int i = 0; i < m->nroles; i++) {
        const struct ir_function *f = m->functions[roles[i].function].ir;
        char *file = path_relative(f->loc.file ? f->loc.file : "", root);
        if (json) {
            json_t *r = json_object();
            json_object_set_new(r, "role", json_string(roles[i].role));
            json_object_set_new(r, "function", json_string(f->name));
            json_object_set_new(r, "file", json_string(file));
            json_object_set_new(r, "line", json_integer(f->loc.line));
            json_object_set_new(r, "how", json_string(roles[i].how));
            json_array_append_new(jroles, r);
        } else {
            fprintf(out, "role %-26s %s  (%s:%d, %s)\n", roles[i].role, f->name, file, f->loc.line,
                    roles[i].how);
        }
        free(file);
    }
    for (int k = 0; k < m->nfunctions; k++) {
        int i = order[k];
        const struct model_function *mf = &m->functions[i];
        char *file = path_relative(mf->ir->loc.file ? mf->ir->loc.file : "", root);
        json_t *jf = NULL, *jctx = NULL, *jpaths = NULL;
        if (json) {
            jf = json_object();
            jctx = json_array();
            jpaths = json_object();
            json_object_set_new(jf, "name", json_string(mf->ir->name));
            json_object_set_new(jf, "file", json_string(file));
            json_object_set_new(jf, "line", json_integer(mf->ir->loc.line));
        } else {
            fprintf(out, "function %s  (%s:%d)\n", mf->ir->name, file, mf->ir->loc.line);
        }
        for (int c = 0; c < mf->ncontexts; c++) {
            char *p = context_path(m, i, &mf->contexts[c]);
            if (json) {
                json_array_append_new(jctx, json_string(mf->contexts[c].role));
                json_object_set_new(jpaths, mf->contexts[c].role, json_string(p));
            } else {
                fprintf(out, "  context %s: %s\n", mf->contexts[c].role, p);
            }
            free(p);
        }
        if (json) {
            json_object_set_new(jf, "contexts", jctx);
            json_object_set_new(jf, "paths", jpaths);
            json_array_append_new(jfuncs, jf);
        }
        free(file);
    }
    char **facts = NULL;
    int nfacts = facts_describe(m, &facts);
    if (json) {
        json_t *root_obj = json_object();
        json_t *ext = json_object();
        json_object_set_new(ext, "device", m->device_ext ? json_string(m->device_ext) : json_null());
        json_object_set_new(ext, "srb", m->srb_ext ? json_string(m->srb_ext) : json_null());
        json_object_set_new(ext, "lu", m->lu_ext ? json_string(m->lu_ext) : json_null());
        json_object_set_new(root_obj, "roles", jroles);
        json_object_set_new(root_obj, "functions", jfuncs);
        json_object_set_new(root_obj, "extensions", ext);
        struct miniport_evidence kind = miniport_kind(m);
        json_t *jkind = json_object();
        json_object_set_new(jkind, "kind", json_string(miniport_kind_name(kind.kind)));
        json_object_set_new(jkind, "evidence", kind.why ? json_string(kind.why) : json_null());
        json_object_set_new(root_obj, "miniport", jkind);
        json_t *jfacts = json_array();
        for (int i = 0; i < nfacts; i++)
            json_array_append_new(jfacts, json_string(facts[i]));
        json_object_set_new(root_obj, "facts", jfacts);
        for (int i = 0; i < nfacts; i++)
            free(facts[i]);
        free(facts);
        free(order);
        free(roles);
        return root_obj;
    } else {
        json_decref(jroles);
        json_decref(jfuncs);
        fprintf(out, "extension device %s\n", m->device_ext ? m->device_ext : "(none)");
        fprintf(out, "extension srb    %s\n", m->srb_ext ? m->srb_ext : "(none)");
        fprintf(out, "extension lu     %s\n", m->lu_ext ? m->lu_ext : "(none)");
        struct miniport_evidence kind = miniport_kind(m);
        fprintf(out, "miniport %s%s%s%s\n", miniport_kind_name(kind.kind), kind.why ? " (" : "",
                kind.why ? kind.why : "", kind.why ? ")" : "");
        for (int i = 0; i < nfacts; i++)
            fprintf(out, "fact %s\n", facts[i]);
    }
    for (int i = 0; i < nfacts; i++)
        free(facts[i]);
    free(facts);
    free(order);
    free(roles);
    return NULL;
}

void model_dump(const struct program_model *m, const char *root, bool json, FILE *out)
{
    json_t *doc = dump(m, root, json, out);
    if (doc) {
        char *s = json_dumps(doc, JSON_INDENT(2) | JSON_SORT_KEYS);
        fprintf(out, "%s\n", s);
        free(s);
        json_decref(doc);
    }
}

json_t *model_dump_json(const struct program_model *m, const char *root)
{
    return dump(m, root, true, NULL);
}
