/* SPDX-License-Identifier: Apache-2.0 */
/* ir_serial.c — see ir_serial.h.
 *
 * The encoding is private to one build of storcheck (a cache keys its
 * entries with the tool version): little-endian integers, strings as a
 * length (0xFFFFFFFF for NULL) and their bytes, arrays as a count and their
 * items, file names of locations as indexes into the unit's file table.
 */
#include "ir_serial.h"

#include <stdlib.h>
#include <string.h>

#include "guess.h"
#include "util.h"

#define NULL_STR 0xFFFFFFFFu
/* No real unit comes near these; a count past them is corruption. */
#define MAX_COUNT (1u << 26)
#define FORMAT_MAGIC 0x53434952u /* "RICS" */
#define FORMAT_VERSION 3u

void bytes_free(struct bytes *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}

static void put(struct bytes *b, const void *p, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n)
            cap *= 2;
        b->data = xrealloc(b->data, cap);
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

void bytes_put_u32(struct bytes *b, unsigned v)
{
    unsigned char x[4] = {(unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
                          (unsigned char)(v >> 24)};
    put(b, x, 4);
}

void bytes_put_i64(struct bytes *b, long long v)
{
    unsigned long long u = (unsigned long long)v;
    bytes_put_u32(b, (unsigned)(u & 0xFFFFFFFFu));
    bytes_put_u32(b, (unsigned)(u >> 32));
}

void bytes_put_str(struct bytes *b, const char *s)
{
    if (!s) {
        bytes_put_u32(b, NULL_STR);
        return;
    }
    size_t n = strlen(s);
    bytes_put_u32(b, (unsigned)n);
    put(b, s, n);
}

static const unsigned char *take(struct bytes_reader *r, size_t n)
{
    if (r->bad || n > r->left) {
        r->bad = true;
        return NULL;
    }
    const unsigned char *p = r->p;
    r->p += n;
    r->left -= n;
    return p;
}

unsigned bytes_get_u32(struct bytes_reader *r)
{
    const unsigned char *x = take(r, 4);
    return x ? (unsigned)x[0] | (unsigned)x[1] << 8 | (unsigned)x[2] << 16 | (unsigned)x[3] << 24 : 0;
}

long long bytes_get_i64(struct bytes_reader *r)
{
    unsigned long long lo = bytes_get_u32(r), hi = bytes_get_u32(r);
    return (long long)(lo | hi << 32);
}

char *bytes_get_str(struct bytes_reader *r)
{
    unsigned n = bytes_get_u32(r);
    if (r->bad || n == NULL_STR)
        return NULL;
    const unsigned char *p = take(r, n);
    if (!p)
        return NULL;
    if (memchr(p, '\0', n)) { /* a C string cannot hold one: corruption */
        r->bad = true;
        return NULL;
    }
    return xstrndup((const char *)p, n);
}

/* A count of items still to come, each at least `min_size` bytes. */
static int get_count(struct bytes_reader *r, size_t min_size)
{
    unsigned n = bytes_get_u32(r);
    if (r->bad || n > MAX_COUNT || (size_t)n * min_size > r->left) {
        r->bad = true;
        return 0;
    }
    return (int)n;
}

static int get_int(struct bytes_reader *r)
{
    return (int)bytes_get_u32(r);
}

/* ---- writing ------------------------------------------------------------ */

static void put_int(struct bytes *b, int v)
{
    bytes_put_u32(b, (unsigned)v);
}

static void put_file(struct bytes *b, const struct ir_unit *u, const char *file)
{
    if (!file) {
        put_int(b, -1);
        return;
    }
    for (int i = 0; i < u->nfiles; i++)
        if (u->files[i] == file || strcmp(u->files[i], file) == 0) {
            put_int(b, i);
            return;
        }
    put_int(b, -2); /* not interned: carried by name */
    bytes_put_str(b, file);
}

static void put_loc(struct bytes *b, const struct ir_unit *u, const struct ir_loc *l)
{
    put_file(b, u, l->file);
    put_int(b, l->line);
    put_int(b, l->column);
}

static void put_path(struct bytes *b, const struct ir_path *p)
{
    put_int(b, p->base);
    put_int(b, p->index);
    bytes_put_str(b, p->name);
    put_int(b, p->nsteps);
    for (int i = 0; i < p->nsteps; i++) {
        put_int(b, p->steps[i].kind);
        bytes_put_str(b, p->steps[i].field);
        bytes_put_str(b, p->steps[i].record);
    }
    bytes_put_str(b, p->type);
    put_int(b, p->is_pointer);
}

static void put_operand(struct bytes *b, const struct ir_unit *u, const struct ir_operand *o)
{
    put_int(b, o->kind);
    put_loc(b, u, &o->loc);
    put_path(b, &o->path);
    bytes_put_i64(b, o->value);
    bytes_put_str(b, o->name);
    bytes_put_str(b, o->sizeof_type);
}

static void put_vars(struct bytes *b, const struct ir_var *v, int n)
{
    put_int(b, n);
    for (int i = 0; i < n; i++) {
        bytes_put_str(b, v[i].name);
        bytes_put_str(b, v[i].type);
        put_int(b, v[i].is_pointer);
    }
}

static void put_function(struct bytes *b, const struct ir_unit *u, const struct ir_function *f)
{
    bytes_put_str(b, f->name);
    put_int(b, f->is_static);
    put_loc(b, u, &f->loc);
    bytes_put_str(b, f->role_typedef);
    put_vars(b, f->params, f->nparams);
    put_vars(b, f->locals, f->nlocals);
    put_int(b, f->ntemps);
    bytes_put_str(b, f->return_type);
    put_int(b, f->nblocks);
    for (int k = 0; k < f->nblocks; k++) {
        const struct ir_block *blk = &f->blocks[k];
        put_int(b, blk->ninsts);
        for (int i = 0; i < blk->ninsts; i++) {
            const struct ir_inst *in = &blk->insts[i];
            put_int(b, in->kind);
            put_loc(b, u, &in->loc);
            put_int(b, in->has_dst);
            put_path(b, &in->dst);
            put_int(b, in->nsrcs);
            for (int s = 0; s < in->nsrcs; s++)
                put_operand(b, u, &in->srcs[s]);
            bytes_put_str(b, in->callee);
            put_operand(b, u, &in->target);
            bytes_put_str(b, in->op);
        }
        put_int(b, blk->term);
        put_int(b, blk->nsuccs);
        for (int s = 0; s < blk->nsuccs; s++)
            put_int(b, blk->succs[s]);
        /* a switch's labels: one per successor but the last (the default) */
        put_int(b, blk->cases != NULL);
        for (int s = 0; blk->cases && s < blk->nsuccs - 1; s++) {
            put_int(b, blk->cases[s].known);
            bytes_put_i64(b, blk->cases[s].value);
        }
        put_operand(b, u, &blk->cond);
        put_loc(b, u, &blk->term_loc);
    }
}

static void put_diags(struct bytes *b, const struct ir_unit *u, const struct ir_diag *d, int n)
{
    put_int(b, n);
    for (int i = 0; i < n; i++) {
        put_loc(b, u, &d[i].loc);
        put_int(b, d[i].severity);
        bytes_put_str(b, d[i].message);
    }
}

void ir_unit_write(const struct ir_unit *u, struct bytes *b)
{
    bytes_put_u32(b, FORMAT_MAGIC);
    bytes_put_u32(b, FORMAT_VERSION);
    bytes_put_str(b, u->path);
    put_int(b, u->nfiles);
    for (int i = 0; i < u->nfiles; i++)
        bytes_put_str(b, u->files[i]);
    put_int(b, u->nfunctions);
    for (int i = 0; i < u->nfunctions; i++)
        put_function(b, u, &u->functions[i]);
    put_int(b, u->global_init != NULL);
    if (u->global_init)
        put_function(b, u, u->global_init);
    put_int(b, u->nrole_decls);
    for (int i = 0; i < u->nrole_decls; i++) {
        bytes_put_str(b, u->role_decls[i].function);
        bytes_put_str(b, u->role_decls[i].role_typedef);
        put_loc(b, u, &u->role_decls[i].loc);
    }
    put_int(b, u->nrecords);
    for (int i = 0; i < u->nrecords; i++) {
        bytes_put_str(b, u->records[i].name);
        put_int(b, u->records[i].nfields);
        for (int j = 0; j < u->records[i].nfields; j++) {
            const struct ir_field *fl = &u->records[i].fields[j];
            bytes_put_str(b, fl->name);
            bytes_put_str(b, fl->type);
            bytes_put_str(b, fl->record);
            put_int(b, fl->is_pointer);
        }
    }
    put_int(b, u->nglobals);
    for (int i = 0; i < u->nglobals; i++) {
        bytes_put_str(b, u->globals[i].name);
        bytes_put_str(b, u->globals[i].type);
        put_int(b, u->globals[i].is_static);
        put_int(b, u->globals[i].is_definition);
        put_loc(b, u, &u->globals[i].loc);
    }
    put_diags(b, u, u->errors, u->nerrors);
    put_diags(b, u, u->tolerated, u->ntolerated);
    put_int(b, u->nwarnings);
    put_int(b, u->nstubbed);
    for (int i = 0; i < u->nstubbed; i++)
        bytes_put_str(b, u->stubbed[i]);
    put_int(b, u->nguesses);
    for (int i = 0; i < u->nguesses; i++) {
        bytes_put_str(b, u->guesses[i].name);
        bytes_put_str(b, u->guesses[i].kind);
        put_loc(b, u, &u->guesses[i].loc);
    }
    put_int(b, u->parse_failed);
    bytes_put_str(b, u->failure);
}

/* ---- reading ------------------------------------------------------------ */

static const char *get_file(struct bytes_reader *r, struct ir_unit *u)
{
    int i = get_int(r);
    if (i == -1)
        return NULL;
    if (i == -2) {
        char *name = bytes_get_str(r);
        const char *f = name ? ir_intern_file(u, name) : NULL;
        free(name);
        return f;
    }
    if (i < 0 || i >= u->nfiles) {
        r->bad = true;
        return NULL;
    }
    return u->files[i];
}

static void get_loc(struct bytes_reader *r, struct ir_unit *u, struct ir_loc *l)
{
    l->file = get_file(r, u);
    l->line = get_int(r);
    l->column = get_int(r);
}

/* Enumerations are checked: a value out of range would index tables downstream. */
static int get_enum(struct bytes_reader *r, int max)
{
    int v = get_int(r);
    if (v < 0 || v > max) {
        r->bad = true;
        return 0;
    }
    return v;
}

static bool get_bool(struct bytes_reader *r)
{
    return get_enum(r, 1) != 0;
}

static void get_path(struct bytes_reader *r, struct ir_path *p)
{
    p->base = (enum ir_base)get_enum(r, IR_BASE_FUNC);
    p->index = get_int(r);
    p->name = bytes_get_str(r);
    int n = get_count(r, 12);
    if (n) {
        p->steps = xcalloc((size_t)n, sizeof *p->steps);
        p->nsteps = n;
        for (int i = 0; i < n && !r->bad; i++) {
            p->steps[i].kind = (enum ir_step_kind)get_enum(r, IR_STEP_INDEX);
            p->steps[i].field = bytes_get_str(r);
            p->steps[i].record = bytes_get_str(r);
        }
    }
    p->type = bytes_get_str(r);
    p->is_pointer = get_bool(r);
}

static void get_operand(struct bytes_reader *r, struct ir_unit *u, struct ir_operand *o)
{
    o->kind = (enum ir_operand_kind)get_enum(r, IR_OPND_CONST);
    get_loc(r, u, &o->loc);
    get_path(r, &o->path);
    o->value = bytes_get_i64(r);
    o->name = bytes_get_str(r);
    o->sizeof_type = bytes_get_str(r);
}

static struct ir_var *get_vars(struct bytes_reader *r, int *n)
{
    *n = get_count(r, 12);
    struct ir_var *v = *n ? xcalloc((size_t)*n, sizeof *v) : NULL;
    for (int i = 0; i < *n && !r->bad; i++) {
        v[i].name = bytes_get_str(r);
        v[i].type = bytes_get_str(r);
        v[i].is_pointer = get_bool(r);
    }
    return v;
}

static void get_function(struct bytes_reader *r, struct ir_unit *u, struct ir_function *f)
{
    f->name = bytes_get_str(r);
    f->is_static = get_bool(r);
    get_loc(r, u, &f->loc);
    f->role_typedef = bytes_get_str(r);
    f->params = get_vars(r, &f->nparams);
    f->locals = get_vars(r, &f->nlocals);
    f->ntemps = get_int(r);
    f->return_type = bytes_get_str(r);
    int nb = get_count(r, 4);
    f->blocks = nb ? xcalloc((size_t)nb, sizeof *f->blocks) : NULL;
    f->nblocks = nb;
    for (int k = 0; k < nb && !r->bad; k++) {
        struct ir_block *blk = &f->blocks[k];
        int ni = get_count(r, 16);
        blk->insts = ni ? xcalloc((size_t)ni, sizeof *blk->insts) : NULL;
        blk->ninsts = blk->cap = ni;
        for (int i = 0; i < ni && !r->bad; i++) {
            struct ir_inst *in = &blk->insts[i];
            in->kind = (enum ir_inst_kind)get_enum(r, IR_USE);
            get_loc(r, u, &in->loc);
            in->has_dst = get_bool(r);
            get_path(r, &in->dst);
            int ns = get_count(r, 16);
            in->srcs = ns ? xcalloc((size_t)ns, sizeof *in->srcs) : NULL;
            in->nsrcs = ns;
            for (int s = 0; s < ns && !r->bad; s++)
                get_operand(r, u, &in->srcs[s]);
            in->callee = bytes_get_str(r);
            get_operand(r, u, &in->target);
            in->op = bytes_get_str(r);
        }
        blk->term = (enum ir_term_kind)get_enum(r, IR_TERM_RETURN);
        int nsucc = get_count(r, 4);
        blk->succs = nsucc ? xcalloc((size_t)nsucc, sizeof *blk->succs) : NULL;
        blk->nsuccs = nsucc;
        for (int s = 0; s < nsucc && !r->bad; s++) {
            blk->succs[s] = get_int(r);
            if (blk->succs[s] < 0 || blk->succs[s] >= nb)
                r->bad = true; /* a successor outside the function would be followed blindly */
        }
        if (get_bool(r) && nsucc > 0) {
            blk->cases = xcalloc((size_t)nsucc, sizeof *blk->cases);
            for (int s = 0; s < nsucc - 1 && !r->bad; s++) {
                blk->cases[s].known = get_bool(r);
                blk->cases[s].value = bytes_get_i64(r);
            }
        }
        get_operand(r, u, &blk->cond);
        get_loc(r, u, &blk->term_loc);
    }
}

static struct ir_diag *get_diags(struct bytes_reader *r, struct ir_unit *u, int *n)
{
    *n = get_count(r, 20);
    struct ir_diag *d = *n ? xcalloc((size_t)*n, sizeof *d) : NULL;
    for (int i = 0; i < *n && !r->bad; i++) {
        get_loc(r, u, &d[i].loc);
        d[i].severity = get_int(r);
        d[i].message = bytes_get_str(r);
    }
    return d;
}

int ir_unit_read(struct bytes_reader *r, struct ir_unit *u)
{
    memset(u, 0, sizeof *u);
    if (bytes_get_u32(r) != FORMAT_MAGIC || bytes_get_u32(r) != FORMAT_VERSION)
        r->bad = true;
    if (!r->bad) {
        u->path = bytes_get_str(r);
        int nf = get_count(r, 4);
        for (int i = 0; i < nf && !r->bad; i++) {
            char *name = bytes_get_str(r);
            if (!name) {
                r->bad = true;
                break;
            }
            VEC_PUSH(u->files, u->nfiles, u->files_cap, name);
        }
        int n = get_count(r, 16);
        u->functions = n ? xcalloc((size_t)n, sizeof *u->functions) : NULL;
        u->nfunctions = u->functions_cap = n;
        for (int i = 0; i < n && !r->bad; i++)
            get_function(r, u, &u->functions[i]);
        if (get_bool(r)) {
            u->global_init = xcalloc(1, sizeof *u->global_init);
            get_function(r, u, u->global_init);
        }
        n = get_count(r, 20);
        u->role_decls = n ? xcalloc((size_t)n, sizeof *u->role_decls) : NULL;
        u->nrole_decls = u->role_decls_cap = n;
        for (int i = 0; i < n && !r->bad; i++) {
            u->role_decls[i].function = bytes_get_str(r);
            u->role_decls[i].role_typedef = bytes_get_str(r);
            get_loc(r, u, &u->role_decls[i].loc);
        }
        n = get_count(r, 8);
        u->records = n ? xcalloc((size_t)n, sizeof *u->records) : NULL;
        u->nrecords = u->records_cap = n;
        for (int i = 0; i < n && !r->bad; i++) {
            struct ir_record *rec = &u->records[i];
            rec->name = bytes_get_str(r);
            int nfl = get_count(r, 16);
            rec->fields = nfl ? xcalloc((size_t)nfl, sizeof *rec->fields) : NULL;
            rec->nfields = nfl;
            for (int j = 0; j < nfl && !r->bad; j++) {
                rec->fields[j].name = bytes_get_str(r);
                rec->fields[j].type = bytes_get_str(r);
                rec->fields[j].record = bytes_get_str(r);
                rec->fields[j].is_pointer = get_bool(r);
            }
        }
        n = get_count(r, 28);
        u->globals = n ? xcalloc((size_t)n, sizeof *u->globals) : NULL;
        u->nglobals = u->globals_cap = n;
        for (int i = 0; i < n && !r->bad; i++) {
            u->globals[i].name = bytes_get_str(r);
            u->globals[i].type = bytes_get_str(r);
            u->globals[i].is_static = get_bool(r);
            u->globals[i].is_definition = get_bool(r);
            get_loc(r, u, &u->globals[i].loc);
        }
        u->errors = get_diags(r, u, &u->nerrors);
        u->errors_cap = u->nerrors;
        u->tolerated = get_diags(r, u, &u->ntolerated);
        u->tolerated_cap = u->ntolerated;
        u->nwarnings = get_int(r);
        n = get_count(r, 4);
        u->stubbed = n ? xcalloc((size_t)n, sizeof *u->stubbed) : NULL;
        u->nstubbed = u->stubbed_cap = n;
        for (int i = 0; i < n && !r->bad; i++)
            u->stubbed[i] = bytes_get_str(r);
        n = get_count(r, 20);
        u->guesses = n ? xcalloc((size_t)n, sizeof *u->guesses) : NULL;
        u->nguesses = u->guesses_cap = n;
        for (int i = 0; i < n && !r->bad; i++) {
            u->guesses[i].name = bytes_get_str(r);
            char *kind = bytes_get_str(r);
            u->guesses[i].kind = kind ? guess_kind_intern(kind) : NULL;
            if (!u->guesses[i].kind)
                r->bad = true; /* a kind this build does not know */
            free(kind);
            get_loc(r, u, &u->guesses[i].loc);
        }
        u->parse_failed = get_bool(r);
        u->failure = bytes_get_str(r);
    }
    if (r->bad) {
        ir_unit_free(u);
        memset(u, 0, sizeof *u);
        return -1;
    }
    return 0;
}
