/* SPDX-License-Identifier: Apache-2.0 */
/* frontend.c — libclang parsing and lowering to the IR; see frontend.h.
 *
 * Lowering walks the syntactic cursor tree. libclang hides implicit casts and
 * parentheses behind "unexposed" cursors, and drops null children (a `for`
 * with no init), so the code below looks through the former and recovers the
 * latter from token positions. Every CXString is copied and disposed at once.
 */
#define _GNU_SOURCE
#include "frontend.h"

#include <clang-c/Index.h>
#include <dirent.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "guess.h"
#include "util.h"

struct frontend {
    CXIndex index;
};

struct frontend *frontend_new(void)
{
    struct frontend *fe = xcalloc(1, sizeof *fe);
    fe->index = clang_createIndex(0, 0);
    return fe;
}

void frontend_free(struct frontend *fe)
{
    if (!fe)
        return;
    clang_disposeIndex(fe->index);
    free(fe);
}

char *frontend_clang_version(void)
{
    CXString s = clang_getClangVersion();
    char *r = xstrdup(clang_getCString(s));
    clang_disposeString(s);
    return r;
}

/* clang finds its own headers (stddef.h, stdarg.h, intrin.h) next to the
 * library: <libdir>/clang/<major>/include. The include planner must know the
 * folder too, or it would replace them with empty stand-ins. */
static char *resource_dir;
static pthread_once_t resource_once = PTHREAD_ONCE_INIT;

static char *find_resource_include_dir(void);

static void compute_resource_dir(void)
{
    resource_dir = find_resource_include_dir();
}

/* Found once per process: every unit asks for it twice. */
char *frontend_resource_include_dir(void)
{
    pthread_once(&resource_once, compute_resource_dir);
    return resource_dir ? xstrdup(resource_dir) : NULL;
}

static char *find_resource_include_dir(void)
{
    Dl_info info;
    if (!dladdr((void *)clang_getClangVersion, &info) || !info.dli_fname)
        return NULL;
    char *lib = path_dirname(info.dli_fname);
    char *clangdir = path_join(lib, "clang");
    free(lib);
    char *found = NULL;
    DIR *d = opendir(clangdir);
    if (d) {
        struct dirent *e;
        while (!found && (e = readdir(d))) {
            if (e->d_name[0] == '.')
                continue;
            char *inc = xasprintf("%s/%s/include", clangdir, e->d_name);
            char *probe = path_join(inc, "stddef.h");
            if (path_is_file(probe))
                found = inc;
            else
                free(inc);
            free(probe);
        }
        closedir(d);
    }
    free(clangdir);
    return found;
}

/* ---- small libclang helpers -------------------------------------------- */

static char *take(CXString s)
{
    const char *c = clang_getCString(s);
    char *r = xstrdup(c ? c : "");
    clang_disposeString(s);
    return r;
}

static char *cursor_spelling(CXCursor c)
{
    return take(clang_getCursorSpelling(c));
}

static char *type_spelling(CXType t)
{
    return take(clang_getTypeSpelling(clang_getCanonicalType(t)));
}

static bool is_array(CXType t)
{
    CXType c = clang_getCanonicalType(t);
    return c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray ||
           c.kind == CXType_VariableArray || c.kind == CXType_DependentSizedArray;
}

static bool type_is_pointer(CXType t)
{
    return clang_getCanonicalType(t).kind == CXType_Pointer || is_array(t);
}

/* The record type held by value in t (arrays of records count), or an invalid type. */
static CXType record_of(CXType t)
{
    CXType c = clang_getCanonicalType(t);
    while (c.kind == CXType_ConstantArray || c.kind == CXType_IncompleteArray)
        c = clang_getCanonicalType(clang_getArrayElementType(c));
    if (c.kind == CXType_Record)
        return c;
    CXType none = {0};
    return none;
}

struct children {
    CXCursor *items;
    int count, cap;
};

static enum CXChildVisitResult collect_child(CXCursor c, CXCursor parent, CXClientData data)
{
    struct children *ch = data;
    VEC_PUSH(ch->items, ch->count, ch->cap, c);
    return CXChildVisit_Continue;
}

static struct children children_of(CXCursor c)
{
    struct children ch = {0};
    clang_visitChildren(c, collect_child, &ch);
    return ch;
}

static bool is_expr_kind(enum CXCursorKind k)
{
    return clang_isExpression(k) != 0;
}

/* The last child that is an expression (a cast's operand, a declaration's
 * initializer, after any type references); false if there is none. */
static bool last_expr_child(CXCursor c, CXCursor *out)
{
    struct children ch = children_of(c);
    bool have = false;
    for (int i = 0; i < ch.count; i++)
        if (is_expr_kind(clang_getCursorKind(ch.items[i]))) {
            *out = ch.items[i];
            have = true;
        }
    free(ch.items);
    return have;
}

/* Looks through parentheses and implicit conversions. */
static CXCursor strip(CXCursor c)
{
    for (;;) {
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr)
            return c;
        struct children ch = children_of(c);
        if (ch.count != 1) {
            free(ch.items);
            return c;
        }
        CXCursor inner = ch.items[0];
        free(ch.items);
        if (!is_expr_kind(clang_getCursorKind(inner)))
            return c;
        c = inner;
    }
}

static unsigned offset_of(CXSourceLocation loc)
{
    unsigned off = 0;
    clang_getFileLocation(loc, NULL, NULL, NULL, &off);
    return off;
}

/* ---- lowering state ---------------------------------------------------- */

struct local_binding {
    CXCursor decl;
    int index;       /* -1 for a static local, which lowers to a global */
    char *global;    /* "func::var" for a static local */
};

struct label {
    char *name;
    int block;
};

struct loop_ctx {
    int break_to, continue_to; /* continue_to < 0 inside a switch */
};

struct switch_ctx {
    int dispatch;
    int *targets; /* case blocks */
    struct ir_case *labels; /* the value of each, when constant */
    int count, cap;
    int default_block;
};

struct lowerer {
    struct ir_unit *unit;
    struct ir_function *fn;
    int fn_cap_locals, fn_cap_blocks;
    int cur; /* current block */
    struct local_binding *bindings;
    int nbindings, bindings_cap;
    struct label *labels;
    int nlabels, labels_cap;
    struct loop_ctx *loops;
    int nloops, loops_cap;
    struct switch_ctx *switches;
    int nswitches, switches_cap;
    CXCursor fn_cursor;
    int depth;           /* statements and expressions being lowered, nested */
    bool too_deep;       /* the limit was hit in this function (reported once) */
};

/* Lowering recurses as deep as the source nests. Deeper than this, the rest
 * of the construct is not lowered and the unit carries an error naming the
 * place, rather than the process running out of stack on hostile input. */
#define MAX_LOWERING_DEPTH 2000

static bool enter(struct lowerer *lw, CXCursor c);

static struct ir_loc loc_of(struct lowerer *lw, CXCursor c);

/* Counts one more level of nesting; false (and an error on the unit, once
 * per function) past MAX_LOWERING_DEPTH. Every call is paired with
 * lw->depth-- by the caller. */
static bool enter(struct lowerer *lw, CXCursor c)
{
    if (++lw->depth <= MAX_LOWERING_DEPTH)
        return true;
    if (!lw->too_deep) {
        lw->too_deep = true;
        struct ir_unit *u = lw->unit;
        VEC_GROW(u->errors, u->nerrors, u->errors_cap);
        struct ir_diag *e = &u->errors[u->nerrors++];
        memset(e, 0, sizeof *e);
        e->loc = loc_of(lw, c);
        e->severity = 3;
        e->message = xasprintf("code nested deeper than %d levels; storcheck does not analyse the rest of "
                               "this function",
                               MAX_LOWERING_DEPTH);
    }
    return false;
}

static struct ir_loc loc_of(struct lowerer *lw, CXCursor c)
{
    CXSourceLocation sl = clang_getCursorLocation(c);
    CXFile file;
    unsigned line, col;
    clang_getExpansionLocation(sl, &file, &line, &col, NULL);
    struct ir_loc loc = {0};
    if (file) {
        char *name = take(clang_getFileName(file));
        loc.file = ir_intern_file(lw->unit, name);
        free(name);
    }
    loc.line = (int)line;
    loc.column = (int)col;
    return loc;
}

static int new_block(struct lowerer *lw)
{
    struct ir_function *f = lw->fn;
    if (f->nblocks >= lw->fn_cap_blocks) {
        lw->fn_cap_blocks = lw->fn_cap_blocks ? lw->fn_cap_blocks * 2 : 16;
        f->blocks = xrealloc(f->blocks, (size_t)lw->fn_cap_blocks * sizeof *f->blocks);
    }
    struct ir_block *b = &f->blocks[f->nblocks];
    memset(b, 0, sizeof *b);
    b->term = IR_TERM_GOTO;
    b->nsuccs = -1; /* open: not yet terminated */
    return f->nblocks++;
}

static struct ir_block *block(struct lowerer *lw, int i)
{
    return &lw->fn->blocks[i];
}

static void terminate_goto(struct lowerer *lw, int from, int to)
{
    struct ir_block *b = block(lw, from);
    if (b->nsuccs >= 0)
        return;
    b->term = IR_TERM_GOTO;
    b->succs = xmalloc(sizeof(int));
    b->succs[0] = to;
    b->nsuccs = 1;
}

static void terminate_branch(struct lowerer *lw, struct ir_operand cond, struct ir_loc loc,
                             int yes, int no)
{
    struct ir_block *b = block(lw, lw->cur);
    b->term = IR_TERM_BRANCH;
    b->cond = cond;
    b->term_loc = loc;
    b->succs = xmalloc(2 * sizeof(int));
    b->succs[0] = yes;
    b->succs[1] = no;
    b->nsuccs = 2;
}

static struct ir_inst *emit(struct lowerer *lw, enum ir_inst_kind kind, struct ir_loc loc)
{
    struct ir_block *b = block(lw, lw->cur);
    VEC_GROW(b->insts, b->ninsts, b->cap);
    struct ir_inst *in = &b->insts[b->ninsts++];
    memset(in, 0, sizeof *in);
    in->kind = kind;
    in->loc = loc;
    return in;
}

static void add_src(struct ir_inst *in, struct ir_operand o)
{
    in->srcs = xrealloc(in->srcs, (size_t)(in->nsrcs + 1) * sizeof *in->srcs);
    in->srcs[in->nsrcs++] = o;
}

static struct ir_path new_temp(struct lowerer *lw, CXType t)
{
    struct ir_path p = {0};
    p.base = IR_BASE_TEMP;
    p.index = lw->fn->ntemps++;
    p.type = type_spelling(t);
    p.is_pointer = type_is_pointer(t);
    return p;
}

static void path_push(struct ir_path *p, enum ir_step_kind kind, const char *field, const char *record)
{
    p->steps = xrealloc(p->steps, (size_t)(p->nsteps + 1) * sizeof *p->steps);
    struct ir_step *s = &p->steps[p->nsteps++];
    s->kind = kind;
    s->field = field ? xstrdup(field) : NULL;
    s->record = record ? xstrdup(record) : NULL;
}

static void path_set_type(struct ir_path *p, CXType t)
{
    free(p->type);
    p->type = type_spelling(t);
    p->is_pointer = type_is_pointer(t);
}

static struct ir_operand const_operand(long long v)
{
    struct ir_operand o = {0};
    o.kind = IR_OPND_CONST;
    o.value = v;
    return o;
}

/* ---- variables --------------------------------------------------------- */

static struct local_binding *find_binding(struct lowerer *lw, CXCursor decl)
{
    for (int i = lw->nbindings - 1; i >= 0; i--)
        if (clang_equalCursors(lw->bindings[i].decl, decl))
            return &lw->bindings[i];
    return NULL;
}

static struct local_binding *bind_local(struct lowerer *lw, CXCursor decl)
{
    struct local_binding b = {0};
    b.decl = decl;
    char *name = cursor_spelling(decl);
    if (clang_Cursor_getStorageClass(decl) == CX_SC_Static) {
        b.index = -1;
        b.global = xasprintf("%s::%s", lw->fn->name, name);
        free(name);
    } else {
        struct ir_function *f = lw->fn;
        if (f->nlocals >= lw->fn_cap_locals) {
            lw->fn_cap_locals = lw->fn_cap_locals ? lw->fn_cap_locals * 2 : 8;
            f->locals = xrealloc(f->locals, (size_t)lw->fn_cap_locals * sizeof *f->locals);
        }
        CXType t = clang_getCursorType(decl);
        f->locals[f->nlocals].name = name;
        f->locals[f->nlocals].type = type_spelling(t);
        f->locals[f->nlocals].is_pointer = type_is_pointer(t);
        b.index = f->nlocals++;
    }
    VEC_PUSH(lw->bindings, lw->nbindings, lw->bindings_cap, b);
    return &lw->bindings[lw->nbindings - 1];
}

static int param_index(struct lowerer *lw, CXCursor decl)
{
    int n = clang_Cursor_getNumArguments(lw->fn_cursor);
    for (int i = 0; i < n; i++)
        if (clang_equalCursors(clang_Cursor_getArgument(lw->fn_cursor, (unsigned)i), decl))
            return i;
    return -1;
}

/* ---- expressions ------------------------------------------------------- */

static struct ir_operand lower_expr(struct lowerer *lw, CXCursor e);
static void lower_stmt(struct lowerer *lw, CXCursor s);

/* An operand's value as a path that can be dereferenced: a VALUE operand is
 * already one; anything else is first copied into a temporary. */
static struct ir_path value_path(struct lowerer *lw, struct ir_operand o, CXCursor e)
{
    if (o.kind == IR_OPND_VALUE) {
        struct ir_path p = o.path;
        free(o.name);
        free(o.sizeof_type);
        return p;
    }
    struct ir_path t = new_temp(lw, clang_getCursorType(e));
    struct ir_inst *in = emit(lw, IR_ASSIGN, loc_of(lw, e));
    in->has_dst = true;
    in->dst = ir_path_copy(&t);
    add_src(in, o);
    return t;
}

/* The storage location an lvalue expression designates. */
static bool lower_lvalue(struct lowerer *lw, CXCursor e, struct ir_path *out)
{
    e = strip(e);
    enum CXCursorKind k = clang_getCursorKind(e);
    memset(out, 0, sizeof *out);
    if (k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        enum CXCursorKind dk = clang_getCursorKind(d);
        if (dk == CXCursor_ParmDecl) {
            int i = param_index(lw, d);
            if (i >= 0) {
                out->base = IR_BASE_PARAM;
                out->index = i;
                out->name = cursor_spelling(d);
            }
        } else if (dk == CXCursor_VarDecl) {
            struct local_binding *b = find_binding(lw, d);
            if (b && b->index >= 0) {
                out->base = IR_BASE_LOCAL;
                out->index = b->index;
                out->name = xstrdup(lw->fn->locals[b->index].name);
            } else if (b) {
                out->base = IR_BASE_GLOBAL;
                out->name = xstrdup(b->global);
            } else {
                out->base = IR_BASE_GLOBAL;
                out->name = cursor_spelling(d);
            }
        } else if (dk == CXCursor_FunctionDecl) {
            out->base = IR_BASE_FUNC;
            out->name = cursor_spelling(d);
        }
        if (out->base == IR_BASE_NONE)
            return false;
        path_set_type(out, clang_getCursorType(e));
        return true;
    }
    if (k == CXCursor_MemberRefExpr) {
        CXCursor base = {0};
        bool have_base = last_expr_child(e, &base);
        CXCursor field = clang_getCursorReferenced(e);
        char *fname = cursor_spelling(e);
        char *record = type_spelling(clang_getCursorType(clang_getCursorSemanticParent(field)));
        bool ok = false;
        if (have_base) {
            CXType bt = clang_getCanonicalType(clang_getCursorType(base));
            if (bt.kind == CXType_Pointer) {
                struct ir_operand bo = lower_expr(lw, base);
                *out = value_path(lw, bo, base);
                path_push(out, IR_STEP_DEREF, NULL, NULL);
                ok = true;
            } else {
                ok = lower_lvalue(lw, base, out);
                if (!ok) {
                    struct ir_operand bo = lower_expr(lw, base);
                    *out = value_path(lw, bo, base);
                    ok = true;
                }
            }
        }
        if (ok) {
            path_push(out, IR_STEP_FIELD, fname, record);
            path_set_type(out, clang_getCursorType(e));
        }
        free(fname);
        free(record);
        return ok;
    }
    if (k == CXCursor_ArraySubscriptExpr) {
        struct children ch = children_of(e);
        bool ok = false;
        if (ch.count == 2) {
            CXCursor base = ch.items[0], idx = ch.items[1];
            struct ir_operand io = lower_expr(lw, idx);
            if (io.kind == IR_OPND_VALUE) {
                struct ir_inst *in = emit(lw, IR_USE, loc_of(lw, idx));
                add_src(in, io);
            } else {
                ir_operand_free(&io);
            }
            CXType bt = clang_getCanonicalType(clang_getCursorType(strip(base)));
            if (bt.kind == CXType_Pointer) {
                struct ir_operand bo = lower_expr(lw, base);
                *out = value_path(lw, bo, base);
                path_push(out, IR_STEP_DEREF, NULL, NULL);
                ok = true;
            } else if (lower_lvalue(lw, base, out)) {
                path_push(out, IR_STEP_INDEX, NULL, NULL);
                ok = true;
            }
            if (ok)
                path_set_type(out, clang_getCursorType(e));
        }
        free(ch.items);
        return ok;
    }
    if (k == CXCursor_UnaryOperator &&
        clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_Deref) {
        struct children ch = children_of(e);
        bool ok = false;
        if (ch.count == 1) {
            struct ir_operand o = lower_expr(lw, ch.items[0]);
            *out = value_path(lw, o, ch.items[0]);
            path_push(out, IR_STEP_DEREF, NULL, NULL);
            path_set_type(out, clang_getCursorType(e));
            ok = true;
        }
        free(ch.items);
        return ok;
    }
    return false;
}

static struct ir_operand lower_call(struct lowerer *lw, CXCursor e)
{
    struct ir_loc loc = loc_of(lw, e);
    struct children ch = children_of(e);
    char *callee = NULL;
    struct ir_operand target = {0};
    if (ch.count > 0) {
        CXCursor c = strip(ch.items[0]);
        CXCursor d = clang_getCursorReferenced(c);
        if (clang_getCursorKind(c) == CXCursor_DeclRefExpr &&
            clang_getCursorKind(d) == CXCursor_FunctionDecl)
            callee = cursor_spelling(d);
        else
            target = lower_expr(lw, ch.items[0]);
    }
    free(ch.items);
    int nargs = clang_Cursor_getNumArguments(e);
    struct ir_operand *args = nargs > 0 ? xcalloc((size_t)nargs, sizeof *args) : NULL;
    for (int i = 0; i < nargs; i++)
        args[i] = lower_expr(lw, clang_Cursor_getArgument(e, (unsigned)i));
    struct ir_inst *in = emit(lw, IR_CALL, loc);
    in->callee = callee;
    in->target = target;
    in->srcs = args;
    in->nsrcs = nargs > 0 ? nargs : 0;
    CXType rt = clang_getCursorType(e);
    if (clang_getCanonicalType(rt).kind == CXType_Void)
        return (struct ir_operand){0};
    in->has_dst = true;
    in->dst = new_temp(lw, rt);
    struct ir_operand r = {0};
    r.kind = IR_OPND_VALUE;
    r.path = ir_path_copy(&in->dst);
    return r;
}

static struct ir_operand compute(struct lowerer *lw, CXCursor e, const char *op,
                                 struct ir_operand *srcs, int n)
{
    struct ir_inst *in = emit(lw, IR_COMPUTE, loc_of(lw, e));
    in->op = xstrdup(op);
    for (int i = 0; i < n; i++) {
        if (srcs[i].kind == IR_OPND_NONE)
            continue;
        add_src(in, srcs[i]);
    }
    in->has_dst = true;
    in->dst = new_temp(lw, clang_getCursorType(e));
    struct ir_operand r = {0};
    r.kind = IR_OPND_VALUE;
    r.path = ir_path_copy(&in->dst);
    return r;
}

static struct ir_operand evaluate_const(CXCursor e)
{
    struct ir_operand o = const_operand(0);
    CXEvalResult r = clang_Cursor_Evaluate(e);
    if (r) {
        if (clang_EvalResult_getKind(r) == CXEval_Int)
            o.value = clang_EvalResult_getAsLongLong(r);
        clang_EvalResult_dispose(r);
    }
    return o;
}

static void assign(struct lowerer *lw, struct ir_loc loc, struct ir_path dst, struct ir_operand src)
{
    struct ir_inst *in = emit(lw, IR_ASSIGN, loc);
    in->has_dst = true;
    in->dst = dst;
    add_src(in, src);
}

static void lower_init(struct lowerer *lw, struct ir_path dst, CXCursor init);

static struct ir_operand lower_binary(struct lowerer *lw, CXCursor e)
{
    struct children ch = children_of(e);
    if (ch.count != 2) {
        free(ch.items);
        return (struct ir_operand){0};
    }
    CXCursor l = ch.items[0], r = ch.items[1];
    free(ch.items);
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(e);
    struct ir_loc loc = loc_of(lw, e);
    if (op == CXBinaryOperator_Assign) {
        struct ir_operand rv = lower_expr(lw, r);
        struct ir_path dst;
        if (lower_lvalue(lw, l, &dst)) {
            struct ir_operand result = {0};
            result.kind = IR_OPND_VALUE;
            result.path = ir_path_copy(&dst);
            assign(lw, loc, dst, rv);
            return result;
        }
        struct ir_inst *in = emit(lw, IR_USE, loc);
        add_src(in, rv);
        return (struct ir_operand){0};
    }
    if (op == CXBinaryOperator_Comma) {
        struct ir_operand lv = lower_expr(lw, l);
        if (lv.kind == IR_OPND_VALUE) {
            struct ir_inst *in = emit(lw, IR_USE, loc);
            add_src(in, lv);
        } else {
            ir_operand_free(&lv);
        }
        return lower_expr(lw, r);
    }
    CXString opname = clang_getBinaryOperatorKindSpelling(op);
    char *name = xstrdup(clang_getCString(opname));
    clang_disposeString(opname);
    struct ir_operand srcs[2] = {{0}}; /* srcs[0] of a compound assignment is filled field by field */
    if (op >= CXBinaryOperator_MulAssign && op <= CXBinaryOperator_OrAssign) {
        srcs[1] = lower_expr(lw, r);
        struct ir_path dst;
        if (lower_lvalue(lw, l, &dst)) {
            srcs[0].kind = IR_OPND_VALUE;
            srcs[0].path = ir_path_copy(&dst);
            srcs[0].name = NULL;
            srcs[0].sizeof_type = NULL;
            struct ir_inst *in = emit(lw, IR_COMPUTE, loc);
            in->op = name;
            add_src(in, srcs[0]);
            if (srcs[1].kind != IR_OPND_NONE)
                add_src(in, srcs[1]);
            in->has_dst = true;
            in->dst = dst;
            struct ir_operand result = {0};
            result.kind = IR_OPND_VALUE;
            result.path = ir_path_copy(&dst);
            return result;
        }
        ir_operand_free(&srcs[1]);
        free(name);
        return (struct ir_operand){0};
    }
    srcs[0] = lower_expr(lw, l);
    srcs[1] = lower_expr(lw, r);
    struct ir_operand res = compute(lw, e, name, srcs, 2);
    free(name);
    return res;
}

static struct ir_operand lower_unary(struct lowerer *lw, CXCursor e)
{
    enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(e);
    struct children ch = children_of(e);
    if (ch.count != 1) {
        free(ch.items);
        return (struct ir_operand){0};
    }
    CXCursor sub = ch.items[0];
    free(ch.items);
    if (op == CXUnaryOperator_AddrOf) {
        struct ir_operand o = {0};
        if (lower_lvalue(lw, sub, &o.path)) {
            o.kind = IR_OPND_ADDR;
            return o;
        }
        return lower_expr(lw, sub);
    }
    if (op == CXUnaryOperator_Deref) {
        struct ir_operand o = {0};
        if (lower_lvalue(lw, e, &o.path))
            o.kind = IR_OPND_VALUE;
        return o;
    }
    if (op == CXUnaryOperator_PostInc || op == CXUnaryOperator_PostDec ||
        op == CXUnaryOperator_PreInc || op == CXUnaryOperator_PreDec) {
        struct ir_path dst;
        if (lower_lvalue(lw, sub, &dst)) {
            struct ir_inst *in = emit(lw, IR_COMPUTE, loc_of(lw, e));
            in->op = xstrdup(op == CXUnaryOperator_PostInc || op == CXUnaryOperator_PreInc ? "++" : "--");
            struct ir_operand s = {0};
            s.kind = IR_OPND_VALUE;
            s.path = ir_path_copy(&dst);
            add_src(in, s);
            in->has_dst = true;
            in->dst = dst;
            struct ir_operand r = {0};
            r.kind = IR_OPND_VALUE;
            r.path = ir_path_copy(&dst);
            return r;
        }
        return (struct ir_operand){0};
    }
    if (op == CXUnaryOperator_Plus || op == CXUnaryOperator_Extension)
        return lower_expr(lw, sub);
    CXString opname = clang_getUnaryOperatorKindSpelling(op);
    char *name = xstrdup(clang_getCString(opname));
    clang_disposeString(opname);
    struct ir_operand src = lower_expr(lw, sub);
    struct ir_operand r = compute(lw, e, name, &src, 1);
    free(name);
    return r;
}

static struct ir_operand lower_expr_at(struct lowerer *lw, CXCursor e);

/* Every operand remembers where it is written, so that a finding about an
 * argument points at the argument, not at the start of the call. */
static struct ir_operand lower_expr(struct lowerer *lw, CXCursor e)
{
    struct ir_operand o = lower_expr_at(lw, e);
    if (o.kind != IR_OPND_NONE && o.loc.line == 0)
        o.loc = loc_of(lw, strip(e));
    return o;
}

static struct ir_operand lower_expr_nested(struct lowerer *lw, CXCursor e);

static struct ir_operand lower_expr_at(struct lowerer *lw, CXCursor e)
{
    struct ir_operand o = {0};
    if (enter(lw, e))
        o = lower_expr_nested(lw, e);
    lw->depth--;
    return o;
}

static struct ir_operand lower_expr_nested(struct lowerer *lw, CXCursor e)
{
    e = strip(e);
    enum CXCursorKind k = clang_getCursorKind(e);
    switch (k) {
    case CXCursor_DeclRefExpr: {
        CXCursor d = clang_getCursorReferenced(e);
        enum CXCursorKind dk = clang_getCursorKind(d);
        if (dk == CXCursor_EnumConstantDecl) {
            struct ir_operand o = const_operand(clang_getEnumConstantDeclValue(d));
            o.name = cursor_spelling(d);
            return o;
        }
        struct ir_operand o = {0};
        if (dk == CXCursor_FunctionDecl) {
            o.kind = IR_OPND_ADDR;
            o.path.base = IR_BASE_FUNC;
            o.path.name = cursor_spelling(d);
            return o;
        }
        if (lower_lvalue(lw, e, &o.path)) {
            /* An array name decays to its address: no read. */
            o.kind = is_array(clang_getCursorType(e)) ? IR_OPND_ADDR : IR_OPND_VALUE;
        }
        return o;
    }
    case CXCursor_MemberRefExpr:
    case CXCursor_ArraySubscriptExpr: {
        struct ir_operand o = {0};
        if (lower_lvalue(lw, e, &o.path)) {
            o.kind = is_array(clang_getCursorType(e)) ? IR_OPND_ADDR : IR_OPND_VALUE;
            if (o.kind == IR_OPND_ADDR)
                o.path.is_pointer = true;
        }
        return o;
    }
    case CXCursor_CallExpr:
        return lower_call(lw, e);
    case CXCursor_BinaryOperator:
    case CXCursor_CompoundAssignOperator:
        return lower_binary(lw, e);
    case CXCursor_UnaryOperator:
        return lower_unary(lw, e);
    case CXCursor_CStyleCastExpr: {
        CXCursor sub;
        if (!last_expr_child(e, &sub))
            return (struct ir_operand){0};
        struct ir_operand src = lower_expr(lw, sub);
        if (src.kind == IR_OPND_CONST || src.kind == IR_OPND_NONE)
            return src;
        struct ir_inst *in = emit(lw, IR_CAST, loc_of(lw, e));
        in->op = type_spelling(clang_getCursorType(e));
        add_src(in, src);
        in->has_dst = true;
        in->dst = new_temp(lw, clang_getCursorType(e));
        struct ir_operand r = {0};
        r.kind = IR_OPND_VALUE;
        r.path = ir_path_copy(&in->dst);
        return r;
    }
    case CXCursor_ConditionalOperator: {
        struct children ch = children_of(e);
        struct ir_operand srcs[3] = {{0}};
        int n = ch.count < 3 ? ch.count : 3;
        for (int i = 0; i < n; i++)
            srcs[i] = lower_expr(lw, ch.items[i]);
        free(ch.items);
        return compute(lw, e, "?:", srcs, n);
    }
    case CXCursor_IntegerLiteral:
    case CXCursor_CharacterLiteral:
        return evaluate_const(e);
    case CXCursor_UnaryExpr: {
        /* sizeof / alignof: keep the measured type, it names extension types. */
        struct ir_operand o = evaluate_const(e);
        struct children ch = children_of(e);
        CXType t;
        if (ch.count == 1 && clang_getCursorKind(ch.items[0]) == CXCursor_TypeRef)
            t = clang_getCursorType(ch.items[0]);
        else if (ch.count == 1)
            t = clang_getCursorType(ch.items[0]);
        else
            t = clang_getCursorType(e);
        free(ch.items);
        char *tok = NULL;
        CXTranslationUnit tu = clang_Cursor_getTranslationUnit(e);
        CXToken *toks = NULL;
        unsigned ntoks = 0;
        clang_tokenize(tu, clang_getCursorExtent(e), &toks, &ntoks);
        if (ntoks > 0)
            tok = take(clang_getTokenSpelling(tu, toks[0]));
        clang_disposeTokens(tu, toks, ntoks);
        if (tok && strcmp(tok, "sizeof") == 0)
            o.sizeof_type = type_spelling(t);
        free(tok);
        return o;
    }
    case CXCursor_InitListExpr: {
        /* An initializer list used as a value (compound literal): its parts are read. */
        struct ir_path t = new_temp(lw, clang_getCursorType(e));
        lower_init(lw, ir_path_copy(&t), e);
        struct ir_operand o = {0};
        o.kind = IR_OPND_VALUE;
        o.path = t;
        return o;
    }
    case CXCursor_CompoundLiteralExpr: {
        struct children ch = children_of(e);
        struct ir_operand o = {0};
        for (int i = 0; i < ch.count; i++)
            if (clang_getCursorKind(ch.items[i]) == CXCursor_InitListExpr)
                o = lower_expr(lw, ch.items[i]);
        free(ch.items);
        return o;
    }
    case CXCursor_StmtExpr: {
        struct children ch = children_of(e);
        for (int i = 0; i < ch.count; i++)
            lower_stmt(lw, ch.items[i]);
        free(ch.items);
        return (struct ir_operand){0};
    }
    default:
        break;
    }
    /* Anything else (string literals, floating constants, builtins we do not
     * model): lower the children for their effects, yield no value. */
    if (is_expr_kind(k)) {
        struct children ch = children_of(e);
        for (int i = 0; i < ch.count; i++) {
            if (!is_expr_kind(clang_getCursorKind(ch.items[i])))
                continue;
            struct ir_operand o = lower_expr(lw, ch.items[i]);
            if (o.kind == IR_OPND_VALUE) {
                struct ir_inst *in = emit(lw, IR_USE, loc_of(lw, ch.items[i]));
                add_src(in, o);
            } else {
                ir_operand_free(&o);
            }
        }
        free(ch.items);
    }
    return (struct ir_operand){0};
}

/* ---- initializers ------------------------------------------------------ */

struct field_list {
    char **names;
    int count, cap;
};

static enum CXVisitorResult collect_field(CXCursor c, CXClientData data)
{
    struct field_list *fl = data;
    VEC_PUSH(fl->names, fl->count, fl->cap, cursor_spelling(c));
    return CXVisit_Continue;
}

static void free_fields(struct field_list *fl)
{
    for (int i = 0; i < fl->count; i++)
        free(fl->names[i]);
    free(fl->names);
}

/* A designated initializer shows up as an unexposed expression whose
 * children are the designators (MemberRef cursors) followed by the value. */
static bool designated(CXCursor c, struct children *ch)
{
    if (clang_getCursorKind(c) != CXCursor_UnexposedExpr)
        return false;
    *ch = children_of(c);
    if (ch->count >= 2 && clang_getCursorKind(ch->items[0]) == CXCursor_MemberRef)
        return true;
    free(ch->items);
    return false;
}

static void lower_init(struct lowerer *lw, struct ir_path dst, CXCursor init)
{
    CXCursor e = strip(init);
    if (clang_getCursorKind(e) != CXCursor_InitListExpr) {
        struct ir_operand v = lower_expr(lw, init);
        assign(lw, loc_of(lw, init), dst, v);
        return;
    }
    CXType t = clang_getCanonicalType(clang_getCursorType(e));
    struct children ch = children_of(e);
    char *record = type_spelling(t);
    struct field_list fields = {0};
    if (t.kind == CXType_Record)
        clang_Type_visitFields(t, collect_field, &fields);
    for (int i = 0; i < ch.count; i++) {
        struct children d = {0};
        struct ir_path p = ir_path_copy(&dst);
        CXCursor value = ch.items[i];
        if (designated(ch.items[i], &d)) {
            /* .a.b = v: every MemberRef designator is one field step. */
            CXType rt = t;
            for (int j = 0; j < d.count - 1; j++) {
                if (clang_getCursorKind(d.items[j]) != CXCursor_MemberRef)
                    continue;
                char *fname = cursor_spelling(d.items[j]);
                char *rec = type_spelling(rt);
                path_push(&p, IR_STEP_FIELD, fname, rec);
                CXType ft = clang_getCursorType(clang_getCursorReferenced(d.items[j]));
                rt = clang_getCanonicalType(ft);
                free(fname);
                free(rec);
            }
            value = d.items[d.count - 1];
            free(d.items);
        } else if (t.kind == CXType_Record && i < fields.count) {
            path_push(&p, IR_STEP_FIELD, fields.names[i], record);
        } else {
            path_push(&p, IR_STEP_INDEX, NULL, NULL);
        }
        path_set_type(&p, clang_getCursorType(value));
        lower_init(lw, p, value);
    }
    free_fields(&fields);
    free(record);
    free(ch.items);
    ir_path_free(&dst);
}

/* ---- statements -------------------------------------------------------- */

static int label_block(struct lowerer *lw, const char *name)
{
    for (int i = 0; i < lw->nlabels; i++)
        if (strcmp(lw->labels[i].name, name) == 0)
            return lw->labels[i].block;
    struct label l = {xstrdup(name), new_block(lw)};
    VEC_PUSH(lw->labels, lw->nlabels, lw->labels_cap, l);
    return l.block;
}

/* After a jump, code that follows is unreachable until a label: it goes into
 * a fresh block with no predecessor. */
static void start_dead_block(struct lowerer *lw)
{
    lw->cur = new_block(lw);
}

static void use_operand(struct lowerer *lw, CXCursor e, struct ir_operand o)
{
    if (o.kind == IR_OPND_VALUE) {
        struct ir_inst *in = emit(lw, IR_USE, loc_of(lw, e));
        add_src(in, o);
    } else {
        ir_operand_free(&o);
    }
}

/* A condition is lowered as control flow: `a && b` evaluates b only on the
 * edge where a holds, `a || b` only where it does not, and `!a` swaps the
 * edges; so a dereference guarded by a test is reached only past it. In
 * other positions (`x = a && b;`) the operators stay plain computations. */
static void lower_cond_branch(struct lowerer *lw, CXCursor cond, int yes, int no)
{
    CXCursor e = strip(cond);
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_BinaryOperator) {
        enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(e);
        if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
            struct children ch = children_of(e);
            if (ch.count == 2) {
                int mid = new_block(lw);
                if (op == CXBinaryOperator_LAnd)
                    lower_cond_branch(lw, ch.items[0], mid, no);
                else
                    lower_cond_branch(lw, ch.items[0], yes, mid);
                lw->cur = mid;
                lower_cond_branch(lw, ch.items[1], yes, no);
                free(ch.items);
                return;
            }
            free(ch.items);
        }
    } else if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_LNot) {
        struct children ch = children_of(e);
        if (ch.count == 1) {
            lower_cond_branch(lw, ch.items[0], no, yes);
            free(ch.items);
            return;
        }
        free(ch.items);
    }
    struct ir_operand c = lower_expr(lw, cond);
    if (c.kind == IR_OPND_VALUE) {
        struct ir_inst *in = emit(lw, IR_USE, loc_of(lw, cond));
        add_src(in, ir_operand_copy(&c));
    }
    terminate_branch(lw, c, loc_of(lw, cond), yes, no);
}

/* For `for (init; cond; inc) body`, libclang omits absent parts; the two
 * semicolons inside the parentheses tell which children are which. */
static void split_for(CXCursor s, struct children *ch, CXCursor *init, CXCursor *cond,
                      CXCursor *inc, CXCursor *body, bool have[3])
{
    have[0] = have[1] = have[2] = false;
    *body = ch->items[ch->count - 1];
    CXTranslationUnit tu = clang_Cursor_getTranslationUnit(s);
    CXToken *toks = NULL;
    unsigned n = 0;
    clang_tokenize(tu, clang_getCursorExtent(s), &toks, &n);
    unsigned semi[2] = {0, 0};
    int nsemi = 0, depth = 0;
    for (unsigned i = 0; i < n && nsemi < 2; i++) {
        if (clang_getTokenKind(toks[i]) != CXToken_Punctuation)
            continue;
        char *sp = take(clang_getTokenSpelling(tu, toks[i]));
        if (strcmp(sp, "(") == 0)
            depth++;
        else if (strcmp(sp, ")") == 0)
            depth--;
        else if (strcmp(sp, ";") == 0 && depth == 1)
            semi[nsemi++] = offset_of(clang_getTokenLocation(tu, toks[i]));
        free(sp);
    }
    clang_disposeTokens(tu, toks, n);
    for (int i = 0; i < ch->count - 1; i++) {
        unsigned off = offset_of(clang_getCursorLocation(ch->items[i]));
        int slot = nsemi < 2 ? i : (off < semi[0] ? 0 : off < semi[1] ? 1 : 2);
        if (slot > 2)
            continue;
        have[slot] = true;
        if (slot == 0)
            *init = ch->items[i];
        else if (slot == 1)
            *cond = ch->items[i];
        else
            *inc = ch->items[i];
    }
}

static void lower_var_decl(struct lowerer *lw, CXCursor d)
{
    struct local_binding *b = bind_local(lw, d);
    CXCursor init;
    if (!last_expr_child(d, &init))
        return;
    struct ir_path dst = {0};
    if (b->index >= 0) {
        dst.base = IR_BASE_LOCAL;
        dst.index = b->index;
        dst.name = xstrdup(lw->fn->locals[b->index].name);
    } else {
        dst.base = IR_BASE_GLOBAL;
        dst.name = xstrdup(b->global);
    }
    path_set_type(&dst, clang_getCursorType(d));
    lower_init(lw, dst, init);
}

static void lower_children(struct lowerer *lw, CXCursor s)
{
    struct children ch = children_of(s);
    for (int i = 0; i < ch.count; i++)
        lower_stmt(lw, ch.items[i]);
    free(ch.items);
}

static void lower_stmt_nested(struct lowerer *lw, CXCursor s);

static void lower_stmt(struct lowerer *lw, CXCursor s)
{
    if (enter(lw, s))
        lower_stmt_nested(lw, s);
    lw->depth--;
}

static void lower_stmt_nested(struct lowerer *lw, CXCursor s)
{
    enum CXCursorKind k = clang_getCursorKind(s);
    struct children ch;
    switch (k) {
    case CXCursor_CompoundStmt:
    case CXCursor_DeclStmt:
        lower_children(lw, s);
        return;
    case CXCursor_VarDecl:
        lower_var_decl(lw, s);
        return;
    case CXCursor_NullStmt:
        return;
    case CXCursor_IfStmt: {
        ch = children_of(s);
        if (ch.count >= 2) {
            int then_b = new_block(lw), join = new_block(lw);
            int else_b = ch.count >= 3 ? new_block(lw) : join;
            lower_cond_branch(lw, ch.items[0], then_b, else_b);
            lw->cur = then_b;
            lower_stmt(lw, ch.items[1]);
            terminate_goto(lw, lw->cur, join);
            if (ch.count >= 3) {
                lw->cur = else_b;
                lower_stmt(lw, ch.items[2]);
                terminate_goto(lw, lw->cur, join);
            }
            lw->cur = join;
        }
        free(ch.items);
        return;
    }
    case CXCursor_WhileStmt: {
        ch = children_of(s);
        if (ch.count >= 2) {
            int head = new_block(lw), body = new_block(lw), exit = new_block(lw);
            terminate_goto(lw, lw->cur, head);
            lw->cur = head;
            lower_cond_branch(lw, ch.items[ch.count - 2], body, exit);
            struct loop_ctx l = {exit, head};
            VEC_PUSH(lw->loops, lw->nloops, lw->loops_cap, l);
            lw->cur = body;
            lower_stmt(lw, ch.items[ch.count - 1]);
            terminate_goto(lw, lw->cur, head);
            lw->nloops--;
            lw->cur = exit;
        }
        free(ch.items);
        return;
    }
    case CXCursor_DoStmt: {
        ch = children_of(s);
        if (ch.count == 2) {
            int body = new_block(lw), cond = new_block(lw), exit = new_block(lw);
            terminate_goto(lw, lw->cur, body);
            struct loop_ctx l = {exit, cond};
            VEC_PUSH(lw->loops, lw->nloops, lw->loops_cap, l);
            lw->cur = body;
            lower_stmt(lw, ch.items[0]);
            terminate_goto(lw, lw->cur, cond);
            lw->nloops--;
            lw->cur = cond;
            lower_cond_branch(lw, ch.items[1], body, exit);
            lw->cur = exit;
        }
        free(ch.items);
        return;
    }
    case CXCursor_ForStmt: {
        ch = children_of(s);
        if (ch.count >= 1) {
            CXCursor init = {0}, cond = {0}, inc = {0}, body;
            bool have[3];
            split_for(s, &ch, &init, &cond, &inc, &body, have);
            if (have[0])
                lower_stmt(lw, init);
            int head = new_block(lw), bodyb = new_block(lw), step = new_block(lw),
                exit = new_block(lw);
            terminate_goto(lw, lw->cur, head);
            lw->cur = head;
            if (have[1])
                lower_cond_branch(lw, cond, bodyb, exit);
            else
                terminate_goto(lw, head, bodyb);
            struct loop_ctx l = {exit, step};
            VEC_PUSH(lw->loops, lw->nloops, lw->loops_cap, l);
            lw->cur = bodyb;
            lower_stmt(lw, body);
            terminate_goto(lw, lw->cur, step);
            lw->nloops--;
            lw->cur = step;
            if (have[2])
                lower_stmt(lw, inc);
            terminate_goto(lw, lw->cur, head);
            lw->cur = exit;
        }
        free(ch.items);
        return;
    }
    case CXCursor_SwitchStmt: {
        ch = children_of(s);
        if (ch.count >= 2) {
            struct ir_operand c = lower_expr(lw, ch.items[ch.count - 2]);
            if (c.kind == IR_OPND_VALUE) {
                struct ir_inst *in = emit(lw, IR_USE, loc_of(lw, ch.items[ch.count - 2]));
                add_src(in, ir_operand_copy(&c));
            }
            int dispatch = lw->cur, exit = new_block(lw);
            struct switch_ctx sw = {0};
            sw.dispatch = dispatch;
            sw.default_block = -1;
            VEC_PUSH(lw->switches, lw->nswitches, lw->switches_cap, sw);
            struct loop_ctx l = {exit, -1};
            VEC_PUSH(lw->loops, lw->nloops, lw->loops_cap, l);
            lw->cur = new_block(lw); /* code before the first case is unreachable */
            lower_stmt(lw, ch.items[ch.count - 1]);
            terminate_goto(lw, lw->cur, exit);
            lw->nloops--;
            struct switch_ctx *done = &lw->switches[--lw->nswitches];
            struct ir_block *b = block(lw, dispatch);
            b->term = IR_TERM_SWITCH;
            b->cond = c;
            b->term_loc = loc_of(lw, s);
            b->nsuccs = done->count + 1;
            b->succs = xmalloc((size_t)b->nsuccs * sizeof(int));
            for (int i = 0; i < done->count; i++)
                b->succs[i] = done->targets[i];
            b->succs[done->count] = done->default_block >= 0 ? done->default_block : exit;
            b->cases = done->labels; /* the block owns them now */
            free(done->targets);
            lw->cur = exit;
        }
        free(ch.items);
        return;
    }
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt: {
        ch = children_of(s);
        int b = new_block(lw);
        terminate_goto(lw, lw->cur, b); /* fall through from the previous case */
        if (lw->nswitches > 0) {
            struct switch_ctx *sw = &lw->switches[lw->nswitches - 1];
            if (k == CXCursor_DefaultStmt) {
                sw->default_block = b;
            } else {
                struct ir_case label = {0};
                if (ch.count > 1) {
                    CXEvalResult r = clang_Cursor_Evaluate(ch.items[0]);
                    if (r) {
                        if (clang_EvalResult_getKind(r) == CXEval_Int) {
                            label.known = true;
                            label.value = clang_EvalResult_getAsLongLong(r);
                        }
                        clang_EvalResult_dispose(r);
                    }
                }
                int cap = sw->cap;
                VEC_PUSH(sw->targets, sw->count, sw->cap, b);
                if (sw->cap != cap || !sw->labels)
                    sw->labels = xrealloc(sw->labels, (size_t)sw->cap * sizeof *sw->labels);
                sw->labels[sw->count - 1] = label;
            }
        }
        lw->cur = b;
        if (ch.count > 0)
            lower_stmt(lw, ch.items[ch.count - 1]);
        free(ch.items);
        return;
    }
    case CXCursor_BreakStmt:
    case CXCursor_ContinueStmt: {
        for (int i = lw->nloops - 1; i >= 0; i--) {
            int to = k == CXCursor_BreakStmt ? lw->loops[i].break_to : lw->loops[i].continue_to;
            if (to >= 0) {
                terminate_goto(lw, lw->cur, to);
                break;
            }
        }
        start_dead_block(lw);
        return;
    }
    case CXCursor_GotoStmt: {
        ch = children_of(s);
        if (ch.count == 1) {
            char *name = cursor_spelling(ch.items[0]);
            terminate_goto(lw, lw->cur, label_block(lw, name));
            free(name);
        }
        free(ch.items);
        start_dead_block(lw);
        return;
    }
    case CXCursor_LabelStmt: {
        char *name = cursor_spelling(s);
        int b = label_block(lw, name);
        free(name);
        terminate_goto(lw, lw->cur, b);
        lw->cur = b;
        lower_children(lw, s);
        return;
    }
    case CXCursor_ReturnStmt: {
        ch = children_of(s);
        struct ir_operand v = {0};
        if (ch.count > 0)
            v = lower_expr(lw, ch.items[0]);
        free(ch.items);
        if (v.kind == IR_OPND_VALUE) {
            struct ir_inst *in = emit(lw, IR_USE, loc_of(lw, s));
            add_src(in, ir_operand_copy(&v));
        }
        struct ir_block *b = block(lw, lw->cur);
        b->term = IR_TERM_RETURN;
        b->cond = v;
        b->term_loc = loc_of(lw, s);
        b->nsuccs = 0;
        start_dead_block(lw);
        return;
    }
    case CXCursor_SEHTryStmt: {
        /* __try { A } __except (f) { B }: B runs instead of the rest of A on
         * some paths; model it as a branch taken after A. __finally runs after. */
        ch = children_of(s);
        if (ch.count >= 1) {
            lower_stmt(lw, ch.items[0]);
            for (int i = 1; i < ch.count; i++) {
                if (clang_getCursorKind(ch.items[i]) == CXCursor_SEHExceptStmt) {
                    int handler = new_block(lw), join = new_block(lw);
                    struct ir_operand unknown = {0};
                    terminate_branch(lw, unknown, loc_of(lw, ch.items[i]), handler, join);
                    lw->cur = handler;
                    lower_children(lw, ch.items[i]);
                    terminate_goto(lw, lw->cur, join);
                    lw->cur = join;
                } else {
                    lower_children(lw, ch.items[i]);
                }
            }
        }
        free(ch.items);
        return;
    }
    case CXCursor_SEHLeaveStmt:
    case CXCursor_AsmStmt:
    case CXCursor_MSAsmStmt:
        return;
    default:
        break;
    }
    if (is_expr_kind(k)) {
        /* An expression statement's own value is discarded: only what its
         * parts read counts, not the result of an assignment or a call. */
        CXCursor e = strip(s);
        enum CXCursorKind ek = clang_getCursorKind(e);
        bool discard = ek == CXCursor_CallExpr || ek == CXCursor_CompoundAssignOperator ||
                       (ek == CXCursor_BinaryOperator &&
                        clang_getCursorBinaryOperatorKind(e) == CXBinaryOperator_Assign) ||
                       (ek == CXCursor_UnaryOperator &&
                        clang_getCursorUnaryOperatorKind(e) >= CXUnaryOperator_PostInc &&
                        clang_getCursorUnaryOperatorKind(e) <= CXUnaryOperator_PreDec);
        struct ir_operand o = lower_expr(lw, s);
        if (discard)
            ir_operand_free(&o);
        else
            use_operand(lw, s, o);
        return;
    }
    lower_children(lw, s);
}

/* ---- functions, records, globals --------------------------------------- */

static char *typedef_name_of_decl(CXCursor d)
{
    CXType t = clang_getCursorType(d);
    if (t.kind == CXType_Elaborated)
        t = clang_Type_getNamedType(t);
    if (t.kind != CXType_Typedef)
        return NULL;
    return take(clang_getTypedefName(t));
}

static void finish_function(struct lowerer *lw)
{
    /* Falling off the end is a return. */
    for (int i = 0; i < lw->fn->nblocks; i++) {
        struct ir_block *b = &lw->fn->blocks[i];
        if (b->nsuccs < 0) {
            b->term = IR_TERM_RETURN;
            b->nsuccs = 0;
        }
    }
    for (int i = 0; i < lw->nlabels; i++)
        free(lw->labels[i].name);
    free(lw->labels);
    for (int i = 0; i < lw->nbindings; i++)
        free(lw->bindings[i].global);
    free(lw->bindings);
    free(lw->loops);
    for (int i = 0; i < lw->nswitches; i++) {
        free(lw->switches[i].targets);
        free(lw->switches[i].labels);
    }
    free(lw->switches);
}

static void lower_function(struct ir_unit *u, CXCursor fc, CXCursor body)
{
    VEC_GROW(u->functions, u->nfunctions, u->functions_cap);
    struct ir_function *f = &u->functions[u->nfunctions++];
    memset(f, 0, sizeof *f);
    struct lowerer lw = {0};
    lw.unit = u;
    lw.fn = f;
    lw.fn_cursor = fc;
    f->name = cursor_spelling(fc);
    f->is_static = clang_Cursor_getStorageClass(fc) == CX_SC_Static;
    f->loc = loc_of(&lw, fc);
    f->return_type = type_spelling(clang_getResultType(clang_getCursorType(fc)));
    int n = clang_Cursor_getNumArguments(fc);
    if (n > 0) {
        f->params = xcalloc((size_t)n, sizeof *f->params);
        for (int i = 0; i < n; i++) {
            CXCursor p = clang_Cursor_getArgument(fc, (unsigned)i);
            CXType t = clang_getCursorType(p);
            f->params[i].name = cursor_spelling(p);
            f->params[i].type = type_spelling(t);
            f->params[i].is_pointer = type_is_pointer(t);
        }
        f->nparams = n;
    }
    lw.cur = new_block(&lw);
    lower_stmt(&lw, body);
    finish_function(&lw);
}

static void record_struct(struct ir_unit *u, CXType t)
{
    char *name = type_spelling(t);
    for (int i = 0; i < u->nrecords; i++)
        if (strcmp(u->records[i].name, name) == 0) {
            free(name);
            return;
        }
    VEC_GROW(u->records, u->nrecords, u->records_cap);
    struct ir_record *r = &u->records[u->nrecords++];
    memset(r, 0, sizeof *r);
    r->name = name;
    struct field_list fl = {0};
    clang_Type_visitFields(t, collect_field, &fl);
    r->fields = fl.count ? xcalloc((size_t)fl.count, sizeof *r->fields) : NULL;
    for (int i = 0; i < fl.count; i++)
        r->fields[i].name = fl.names[i];
    r->nfields = fl.count;
    free(fl.names);
}

struct field_types {
    struct ir_record *record;
    int next;
};

static enum CXVisitorResult fill_field_type(CXCursor c, CXClientData data)
{
    struct field_types *ft = data;
    if (ft->next >= ft->record->nfields)
        return CXVisit_Break;
    struct ir_field *f = &ft->record->fields[ft->next++];
    CXType t = clang_getCursorType(c);
    f->type = type_spelling(t);
    f->is_pointer = type_is_pointer(t);
    CXType r = record_of(t);
    if (r.kind == CXType_Record)
        f->record = type_spelling(r);
    return CXVisit_Continue;
}

static void add_record(struct ir_unit *u, CXType t)
{
    int before = u->nrecords;
    record_struct(u, t);
    if (u->nrecords == before)
        return;
    struct field_types ft = {&u->records[u->nrecords - 1], 0};
    clang_Type_visitFields(t, fill_field_type, &ft);
}

struct unit_walk {
    struct ir_unit *unit;
    struct lowerer *init; /* global_init lowering */
};

static bool in_system_header(CXCursor c)
{
    return clang_Location_isInSystemHeader(clang_getCursorLocation(c)) != 0;
}

static enum CXChildVisitResult visit_records(CXCursor c, CXCursor parent, CXClientData data)
{
    struct unit_walk *w = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if ((k == CXCursor_StructDecl || k == CXCursor_UnionDecl) && clang_isCursorDefinition(c)) {
        add_record(w->unit, clang_getCursorType(c));
        return CXChildVisit_Recurse; /* nested and anonymous records */
    }
    if (k == CXCursor_TypedefDecl || k == CXCursor_FieldDecl)
        return CXChildVisit_Recurse;
    return CXChildVisit_Continue;
}

static void add_role_decl(struct ir_unit *u, CXCursor c, struct lowerer *lw)
{
    char *td = typedef_name_of_decl(c);
    if (!td)
        return;
    VEC_GROW(u->role_decls, u->nrole_decls, u->role_decls_cap);
    struct ir_role_decl *r = &u->role_decls[u->nrole_decls++];
    r->function = cursor_spelling(c);
    r->role_typedef = td;
    r->loc = loc_of(lw, c);
}

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data)
{
    struct unit_walk *w = data;
    struct ir_unit *u = w->unit;
    if (in_system_header(c))
        return CXChildVisit_Continue;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_FunctionDecl) {
        add_role_decl(u, c, w->init);
        if (clang_isCursorDefinition(c)) {
            struct children ch = children_of(c);
            for (int i = 0; i < ch.count; i++)
                if (clang_getCursorKind(ch.items[i]) == CXCursor_CompoundStmt) {
                    lower_function(u, c, ch.items[i]);
                    break;
                }
            free(ch.items);
        }
        return CXChildVisit_Continue;
    }
    if (k == CXCursor_StructDecl || k == CXCursor_UnionDecl || k == CXCursor_TypedefDecl) {
        clang_visitChildren(c, visit_records, w);
        if ((k == CXCursor_StructDecl || k == CXCursor_UnionDecl) && clang_isCursorDefinition(c))
            add_record(u, clang_getCursorType(c));
        return CXChildVisit_Continue;
    }
    if (k == CXCursor_VarDecl) {
        VEC_GROW(u->globals, u->nglobals, u->globals_cap);
        struct ir_global *g = &u->globals[u->nglobals++];
        memset(g, 0, sizeof *g);
        g->name = cursor_spelling(c);
        g->type = type_spelling(clang_getCursorType(c));
        g->is_static = clang_Cursor_getStorageClass(c) == CX_SC_Static;
        g->is_definition = clang_isCursorDefinition(c) != 0;
        g->loc = loc_of(w->init, c);
        CXCursor init;
        if (last_expr_child(c, &init)) {
            struct ir_path dst = {0};
            dst.base = IR_BASE_GLOBAL;
            dst.name = xstrdup(g->name);
            path_set_type(&dst, clang_getCursorType(c));
            lower_init(w->init, dst, init);
        }
        return CXChildVisit_Continue;
    }
    if (k == CXCursor_LinkageSpec || k == CXCursor_Namespace || k == CXCursor_UnexposedDecl)
        return CXChildVisit_Recurse;
    return CXChildVisit_Continue;
}

struct inclusion_walk {
    struct ir_unit *unit;
    const struct include_plan *plan;
};

static void note_inclusion(CXFile included, CXSourceLocation *stack, unsigned n, CXClientData data)
{
    struct inclusion_walk *w = data;
    struct ir_unit *u = w->unit;
    char *name = take(clang_getFileName(included));
    /* The file table names every file the parse read, so a cached unit is
     * known stale when one of them changes (cache.h). */
    ir_intern_file(u, name);
    if (w->plan ? includes_plan_is_stub(w->plan, name) : includes_is_stub(name)) {
        bool seen = false;
        for (int i = 0; i < u->nstubbed; i++)
            seen = seen || strcmp(u->stubbed[i], name) == 0;
        if (!seen) {
            VEC_PUSH(u->stubbed, u->nstubbed, u->stubbed_cap, name);
            return;
        }
    }
    free(name);
}

/* Errors for constructs that MSVC accepts with a warning and that clang
 * recovers from without losing the unit: a definition whose parameter types
 * differ from its prototype (C4028), and an lvalue cast (`(ULONG_PTR)p += n`,
 * a Microsoft extension whose statement is lost). They are kept apart from
 * parse errors and listed, so that a scan is not called incomplete for
 * code the driver's own compiler builds. */
static bool msvc_accepts(const char *message)
{
    static const char *const prefixes[] = {
        "conflicting types for '",
        "assignment to cast is illegal, lvalue casts are not supported",
    };
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
        if (strncmp(message, prefixes[i], strlen(prefixes[i])) == 0)
            return true;
    return false;
}

/* How much text around a name guess.c reads: a declaration or statement's worth. */
#define NAME_CONTEXT_BYTES 400

/* The text where a diagnostic's name is spelled: inside a macro's body when
 * it was written there, so that guess.c sees the tokens around the name and
 * not the macro's invocation. */
static void name_context(CXTranslationUnit tu, CXSourceLocation sl, const char *message, struct ir_name_diag *nd)
{
    const char *q = strchr(message, '\'');
    const char *qe = q ? strchr(q + 1, '\'') : NULL;
    size_t nlen = qe ? (size_t)(qe - q - 1) : 0;
    for (int attempt = 0; attempt < 2; attempt++) {
        CXFile file = NULL;
        unsigned offset = 0;
        if (attempt == 0)
            clang_getSpellingLocation(sl, &file, NULL, NULL, &offset);
        else
            clang_getFileLocation(sl, &file, NULL, NULL, &offset);
        size_t size = 0;
        const char *text = file ? clang_getFileContents(tu, file, &size) : NULL;
        if (!text || offset > size)
            continue;
        if (attempt == 0 && nlen && (offset + nlen > size || strncmp(text + offset, q + 1, nlen) != 0))
            continue;
        size_t from = offset > NAME_CONTEXT_BYTES ? offset - NAME_CONTEXT_BYTES : 0;
        size_t to = size - offset > NAME_CONTEXT_BYTES ? offset + NAME_CONTEXT_BYTES : size;
        nd->before = xstrndup(text + from, offset - from);
        nd->after = xstrndup(text + offset, to - offset);
        return;
    }
}

static struct ir_loc diag_loc(struct ir_unit *u, CXSourceLocation sl)
{
    struct ir_loc loc = {0};
    CXFile file;
    unsigned line, col;
    clang_getExpansionLocation(sl, &file, &line, &col, NULL);
    if (file) {
        char *name = take(clang_getFileName(file));
        loc.file = ir_intern_file(u, name);
        free(name);
    }
    loc.line = (int)line;
    loc.column = (int)col;
    return loc;
}

static void collect_diagnostics(CXTranslationUnit tu, struct ir_unit *u, struct lowerer *lw)
{
    unsigned n = clang_getNumDiagnostics(tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(tu, i);
        enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
        if (sev == CXDiagnostic_Warning)
            u->nwarnings++;
        if (sev < CXDiagnostic_Warning) {
            clang_disposeDiagnostic(d);
            continue;
        }
        CXSourceLocation sl = clang_getDiagnosticLocation(d);
        char *message = take(clang_getDiagnosticSpelling(d));
        if (guess_reads((int)sev, message)) {
            VEC_GROW(u->name_diags, u->nname_diags, u->name_diags_cap);
            struct ir_name_diag *nd = &u->name_diags[u->nname_diags++];
            memset(nd, 0, sizeof *nd);
            nd->diag.loc = diag_loc(u, sl);
            nd->diag.severity = sev;
            nd->diag.message = xstrdup(message);
            name_context(tu, sl, message, nd);
        }
        if (sev == CXDiagnostic_Warning) {
            free(message);
            clang_disposeDiagnostic(d);
            continue;
        }
        struct ir_diag *e;
        if (sev == CXDiagnostic_Error && msvc_accepts(message)) {
            VEC_GROW(u->tolerated, u->ntolerated, u->tolerated_cap);
            e = &u->tolerated[u->ntolerated++];
        } else {
            VEC_GROW(u->errors, u->nerrors, u->errors_cap);
            e = &u->errors[u->nerrors++];
        }
        memset(e, 0, sizeof *e);
        e->loc = diag_loc(u, sl);
        e->severity = sev;
        e->message = message;
        clang_disposeDiagnostic(d);
    }
    (void)lw;
}

int frontend_parse(struct frontend *fe, const char *file, const struct strlist *args,
                   const struct include_plan *plan, struct ir_unit *out)
{
    out->path = xstrdup(file);
    struct CXUnsavedFile *unsaved = NULL;
    int nunsaved = plan ? plan->count : 0;
    if (nunsaved > 0) {
        unsaved = xcalloc((size_t)nunsaved, sizeof *unsaved);
        for (int i = 0; i < nunsaved; i++) {
            unsaved[i].Filename = plan->files[i].path;
            unsaved[i].Contents = plan->files[i].contents;
            unsaved[i].Length = (unsigned long)plan->files[i].length;
        }
    }
    CXTranslationUnit tu = NULL;
    unsigned opts = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
    enum CXErrorCode rc = clang_parseTranslationUnit2(
        fe->index, file, (const char *const *)args->items, args->count, unsaved,
        (unsigned)nunsaved, opts, &tu);
    free(unsaved);
    if (rc != CXError_Success || !tu) {
        out->parse_failed = true;
        out->failure = xstrdup(rc == CXError_Crashed     ? "libclang crashed while parsing"
                               : rc == CXError_ASTReadError ? "libclang could not read the unit"
                               : rc == CXError_InvalidArguments ? "libclang rejected the arguments"
                                                                : "libclang could not parse the unit");
        return -1;
    }
    struct ir_function *init = xcalloc(1, sizeof *init);
    init->name = xstrdup("<file-scope initializers>");
    struct lowerer lw = {0};
    lw.unit = out;
    lw.fn = init;
    lw.fn_cursor = clang_getNullCursor();
    lw.cur = new_block(&lw);
    struct unit_walk w = {out, &lw};
    CXCursor root = clang_getTranslationUnitCursor(tu);
    clang_visitChildren(root, visit_top, &w);
    finish_function(&lw);
    out->global_init = init;
    collect_diagnostics(tu, out, &lw);
    struct inclusion_walk iw = {out, plan};
    clang_getInclusions(tu, note_inclusion, &iw);
    clang_disposeTranslationUnit(tu);
    return 0;
}
