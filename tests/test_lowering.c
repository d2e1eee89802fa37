/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
/* IR lowering: each statement and expression kind becomes the instructions
 * and blocks the analyses rely on. */
#include "check.h"
#include "parse_util.h"

static const char *SRC =
    "typedef struct _E { unsigned long long Pa; unsigned Len; } E;\n"          /* 1 */
    "typedef struct _L { unsigned N; E List[1]; } L, *PL;\n"                    /* 2 */
    "typedef struct _D { int x; struct { PL saved; } inner; } D, *PD;\n"        /* 3 */
    "typedef int CB(void *);\n"                                                  /* 4 */
    "typedef struct _T { CB *fn; } T;\n"                                         /* 5 */
    "PL Get(void *, void *);\n"                                                  /* 6 */
    "void Done(int, ...);\n"                                                     /* 7 */
    "static PL g_saved;\n"                                                       /* 8 */
    "int Cb(void *p) { return 0; }\n"                                            /* 9 */
    "T g_table = { .fn = Cb };\n"                                                /* 10 */
    "int Loops(void *dev, void *srb, T *t)\n"                                    /* 11 */
    "{\n"                                                                        /* 12 */
    "    PD d = (PD)dev;\n"                                                      /* 13 */
    "    PL sgl = Get(dev, srb);\n"                                              /* 14 */
    "    static int count;\n"                                                    /* 15 */
    "    if (!sgl) { Done(0, dev, srb); return 0; }\n"                           /* 16 */
    "    for (unsigned i = 0; i < sgl->N; i++) { E *e = &sgl->List[i]; count += e->Len; }\n" /* 17 */
    "    for (;;) { break; }\n"                                                  /* 18 */
    "    while (count > 10) { count--; if (count == 5) continue; }\n"            /* 19 */
    "    do { count++; } while (count < 3);\n"                                   /* 20 */
    "    switch (count) { case 1: count++; case 2: break; default: goto out; }\n" /* 21 */
    "    d->inner.saved = sgl;\n"                                                /* 22 */
    "out:\n"                                                                     /* 23 */
    "    g_saved = sgl;\n"                                                       /* 24 */
    "    t->fn(dev);\n"                                                          /* 25 */
    "    *(int *)dev = 1;\n"                                                     /* 26 */
    "    return count ? 1 : 0;\n"                                                /* 27 */
    "}\n";

static int count_blocks_with(const struct ir_function *f, enum ir_term_kind k)
{
    int n = 0;
    for (int b = 0; b < f->nblocks; b++)
        n += f->blocks[b].term == k && f->blocks[b].nsuccs >= 0;
    return n;
}

static const struct ir_inst *find_inst(const struct ir_function *f, int line, enum ir_inst_kind kind)
{
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].ninsts; i++)
            if (f->blocks[b].insts[i].loc.line == line && f->blocks[b].insts[i].kind == kind)
                return &f->blocks[b].insts[i];
    return NULL;
}

int main(void)
{
    struct frontend *fe = frontend_new();
    struct ir_unit u;
    parse_text(fe, "lower.c", SRC, &u);
    CHECK(u.nerrors == 0);
    const struct ir_function *f = find_fn(&u, "Loops");
    CHECK(f != NULL);
    if (!f)
        return CHECK_DONE();
    char *text = ir_text(&u, "Loops");

    /* Casts and calls flatten into temporaries with their own lines. */
    CHECK(strstr(text, "13: t0 = cast<struct _D *> (dev)") != NULL);
    CHECK(strstr(text, "14: t1 = call Get (dev, srb)") != NULL);
    CHECK(strstr(text, "14: sgl = (t1)") != NULL);
    /* A call with a void result has no destination; enumerated args are kept. */
    CHECK(strstr(text, "16: call Done (0, dev, srb)") != NULL);
    /* -> is a dereference then a field; &a[i] is an address, not a read. */
    CHECK(strstr(text, "17: e = (&sgl*.List[])") != NULL);
    CHECK(strstr(text, "sgl*.N") != NULL);
    /* A static local is a global of the function. */
    CHECK(strstr(text, "@Loops::count = += (@Loops::count, e*.Len)") != NULL);
    /* Stores through nested fields keep every step. */
    CHECK(strstr(text, "22: d*.inner.saved = (sgl)") != NULL);
    CHECK(strstr(text, "24: @g_saved = (sgl)") != NULL);
    /* An indirect call keeps its target path. */
    CHECK(strstr(text, " = call *t*.fn (dev)") != NULL);
    /* Store through a cast pointer. */
    const struct ir_inst *st = find_inst(f, 26, IR_ASSIGN);
    CHECK(st && st->dst.nsteps == 1 && st->dst.steps[0].kind == IR_STEP_DEREF);
    /* Field steps name the record that holds the field. */
    const struct ir_inst *store = find_inst(f, 22, IR_ASSIGN);
    CHECK(store && store->dst.nsteps == 3 && strcmp(store->dst.steps[0].record ? "x" : "", "") == 0);
    CHECK(store && store->dst.steps[1].record && strcmp(store->dst.steps[1].record, "struct _D") == 0);

    /* Control flow: the early return, the final return; if/for/while/do
     * branches; one switch with its three targets. */
    CHECK(count_blocks_with(f, IR_TERM_SWITCH) == 1);
    for (int b = 0; b < f->nblocks; b++)
        if (f->blocks[b].term == IR_TERM_SWITCH) {
            CHECK(f->blocks[b].nsuccs == 3);
            /* The case labels are kept, for the analysis to follow values. */
            CHECK(f->blocks[b].cases && f->blocks[b].cases[0].known && f->blocks[b].cases[0].value == 1);
            CHECK(f->blocks[b].cases && f->blocks[b].cases[1].known && f->blocks[b].cases[1].value == 2);
        }
    CHECK(count_blocks_with(f, IR_TERM_BRANCH) >= 5);
    CHECK(strstr(text, "return 0") != NULL);
    CHECK(strstr(text, "return t") != NULL);
    /* `for (;;)` has no condition: its head jumps straight into the body. */
    CHECK(strstr(text, "?: (@Loops::count, 1, 0)") != NULL);

    /* The goto reaches the label's block, which also follows the switch. */
    const struct ir_inst *g = find_inst(f, 24, IR_ASSIGN);
    CHECK(g != NULL);
    int label_block = -1;
    for (int b = 0; b < f->nblocks && g; b++)
        for (int i = 0; i < f->blocks[b].ninsts; i++)
            if (&f->blocks[b].insts[i] == g)
                label_block = b;
    int preds = 0;
    for (int b = 0; b < f->nblocks; b++)
        for (int s = 0; s < f->blocks[b].nsuccs; s++)
            preds += f->blocks[b].succs[s] == label_block;
    CHECK(preds >= 2);

    /* Designated initializers at file scope lower to field stores. */
    char *init = ir_text(&u, "<file-scope initializers>");
    CHECK(strstr(init, "@g_table.fn = (&Cb())") != NULL);
    free(init);
    free(text);

    /* An implicitly declared function is still a call (MSVC accepts it). */
    ir_unit_free(&u);
    parse_text(fe, "implicit.c", "int F(void) { return NotDeclared(1); }\n", &u);
    CHECK(u.nerrors == 0);
    text = ir_text(&u, "F");
    CHECK(strstr(text, "call NotDeclared (1)") != NULL);
    free(text);
    ir_unit_free(&u);

    /* Role typedef declarations are recorded. */
    parse_text(fe, "role.c",
               "typedef unsigned char BOOLEAN;\n"
               "typedef BOOLEAN HW_BUILDIO(void *, void *);\n"
               "HW_BUILDIO MyBuildIo;\n"
               "BOOLEAN MyBuildIo(void *a, void *b) { return 1; }\n",
               &u);
    CHECK(u.nrole_decls >= 1 && strcmp(u.role_decls[0].function, "MyBuildIo") == 0 &&
          strcmp(u.role_decls[0].role_typedef, "HW_BUILDIO") == 0);
    ir_unit_free(&u);

    /* Constructs MSVC accepts with a warning are kept apart from errors, and
     * the rest of the unit is still lowered. */
    parse_text(fe, "msvc.c",
               "void Take(void *p);\n"
               "struct S { int a; };\n"
               "void Take(struct S *p) { p->a = 1; }\n"
               "void Bump(char *p) { (unsigned long long)p += 4; }\n"
               "int Good(void) { return 1; }\n",
               &u);
    CHECK(u.nerrors == 0 && u.ntolerated == 2);
    CHECK(find_fn(&u, "Good") != NULL && find_fn(&u, "Take") != NULL);
    ir_unit_free(&u);
    parse_text(fe, "real-error.c", "int F(void) { return undeclared; }\n", &u);
    CHECK(u.nerrors == 1 && u.ntolerated == 0);
    ir_unit_free(&u);

    /* Conditions are control flow: in `if (p && p->x)` the dereference sits
     * past the test of p, and `!` swaps the edges. */
    parse_text(fe, "cond.c",
               "struct S { int x; };\n"
               "int F(struct S *p, int flag) {\n"
               "    if (p && p->x) return 1;\n"
               "    if (!flag || p->x) return 2;\n"
               "    return 0;\n"
               "}\n",
               &u);
    const struct ir_function *cf = find_fn(&u, "F");
    CHECK(cf != NULL);
    if (cf) {
        int tests_p = -1, reads_x = -1;
        for (int b = 0; b < cf->nblocks; b++) {
            const struct ir_block *blk = &cf->blocks[b];
            if (blk->term == IR_TERM_BRANCH && blk->cond.kind == IR_OPND_VALUE &&
                blk->cond.path.base == IR_BASE_PARAM && blk->cond.path.index == 0 && tests_p < 0)
                tests_p = b;
            for (int i = 0; i < blk->ninsts; i++)
                for (int s = 0; s < blk->insts[i].nsrcs; s++)
                    if (blk->insts[i].loc.line == 3 && blk->insts[i].srcs[s].path.nsteps == 2 && reads_x < 0)
                        reads_x = b;
        }
        /* p is tested in its own block, whose true edge leads to the read of p->x. */
        CHECK(tests_p >= 0 && reads_x >= 0 && cf->blocks[tests_p].succs[0] == reads_x);
        /* `!flag || ...`: the flag is tested directly, its false edge is the then-branch. */
        bool flag_tested = false;
        for (int b = 0; b < cf->nblocks; b++)
            flag_tested = flag_tested || (cf->blocks[b].term == IR_TERM_BRANCH &&
                                          cf->blocks[b].cond.path.base == IR_BASE_PARAM &&
                                          cf->blocks[b].cond.path.index == 1);
        CHECK(flag_tested);
    }
    ir_unit_free(&u);

    /* An argument keeps its own location, apart from the call's. */
    parse_text(fe, "argloc.c", "void G(int);\nvoid F(int *p)\n{\n    G(\n      *p);\n}\n", &u);
    const struct ir_function *af = find_fn(&u, "F");
    const struct ir_inst *call = NULL;
    for (int b = 0; af && b < af->nblocks; b++)
        for (int i = 0; i < af->blocks[b].ninsts; i++)
            if (af->blocks[b].insts[i].kind == IR_CALL)
                call = &af->blocks[b].insts[i];
    CHECK(call && call->loc.line == 4 && call->nsrcs == 1 && call->srcs[0].loc.line == 5);
    ir_unit_free(&u);

    /* SEH: the __except handler is a branch after the guarded body. */
    parse_text(fe, "seh.c",
               "void G(int);\n"
               "void F(void) { __try { G(1); } __except (1) { G(2); } G(3); }\n", &u);
    CHECK(u.nerrors == 0);
    text = ir_text(&u, "F");
    CHECK(strstr(text, "call G (1)") && strstr(text, "call G (2)") && strstr(text, "call G (3)"));
    free(text);
    ir_unit_free(&u);
    frontend_free(fe);
    return CHECK_DONE();
}
