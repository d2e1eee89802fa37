/* SPDX-License-Identifier: Apache-2.0 */
/* fuzz_util.h — shared by the libFuzzer harnesses: the parsers under test
 * read files, so each input is written to a scratch folder of this process. */
#ifndef STORCHECK_FUZZ_UTIL_H
#define STORCHECK_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

static char *fuzz_dir;

static void fuzz_dir_remove(void)
{
    if (!fuzz_dir)
        return;
    char *cmd = xasprintf("rm -rf '%s'", fuzz_dir);
    if (system(cmd) != 0)
        fprintf(stderr, "fuzz: could not remove %s\n", fuzz_dir);
    free(cmd);
}

/* The process's scratch folder, made on first use and removed at exit. */
static const char *fuzz_scratch(void)
{
    if (!fuzz_dir) {
        char tmpl[] = "/tmp/storcheck-fuzz-XXXXXX";
        if (!mkdtemp(tmpl))
            abort();
        fuzz_dir = xstrdup(tmpl);
        atexit(fuzz_dir_remove);
    }
    return fuzz_dir;
}

/* Writes the input to <scratch>/<name>; the path is owned by the caller. */
static __attribute__((unused)) char *fuzz_write(const char *name, const uint8_t *data, size_t size)
{
    char *path = path_join(fuzz_scratch(), name);
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    if (size && fwrite(data, 1, size, f) != size)
        abort();
    fclose(f);
    return path;
}

#endif
