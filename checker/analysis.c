/* analysis.c — SG list summaries and the per-function flow pass; see analysis.h. */
#include "analysis.h"

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
#define MAX_FACTS 8

/* "Variable v is nonzero (or zero) here": learnt on the edges of a branch
 * that tests a local flag, forgotten when the flag is assigned. A completion
 * made under such a fact is guarded by it, so that `if (done) complete(s);
 * ... if (done) return;` does not count as completed after the second test. */
struct fact {
    int var;      /* parameter or local, as a state variable index */
    bool nonzero;
};

#define MAX_GUARD 6

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
};

static const char *SG_LIST_TYPE = "STOR_SCATTER_GATHER_LIST";

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

/* Joins src into dst; returns whether dst changed. */
static bool state_join(const struct flow *fl, struct flow_state *dst, const struct flow_state *src)
{
    if (!src->reached)
        return false;
    if (!dst->reached) {
        state_copy(fl, dst, src);
        return true;
    }
    bool changed = false;
    int kept = 0;
    for (int i = 0; i < dst->nfacts; i++) {
        bool in_src = false;
        for (int j = 0; j < src->nfacts; j++)
            in_src = in_src || (src->facts[j].var == dst->facts[i].var &&
                                src->facts[j].nonzero == dst->facts[i].nonzero);
        if (in_src)
            dst->facts[kept++] = dst->facts[i];
    }
    if (kept != dst->nfacts) {
        dst->nfacts = kept;
        changed = true;
    }
    /* A completion on two paths is guarded by what both paths knew. */
    for (int k = 0; k < 64; k++) {
        if (!(src->completed & BIT(k)))
            continue;
        if (!(dst->completed & BIT(k))) {
            dst->guard[k] = src->guard[k];
            continue;
        }
        struct guard *g = &dst->guard[k];
        int n = 0;
        for (int i = 0; i < g->n; i++) {
            bool both = false;
            for (int j = 0; j < src->guard[k].n; j++)
                both = both || (src->guard[k].f[j].var == g->f[i].var &&
                                src->guard[k].f[j].nonzero == g->f[i].nonzero);
            if (both)
                g->f[n++] = g->f[i];
        }
        if (n != g->n) {
            g->n = n;
            changed = true;
        }
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
                              d->pool_long || s->pool_long, d->from_field || s->from_field};
        if (memcmp(&j, d, sizeof j) != 0) {
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

static char *temp_text(const struct flow *fl, int t);

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
    if (!fl->emit || !s->completed)
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
            /* Taking an address (&sgl->List[i]) dereferences nothing. */
            if (access || !last_deref) {
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
                (is_sg_list_pointer(ftype) || is_sg_field(fl->a, st->record, st->field))) {
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
        if (o->path.nsteps == 0)
            return none; /* &local: the address of a variable, not of an SG list */
        struct var_state addr;
        walk_path(fl, s, &o->path, loc, false, &addr);
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
    struct guard g = {0};
    for (int i = s->nfacts - 1; i >= 0 && g.n < MAX_GUARD; i--)
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


static void call_ddi(struct flow *fl, struct flow_state *s, const struct ir_inst *in,
                     const struct ddi_function *d, struct var_state *args, struct var_state *result)
{
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
    if (d->completes >= 0 && d->completes < in->nsrcs) {
        int k = key_of(fl, &in->srcs[d->completes], 0);
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
        } else if (field && long_lived_place(fl, s, field)) {
            add_pool_field(fl->a, field);
        }
    }
    if (d->allocates_return)
        result->pool = true;
    if (d->returns_extension_of >= 0 && d->returns_extension_of < in->nsrcs)
        result->ext |= BIT(key_of(fl, &in->srcs[d->returns_extension_of], 0));
    result->port |= (uint8_t)d->returns_port_memory;
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
            int k = key_of(fl, &in->srcs[j], 0);
            note_completion(fl, k, in->loc, gname);
            if (sum->completes_when[j] != COMPLETES_ALWAYS && in->has_dst &&
                in->dst.base == IR_BASE_TEMP && s->npending < MAX_PENDING) {
                struct pending_completion p = {in->dst.index, k,
                                               sum->completes_when[j] == COMPLETES_IF_NONZERO, in->loc, gname};
                s->pending[s->npending++] = p;
            } else {
                complete(fl, s, k, in->loc, gname);
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
    free(args);
}

/* ---- the pass ---------------------------------------------------------- */

static void learn_flag(struct flow_state *s, int v, bool nonzero);

static void transfer(struct flow *fl, struct flow_state *s, const struct ir_inst *in)
{
    /* `done = TRUE;` is a fact about the flag until it is assigned again. */
    if (in->kind == IR_ASSIGN && in->has_dst && in->dst.nsteps == 0 && in->nsrcs == 1 &&
        in->srcs[0].kind == IR_OPND_CONST && (in->dst.base == IR_BASE_LOCAL || in->dst.base == IR_BASE_PARAM)) {
        store(fl, s, in, (struct var_state){0}, NULL);
        learn_flag(s, var_index(fl, &in->dst), in->srcs[0].value != 0);
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
            val.from_field = val.from_field || v.from_field;
        }
        /* Arithmetic on a pointer keeps its origin; a count or a comparison does not. */
        if (in->kind == IR_COMPUTE && !in->dst.is_pointer)
            memset(&val, 0, sizeof val);
        if (in->has_dst)
            store(fl, s, in, val, in->nsrcs > 0 ? operand_name(fl, &in->srcs[0]) : NULL);
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
        if ((done & BIT(k)) && fl->keys[k].base == IR_BASE_PARAM && fl->keys[k].index < SUMMARY_MAX_PARAMS)
            fl->completed_returns[fl->keys[k].index] |= kind;
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

/* The flag a branch condition tests: a parameter or local (seen through
 * copies, casts, `!v`, `v == 0` and `v != 0`). Returns the state variable
 * and sets *sense to +1 if "true" means the flag is nonzero, -1 if zero. */
static int tested_flag(const struct flow *fl, const struct ir_operand *c, int *sense)
{
    const struct ir_operand *o = model_condition_operand(fl->mf, c, sense);
    if (o->kind != IR_OPND_VALUE || o->path.nsteps != 0 ||
        (o->path.base != IR_BASE_LOCAL && o->path.base != IR_BASE_PARAM))
        return -1;
    return var_index(fl, &o->path);
}

/* On the edge where the flag is known: completions guarded by the opposite
 * value did not happen on this path; and the flag's value becomes a fact. */
static void learn_flag(struct flow_state *s, int v, bool nonzero)
{
    for (int k = 0; k < 64; k++) {
        if (!(s->completed & BIT(k)))
            continue;
        for (int i = 0; i < s->guard[k].n; i++)
            if (s->guard[k].f[i].var == v && s->guard[k].f[i].nonzero != nonzero) {
                s->completed &= ~BIT(k);
                s->broadly &= ~BIT(k);
                s->guard[k].n = 0;
                break;
            }
    }
    forget_facts_only(s, v);
    /* Every completion still standing on this path now holds with this fact. */
    for (int k = 0; k < 64; k++) {
        if (!(s->completed & BIT(k)))
            continue;
        struct guard *g = &s->guard[k];
        guard_drop(g, v);
        if (g->n == MAX_GUARD) {
            memmove(&g->f[0], &g->f[1], (MAX_GUARD - 1) * sizeof g->f[0]);
            g->n--;
        }
        g->f[g->n].var = v;
        g->f[g->n].nonzero = nonzero;
        g->n++;
    }
    if (s->nfacts == MAX_FACTS) {
        memmove(&s->facts[0], &s->facts[1], (MAX_FACTS - 1) * sizeof s->facts[0]);
        s->nfacts--;
    }
    s->facts[s->nfacts].var = v;
    s->facts[s->nfacts].nonzero = nonzero;
    s->nfacts++;
}

/* The state that flows along edge `succ` of block b: pending completions
 * happen on the edges where the callee's result says it completed, and on
 * every edge when the block does not test the result; a tested flag becomes
 * a fact. */
static void edge_state(struct flow *fl, const struct ir_block *b, int succ, struct flow_state *s)
{
    if (b->term == IR_TERM_BRANCH) {
        int sense = 0;
        int v = tested_flag(fl, &b->cond, &sense);
        if (v >= 0)
            learn_flag(s, v, (succ == 0) == (sense > 0));
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
    if (!emit) {
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

static bool summary_equal(const struct fn_summary *x, const struct fn_summary *y)
{
    return facts_equal(x->completes, y->completes, SUMMARY_MAX_PARAMS) &&
           facts_equal(&x->completes_any, &y->completes_any, 1) &&
           facts_equal(x->releases, y->releases, SUMMARY_MAX_PARAMS) &&
           facts_equal(x->stores, y->stores, SUMMARY_MAX_PARAMS) &&
           facts_equal(x->reads, y->reads, SUMMARY_MAX_PARAMS) &&
           x->returns_sg_of == y->returns_sg_of && x->returns_ext_of == y->returns_ext_of &&
           memcmp(x->completes_when, y->completes_when, sizeof x->completes_when) == 0;
}

void analysis_init(struct analysis *a, const struct program_model *m)
{
    memset(a, 0, sizeof *a);
    a->model = m;
    a->summaries = xcalloc((size_t)m->nfunctions + 1, sizeof *a->summaries);
    for (int i = 0; i < m->nfunctions; i++) {
        a->summaries[i].returns_sg_of = -1;
        a->summaries[i].returns_ext_of = -1;
    }
    /* Summaries only grow, so rounds until nothing changes terminate; the cap
     * guards against a pathological call graph. */
    for (int round = 0; round < 32; round++) {
        int pool_fields = a->pool_fields.count, sg_fields = a->sg_fields.count;
        bool changed = false;
        for (int i = 0; i < m->nfunctions; i++) {
            struct fn_summary before = a->summaries[i];
            run_function(a, i, false);
            if (!summary_equal(&before, &a->summaries[i]))
                changed = true;
        }
        if (!changed && pool_fields == a->pool_fields.count && sg_fields == a->sg_fields.count)
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
