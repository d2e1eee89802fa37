/* discover.h — which translation units to scan, and with which flags.
 *
 * Three sources, in order of authority: a JSON compilation database (exactly
 * its units and arguments), a .vcxproj (its ClCompile items, include folders
 * and defines for one Configuration|Platform), or a walk of the given paths
 * for .c/.cpp files (zero-config). Walks skip hidden folders and build
 * outputs. Errors are one line each, "file: problem", and never stop the
 * discovery of the other paths.
 */
#ifndef STORCHECK_DISCOVER_H
#define STORCHECK_DISCOVER_H

#include "util.h"

struct tu_spec {
    char *file;          /* absolute, normalized path of the source file */
    char *directory;     /* absolute working directory for relative paths in args */
    struct strlist args; /* only -I<dir> (absolute), -D<name>[=<v>], -U<name>, -include <file> */
    char *origin;        /* "walk", "compdb:<path>" or "vcxproj:<path>" */
    char *skip_reason;   /* non-NULL: not kernel code, not parsed; says why (owned) */
};

struct discover_options {
    const char *const *paths; /* files or folders; at least one */
    int npaths;
    const char *compdb;        /* compile_commands.json, or a folder holding one; NULL if none */
    const char *vcxproj;       /* explicit project file; NULL for automatic discovery in walks */
    const char *configuration; /* "Release|x64" style; NULL picks a Release x64 one */
    bool no_vcxproj;           /* do not look for *.vcxproj in walked folders */
};

struct discovery {
    struct tu_spec *units;
    int count, cap;
    struct strlist header_dirs; /* folders under the scan paths that hold headers (.h/.hpp) */
    struct strlist notes;       /* informational lines, e.g. dropped $(IntDir) */
    struct strlist errors;      /* "path: problem", one line each */
};

/* Fills *out (which must be zeroed). Returns 0 when at least one unit was
 * found and no configuration error occurred; -1 on a configuration error
 * (unreadable or malformed compilation database / project file: the scan
 * should exit 2); 1 when nothing scannable was found. Per-path problems
 * (missing path, unreadable folder) are added to out->errors either way. */
int discover_units(const struct discover_options *o, struct discovery *out);
void discovery_free(struct discovery *d);

#endif
