/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
/* test_loop.c — loop_anchor: which loop holds a place, so that the reads of
 * one object in one loop group into one finding (loop.h). */
#include "check.h"
#include "loop.h"
#include "parse_util.h"

static const char *SRC =
    "int g(int);\n"                          /* 1 */
    "int F(int *a, int n)\n"                 /* 2 */
    "{\n"                                    /* 3 */
    "    int i, s = 0;\n"                    /* 4 */
    "    s += a[0];\n"                       /* 5 */
    "    for (i = 0; i < n; i++) {\n"        /* 6 */
    "        s += a[i];\n"                   /* 7 */
    "        if (a[i] < 0) {\n"              /* 8 */
    "            s -= a[1];\n"               /* 9 */
    "            return s;\n"                /* 10 */
    "        }\n"                            /* 11 */
    "        while (a[i] > 3) {\n"           /* 12 */
    "            a[i]--;\n"                  /* 13 */
    "        }\n"                            /* 14 */
    "    }\n"                                /* 15 */
    "    s += a[2];\n"                       /* 16 */
    "    for (;;) {\n"                       /* 17 */
    "        if (g(s)) break;\n"             /* 18 */
    "        s++;\n"                         /* 19 */
    "    }\n"                                /* 20 */
    "    s += a[3];\n"                       /* 21 */
    "    return s;\n"                        /* 22 */
    "}\n";

/* The place of the first instruction written on `line`. */
static struct ir_loc at_line(const struct ir_function *f, int line)
{
    for (int b = 0; b < f->nblocks; b++)
        for (int i = 0; i < f->blocks[b].ninsts; i++)
            if (f->blocks[b].insts[i].loc.line == line)
                return f->blocks[b].insts[i].loc;
    struct ir_loc none = {0};
    return none;
}

static int anchor_line(const struct ir_function *f, int line, int *column)
{
    struct ir_loc a = loop_anchor(f, at_line(f, line));
    *column = a.column;
    return a.line;
}

int main(void)
{
    struct frontend *fe = frontend_new();
    struct ir_unit u;
    parse_text(fe, "loops.c", SRC, &u);
    CHECK(u.nerrors == 0);
    const struct ir_function *f = find_fn(&u, "F");
    CHECK(f != NULL);
    if (f) {
        int col;
        /* before any loop: the statement itself, column 0 */
        CHECK(anchor_line(f, 5, &col) == 5 && col == 0);
        /* in the for loop, and on its early-return path: the loop's test */
        int l7 = anchor_line(f, 7, &col);
        CHECK(l7 == 6 && col > 0);
        CHECK(anchor_line(f, 9, &col) == 6);
        /* the inner while loop is innermost */
        CHECK(anchor_line(f, 13, &col) == 12);
        /* after the loop: a statement again */
        CHECK(anchor_line(f, 16, &col) == 16 && col == 0);
        /* for (;;) left by break: its body is in the loop, the code after is not */
        int l19 = anchor_line(f, 19, &col);
        CHECK(l19 >= 17 && l19 <= 19 && col > 0);
        CHECK(anchor_line(f, 21, &col) == 21 && col == 0);
    }
    /* no function, or a place it does not hold: the statement */
    struct ir_loc nowhere = {"elsewhere.c", 40, 7};
    struct ir_loc a = loop_anchor(NULL, nowhere);
    CHECK(a.line == 40 && a.column == 0);
    if (f) {
        a = loop_anchor(f, nowhere);
        CHECK(a.line == 40 && a.column == 0);
    }
    ir_unit_free(&u);
    frontend_free(fe);
    return CHECK_DONE();
}
