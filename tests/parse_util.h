/* SPDX-License-Identifier: Apache-2.0 */
/* parse_util.h — parse C source text with the frontend, for unit tests. */
#ifndef STORCHECK_TEST_PARSE_UTIL_H
#define STORCHECK_TEST_PARSE_UTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontend.h"
#include "ir.h"
#include "util.h"

#include <ftw.h>

static char *test_dir;

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

/* The scratch folder goes when the test ends, pass or fail. */
static void tmpdir_remove(void)
{
    if (test_dir)
        nftw(test_dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static const char *tmpdir_get(void)
{
    if (!test_dir) {
        char tmpl[] = "/tmp/storcheck-test-XXXXXX";
        test_dir = xstrdup(mkdtemp(tmpl));
        atexit(tmpdir_remove);
    }
    return test_dir;
}

static char *write_source(const char *name, const char *text)
{
    char *path = path_join(tmpdir_get(), name);
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
    return path;
}

/* Parses `text` as file `name` with the MSVC target and no headers. */
static __attribute__((unused)) void parse_text(struct frontend *fe, const char *name, const char *text, struct ir_unit *u)
{
    char *path = write_source(name, text);
    struct strlist args = {0};
    const char *base[] = {"-x", "c", "--target=x86_64-pc-windows-msvc", "-fms-extensions",
                          "-fms-compatibility", "-nostdlibinc",
                          "-Wno-implicit-function-declaration"};
    for (size_t i = 0; i < sizeof base / sizeof *base; i++)
        strlist_add(&args, base[i]);
    memset(u, 0, sizeof *u);
    frontend_parse(fe, path, &args, NULL, u);
    strlist_free(&args);
    free(path);
}

/* The printed IR of function `fn` in unit u; caller frees. */
static __attribute__((unused)) char *ir_text(const struct ir_unit *u, const char *fn)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    for (int i = 0; i < u->nfunctions; i++)
        if (strcmp(u->functions[i].name, fn) == 0)
            ir_function_print(&u->functions[i], f);
    if (u->global_init && strcmp(fn, u->global_init->name) == 0)
        ir_function_print(u->global_init, f);
    fclose(f);
    return buf;
}

static __attribute__((unused)) const struct ir_function *find_fn(const struct ir_unit *u, const char *fn)
{
    for (int i = 0; i < u->nfunctions; i++)
        if (strcmp(u->functions[i].name, fn) == 0)
            return &u->functions[i];
    return NULL;
}
#endif
