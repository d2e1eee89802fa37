/* SPDX-License-Identifier: Apache-2.0 */
/* analysis.c — SG list summaries and the per-function flow pass; see analysis.h. */
#include "analysis.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "finding.h"
#include "util.h"

#define MAX_KEYS 63
#define UNKNOWN_SRB 63 /* bit for "an SRB we cannot name" */
#define BIT(k) (1ULL << (k))
#define ALL_SRBS (~0ULL)

/* What one variable may hold at a program point. */
struct var_state {
    uint64_t sg;  /* SG list of these SRB keys */
    uint32_t par; /* derived from these parameters (for summaries) */
    uint64_t ext;   /* points into the SRB extension of these SRB keys */
    uint8_t port;   /* points to memory the port owns: DDI_PORT_* bits */
    bool pool;      /* points to miniport pool */
    bool pool_long; /* ... that outlives requests: kept in the device extension or a global */
    bool from_field;
    /* points to storage of the miniport's own on every path (the address of
     * a field or a variable, or its pool): an SRB there is one the miniport
     * built, not a request the port sent */
    bool own;
};

/* A callee's completion that depends on what it returned: applied on the
 * branch edge that tests the result, or at the end of the block if the
 * result is not tested there. */
struct pending_completion {
    int temp;          /* the call's result */
    int key;
    bool when_nonzero; /* completed on the returns that are nonzero */
    struct ir_loc loc;
    const char *by;
};

#define MAX_PENDING 4
#define MAX_FACTS 16

/* "Variable v compares so with a constant here" (`done != 0`, `mode == 2`,
 * `p == NULL`, `count < 4`): learnt from `v = CONST;` and on the edges of a
 * branch or switch that tests v, forgotten when v is assigned. A completion
 * made under such a fact is guarded by it, so that `if (done) complete(s);
 * ... if (done) return;` does not count as completed after the second test;
 * and an edge whose test contradicts what the path knows is not taken. */
struct fact {
    int var; /* parameter, local or temporary, as a state variable index */
    struct value_test t;
};

#define MAX_GUARD 10

/* Facts that hold on every path on which a completion holds: those known
 * when it happened, and those learnt on the same path since (the most
 * recent ones). */
struct guard {
    struct fact f[MAX_GUARD];
    int n;
};

struct flow_state {
    bool reached;
    struct pending_completion pending[MAX_PENDING];
    int npending;
    struct fact facts[MAX_FACTS];
    int nfacts;
    struct guard guard[64]; /* per completed key: the facts it happened under */
    uint64_t completed; /* SRB keys that may have been completed */
    uint64_t broadly;   /* ... only by a routine that completes every outstanding request */
    struct ir_loc done_at[64];
    const char *done_by[64];
    struct var_state *vars;
};

/* An SRB is named by the variable it was last assigned to, seen through
 * single-assignment aliases such as `PSCSI_REQUEST_BLOCK srb = Srb;`. */
struct srb_key {
    enum ir_base base;
    int index;
};

struct flow {
    struct analysis *a;
    const struct program_model *m;
    int fi;
    const struct model_function *mf;
    const struct ir_function *f;
    int nvars;
    struct srb_key keys[MAX_KEYS];
    int nkeys;
    struct ir_loc obtained[64];
    int *assign_count; /* per local: how many times it is assigned as a whole */
    const struct ir_operand **sole_src;
    bool emit;          /* final pass: record events */
    struct fn_summary sum; /* being computed */
    /* Per parameter: kinds of return seen with it completed (bit 0 zero, 1 nonzero, 2 other). */
    unsigned completed_returns[SUMMARY_MAX_PARAMS];
    /* Per parameter: the facts about parameters every completing return had. */
    struct guard completed_under[SUMMARY_MAX_PARAMS];
    unsigned under_seen; /* parameters whose completed_under is set */
    bool *no_facts;       /* per state variable: its address is taken, so its value is not followed */
    bool *param_assigned; /* per parameter: assigned in the body, so facts about it are not about the argument */
    bool lossy;           /* the function holds a parse error: statements may be missing from its IR */
};

static const char *SG_LIST_TYPE = "STOR_SCATTER_GATHER_LIST";

static bool learn_fact(const struct flow *fl, struct flow_state *s, int v, struct value_test t);
static void push_fact(const struct flow *fl, struct fact *f, int *n, int max, int v, struct value_test t);

static const struct ir_operand *through_copies(const struct flow *fl, const struct ir_operand *o);
static bool learn_from_result(struct flow *fl, struct flow_state *s, int temp, struct value_test test);
static void copy_facts(const struct flow *fl, struct flow_state *s, const struct ir_inst *in);
static int argument_var(const struct flow *fl, const struct ir_operand *o);
static bool arguments_may_pass(const struct flow *fl, const struct flow_state *s, const struct ir_inst *in,
                               const struct param_tests *tests);

static bool is_temp_var(const struct flow *fl, int v)
{
    return v >= fl->f->nparams + fl->f->nlocals;
}

/* ---- variables and keys ------------------------------------------------ */

static int var_index(const struct flow *fl, const struct ir_path *p)
{
    switch (p->base) {
    case IR_BASE_PARAM:
        return p->index < fl->f->nparams ? p->index : -1;
    case IR_BASE_LOCAL:
        return p->index < fl->f->nlocals ? fl->f->nparams + p->index : -1;
    case IR_BASE_TEMP:
        return p->index < fl->f->ntemps ? fl->f->nparams + fl->f->nlocals + p->index : -1;
    default:
        return -1;
    }
}

static const char *var_name(const struct flow *fl, const struct ir_path *p)
{
    if (p->base == IR_BASE_PARAM && p->index < fl->f->nparams)
        return fl->f->params[p->index].name;
    if (p->base == IR_BASE_LOCAL && p->index < fl->f->nlocals)
        return fl->f->locals[p->index].name;
    if (p->base == IR_BASE_GLOBAL)
        return p->name;
    return NULL;
}

static int key_of(struct flow *fl, const struct ir_operand *o, int depth)
{
    if (depth > 12 || o->kind != IR_OPND_VALUE || o->path.nsteps != 0)
        return UNKNOWN_SRB;
    const struct ir_path *p = &o->path;
    if (p->base == IR_BASE_TEMP) {
        const struct ir_inst *def = p->index < fl->f->ntemps ? fl->mf->temp_def[p->index] : NULL;
        if (def && (def->kind == IR_ASSIGN || def->kind == IR_CAST) && def->nsrcs > 0)
            return key_of(fl, &def->srcs[0], depth + 1);
        return UNKNOWN_SRB;
    }
    if (p->base == IR_BASE_LOCAL && p->index < fl->f->nlocals && fl->assign_count[p->index] == 1 &&
        fl->sole_src[p->index] && fl->sole_src[p->index]->kind == IR_OPND_VALUE &&
        fl->sole_src[p->index]->path.nsteps == 0 && fl->sole_src[p->index]->path.base != IR_BASE_GLOBAL)
        return key_of(fl, fl->sole_src[p->index], depth + 1);
    if (p->base != IR_BASE_LOCAL && p->base != IR_BASE_PARAM)
        return UNKNOWN_SRB;
    for (int k = 0; k < fl->nkeys; k++)
        if (fl->keys[k].base == p->base && fl->keys[k].index == p->index)
            return k;
    if (fl->nkeys >= MAX_KEYS)
        return UNKNOWN_SRB;
    fl->keys[fl->nkeys].base = p->base;
    fl->keys[fl->nkeys].index = p->index;
    return fl->nkeys++;
}

static char *key_name(const struct flow *fl, int k)
{
    if (k < 0 || k >= fl->nkeys)
        return NULL;
    struct ir_path p = {0};
    p.base = fl->keys[k].base;
    p.index = fl->keys[k].index;
    const char *n = var_name(fl, &p);
    return n ? xstrdup(n) : NULL;
}

static int first_bit(uint64_t v)
{
    for (int i = 0; i < 64; i++)
        if (v & BIT(i))
            return i;
    return -1;
}

/* ---- type facts -------------------------------------------------------- */

static bool is_sg_list_pointer(const char *type)
{
    return type && strstr(type, SG_LIST_TYPE) && strchr(type, '*');
}

static bool in_srb_ext(const struct flow *fl, const char *record)
{
    return (model_record_places(fl->m, record) & MODEL_IN_SRB) != 0;
}

/* ---- state ------------------------------------------------------------- */

static void state_alloc(struct flow *fl, struct flow_state *s)
{
    memset(s, 0, sizeof *s);
    s->vars = xcalloc((size_t)fl->nvars + 1, sizeof *s->vars);
}

static void state_copy(const struct flow *fl, struct flow_state *dst, const struct flow_state *src)
{
    struct var_state *vars = dst->vars;
    *dst = *src;
    dst->vars = vars;
    memcpy(dst->vars, src->vars, (size_t)fl->nvars * sizeof *vars);
}

static bool same_fact(const struct fact *x, const struct fact *y)
{
    return x->var == y->var && x->t.op == y->t.op && x->t.value == y->t.value;
}

/* What two paths' facts about one variable have in common: the weaker of
 * the two when one implies the other (`flag == 1` and `flag != 0` give
 * `flag != 0`), `!= 0` when both exclude zero; false if nothing is kept. */
static bool join_fact(const struct fact *x, const struct fact *y, struct fact *out)
{
    if (x->var != y->var)
        return false;
    /* Candidates both imply; the one implying most of the others wins
     * (`k == 2` and `k == 3` give `k >= 2`, which also says `k != 0`). */
    long long xlo, xhi, ylo, yhi;
    bool xne, yne;
    model_test_range(&x->t, &xlo, &xhi, &xne);
    model_test_range(&y->t, &ylo, &yhi, &yne);
    struct value_test cand[5];
    int n = 0;
    cand[n++] = x->t;
    cand[n++] = y->t;
    cand[n++] = (struct value_test){VALUE_NE, 0};
    if (!xne && !yne && xlo != LLONG_MIN && ylo != LLONG_MIN)
        cand[n++] = (struct value_test){VALUE_GE, xlo < ylo ? xlo : ylo};
    if (!xne && !yne && xhi != LLONG_MAX && yhi != LLONG_MAX)
        cand[n++] = (struct value_test){VALUE_LE, xhi > yhi ? xhi : yhi};
    int best = -1, best_score = -1;
    for (int i = 0; i < n; i++) {
        if (!model_test_implies(&x->t, &cand[i]) || !model_test_implies(&y->t, &cand[i]))
            continue;
        int score = 0;
        for (int j = 0; j < n; j++)
            score += j != i && model_test_implies(&cand[i], &cand[j]);
        if (score > best_score) {
            best = i;
            best_score = score;
        }
    }
    if (best < 0)
        return false;
    *out = *x;
    out->t = cand[best];
    return true;
}

/* Keeps of dst's facts what src's facts also say; returns whether dst changed. */
static bool join_facts(struct fact *dst, int *ndst, const struct fact *src, int nsrc)
{
    int kept = 0;
    bool changed = false;
    for (int i = 0; i < *ndst; i++) {
        struct fact best, j;
        bool found = false;
        for (int k = 0; k < nsrc; k++)
            if (join_fact(&dst[i], &src[k], &j) && (!found || model_test_implies(&j.t, &best.t))) {
                best = j;
                found = true;
            }
        if (!found) {
            changed = true;
            continue;
        }
        if (!same_fact(&best, &dst[i]))
            changed = true;
        dst[kept++] = best;
    }
    *ndst = kept;
    return changed;
}

/* Field by field: the struct has padding, which memcmp would read. */
static bool var_state_equal(const struct var_state *x, const struct var_state *y)
{
    return x->sg == y->sg && x->par == y->par && x->ext == y->ext && x->port == y->port && x->pool == y->pool &&
           x->pool_long == y->pool_long && x->from_field == y->from_field && x->own == y->own;
}

/* Joins src into dst; returns whether dst changed. */
static bool state_join(const struct flow *fl, struct flow_state *dst, const struct flow_state *src)
{
    if (!src->reached)
        return false;
    if (!dst->reached) {
        state_copy(fl, dst, src);
        return true;
    }
    bool changed = join_facts(dst->facts, &dst->nfacts, src->facts, src->nfacts);
    /* A completion on two paths is guarded by what both paths knew. */
    for (int k = 0; k < 64; k++) {
        if (!(src->completed & BIT(k)))
            continue;
        if (!(dst->completed & BIT(k))) {
            dst->guard[k] = src->guard[k];
            continue;
        }
        if (join_facts(dst->guard[k].f, &dst->guard[k].n, src->guard[k].f, src->guard[k].n))
            changed = true;
    }
    /* A key is "broadly" completed only if every path that completed it did so broadly. */
    uint64_t precise = (dst->completed & ~dst->broadly) | (src->completed & ~src->broadly);
    uint64_t broadly = (dst->completed | src->completed) & ~precise;
    if (broadly != dst->broadly) {
        dst->broadly = broadly;
        changed = true;
    }
    uint64_t done = dst->completed | src->completed;
    if (done != dst->completed) {
        for (int k = 0; k < 64; k++)
            if ((src->completed & BIT(k)) && !(dst->completed & BIT(k))) {
                dst->done_at[k] = src->done_at[k];
                dst->done_by[k] = src->done_by[k];
            }
        dst->completed = done;
        changed = true;
    }
    for (int i = 0; i < fl->nvars; i++) {
        struct var_state *d = &dst->vars[i];
        const struct var_state *s = &src->vars[i];
        struct var_state j = {d->sg | s->sg, d->par | s->par, d->ext | s->ext, (uint8_t)(d->port | s->port),
                              d->pool || s->pool,
                              d->pool_long || s->pool_long, d->from_field || s->from_field,
                              d->own && s->own};
        if (!var_state_equal(&j, d)) {
            *d = j;
            changed = true;
        }
    }
    return changed;
}

/* ---- events and summary facts ------------------------------------------ */

static void set_fact(struct summary_fact *f, struct ir_loc loc, const char *via, const char *place)
{
    if (f->set)
        return;
    f->set = true;
    f->loc = loc;
    f->via = via;
    f->place = place;
}

static void note_param_fact(struct flow *fl, struct summary_fact *facts, uint32_t par,
                            struct ir_loc loc, const char *via, const char *place)
{
    for (int i = 0; i < SUMMARY_MAX_PARAMS && i < fl->f->nparams; i++)
        if (par & (1U << i))
            set_fact(&facts[i], loc, via, place);
}

static struct port_event *new_event(struct flow *fl, enum port_event_kind kind, struct ir_loc loc,
                                  const struct var_state *v, const char *what)
{
    struct analysis *a = fl->a;
    VEC_GROW(a->events, a->nevents, a->events_cap);
    struct port_event *e = &a->events[a->nevents++];
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->function = fl->fi;
    e->loc = loc;
    e->what = what ? xasprintf("SG list '%s'", what) : xstrdup("the SG list");
    if (v) {
        int k = first_bit(v->sg & ~BIT(UNKNOWN_SRB));
        if (k >= 0) {
            e->obtained_at = fl->obtained[k];
            e->srb = key_name(fl, k);
        }
        e->from_field = v->from_field;
    }
    return e;
}

/* Whether an SG value of these SRBs is read after one of them was completed.
 * A list of an SRB we cannot name (loaded from an SRB extension) matches any
 * completion. A completion of an SRB we cannot name (a queue's head, all of
 * a helper's requests) does not reach a list whose SRB we can name: that is
 * another request far more often than the same one. */
static int completed_key(const struct flow_state *s, uint64_t sg)
{
    if (!sg || !s->completed)
        return -1;
    uint64_t hit = sg & s->completed;
    if (hit)
        return first_bit(hit);
    if (sg & BIT(UNKNOWN_SRB))
        return first_bit(s->completed);
    return -1;
}

static void emit_read(struct flow *fl, const struct flow_state *s, struct ir_loc loc,
                      const struct var_state *v, const char *what, const char *via, struct ir_loc via_at)
{
    if (!fl->emit)
        return;
    struct port_event *e = new_event(fl, SG_READ, loc, v, what);
    e->via = via;
    e->via_at = via_at;
    int k = completed_key(s, v->sg);
    if (k >= 0) {
        e->after_completion = true;
        e->completed_at = s->done_at[k];
        e->completed_by = s->done_by[k];
        if (!e->srb)
            e->srb = key_name(fl, k);
    }
}

static const char *long_lived_place(const struct flow *fl, const struct flow_state *s,
                                    const struct ir_path *dst);

/* ---- long-lived pool --------------------------------------------------- */

/* Fields (and globals) that hold miniport pool kept across requests:
 * "record.field", or "@name" for a global. Found while the summaries settle,
 * so the final pass sees all of them. */
static char *field_key(const char *record, const char *field)
{
    return record ? xasprintf("%s.%s", record, field) : xasprintf("@%s", field);
}

static bool field_listed(const struct strlist *l, const char *record, const char *field)
{
    char *key = field_key(record, field);
    bool found = strlist_contains(l, key);
    free(key);
    return found;
}

static bool is_pool_field(const struct analysis *a, const char *record, const char *field)
{
    return field_listed(&a->pool_fields, record, field);
}

static void add_pool_field(struct analysis *a, const struct ir_path *dst)
{
    char *key = NULL;
    if (dst->nsteps == 0 && dst->base == IR_BASE_GLOBAL)
        key = field_key(NULL, dst->name);
    else if (dst->nsteps > 0 && dst->steps[dst->nsteps - 1].kind == IR_STEP_FIELD)
        key = field_key(dst->steps[dst->nsteps - 1].record, dst->steps[dst->nsteps - 1].field);
    if (key && !strlist_contains(&a->pool_fields, key))
        strlist_add_owned(&a->pool_fields, key);
    else
        free(key);
}

/* Fields of the SRB extension that are assigned the port's SG list, under
 * whatever type (storahci-style drivers cast it to a look-alike struct):
 * what they hold later is the list of that request. */
static bool is_sg_field(const struct analysis *a, const char *record, const char *field)
{
    return field_listed(&a->sg_fields, record, field);
}

static void add_sg_field(struct flow *fl, const struct ir_path *dst)
{
    if (dst->nsteps == 0 || dst->steps[dst->nsteps - 1].kind != IR_STEP_FIELD)
        return;
    const struct ir_step *st = &dst->steps[dst->nsteps - 1];
    if (!in_srb_ext(fl, st->record))
        return;
    char *key = field_key(st->record, st->field);
    if (!strlist_contains(&fl->a->sg_fields, key))
        strlist_add_owned(&fl->a->sg_fields, key);
    else
        free(key);
}

/* Fields of the SRB extension assigned storage of the miniport's own (its
 * own copy of a list, typed like the port's): unless the port's list is
 * assigned to them too, what they point to is not the port's. */
static void add_own_list_field(struct flow *fl, const struct ir_path *dst)
{
    if (dst->nsteps == 0 || dst->steps[dst->nsteps - 1].kind != IR_STEP_FIELD)
        return;
    const struct ir_step *st = &dst->steps[dst->nsteps - 1];
    if (!in_srb_ext(fl, st->record))
        return;
    char *key = field_key(st->record, st->field);
    if (!strlist_contains(&fl->a->own_list_fields, key))
        strlist_add_owned(&fl->a->own_list_fields, key);
    else
        free(key);
}

static char *temp_text(const struct flow *fl, int t);
static bool known_zero(const struct flow *fl, const struct flow_state *s, int v);

/* ---- touching a completed request --------------------------------------- */

/* The port memory a pointer type designates: the extension types of this
 * driver, and SRBs. */
static int port_kind_of_type(const struct flow *fl, const char *type)
{
    if (!type)
        return 0;
    const char *star = strrchr(type, '*');
    if (!star || star[1] != '\0' || strchr(type, '*') != star)
        return 0; /* only a single-level pointer */
    size_t n = (size_t)(star - type);
    while (n > 0 && type[n - 1] == ' ')
        n--;
    const struct program_model *m = fl->m;
    struct { const char *record; int kind; } exts[] = {
        {m->device_ext, DDI_PORT_DEVICE_EXT}, {m->srb_ext, DDI_PORT_SRB_EXT}, {m->lu_ext, DDI_PORT_LU_EXT}};
    for (size_t i = 0; i < 3; i++)
        if (exts[i].record && strlen(exts[i].record) == n && strncmp(type, exts[i].record, n) == 0)
            return exts[i].kind;
    const struct ddi_model *d = m->ddi;
    for (int i = 0; i < d->nsrb_extension_fields; i++) {
        const char *rec = d->srb_extension_fields[i].record;
        if (n >= strlen(rec) && strncmp(type + n - strlen(rec), rec, strlen(rec)) == 0)
            return DDI_PORT_SRB;
    }
    return 0;
}

/* Whether the variable at the root of p points to an SRB record. */
static bool is_srb_pointer(const struct flow *fl, const struct ir_path *p)
{
    const char *type = NULL;
    if (p->base == IR_BASE_PARAM && p->index < fl->f->nparams)
        type = fl->f->params[p->index].type;
    else if (p->base == IR_BASE_LOCAL && p->index < fl->f->nlocals)
        type = fl->f->locals[p->index].type;
    if (!type || !strchr(type, '*'))
        return false;
    const struct ddi_model *d = fl->m->ddi;
    for (int i = 0; i < d->nsrb_extension_fields; i++)
        if (strstr(type, d->srb_extension_fields[i].record))
            return true;
    return false;
}

/* The SRB key the variable at the root of p names, without naming a new
 * one; -1 if none. */
static int existing_key(struct flow *fl, const struct flow_state *s, const struct ir_path *p)
{
    /* Only the variable matters: the dereferenced value is its content. */
    if (p->base != IR_BASE_LOCAL && p->base != IR_BASE_PARAM && p->base != IR_BASE_TEMP)
        return -1;
    struct ir_operand o = {0};
    o.kind = IR_OPND_VALUE;
    o.path.base = p->base;
    o.path.index = p->index;
    int before = fl->nkeys;
    int k = key_of(fl, &o, 0);
    /* A new name is kept only for an SRB-typed variable after a routine
     * that completed every outstanding request: that request is one. */
    if (fl->nkeys != before && !(s->broadly && is_srb_pointer(fl, p))) {
        fl->nkeys = before;
        return -1;
    }
    return k == UNKNOWN_SRB ? -1 : k;
}

/* The completions that count for touching and completing again. A routine
 * that completes every outstanding request (StorPortCompleteRequest) does
 * complete one the driver loaded from its own state (`active =
 * devExt->ActiveSrb`), but not the request in hand, the SRB a callback
 * received: drivers finish that one after it, as reset handling does. */
static uint64_t counted_completions(const struct flow *fl, const struct flow_state *s)
{
    uint64_t counted = s->completed & ~s->broadly;
    for (int k = 0; k < fl->nkeys; k++)
        if ((s->broadly & BIT(k)) && fl->keys[k].base != IR_BASE_PARAM)
            counted |= BIT(k);
    return counted & ~BIT(UNKNOWN_SRB);
}

/* A dereference of `base` (a variable) touches a completed request when the
 * variable holds that SRB, or points into its SRB extension. */
static void check_srb_touch(struct flow *fl, const struct flow_state *s, const struct ir_path *base,
                            const struct var_state *v, struct ir_loc loc, const char *via,
                            struct ir_loc via_at)
{
    if (!fl->emit || !s->completed || v->own)
        return;
    int k = existing_key(fl, s, base);
    uint64_t precise = counted_completions(fl, s);
    bool srb = k >= 0 && (precise & BIT(k));
    uint64_t ext = v->ext & precise;
    if (!srb && !ext)
        return;
    if (!srb)
        k = first_bit(ext);
    struct port_event *e = new_event(fl, SRB_TOUCH, loc, NULL, NULL);
    free(e->what);
    const char *name = var_name(fl, base);
    char *owned = name ? NULL : (base->base == IR_BASE_TEMP ? temp_text(fl, base->index) : NULL);
    e->what = xstrdup(name ? name : owned ? owned : "?");
    free(owned);
    e->srb = key_name(fl, k);
    e->completed_at = s->done_at[k];
    e->completed_by = s->done_by[k];
    e->via = via;
    e->via_at = via_at;
    e->place = srb ? "the SRB" : "its SRB extension";
}

/* ---- reading operands -------------------------------------------------- */

static struct var_state var_of(const struct flow *fl, const struct flow_state *s, const struct ir_path *p)
{
    int v = var_index(fl, p);
    struct var_state none = {0};
    return v >= 0 ? s->vars[v] : none;
}

static char *path_text(const struct flow *fl, const struct ir_path *p);

/* How the value in a temporary was written, when it is a copy or a cast of
 * something with a name ("srbExt->PortList"); NULL otherwise. */
static char *temp_text(const struct flow *fl, int t)
{
    const struct ir_inst *def = t < fl->f->ntemps ? fl->mf->temp_def[t] : NULL;
    if (!def || (def->kind != IR_ASSIGN && def->kind != IR_CAST) || def->nsrcs < 1 ||
        def->srcs[0].kind != IR_OPND_VALUE)
        return NULL;
    const struct ir_path *src = &def->srcs[0].path;
    if (src->base == IR_BASE_TEMP && src->nsteps == 0)
        return temp_text(fl, src->index);
    if (src->base == IR_BASE_TEMP || src->base == IR_BASE_NONE || src->base == IR_BASE_FUNC)
        return NULL;
    return path_text(fl, src);
}

/* Walks the steps of a path that is accessed (read, or written through) and
 * reports each dereference of an SG list or of a parameter. Returns the state
 * of the value finally designated, and in *addr that of its address. */
static struct var_state walk_path(struct flow *fl, const struct flow_state *s, const struct ir_path *p,
                                  struct ir_loc loc, bool access, struct var_state *addr)
{
    struct var_state cur = var_of(fl, s, p);
    if (p->base == IR_BASE_GLOBAL && is_pool_field(fl->a, NULL, p->name))
        cur.pool = cur.pool_long = true;
    struct var_state base = {0};
    const char *name = var_name(fl, p);
    char *owned = NULL;
    if (!name && p->base == IR_BASE_TEMP)
        name = owned = temp_text(fl, p->index);
    for (int i = 0; i < p->nsteps; i++) {
        const struct ir_step *st = &p->steps[i];
        if (st->kind == IR_STEP_DEREF) {
            base = cur;
            bool last_deref = true;
            for (int j = i + 1; j < p->nsteps; j++)
                last_deref = last_deref && p->steps[j].kind != IR_STEP_DEREF;
            /* Taking an address (&sgl->List[i]) dereferences nothing; nor
             * does code on a path where the pointer is known NULL, which
             * cannot run. */
            if ((access || !last_deref) && !(i == 0 && known_zero(fl, s, var_index(fl, p)))) {
                if (i == 0)
                    check_srb_touch(fl, s, p, &cur, loc, NULL, (struct ir_loc){0});
                if (cur.sg)
                    emit_read(fl, s, loc, &cur, name, NULL, (struct ir_loc){0});
                if (cur.par)
                    note_param_fact(fl, fl->sum.reads, cur.par, loc, NULL, NULL);
            }
            memset(&cur, 0, sizeof cur);
            name = NULL;
        } else if (st->kind == IR_STEP_FIELD) {
            memset(&cur, 0, sizeof cur);
            /* A field of the SRB extension typed as an SG list holds the
             * port's list of that request. */
            bool last = i == p->nsteps - 1 || p->steps[i + 1].kind == IR_STEP_DEREF;
            const char *ftype = NULL;
            const struct ir_record *r = model_record(fl->m, st->record);
            for (int k = 0; r && k < r->nfields; k++)
                if (strcmp(r->fields[k].name, st->field) == 0)
                    ftype = r->fields[k].type;
            if (last && in_srb_ext(fl, st->record) &&
                (is_sg_field(fl->a, st->record, st->field) ||
                 (is_sg_list_pointer(ftype) && !field_listed(&fl->a->own_list_fields, st->record, st->field)))) {
                /* The list of the request whose extension this is, when known. */
                cur.sg = base.ext ? base.ext : BIT(UNKNOWN_SRB);
                cur.from_field = true;
            }
            if (last && ddi_is_buffer_field(fl->m->ddi, st->record, st->field))
                cur.port |= DDI_PORT_SRB_DATA;
            if (last && ddi_is_extension_field(fl->m->ddi, st->record, st->field))
                cur.port |= DDI_PORT_SRB_EXT;
            /* Srb->SrbExtension: a pointer into that request's extension. */
            if (last && i == 1 && p->steps[0].kind == IR_STEP_DEREF &&
                ddi_is_extension_field(fl->m->ddi, st->record, st->field)) {
                struct ir_operand srb = {0};
                srb.kind = IR_OPND_VALUE;
                srb.path.base = p->base;
                srb.path.index = p->index;
                cur.ext = BIT(key_of(fl, &srb, 0));
            }
            if (last && is_pool_field(fl->a, st->record, st->field))
                cur.pool = cur.pool_long = true;
            name = st->field;
        }
    }
    if (addr)
        *addr = base;
    free(owned);
    return cur;
}

static struct var_state operand_state(struct flow *fl, const struct flow_state *s,
                                      const struct ir_operand *o, struct ir_loc loc)
{
    if (o->loc.line > 0)
        loc = o->loc;
    struct var_state none = {0};
    if (o->kind == IR_OPND_VALUE) {
        struct var_state v = o->path.nsteps == 0 ? var_of(fl, s, &o->path)
                                                 : walk_path(fl, s, &o->path, loc, true, NULL);
        v.port |= (uint8_t)port_kind_of_type(fl, o->path.type);
        return v;
    }
    if (o->kind == IR_OPND_ADDR) {
        if (o->path.nsteps == 0) {
            /* &local: the address of a variable, not of an SG list */
            none.own = o->path.base == IR_BASE_LOCAL || o->path.base == IR_BASE_GLOBAL;
            return none;
        }
        struct var_state addr;
        walk_path(fl, s, &o->path, loc, false, &addr);
        addr.own = true;
        return addr;
    }
    return none;
}

static const char *operand_name(const struct flow *fl, const struct ir_operand *o)
{
    if (o->kind == IR_OPND_VALUE && o->path.nsteps == 0)
        return var_name(fl, &o->path);
    return NULL;
}

/* How an operand is written, for messages ("srbExt", "Srb->DataBuffer"); owned. */
static char *operand_text(const struct flow *fl, const struct ir_operand *o)
{
    char *t = NULL;
    if (o->kind == IR_OPND_VALUE && o->path.base == IR_BASE_TEMP && o->path.nsteps == 0)
        t = temp_text(fl, o->path.index);
    else if (o->kind == IR_OPND_VALUE || o->kind == IR_OPND_ADDR)
        t = path_text(fl, &o->path);
    return t ? t : xstrdup("the pointer");
}

/* The variable an out-parameter (&p, or (PVOID *)&p) designates, or -1. */
static int out_param_var(const struct flow *fl, const struct ir_operand *o, int depth)
{
    if (depth > 8)
        return -1;
    if (o->kind == IR_OPND_ADDR && o->path.nsteps == 0)
        return var_index(fl, &o->path);
    if (o->kind == IR_OPND_VALUE && o->path.nsteps == 0 && o->path.base == IR_BASE_TEMP &&
        o->path.index < fl->f->ntemps) {
        const struct ir_inst *def = fl->mf->temp_def[o->path.index];
        if (def && (def->kind == IR_CAST || def->kind == IR_ASSIGN) && def->nsrcs > 0)
            return out_param_var(fl, &def->srcs[0], depth + 1);
    }
    return -1;
}

/* The storage an out-parameter designates (&ext->Table, (PVOID *)&g), or NULL. */
static const struct ir_path *out_param_path(const struct flow *fl, const struct ir_operand *o, int depth)
{
    if (depth > 8)
        return NULL;
    if (o->kind == IR_OPND_ADDR && (o->path.nsteps > 0 || o->path.base == IR_BASE_GLOBAL))
        return &o->path;
    if (o->kind == IR_OPND_VALUE && o->path.nsteps == 0 && o->path.base == IR_BASE_TEMP &&
        o->path.index < fl->f->ntemps) {
        const struct ir_inst *def = fl->mf->temp_def[o->path.index];
        if (def && (def->kind == IR_CAST || def->kind == IR_ASSIGN) && def->nsrcs > 0)
            return out_param_path(fl, &def->srcs[0], depth + 1);
    }
    return NULL;
}

/* ---- stores ------------------------------------------------------------ */

/* Where a store through `dst` lands, if that outlives an SRB; NULL otherwise. */
static const char *long_lived_place(const struct flow *fl, const struct flow_state *s,
                                    const struct ir_path *dst)
{
    if (dst->base == IR_BASE_GLOBAL)
        return strstr(dst->name, "::") ? "a static local" : "a global";
    for (int i = dst->nsteps - 1; i >= 0; i--) {
        const struct ir_step *st = &dst->steps[i];
        if (st->kind != IR_STEP_FIELD)
            continue;
        int places = model_record_places(fl->m, st->record);
        if (places & MODEL_IN_SRB)
            return NULL;
        if (places & MODEL_IN_DEVICE)
            return "the device extension";
        if (places & MODEL_IN_LU)
            return "the LU extension";
        break;
    }
    return NULL;
}

/* Where a store through dst lands when it is pool kept across requests. */
static const char *pool_place(struct flow *fl, const struct flow_state *s, const struct ir_path *dst)
{
    struct var_state addr = {0};
    if (dst->nsteps == 0)
        return NULL;
    walk_path(fl, s, dst, (struct ir_loc){0}, false, &addr);
    return addr.pool_long ? "miniport pool kept across requests" : NULL;
}

static char *path_text(const struct flow *fl, const struct ir_path *p)
{
    struct strbuf sb = {0};
    const char *n = var_name(fl, p);
    sb_append(&sb, n ? n : "(expression)");
    for (int i = 0; i < p->nsteps; i++) {
        const struct ir_step *st = &p->steps[i];
        if (st->kind == IR_STEP_DEREF) {
            if (i + 1 < p->nsteps && p->steps[i + 1].kind == IR_STEP_FIELD) {
                sb_appendf(&sb, "->%s", p->steps[i + 1].field);
                i++;
            } else if (i + 1 < p->nsteps && p->steps[i + 1].kind == IR_STEP_INDEX) {
                sb_append(&sb, "[]");
                i++;
            } else {
                char *prev = sb_steal(&sb);
                sb_appendf(&sb, "*%s", prev);
                free(prev);
            }
        } else if (st->kind == IR_STEP_FIELD) {
            sb_appendf(&sb, ".%s", st->field);
        } else {
            sb_append(&sb, "[]");
        }
    }
    return sb_steal(&sb);
}

/* Removes the facts about variable v from a list of n facts. */
static void drop_facts(struct fact *f, int *n, int v)
{
    int kept = 0;
    for (int i = 0; i < *n; i++)
        if (f[i].var != v)
            f[kept++] = f[i];
    *n = kept;
}

static void forget_facts_only(struct flow_state *s, int v)
{
    drop_facts(s->facts, &s->nfacts, v);
}

static void guard_drop(struct guard *g, int v)
{
    drop_facts(g->f, &g->n, v);
}

/* Assigning a flag ends what was known about it. */
static void forget_facts(struct flow_state *s, int v)
{
    forget_facts_only(s, v);
    for (int k = 0; k < 64; k++)
        guard_drop(&s->guard[k], v);
}

static void store(struct flow *fl, struct flow_state *s, const struct ir_inst *in, struct var_state val,
                  const char *valname)
{
    const struct ir_path *dst = &in->dst;
    /* Writing through an SG list touches port memory like a read. */
    if (dst->nsteps > 0)
        walk_path(fl, s, dst, in->loc, true, NULL);
    int v = var_index(fl, dst);
    if (dst->nsteps == 0 && v >= 0) {
        s->vars[v] = val;
        /* A new request in a variable that names an SRB: its old completion
         * no longer speaks for the new value. */
        for (int k = 0; k < fl->nkeys; k++)
            if (fl->keys[k].base == dst->base && fl->keys[k].index == dst->index)
                s->completed &= ~BIT(k);
        forget_facts(s, v);
        return;
    }
    /* A field of a local struct (`ctx.Sgl = sgl;`): the struct now holds
     * the pointer, and copying the struct copies it. */
    bool through_pointer = false;
    for (int i = 0; i < dst->nsteps; i++)
        through_pointer = through_pointer || dst->steps[i].kind == IR_STEP_DEREF;
    if (dst->base == IR_BASE_LOCAL && !through_pointer && v >= 0) {
        s->vars[v].sg |= val.sg;
        s->vars[v].from_field = s->vars[v].from_field || val.from_field;
        return;
    }
    const char *place = long_lived_place(fl, s, dst);
    /* Pool whose pointer is kept in the device extension or a global is pool
     * of the adapter, not of one request. */
    if (val.pool && place) {
        add_pool_field(fl->a, dst);
        for (int i = 0; i < in->nsrcs; i++) {
            int sv = in->srcs[i].kind == IR_OPND_VALUE && in->srcs[i].path.nsteps == 0
                         ? var_index(fl, &in->srcs[i].path)
                         : -1;
            if (sv >= 0)
                s->vars[sv].pool_long = true;
        }
    }
    if (val.sg && !val.from_field)
        add_sg_field(fl, dst);
    else if (val.own && !val.sg)
        add_own_list_field(fl, dst);
    if (!val.sg && !val.par)
        return;
    if (!place)
        place = pool_place(fl, s, dst);
    if (!place)
        return;
    if (val.par)
        note_param_fact(fl, fl->sum.stores, val.par, in->loc, NULL, place);
    if (val.sg && fl->emit) {
        struct port_event *e = new_event(fl, SG_STORE, in->loc, &val, valname);
        e->place = place;
        e->target = path_text(fl, dst);
    }
}

/* ---- calls ------------------------------------------------------------- */

static uint64_t counted_completions(const struct flow *fl, const struct flow_state *s);

static void complete(struct flow *fl, struct flow_state *s, int key, struct ir_loc loc, const char *by)
{
    uint64_t bits = key < 0 ? ALL_SRBS : BIT(key);
    /* Completing a request that is already completed: the second completion. */
    if (key >= 0 && key != UNKNOWN_SRB && (counted_completions(fl, s) & bits) && fl->emit) {
        struct port_event *e = new_event(fl, SRB_COMPLETED_TWICE, loc, NULL, NULL);
        e->srb = key_name(fl, key);
        e->completed_at = s->done_at[key];
        e->completed_by = s->done_by[key];
        e->routine = by;
    }
    for (int k = 0; k < 64; k++)
        if ((bits & BIT(k)) && (!(s->completed & BIT(k)) || (key >= 0 && (s->broadly & BIT(k))))) {
            s->done_at[k] = loc;
            s->done_by[k] = by;
        }
    if (key < 0)
        s->broadly |= bits & ~s->completed;
    else
        s->broadly &= ~bits;
    /* The most recent facts about variables (not about temporaries). */
    struct guard g = {0};
    for (int i = s->nfacts - 1; i >= 0 && g.n < MAX_GUARD; i--)
        if (!is_temp_var(fl, s->facts[i].var))
            g.f[g.n++] = s->facts[i];
    for (int k = 0; k < 64; k++)
        if (bits & BIT(k))
            s->guard[k] = g;
    s->completed |= bits;
}

static void note_completion(struct flow *fl, int key, struct ir_loc loc, const char *via)
{
    if (key >= 0 && key < fl->nkeys && fl->keys[key].base == IR_BASE_PARAM &&
        fl->keys[key].index < SUMMARY_MAX_PARAMS)
        set_fact(&fl->sum.completes[fl->keys[key].index], loc, via, NULL);
    else
        set_fact(&fl->sum.completes_any, loc, via, NULL);
}


/* memcpy(to, from, n) and its kin: the bytes `from` points to go where `to`
 * points. A pointer kept in the source (`&sgl`, `&ctx` holding one) is
 * stored at the destination like an assignment; copying out of the port's
 * list itself reads its elements. */
static void copy_memory(struct flow *fl, struct flow_state *s, const struct ir_inst *in, const struct ddi_function *d,
                        const struct var_state *args)
{
    const struct ir_operand *from = &in->srcs[d->copies_from], *to = &in->srcs[d->copies_to];
    const struct ir_operand *src = through_copies(fl, from);
    struct var_state value = {0};
    const char *name = NULL;
    if (src->kind == IR_OPND_ADDR && src->path.nsteps == 0) {
        value = var_of(fl, s, &src->path);
        name = var_name(fl, &src->path);
    } else if (src->kind == IR_OPND_ADDR) {
        value = walk_path(fl, s, &src->path, in->loc, true, NULL); /* the bytes there are read */
        name = src->path.steps[src->path.nsteps - 1].kind == IR_STEP_FIELD
                   ? src->path.steps[src->path.nsteps - 1].field
                   : NULL;
    } else {
        const struct var_state *list = &args[d->copies_from];
        if (list->sg)
            emit_read(fl, s, in->loc, list, operand_name(fl, from), NULL, (struct ir_loc){0});
        if (list->par)
            note_param_fact(fl, fl->sum.reads, list->par, in->loc, NULL, NULL);
        return;
    }
    value.own = false;
    if (!value.sg && !value.par && !value.pool)
        return;
    const struct ir_operand *dst = through_copies(fl, to);
    struct ir_inst fake = *in;
    fake.kind = IR_ASSIGN;
    fake.nsrcs = 0;
    fake.srcs = NULL;
    fake.has_dst = true;
    if (dst->kind == IR_OPND_ADDR && dst->path.nsteps == 0) {
        int v = var_index(fl, &dst->path);
        if (v >= 0) {
            s->vars[v].sg |= value.sg;
            s->vars[v].par |= value.par;
            s->vars[v].from_field = s->vars[v].from_field || value.from_field;
            return;
        }
        fake.dst = dst->path;
        store(fl, s, &fake, value, name);
    } else if (dst->kind == IR_OPND_ADDR) {
        fake.dst = dst->path;
        store(fl, s, &fake, value, name);
    } else if (dst->kind == IR_OPND_VALUE) {
        /* Through the pointer: its target is one more dereference away. */
        fake.dst = dst->path;
        fake.dst.nsteps = dst->path.nsteps + 1;
        fake.dst.steps = xcalloc((size_t)fake.dst.nsteps, sizeof *fake.dst.steps);
        memcpy(fake.dst.steps, dst->path.steps, (size_t)dst->path.nsteps * sizeof *fake.dst.steps);
        fake.dst.steps[dst->path.nsteps].kind = IR_STEP_DEREF;
        store(fl, s, &fake, value, name);
        free(fake.dst.steps);
    }
}

static bool same_path(const struct ir_path *x, const struct ir_path *y)
{
    if (x->base != y->base || x->nsteps != y->nsteps)
        return false;
    if (x->base == IR_BASE_GLOBAL || x->base == IR_BASE_FUNC ? strcmp(x->name, y->name) != 0 : x->index != y->index)
        return false;
    for (int i = 0; i < x->nsteps; i++)
        if (x->steps[i].kind != y->steps[i].kind ||
            (x->steps[i].kind == IR_STEP_FIELD && strcmp(x->steps[i].field, y->steps[i].field) != 0))
            return false;
    return true;
}

/* The SRB a completion hands back. Completed through the field that holds
 * the active request (`StorPortNotification(RequestComplete, ext,
 * ext->ActiveSrb)`), it is the request a variable loaded from that field
 * names, so the list kept for it is that request's too. */
static int completion_key(struct flow *fl, const struct ir_operand *o)
{
    int k = key_of(fl, o, 0);
    const struct ir_operand *r = through_copies(fl, o);
    if (k != UNKNOWN_SRB || r->kind != IR_OPND_VALUE || r->path.nsteps == 0)
        return k;
    for (int j = 0; j < fl->nkeys; j++) {
        const struct srb_key *key = &fl->keys[j];
        if (key->base != IR_BASE_LOCAL || key->index >= fl->f->nlocals || fl->assign_count[key->index] != 1)
            continue;
        const struct ir_operand *src = fl->sole_src[key->index];
        if (src && src->kind == IR_OPND_VALUE && same_path(&through_copies(fl, src)->path, &r->path))
            return j;
    }
    return k;
}

static void call_ddi(struct flow *fl, struct flow_state *s, const struct ir_inst *in,
                     const struct ddi_function *d, struct var_state *args, struct var_state *result)
{
    if (d->copies_from >= 0 && d->copies_to >= 0 && d->copies_from < in->nsrcs && d->copies_to < in->nsrcs)
        copy_memory(fl, s, in, d, args);
    if (d->returns_sg_of >= 0 && d->returns_sg_of < in->nsrcs) {
        int k = key_of(fl, &in->srcs[d->returns_sg_of], 0);
        result->sg |= BIT(k);
        if (fl->obtained[k].line == 0)
            fl->obtained[k] = in->loc;
        if (fl->emit) {
            /* Named like the reads of the list it returns, which group with it. */
            struct port_event *e = new_event(fl, SG_GET, in->loc, NULL, in->callee);
            if (k != UNKNOWN_SRB)
                e->srb = key_name(fl, k);
        }
    }
    /* An SRB the miniport built itself is no request of the port's:
     * completing it hands nothing back. */
    if (d->completes >= 0 && d->completes < in->nsrcs && !args[d->completes].own) {
        int k = completion_key(fl, &in->srcs[d->completes]);
        complete(fl, s, k, in->loc, d->name);
        note_completion(fl, k, in->loc, d->name);
    }
    if (d->completes_all) {
        complete(fl, s, -1, in->loc, d->name);
        set_fact(&fl->sum.completes_any, in->loc, d->name, NULL);
    }
    if (d->releases >= 0 && d->releases < in->nsrcs) {
        struct var_state v = args[d->releases];
        if (v.par)
            note_param_fact(fl, fl->sum.releases, v.par, in->loc, d->name, NULL);
        if (v.sg && fl->emit) {
            struct port_event *e = new_event(fl, SG_RELEASE, in->loc, &v, operand_name(fl, &in->srcs[d->releases]));
            e->routine = d->name;
        }
        if (v.port && fl->emit) {
            struct port_event *e = new_event(fl, PORT_MEMORY_RELEASE, in->loc, NULL, NULL);
            free(e->what);
            e->what = operand_text(fl, &in->srcs[d->releases]);
            e->routine = d->name;
            e->port_kind = v.port;
        }
    }
    if (d->allocates_out >= 0 && d->allocates_out < in->nsrcs) {
        int v = out_param_var(fl, &in->srcs[d->allocates_out], 0);
        const struct ir_path *field = out_param_path(fl, &in->srcs[d->allocates_out], 0);
        if (v >= 0) {
            memset(&s->vars[v], 0, sizeof s->vars[v]);
            s->vars[v].pool = true;
            s->vars[v].own = true;
        } else if (field && long_lived_place(fl, s, field)) {
            add_pool_field(fl->a, field);
        }
    }
    if (d->allocates_return)
        result->pool = result->own = true;
    if (d->returns_extension_of >= 0 && d->returns_extension_of < in->nsrcs)
        result->ext |= BIT(key_of(fl, &in->srcs[d->returns_extension_of], 0));
    result->port |= (uint8_t)d->returns_port_memory;
}

/* The variable an argument passes on (through copies and casts), or -1. */
static int argument_var(const struct flow *fl, const struct ir_operand *o)
{
    struct value_test t;
    const struct ir_operand *r = model_condition_test(fl->mf, o, &t);
    if (t.op != VALUE_NE || t.value != 0 || r->kind != IR_OPND_VALUE || r->path.nsteps != 0)
        return -1;
    int v = var_index(fl, &r->path);
    return v >= 0 && !fl->no_facts[v] ? v : -1;
}

/* Whether the argument a call passes for parameter `param` may pass test t:
 * false when it is a constant that fails it, or a variable the path knows
 * fails it. */
static bool argument_may_pass(const struct flow *fl, const struct flow_state *s, const struct ir_inst *in,
                              int param, const struct value_test *t)
{
    if (param < 0 || param >= in->nsrcs)
        return true;
    const struct ir_operand *o = &in->srcs[param];
    if (o->kind == IR_OPND_CONST) {
        struct value_test eq = {VALUE_EQ, o->value};
        return model_test_compatible(&eq, t);
    }
    int v = argument_var(fl, o);
    for (int i = 0; v >= 0 && i < s->nfacts; i++)
        if (s->facts[i].var == v && !model_test_compatible(&s->facts[i].t, t))
            return false;
    return true;
}

static bool arguments_may_pass(const struct flow *fl, const struct flow_state *s, const struct ir_inst *in,
                               const struct param_tests *tests)
{
    for (int i = 0; i < tests->n; i++)
        if (!argument_may_pass(fl, s, in, tests->t[i].param, &tests->t[i].t))
            return false;
    return true;
}

/* The constant a call returns given its arguments, when every return its
 * arguments allow returns the same one. */
static bool call_returns_constant(const struct flow *fl, const struct flow_state *s, const struct ir_inst *in,
                                  const struct fn_summary *sum, long long *value)
{
    if (sum->returns_unknown || sum->nreturns == 0)
        return false;
    int alive = 0;
    for (int i = 0; i < sum->nreturns; i++) {
        const struct return_case *rc = &sum->returns[i];
        if (!arguments_may_pass(fl, s, in, &rc->when))
            continue;
        if (!rc->known || (alive > 0 && rc->value != *value))
            return false;
        *value = rc->value;
        alive++;
    }
    return alive > 0;
}

static void call_function(struct flow *fl, struct flow_state *s, const struct ir_inst *in, int g,
                          struct var_state *args, struct var_state *result)
{
    const struct fn_summary *sum = &fl->a->summaries[g];
    const char *gname = fl->m->functions[g].ir->name;
    int n = in->nsrcs < fl->m->functions[g].ir->nparams ? in->nsrcs : fl->m->functions[g].ir->nparams;
    if (n > SUMMARY_MAX_PARAMS)
        n = SUMMARY_MAX_PARAMS;
    for (int j = 0; j < n; j++) {
        struct var_state v = args[j];
        const char *vname = operand_name(fl, &in->srcs[j]);
        if (sum->reads[j].set) {
            if (in->srcs[j].kind == IR_OPND_VALUE)
                check_srb_touch(fl, s, &in->srcs[j].path, &v, in->loc, gname, sum->reads[j].loc);
            if (v.sg)
                emit_read(fl, s, in->loc, &v, vname, gname, sum->reads[j].loc);
            if (v.par)
                note_param_fact(fl, fl->sum.reads, v.par, in->loc, gname, NULL);
        }
        if (sum->releases[j].set) {
            if (v.par)
                note_param_fact(fl, fl->sum.releases, v.par, in->loc, gname, NULL);
            if (v.sg && fl->emit) {
                struct port_event *e = new_event(fl, SG_RELEASE, in->loc, &v, vname);
                e->routine = gname;
                e->via = gname;
                e->via_at = sum->releases[j].loc;
            }
            if (v.port && fl->emit) {
                struct port_event *e = new_event(fl, PORT_MEMORY_RELEASE, in->loc, NULL, NULL);
                free(e->what);
                e->what = operand_text(fl, &in->srcs[j]);
                e->routine = gname;
                e->via = gname;
                e->via_at = sum->releases[j].loc;
                e->port_kind = v.port;
            }
        }
        if (sum->stores[j].set) {
            if (v.par)
                note_param_fact(fl, fl->sum.stores, v.par, in->loc, gname, sum->stores[j].place);
            if (v.sg && fl->emit) {
                struct port_event *e = new_event(fl, SG_STORE, in->loc, &v, vname);
                e->place = sum->stores[j].place;
                e->via = gname;
                e->via_at = sum->stores[j].loc;
            }
        }
    }
    /* Completion is applied after the reads of the same call's arguments:
     * a callee that reads the list and then completes is fine. */
    for (int j = 0; j < n; j++)
        if (sum->completes[j].set) {
            /* A callee that completes only for some values of its
             * parameters, called with arguments that rule them out. */
            if (!arguments_may_pass(fl, s, in, &sum->completes_if[j]) || args[j].own)
                continue;
            int k = completion_key(fl, &in->srcs[j]);
            note_completion(fl, k, in->loc, gname);
            if (sum->completes_when[j] != COMPLETES_ALWAYS && in->has_dst &&
                in->dst.base == IR_BASE_TEMP && s->npending < MAX_PENDING) {
                struct pending_completion p = {in->dst.index, k,
                                               sum->completes_when[j] == COMPLETES_IF_NONZERO, in->loc, gname};
                s->pending[s->npending++] = p;
            } else {
                complete(fl, s, k, in->loc, gname);
                /* ... and with arguments it does not know, the completion
                 * holds with what they must have been. */
                for (int i = 0; i < sum->completes_if[j].n && k >= 0 && k < 64; i++) {
                    const struct param_test *pt = &sum->completes_if[j].t[i];
                    int v = pt->param < in->nsrcs ? argument_var(fl, &in->srcs[pt->param]) : -1;
                    if (v >= 0)
                        push_fact(fl, s->guard[k].f, &s->guard[k].n, MAX_GUARD, v, pt->t);
                }
            }
        }
    if (sum->completes_any.set) {
        complete(fl, s, UNKNOWN_SRB, in->loc, gname);
        set_fact(&fl->sum.completes_any, in->loc, gname, NULL);
    }
    if (sum->returns_ext_of >= 0 && sum->returns_ext_of < in->nsrcs)
        result->ext |= BIT(key_of(fl, &in->srcs[sum->returns_ext_of], 0));
    if (sum->returns_sg_of >= 0) {
        int k = sum->returns_sg_of < in->nsrcs && sum->returns_sg_of < SUMMARY_MAX_PARAMS
                    ? key_of(fl, &in->srcs[sum->returns_sg_of], 0)
                    : UNKNOWN_SRB;
        result->sg |= BIT(k);
        if (fl->obtained[k].line == 0)
            fl->obtained[k] = in->loc;
    }
}

/* Whether a call hands its arguments to a Storport routine the scan has no
 * body for (StorPortGetSystemAddress(DevExt, Srb, ...)): the port reads an
 * SRB passed to it, so a completed one is used. Completions are left to the
 * completed-twice event. */
static bool port_routine_uses_args(const struct flow *fl, const struct ir_inst *in)
{
    if (!in->callee || strncmp(in->callee, "StorPort", 8) != 0)
        return false;
    for (int c = 0; c < fl->mf->ncalls_out; c++)
        if (fl->m->calls[fl->mf->calls_out[c]].inst == in)
            return false;
    const struct ddi_model *ddi = fl->m->ddi;
    for (int d = ddi_find(ddi, in->callee);
         d >= 0 && d < ddi->nfunctions && strcmp(ddi->functions[d].name, in->callee) == 0; d++)
        if (ddi->functions[d].completes >= 0 || ddi->functions[d].completes_all)
            return false;
    return true;
}

static void transfer_call(struct flow *fl, struct flow_state *s, const struct ir_inst *in)
{
    struct var_state *args = xcalloc((size_t)in->nsrcs + 1, sizeof *args);
    for (int j = 0; j < in->nsrcs; j++)
        args[j] = operand_state(fl, s, &in->srcs[j], in->loc);
    if (in->target.kind != IR_OPND_NONE)
        operand_state(fl, s, &in->target, in->loc);
    struct var_state result = {0};
    const struct ddi_model *ddi = fl->m->ddi;
    bool handled = false;
    if (port_routine_uses_args(fl, in))
        for (int j = 0; j < in->nsrcs; j++)
            if (in->srcs[j].kind == IR_OPND_VALUE)
                check_srb_touch(fl, s, &in->srcs[j].path, &args[j], in->loc, NULL, (struct ir_loc){0});
    if (in->callee)
        for (int d = ddi_find(ddi, in->callee);
             d >= 0 && d < ddi->nfunctions && strcmp(ddi->functions[d].name, in->callee) == 0; d++)
            if (ddi_when_matches(&ddi->functions[d], in)) {
                call_ddi(fl, s, in, &ddi->functions[d], args, &result);
                handled = true;
            }
    if (!handled)
        for (int c = 0; c < fl->mf->ncalls_out; c++) {
            const struct model_call *mc = &fl->m->calls[fl->mf->calls_out[c]];
            if (mc->inst == in)
                call_function(fl, s, in, mc->callee, args, &result);
        }
    if (in->has_dst)
        store(fl, s, in, result, NULL);
    /* A helper that returns a constant for these arguments: its result is
     * a fact, so that `if (ShouldComplete(MODE_X))` is decided. */
    if (!handled && in->has_dst && in->dst.nsteps == 0) {
        int callees = 0, agree = 0;
        long long value = 0;
        for (int c = 0; c < fl->mf->ncalls_out; c++) {
            const struct model_call *mc = &fl->m->calls[fl->mf->calls_out[c]];
            if (mc->inst != in)
                continue;
            long long v;
            callees++;
            if (call_returns_constant(fl, s, in, &fl->a->summaries[mc->callee], &v) && (agree == 0 || v == value)) {
                value = v;
                agree++;
            }
        }
        if (callees > 0 && agree == callees) {
            struct value_test eq = {VALUE_EQ, value};
            learn_fact(fl, s, var_index(fl, &in->dst), eq);
        }
    }
    free(args);
}

/* ---- the pass ---------------------------------------------------------- */


static void transfer(struct flow *fl, struct flow_state *s, const struct ir_inst *in)
{
    /* `done = TRUE;`, `mode = MODE_RESET;`, `p = NULL;` are facts about the
     * variable until it is assigned again. */
    if (in->kind == IR_ASSIGN && in->has_dst && in->dst.nsteps == 0 && in->nsrcs == 1 &&
        in->srcs[0].kind == IR_OPND_CONST && (in->dst.base == IR_BASE_LOCAL || in->dst.base == IR_BASE_PARAM)) {
        store(fl, s, in, (struct var_state){0}, NULL);
        struct value_test t = {VALUE_EQ, in->srcs[0].value};
        learn_fact(fl, s, var_index(fl, &in->dst), t);
        return;
    }
    switch (in->kind) {
    case IR_ASSIGN:
    case IR_CAST:
    case IR_COMPUTE: {
        struct var_state val = {0};
        for (int i = 0; i < in->nsrcs; i++) {
            struct var_state v = operand_state(fl, s, &in->srcs[i], in->loc);
            val.sg |= v.sg;
            val.par |= v.par;
            val.ext |= v.ext;
            val.port |= v.port;
            val.pool = val.pool || v.pool;
            val.pool_long = val.pool_long || v.pool_long; /* a pointer into the adapter's table stays one */
            if (i == 0)
                val.own = v.own; /* a copy, a cast, or pointer arithmetic on it */
            val.from_field = val.from_field || v.from_field;
        }
        /* Arithmetic on a pointer keeps its origin; a count or a comparison does not. */
        if (in->kind == IR_COMPUTE && !in->dst.is_pointer)
            memset(&val, 0, sizeof val);
        if (in->has_dst)
            store(fl, s, in, val, in->nsrcs > 0 ? operand_name(fl, &in->srcs[0]) : NULL);
        if (in->has_dst && in->dst.nsteps == 0 && in->kind != IR_COMPUTE && in->nsrcs == 1)
            copy_facts(fl, s, in);
        break;
    }
    case IR_CALL:
        transfer_call(fl, s, in);
        break;
    case IR_USE:
        for (int i = 0; i < in->nsrcs; i++)
            operand_state(fl, s, &in->srcs[i], in->loc);
        break;
    }
}

/* A parameter variable that still holds the caller's argument. */
static bool is_entry_param(const struct flow *fl, int v)
{
    return v >= 0 && v < fl->f->nparams && v < SUMMARY_MAX_PARAMS && !fl->param_assigned[v] && !fl->no_facts[v];
}

static bool param_tests_equal(const struct param_tests *x, const struct param_tests *y)
{
    if (x->n != y->n)
        return false;
    for (int i = 0; i < x->n; i++)
        if (x->t[i].param != y->t[i].param || x->t[i].t.op != y->t[i].t.op || x->t[i].t.value != y->t[i].t.value)
            return false;
    return true;
}

static bool return_case_equal(const struct return_case *x, const struct return_case *y)
{
    return x->known == y->known && (!x->known || x->value == y->value) && param_tests_equal(&x->when, &y->when);
}

/* `action = MpClassify(...)`, `x = y`: what the path knows of the source
 * holds for the copy. Through a cast, only small values survive every
 * width (a NULL pointer stays NULL). */
static void copy_facts(const struct flow *fl, struct flow_state *s, const struct ir_inst *in)
{
    int dst = var_index(fl, &in->dst);
    const struct ir_operand *o = &in->srcs[0];
    int src = o->kind == IR_OPND_VALUE && o->path.nsteps == 0 ? var_index(fl, &o->path) : -1;
    if (dst < 0 || src < 0 || dst == src || fl->no_facts[dst] || fl->no_facts[src])
        return;
    struct fact copy[MAX_FACTS];
    int n = 0;
    for (int i = 0; i < s->nfacts; i++)
        if (s->facts[i].var == src &&
            (in->kind == IR_ASSIGN || (s->facts[i].t.value >= 0 && s->facts[i].t.value <= 0x7F)))
            copy[n++] = s->facts[i];
    for (int i = 0; i < n; i++)
        learn_fact(fl, s, dst, copy[i].t);
}

/* Which parameters are completed at this return, and what it returns. */
static void classify_return(struct flow *fl, const struct flow_state *s, const struct ir_block *b)
{
    uint64_t done = s->completed & ~s->broadly;
    if (!done)
        return;
    unsigned kind = 4; /* something else */
    if (b->cond.kind == IR_OPND_CONST)
        kind = b->cond.value == 0 ? 1 : 2;
    for (int k = 0; k < fl->nkeys; k++)
        if ((done & BIT(k)) && fl->keys[k].base == IR_BASE_PARAM && fl->keys[k].index < SUMMARY_MAX_PARAMS) {
            int i = fl->keys[k].index;
            fl->completed_returns[i] |= kind;
            /* What the parameters were on every path that completed i. */
            struct guard now = {0};
            for (int j = 0; j < s->guard[k].n; j++)
                if (is_entry_param(fl, s->guard[k].f[j].var))
                    now.f[now.n++] = s->guard[k].f[j];
            if (!(fl->under_seen & (1U << i))) {
                fl->completed_under[i] = now;
                fl->under_seen |= 1U << i;
                continue;
            }
            join_facts(fl->completed_under[i].f, &fl->completed_under[i].n, now.f, now.n);
        }
}

/* Records what this return returns, and under which parameter facts. */
static void note_return_case(struct flow *fl, const struct flow_state *s, const struct ir_block *b)
{
    struct return_case rc = {0};
    if (b->cond.kind == IR_OPND_CONST) {
        rc.known = true;
        rc.value = b->cond.value;
    } else if (b->cond.kind == IR_OPND_VALUE && b->cond.path.nsteps == 0) {
        int v = var_index(fl, &b->cond.path);
        for (int i = 0; v >= 0 && i < s->nfacts; i++)
            if (s->facts[i].var == v && s->facts[i].t.op == VALUE_EQ) {
                rc.known = true;
                rc.value = s->facts[i].t.value;
            }
    } else {
        return; /* void */
    }
    for (int i = 0; i < s->nfacts && rc.when.n < SUMMARY_MAX_TESTS; i++)
        if (is_entry_param(fl, s->facts[i].var)) {
            rc.when.t[rc.when.n].param = s->facts[i].var;
            rc.when.t[rc.when.n].t = s->facts[i].t;
            rc.when.n++;
        }
    struct fn_summary *sum = &fl->sum;
    for (int i = 0; i < sum->nreturns; i++)
        if (return_case_equal(&sum->returns[i], &rc))
            return;
    if (sum->nreturns == SUMMARY_MAX_RETURNS) {
        sum->returns_unknown = true;
        return;
    }
    sum->returns[sum->nreturns++] = rc;
}

static void transfer_block(struct flow *fl, struct flow_state *s, const struct ir_block *b)
{
    for (int i = 0; i < b->ninsts; i++)
        transfer(fl, s, &b->insts[i]);
    if (b->term == IR_TERM_RETURN) {
        /* Unresolved pending completions happen before the return. */
        for (int i = 0; i < s->npending; i++)
            complete(fl, s, s->pending[i].key, s->pending[i].loc, s->pending[i].by);
        s->npending = 0;
        classify_return(fl, s, b);
        note_return_case(fl, s, b);
    }
    if (b->term == IR_TERM_RETURN && b->cond.kind == IR_OPND_VALUE) {
        struct var_state v = operand_state(fl, s, &b->cond, b->term_loc);
        int e = first_bit(v.ext);
        if (e >= 0 && e < fl->nkeys && fl->keys[e].base == IR_BASE_PARAM && fl->sum.returns_ext_of < 0 &&
            fl->keys[e].index < SUMMARY_MAX_PARAMS)
            fl->sum.returns_ext_of = fl->keys[e].index;
        if (v.sg && fl->sum.returns_sg_of < 0) {
            int k = first_bit(v.sg);
            bool param = k >= 0 && k < fl->nkeys && fl->keys[k].base == IR_BASE_PARAM &&
                         fl->keys[k].index < SUMMARY_MAX_PARAMS;
            fl->sum.returns_sg_of = param ? fl->keys[k].index : SUMMARY_MAX_PARAMS;
            fl->sum.returns_at = b->term_loc;
        }
    }
}

/* Whether a branch condition tests a value: +1 if "true" means the value is
 * nonzero, -1 if it means zero, 0 if the condition is something else. Sees
 * through copies, casts, `!v`, `v == 0` and `v != 0`. */
static int tests_value(const struct flow *fl, const struct ir_operand *c, int temp, int depth)
{
    int sense;
    const struct ir_operand *o = model_condition_operand(fl->mf, c, &sense);
    if (depth > 8 || o->kind != IR_OPND_VALUE || o->path.nsteps != 0)
        return 0;
    const struct ir_path *p = &o->path;
    if (p->base == IR_BASE_TEMP && p->index == temp)
        return sense;
    /* `ok = Helper(...); if (!ok)`: a local assigned once stands for its value. */
    if (p->base == IR_BASE_LOCAL && p->index < fl->f->nlocals && fl->assign_count[p->index] == 1 &&
        fl->sole_src[p->index])
        return sense * tests_value(fl, fl->sole_src[p->index], temp, depth + 1);
    return 0;
}

/* The variable whose value a condition compares, seen through copies,
 * casts, `!`, and comparisons with a constant; -1 if it is not one whose
 * facts are kept. *t is what the condition says when it holds. */
static int tested_var(const struct flow *fl, const struct ir_operand *c, struct value_test *t)
{
    const struct ir_operand *o = model_condition_test(fl->mf, c, t);
    if (o->kind != IR_OPND_VALUE || o->path.nsteps != 0 ||
        (o->path.base != IR_BASE_LOCAL && o->path.base != IR_BASE_PARAM && o->path.base != IR_BASE_TEMP))
        return -1;
    int v = var_index(fl, &o->path);
    return v >= 0 && !fl->no_facts[v] ? v : -1;
}

/* Adds a fact, making room by dropping the oldest fact about a temporary
 * (a condition's value, rarely tested twice), else the oldest fact. */
static void push_fact(const struct flow *fl, struct fact *f, int *n, int max, int v, struct value_test t)
{
    for (int i = 0; i < *n; i++)
        if (f[i].var == v && f[i].t.op == t.op && f[i].t.value == t.value)
            return;
    if (*n == max) {
        int drop = 0;
        for (int i = 0; i < *n; i++)
            if (is_temp_var(fl, f[i].var)) {
                drop = i;
                break;
            }
        memmove(&f[drop], &f[drop + 1], (size_t)(max - 1 - drop) * sizeof f[0]);
        (*n)--;
    }
    f[*n].var = v;
    f[*n].t = t;
    (*n)++;
}

/* On the edge where v is known to pass test t: completions guarded by a
 * contradicting fact did not happen on this path, and t becomes a fact.
 * Returns false when what the path already knows about v contradicts t:
 * the edge cannot be taken. */
static bool learn_fact(const struct flow *fl, struct flow_state *s, int v, struct value_test t)
{
    if (v < 0 || fl->no_facts[v])
        return true;
    /* Where a statement may have been lost (an assignment the parser could
     * not read), a contradiction says more about the IR than about the
     * path: the older facts give way instead. */
    int kept = 0;
    for (int i = 0; i < s->nfacts; i++) {
        if (s->facts[i].var == v && !model_test_compatible(&s->facts[i].t, &t)) {
            if (!fl->lossy)
                return false;
            continue;
        }
        s->facts[kept++] = s->facts[i];
    }
    s->nfacts = kept;
    for (int k = 0; k < 64; k++) {
        if (!(s->completed & BIT(k)))
            continue;
        for (int i = 0; i < s->guard[k].n; i++)
            if (s->guard[k].f[i].var == v && !model_test_compatible(&s->guard[k].f[i].t, &t)) {
                s->completed &= ~BIT(k);
                s->broadly &= ~BIT(k);
                s->guard[k].n = 0;
                break;
            }
    }
    /* Every completion still standing on this path now holds with this
     * fact; a temporary's is only needed on the edge that tests it. */
    for (int k = 0; k < 64 && !is_temp_var(fl, v); k++)
        if (s->completed & BIT(k))
            push_fact(fl, s->guard[k].f, &s->guard[k].n, MAX_GUARD, v, t);
    push_fact(fl, s->facts, &s->nfacts, MAX_FACTS, v, t);
    return true;
}

/* Whether variable v is known to be zero (a NULL pointer) on this path. */
static bool known_zero(const struct flow *fl, const struct flow_state *s, int v)
{
    struct value_test nonzero = {VALUE_NE, 0};
    for (int i = 0; v >= 0 && i < s->nfacts; i++)
        if (s->facts[i].var == v && !model_test_compatible(&s->facts[i].t, &nonzero))
            return true;
    (void)fl;
    return false;
}

/* On an edge that tests what a helper returned (`if (MpIsFinal(Status))`):
 * the returns that give such a value say what the arguments were, so
 * `Status` is known past the test. False if no return gives such a value
 * for these arguments. */
static bool learn_from_result(struct flow *fl, struct flow_state *s, int temp, struct value_test test)
{
    const struct ir_inst *call = temp < fl->f->ntemps ? fl->mf->temp_def[temp] : NULL;
    if (!call || call->kind != IR_CALL)
        return true;
    int callee = -1;
    for (int c = 0; c < fl->mf->ncalls_out; c++) {
        const struct model_call *mc = &fl->m->calls[fl->mf->calls_out[c]];
        if (mc->inst != call)
            continue;
        if (callee >= 0)
            return true; /* several possible callees */
        callee = mc->callee;
    }
    if (callee < 0)
        return true;
    const struct fn_summary *sum = &fl->a->summaries[callee];
    if (sum->returns_unknown || sum->nreturns == 0)
        return true;
    struct fact common[SUMMARY_MAX_TESTS];
    int ncommon = 0, alive = 0;
    for (int i = 0; i < sum->nreturns; i++) {
        const struct return_case *rc = &sum->returns[i];
        struct value_test eq = {VALUE_EQ, rc->value};
        if ((rc->known && !model_test_compatible(&eq, &test)) || !arguments_may_pass(fl, s, call, &rc->when))
            continue;
        struct fact when[SUMMARY_MAX_TESTS];
        int n = 0;
        for (int j = 0; j < rc->when.n; j++) {
            when[n].var = rc->when.t[j].param;
            when[n].t = rc->when.t[j].t;
            n++;
        }
        if (alive++ == 0) {
            memcpy(common, when, (size_t)n * sizeof *when);
            ncommon = n;
        } else {
            join_facts(common, &ncommon, when, n);
        }
    }
    if (alive == 0)
        return fl->lossy;
    for (int i = 0; i < ncommon; i++) {
        int v = common[i].var < call->nsrcs ? argument_var(fl, &call->srcs[common[i].var]) : -1;
        if (v >= 0 && !learn_fact(fl, s, v, common[i].t))
            return false;
    }
    return true;
}

/* An operand seen through copies and casts. */
static const struct ir_operand *through_copies(const struct flow *fl, const struct ir_operand *o)
{
    for (int depth = 0; depth < 16 && o->kind == IR_OPND_VALUE && o->path.nsteps == 0 &&
                        o->path.base == IR_BASE_TEMP && o->path.index < fl->f->ntemps;
         depth++) {
        const struct ir_inst *def = fl->mf->temp_def[o->path.index];
        if (!def || (def->kind != IR_ASSIGN && def->kind != IR_CAST) || def->nsrcs != 1)
            break;
        o = &def->srcs[0];
    }
    return o;
}

/* When a branch compares a variable with the address of storage of the
 * miniport's own (`srb == &ext->Local.Srb`): the variable, and in *equal_edge
 * the successor on which they are equal; NULL otherwise. */
static const struct ir_operand *compared_with_own(const struct flow *fl, const struct ir_operand *c, int *equal_edge)
{
    bool negated = false;
    for (int depth = 0; depth < 16; depth++) {
        c = through_copies(fl, c);
        if (c->kind != IR_OPND_VALUE || c->path.nsteps != 0 || c->path.base != IR_BASE_TEMP ||
            c->path.index >= fl->f->ntemps)
            return NULL;
        const struct ir_inst *def = fl->mf->temp_def[c->path.index];
        if (!def || def->kind != IR_COMPUTE || !def->op)
            return NULL;
        if (strcmp(def->op, "!") == 0 && def->nsrcs == 1) {
            c = &def->srcs[0];
            negated = !negated;
            continue;
        }
        bool eq = strcmp(def->op, "==") == 0;
        if ((!eq && strcmp(def->op, "!=") != 0) || def->nsrcs != 2)
            return NULL;
        const struct ir_operand *x = through_copies(fl, &def->srcs[0]), *y = through_copies(fl, &def->srcs[1]);
        if (x->kind == IR_OPND_ADDR) {
            const struct ir_operand *t = x;
            x = y;
            y = t;
        }
        if (y->kind != IR_OPND_ADDR || x->kind != IR_OPND_VALUE || x->path.nsteps != 0)
            return NULL;
        *equal_edge = (eq != negated) ? 0 : 1;
        return x;
    }
    return NULL;
}

/* The state that flows along edge `succ` of block b: pending completions
 * happen on the edges where the callee's result says it completed, and on
 * every edge when the block does not test the result; a tested variable's
 * value becomes a fact. Returns false if the edge cannot be taken. */
static bool edge_state(struct flow *fl, const struct ir_block *b, int succ, struct flow_state *s)
{
    bool feasible = true;
    if (b->term == IR_TERM_BRANCH) {
        struct value_test t;
        int v = tested_var(fl, &b->cond, &t);
        if (v >= 0)
            feasible = learn_fact(fl, s, v, succ == 0 ? t : model_test_negated(t));
        if (v >= 0 && feasible && is_temp_var(fl, v))
            feasible = learn_from_result(fl, s, v - fl->f->nparams - fl->f->nlocals, succ == 0 ? t : model_test_negated(t));
    } else if (b->term == IR_TERM_SWITCH && b->cases) {
        struct value_test t;
        const struct ir_operand *o = model_condition_test(fl->mf, &b->cond, &t);
        int v = o->kind == IR_OPND_VALUE && o->path.nsteps == 0 ? var_index(fl, &o->path) : -1;
        /* Only a plain switch on the value (not on a comparison of it). */
        if (v >= 0 && !fl->no_facts[v] && t.op == VALUE_NE && t.value == 0) {
            int ncases = b->nsuccs - 1;
            if (succ < ncases && b->cases[succ].known) {
                struct value_test eq = {VALUE_EQ, b->cases[succ].value};
                feasible = learn_fact(fl, s, v, eq);
            } else if (succ == ncases && ncases <= 4) {
                /* default: none of the cases, when it is a case block of its own */
                for (int i = 0; i < ncases && feasible; i++)
                    if (b->cases[i].known && b->succs[i] != b->succs[succ]) {
                        struct value_test ne = {VALUE_NE, b->cases[i].value};
                        feasible = learn_fact(fl, s, v, ne);
                    }
            }
        }
    }
    if (!feasible) {
        s->reached = false;
        s->npending = 0;
        return false;
    }
    /* On the edge where the SRB is the miniport's own, what completed it
     * handed nothing back to the port. */
    int equal_edge = -1;
    const struct ir_operand *own = b->term == IR_TERM_BRANCH ? compared_with_own(fl, &b->cond, &equal_edge) : NULL;
    if (own && succ == equal_edge) {
        int v = var_index(fl, &own->path);
        if (v >= 0)
            s->vars[v].own = true;
        int k = key_of(fl, own, 0);
        if (k != UNKNOWN_SRB) {
            s->completed &= ~BIT(k);
            s->broadly &= ~BIT(k);
        }
    }
    for (int i = 0; i < s->npending; i++) {
        const struct pending_completion *p = &s->pending[i];
        int t = b->term == IR_TERM_BRANCH ? tests_value(fl, &b->cond, p->temp, 0) : 0;
        bool completes = true;
        if (t != 0) {
            bool nonzero_on_edge = (succ == 0) == (t > 0);
            completes = nonzero_on_edge == p->when_nonzero;
        }
        if (completes)
            complete(fl, s, p->key, p->loc, p->by);
    }
    s->npending = 0;
    return true;
}

/* Whether a parse error lies inside function f (between its name and its
 * last lowered line, in its file). */
static bool has_parse_error(const struct model_function *mf)
{
    const struct ir_function *f = mf->ir;
    if (!mf->unit || mf->unit->nerrors == 0 || !f->loc.file)
        return false;
    int last = f->loc.line;
    for (int b = 0; b < f->nblocks; b++) {
        const struct ir_block *blk = &f->blocks[b];
        for (int i = 0; i < blk->ninsts; i++)
            if (blk->insts[i].loc.file && strcmp(blk->insts[i].loc.file, f->loc.file) == 0 &&
                blk->insts[i].loc.line > last)
                last = blk->insts[i].loc.line;
        if (blk->term_loc.file && strcmp(blk->term_loc.file, f->loc.file) == 0 && blk->term_loc.line > last)
            last = blk->term_loc.line;
    }
    for (int e = 0; e < mf->unit->nerrors; e++) {
        const struct ir_loc *l = &mf->unit->errors[e].loc;
        if (l->file && strcmp(l->file, f->loc.file) == 0 && l->line >= f->loc.line && l->line <= last + 1)
            return true;
    }
    return false;
}

static void run_function(struct analysis *a, int fi, bool emit)
{
    const struct program_model *m = a->model;
    struct flow fl = {0};
    fl.a = a;
    fl.m = m;
    fl.fi = fi;
    fl.mf = &m->functions[fi];
    fl.f = fl.mf->ir;
    fl.emit = false; /* states are not settled until the fixpoint */
    fl.nvars = fl.f->nparams + fl.f->nlocals + fl.f->ntemps;
    fl.sum.returns_sg_of = -1;
    fl.sum.returns_ext_of = -1;
    fl.assign_count = xcalloc((size_t)fl.f->nlocals + 1, sizeof(int));
    fl.no_facts = xcalloc((size_t)fl.nvars + 1, sizeof(bool));
    fl.param_assigned = xcalloc((size_t)fl.f->nparams + 1, sizeof(bool));
    fl.lossy = has_parse_error(fl.mf);
    fl.sole_src = xcalloc((size_t)fl.f->nlocals + 1, sizeof *fl.sole_src);
    for (int b = 0; b < fl.f->nblocks; b++)
        for (int i = 0; i < fl.f->blocks[b].ninsts; i++) {
            const struct ir_inst *in = &fl.f->blocks[b].insts[i];
            if (in->has_dst && in->dst.base == IR_BASE_LOCAL && in->dst.nsteps == 0 &&
                in->dst.index < fl.f->nlocals) {
                fl.assign_count[in->dst.index]++;
                fl.sole_src[in->dst.index] =
                    (in->kind == IR_ASSIGN || in->kind == IR_CAST) && in->nsrcs > 0 ? &in->srcs[0] : NULL;
            }
            if (in->has_dst && in->dst.base == IR_BASE_PARAM && in->dst.nsteps == 0 && in->dst.index < fl.f->nparams)
                fl.param_assigned[in->dst.index] = true;
            /* A variable whose address is taken may change behind the
             * analysis' back: its value is not followed. */
            for (int j = 0; j < in->nsrcs; j++)
                if (in->srcs[j].kind == IR_OPND_ADDR && var_index(&fl, &in->srcs[j].path) >= 0)
                    fl.no_facts[var_index(&fl, &in->srcs[j].path)] = true;
        }

    int nb = fl.f->nblocks;
    struct flow_state *in_states = xcalloc((size_t)nb + 1, sizeof *in_states);
    for (int b = 0; b < nb; b++)
        state_alloc(&fl, &in_states[b]);
    struct flow_state cur, edge;
    state_alloc(&fl, &cur);
    state_alloc(&fl, &edge);
    in_states[0].reached = true;
    for (int p = 0; p < fl.f->nparams && p < 32; p++)
        in_states[0].vars[p].par = 1U << p;
    /* A callback's HwDeviceExtension parameter is the device extension. */
    for (int c = 0; c < fl.mf->ncontexts; c++) {
        int arg = fl.mf->contexts[c].depth == 0
                      ? ddi_role_device_extension_arg(m->ddi, fl.mf->contexts[c].role)
                      : -1;
        if (arg >= 0 && arg < fl.f->nparams)
            in_states[0].vars[arg].port |= DDI_PORT_DEVICE_EXT;
    }

    /* Worklist to a fixpoint: the lattice is finite and joins only grow. */
    bool *queued = xcalloc((size_t)nb + 1, sizeof(bool));
    int *work = xmalloc(((size_t)nb + 1) * sizeof(int));
    int nwork = 0;
    work[nwork++] = 0;
    queued[0] = true;
    long budget = 200L * nb + 1000;
    while (nwork > 0 && budget-- > 0) {
        int b = work[--nwork];
        queued[b] = false;
        state_copy(&fl, &cur, &in_states[b]);
        transfer_block(&fl, &cur, &fl.f->blocks[b]);
        const struct ir_block *blk = &fl.f->blocks[b];
        for (int s = 0; s < blk->nsuccs; s++) {
            int t = blk->succs[s];
            state_copy(&fl, &edge, &cur);
            edge_state(&fl, blk, s, &edge);
            if (t >= 0 && t < nb && state_join(&fl, &in_states[t], &edge) && !queued[t]) {
                work[nwork++] = t;
                queued[t] = true;
            }
        }
    }
    if (emit) {
        /* One more walk over the settled states records the events once. */
        fl.emit = true;
        for (int b = 0; b < nb; b++) {
            if (!in_states[b].reached)
                continue;
            state_copy(&fl, &cur, &in_states[b]);
            transfer_block(&fl, &cur, &fl.f->blocks[b]);
            for (int s = 0; s < fl.f->blocks[b].nsuccs && cur.npending > 0; s++) {
                state_copy(&fl, &edge, &cur);
                edge_state(&fl, &fl.f->blocks[b], s, &edge);
            }
        }
    }
    free(queued);
    free(work);
    for (int b = 0; b < nb; b++)
        free(in_states[b].vars);
    free(in_states);
    free(cur.vars);
    free(edge.vars);
    free(fl.assign_count);
    free(fl.sole_src);
    free(fl.no_facts);
    free(fl.param_assigned);
    if (!emit) {
        for (int j = 0; j < SUMMARY_MAX_PARAMS; j++) {
            struct param_tests *pt = &fl.sum.completes_if[j];
            pt->n = 0;
            for (int i = 0; fl.sum.completes[j].set && (fl.under_seen & (1U << j)) && i < fl.completed_under[j].n &&
                            pt->n < SUMMARY_MAX_TESTS;
                 i++) {
                pt->t[pt->n].param = fl.completed_under[j].f[i].var;
                pt->t[pt->n].t = fl.completed_under[j].f[i].t;
                pt->n++;
            }
        }
        for (int j = 0; j < SUMMARY_MAX_PARAMS; j++)
            fl.sum.completes_when[j] = !fl.sum.completes[j].set      ? COMPLETES_ALWAYS
                                       : fl.completed_returns[j] == 1 ? COMPLETES_IF_ZERO
                                       : fl.completed_returns[j] == 2 ? COMPLETES_IF_NONZERO
                                                                      : COMPLETES_ALWAYS;
        a->summaries[fi] = fl.sum;
    }
}

static bool facts_equal(const struct summary_fact *x, const struct summary_fact *y, int n)
{
    for (int i = 0; i < n; i++)
        if (x[i].set != y[i].set)
            return false;
    return true;
}

static bool same_tests_and_returns(const struct fn_summary *x, const struct fn_summary *y)
{
    for (int j = 0; j < SUMMARY_MAX_PARAMS; j++)
        if (!param_tests_equal(&x->completes_if[j], &y->completes_if[j]))
            return false;
    if (x->nreturns != y->nreturns || x->returns_unknown != y->returns_unknown)
        return false;
    for (int i = 0; i < x->nreturns; i++)
        if (!return_case_equal(&x->returns[i], &y->returns[i]))
            return false;
    return true;
}

static bool summary_equal(const struct fn_summary *x, const struct fn_summary *y)
{
    return facts_equal(x->completes, y->completes, SUMMARY_MAX_PARAMS) &&
           facts_equal(&x->completes_any, &y->completes_any, 1) &&
           facts_equal(x->releases, y->releases, SUMMARY_MAX_PARAMS) &&
           facts_equal(x->stores, y->stores, SUMMARY_MAX_PARAMS) &&
           facts_equal(x->reads, y->reads, SUMMARY_MAX_PARAMS) &&
           x->returns_sg_of == y->returns_sg_of && x->returns_ext_of == y->returns_ext_of &&
           same_tests_and_returns(x, y) &&
           memcmp(x->completes_when, y->completes_when, sizeof x->completes_when) == 0;
}

/* Tarjan's strongly connected components over the calls: fills order[] with
 * the functions callees first (a component's members together), so one pass
 * in that order sees most callees' summaries settled. Iterative: a call chain
 * thousands deep must not overflow the stack. */
static void callees_first(const struct program_model *m, int *order)
{
    int n = m->nfunctions, norder = 0, counter = 0, nstack = 0, ncall = 0;
    int *index = xcalloc((size_t)n + 1, sizeof *index); /* 0: unvisited, else visit number + 1 */
    int *low = xcalloc((size_t)n + 1, sizeof *low);
    bool *on_stack = xcalloc((size_t)n + 1, sizeof *on_stack);
    int *stack = xcalloc((size_t)n + 1, sizeof *stack);
    int *call_fn = xcalloc((size_t)n + 1, sizeof *call_fn); /* the DFS path: function, next edge */
    int *call_edge = xcalloc((size_t)n + 1, sizeof *call_edge);
    for (int root = 0; root < n; root++) {
        if (index[root])
            continue;
        call_fn[0] = root;
        call_edge[0] = 0;
        ncall = 1;
        index[root] = low[root] = ++counter;
        stack[nstack++] = root;
        on_stack[root] = true;
        while (ncall > 0) {
            int v = call_fn[ncall - 1];
            const struct model_function *mf = &m->functions[v];
            if (call_edge[ncall - 1] < mf->ncalls_out) {
                int w = m->calls[mf->calls_out[call_edge[ncall - 1]++]].callee;
                if (w < 0 || w >= n)
                    continue;
                if (!index[w]) {
                    index[w] = low[w] = ++counter;
                    stack[nstack++] = w;
                    on_stack[w] = true;
                    call_fn[ncall] = w;
                    call_edge[ncall] = 0;
                    ncall++;
                } else if (on_stack[w] && index[w] < low[v]) {
                    low[v] = index[w];
                }
                continue;
            }
            if (low[v] == index[v]) {
                int w;
                do {
                    w = stack[--nstack];
                    on_stack[w] = false;
                    order[norder++] = w;
                } while (w != v);
            }
            ncall--;
            if (ncall > 0 && low[v] < low[call_fn[ncall - 1]])
                low[call_fn[ncall - 1]] = low[v];
        }
    }
    free(index);
    free(low);
    free(on_stack);
    free(stack);
    free(call_fn);
    free(call_edge);
}

/* Summaries to a fixpoint with a worklist: every function runs once,
 * callees first, and again only when the summary of a function it calls
 * changed, or when a field set every function reads grew. The bound per
 * function matches the rounds' cap. */
static void summaries_by_worklist(struct analysis *a)
{
    const struct program_model *m = a->model;
    int n = m->nfunctions;
    int *order = xcalloc((size_t)n + 1, sizeof *order);
    int *position = xcalloc((size_t)n + 1, sizeof *position);
    bool *queued = xcalloc((size_t)n + 1, sizeof *queued); /* by position */
    int *runs = xcalloc((size_t)n + 1, sizeof *runs);
    callees_first(m, order);
    for (int p = 0; p < n; p++) {
        position[order[p]] = p;
        queued[p] = true;
    }
    int cursor = 0; /* no queued position below it */
    while (cursor < n) {
        if (!queued[cursor]) {
            cursor++;
            continue;
        }
        queued[cursor] = false;
        int fi = order[cursor];
        if (runs[fi]++ >= 32)
            continue;
        int pool_fields = a->pool_fields.count, sg_fields = a->sg_fields.count;
        int own_fields = a->own_list_fields.count;
        struct fn_summary before = a->summaries[fi];
        run_function(a, fi, false);
        if (pool_fields != a->pool_fields.count || sg_fields != a->sg_fields.count ||
            own_fields != a->own_list_fields.count) {
            for (int p = 0; p < n; p++)
                queued[p] = true;
            cursor = 0;
        } else if (!summary_equal(&before, &a->summaries[fi])) {
            const struct model_function *mf = &m->functions[fi];
            for (int c = 0; c < mf->ncalls_in; c++) {
                int caller = m->calls[mf->calls_in[c]].caller;
                if (caller < 0 || caller >= n)
                    continue;
                queued[position[caller]] = true;
                if (position[caller] < cursor)
                    cursor = position[caller];
            }
            /* a recursive function reads its own summary */
            queued[position[fi]] = true;
            if (position[fi] < cursor)
                cursor = position[fi];
        }
    }
    free(order);
    free(position);
    free(queued);
    free(runs);
}

bool analysis_summary_equal(const struct fn_summary *x, const struct fn_summary *y)
{
    return summary_equal(x, y);
}

void analysis_init(struct analysis *a, const struct program_model *m)
{
    analysis_init_with(a, m, true);
}

void analysis_init_with(struct analysis *a, const struct program_model *m, bool worklist)
{
    memset(a, 0, sizeof *a);
    a->model = m;
    a->summaries = xcalloc((size_t)m->nfunctions + 1, sizeof *a->summaries);
    for (int i = 0; i < m->nfunctions; i++) {
        a->summaries[i].returns_sg_of = -1;
        a->summaries[i].returns_ext_of = -1;
    }
    if (worklist)
        summaries_by_worklist(a);
    /* Summaries only grow, so rounds until nothing changes terminate; the cap
     * guards against a pathological call graph. */
    for (int round = 0; !worklist && round < 32; round++) {
        int pool_fields = a->pool_fields.count, sg_fields = a->sg_fields.count;
        int own_fields = a->own_list_fields.count;
        bool changed = false;
        for (int i = 0; i < m->nfunctions; i++) {
            struct fn_summary before = a->summaries[i];
            run_function(a, i, false);
            if (!summary_equal(&before, &a->summaries[i]))
                changed = true;
        }
        if (!changed && pool_fields == a->pool_fields.count && sg_fields == a->sg_fields.count &&
            own_fields == a->own_list_fields.count)
            break;
    }
    for (int i = 0; i < m->nfunctions; i++)
        run_function(a, i, true);
}

void analysis_free(struct analysis *a)
{
    for (int i = 0; i < a->nevents; i++) {
        free(a->events[i].what);
        free(a->events[i].target);
        free(a->events[i].srb);
    }
    free(a->events);
    free(a->summaries);
    strlist_free(&a->pool_fields);
    strlist_free(&a->sg_fields);
    strlist_free(&a->own_list_fields);
    memset(a, 0, sizeof *a);
}

void analysis_completion_steps(const struct analysis *a, int from, const char *by, struct finding *f)
{
    for (int depth = 0; by && depth < 8; depth++) {
        int g = model_find_function(a->model, by, a->model->functions[from].unit);
        if (g < 0)
            return;
        from = g;
        const struct fn_summary *sum = &a->summaries[g];
        const struct summary_fact *fact = NULL;
        for (int j = 0; j < SUMMARY_MAX_PARAMS && !fact; j++)
            if (sum->completes[j].set)
                fact = &sum->completes[j];
        if (!fact && sum->completes_any.set)
            fact = &sum->completes_any;
        if (!fact)
            return;
        finding_step(f, fact->loc, "'%s' completes the SRB here, with '%s'", by, fact->via ? fact->via : "?");
        by = fact->via;
    }
}
