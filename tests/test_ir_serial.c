/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
/* The IR as bytes and back (workers hand units to the main process this
 * way): a round trip prints the same IR, and no truncated or corrupted
 * buffer is accepted as a unit or read past its end. */
#include "check.h"
#include "ir_serial.h"
#include "parse_util.h"

static const char *SOURCE =
    "typedef struct _EXT { int *p; struct { int q; } in; } EXT;\n"
    "static EXT g_ext;\n"
    "int helper(int x);\n"
    "enum color { RED, GREEN = 5 };\n"
    "int f(EXT *e, int n) {\n"
    "    int total = 0;\n"
    "    for (int i = 0; i < n; i++) { if (e->p && i != GREEN) total += e->p[i]; else continue; }\n"
    "    switch (n) { case 1: total = helper(total); break; default: g_ext.in.q = sizeof(EXT); }\n"
    "    return total > 3 ? total : -1;\n"
    "}\n"
    "int (*table[])(int) = { helper };\n"
    "int broken(void) { return undeclared_name; }\n";

static char *print_unit(const struct ir_unit *u)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    for (int i = 0; i < u->nfunctions; i++)
        ir_function_print(&u->functions[i], f);
    if (u->global_init)
        ir_function_print(u->global_init, f);
    fprintf(f, "records %d globals %d errors %d files %d\n", u->nrecords, u->nglobals, u->nerrors, u->nfiles);
    for (int i = 0; i < u->nerrors; i++)
        fprintf(f, "%s:%d:%d %s\n", u->errors[i].loc.file, u->errors[i].loc.line, u->errors[i].loc.column,
                u->errors[i].message);
    fclose(f);
    return text;
}

int main(void)
{
    struct frontend *fe = frontend_new();
    struct ir_unit u = {0};
    parse_text(fe, "serial.c", SOURCE, &u);
    CHECK(u.nfunctions >= 2 && u.nerrors == 1 && u.global_init != NULL);

    struct bytes b = {0};
    ir_unit_write(&u, &b);
    struct bytes_reader r = {b.data, b.len, false};
    struct ir_unit back;
    CHECK(ir_unit_read(&r, &back) == 0 && r.left == 0);
    char *want = print_unit(&u), *got = print_unit(&back);
    CHECK(strcmp(want, got) == 0);
    CHECK(strstr(want, "(=1)") != NULL); /* switch labels are printed, so they are compared */
    /* Written again, the unit read back gives the same bytes: nothing that is
     * written is dropped on reading. */
    struct bytes again = {0};
    ir_unit_write(&back, &again);
    CHECK(again.len == b.len && memcmp(again.data, b.data, b.len) == 0);
    bytes_free(&again);
    /* Locations point into the unit's own file table. */
    CHECK(back.nfiles == u.nfiles && back.functions[0].loc.file == back.files[0]);
    /* A switch keeps its case labels. */
    int labels = 0;
    for (int fi = 0; fi < back.nfunctions; fi++)
        for (int bi = 0; bi < back.functions[fi].nblocks; bi++) {
            const struct ir_block *blk = &back.functions[fi].blocks[bi];
            if (blk->term == IR_TERM_SWITCH && blk->cases && blk->cases[0].known && blk->cases[0].value == 1)
                labels++;
        }
    CHECK(labels == 1);
    free(got);
    ir_unit_free(&back);

    /* Every truncation is refused. */
    int accepted = 0;
    for (size_t cut = 0; cut < b.len; cut++) {
        struct bytes_reader t = {b.data, cut, false};
        struct ir_unit x;
        if (ir_unit_read(&t, &x) == 0) {
            accepted++;
            ir_unit_free(&x);
        }
    }
    CHECK(accepted == 0);

    /* Flipped bytes never crash the reader (ASan runs this too); a result it
     * accepts is a whole unit that frees cleanly; and the checks refuse most
     * damage (a reader that accepted anything would pass the loop alone). */
    unsigned seed = 12345;
    int refused = 0;
    for (int round = 0; round < 3000; round++) {
        unsigned char *copy = xmalloc(b.len);
        memcpy(copy, b.data, b.len);
        for (int k = 0; k < 4; k++) {
            seed = seed * 1103515245u + 12345u;
            copy[(seed >> 8) % b.len] ^= (unsigned char)(1u << ((seed >> 4) & 7));
        }
        struct bytes_reader t = {copy, b.len, false};
        struct ir_unit x;
        if (ir_unit_read(&t, &x) == 0)
            ir_unit_free(&x);
        else
            refused++;
        free(copy);
    }
    CHECK(refused > 0);

    free(want);
    bytes_free(&b);
    ir_unit_free(&u);
    frontend_free(fe);
    return CHECK_DONE();
}
