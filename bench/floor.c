/* SPDX-License-Identifier: Apache-2.0 */
/* floor.c — the floor bench/run measures storcheck against: libclang's plain
 * parse of every unit, one after another in one process, with one index.
 *
 * usage: storcheck_floor LIST
 * LIST holds one unit per line: its clang arguments separated by the byte
 * 0x1f, the unit's file last (what `storcheck --print-args` prints, split).
 * Prints the number of units and of errors. */
#define _POSIX_C_SOURCE 200809L
#include <clang-c/Index.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s LIST\n", argv[0]);
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    CXIndex index = clang_createIndex(0, 0);
    char *line = NULL;
    size_t cap = 0;
    long units = 0, errors = 0;
    while (getline(&line, &cap, f) > 0) {
        line[strcspn(line, "\n")] = '\0';
        const char *args[4096];
        int n = 0;
        for (char *p = line, *sep; p && n < 4096; p = sep ? sep + 1 : NULL) {
            sep = strchr(p, '\x1f');
            if (sep)
                *sep = '\0';
            args[n++] = p;
        }
        if (n < 1)
            continue;
        CXTranslationUnit tu = NULL;
        /* the same options storcheck's frontend parses with */
        unsigned opts = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
        if (clang_parseTranslationUnit2(index, args[n - 1], args, n - 1, NULL, 0, opts, &tu) == CXError_Success) {
            unsigned nd = clang_getNumDiagnostics(tu);
            for (unsigned i = 0; i < nd; i++) {
                CXDiagnostic d = clang_getDiagnostic(tu, i);
                errors += clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error;
                clang_disposeDiagnostic(d);
            }
            clang_disposeTranslationUnit(tu);
        }
        units++;
    }
    free(line);
    fclose(f);
    clang_disposeIndex(index);
    printf("%ld units, %ld errors\n", units, errors);
    return 0;
}
