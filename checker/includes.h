/* includes.h — Windows-style #include resolution on a case-sensitive file system.
 *
 * Driver trees include headers with any letter case and with backslashes,
 * and reference files that only a Windows build generates (WPP *.tmh). This
 * module reads the include closure of a translation unit textually and plans
 * in-memory replacements (CXUnsavedFile contents, but with no libclang type
 * here) so that clang sees:
 *   - each #include that resolves only case-insensitively or after turning
 *     backslashes into slashes rewritten to the real path, on the same line;
 *   - each #include that cannot be found anywhere rewritten to an empty
 *     stand-in file under a virtual folder, so the unit is not lost.
 * Line numbers never change: a directive is rewritten in place.
 */
#ifndef STORCHECK_INCLUDES_H
#define STORCHECK_INCLUDES_H

#include "util.h"

/* The virtual folder that holds empty stand-ins; nothing exists there on disk. */
#define INCLUDES_STUB_DIR "/__storcheck_stub__"

struct include_search {
    struct strlist quote_dirs;  /* -iquote / -I folders, searched in order after the includer's folder */
    struct strlist system_dirs; /* -isystem folders (the model headers) */
    struct strlist name_dirs;   /* last resort: a header found by file name alone in these folders */
};

struct unsaved_file {
    char *path;     /* absolute */
    char *contents; /* owned */
    size_t length;
    bool stub;      /* an empty stand-in for a header that was not found */
};

struct include_plan {
    struct unsaved_file *files; /* rewritten sources and headers, and empty stand-ins */
    int count, cap;
    struct strlist stubbed;     /* "<includer>:<line>: <spelling>" for each stand-in */
    struct strlist fixed;       /* "<includer>:<line>: <spelling> -> <path>" for each rewrite */
};

/* Plans the replacements for the unit whose main file is tu_path. Returns 0,
 * or -1 if tu_path itself cannot be read (error text in *err, owned). */
int includes_plan(const char *tu_path, const struct include_search *s, struct include_plan *out,
                  char **err);
void include_plan_free(struct include_plan *p);

/* After a parse: an #include whose name a macro computed (`#include
 * STRINGIFY(VENDOR_VER)`), which the textual plan cannot see, was not found.
 * Resolves `spelling` the way the plan would, and adds an in-memory file at
 * the path clang looked for first (the includer's folder) holding the real
 * file's contents, or an empty stand-in. Returns whether the plan changed. */
bool includes_add_computed(struct include_plan *p, const struct include_search *s,
                           const char *includer, const char *spelling);

/* Whether path is one of the plan's empty stand-ins. */
bool includes_plan_is_stub(const struct include_plan *p, const char *path);

/* Whether an absolute path is one of our stand-ins. */
bool includes_is_stub(const char *path);

#endif
