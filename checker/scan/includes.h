/* SPDX-License-Identifier: Apache-2.0 */
/* includes.h — Windows-style #include resolution on a case-sensitive file system.
 *
 * Driver trees include headers with any letter case and with backslashes,
 * and reference files that only a Windows build generates (WPP *.tmh). This
 * module reads the include closure of a translation unit textually and plans
 * in-memory replacements (CXUnsavedFile contents, but with no libclang type
 * here) so that clang sees:
 *   - each #include that resolves only case-insensitively or after turning
 *     backslashes into slashes rewritten to the real path, on the same line;
 *   - each #include that no search folder resolves, but whose name (with the
 *     sub-path as spelled: `winspd/ioctl.h` matches `.../inc/winspd/ioctl.h`)
 *     exists elsewhere in the includer's repository, rewritten to the copy
 *     nearest the includer: a guess, listed apart from the fixes (never a
 *     <C library header>, never from another system's folder such as
 *     os/linux; see lookup_by_name);
 *   - each #include that cannot be found anywhere rewritten to an empty
 *     stand-in file under a virtual folder, so the unit is not lost.
 * Line numbers never change: a directive is rewritten in place.
 */
#ifndef STORCHECK_INCLUDES_H
#define STORCHECK_INCLUDES_H

#include "util.h"

/* The virtual folder that holds empty stand-ins; nothing exists there on disk. */
#define INCLUDES_STUB_DIR "/__storcheck_stub__"

/* Built once per run and shared by every unit (read-only after
 * includes_index_new, except for its folder-listing cache, which has its own
 * lock): every file of the repositories by lower-case name, and the
 * listings of the folders that include resolution reads. */
struct include_index;

/* Indexes every file under each of repo_roots (skipping hidden folders and
 * build outputs) and the files directly in each of name_dirs. Owned. */
struct include_index *includes_index_new(const struct strlist *repo_roots,
                                         const struct strlist *name_dirs);
void includes_index_free(struct include_index *ix);
/* How many files the index holds; for tests and --stats. */
int includes_index_size(const struct include_index *ix);
/* A hash of which headers the index holds (not their content): a unit cached
 * with one listing is parsed again under another (cache.h). */
unsigned long long includes_index_listing_hash(const struct include_index *ix);

struct include_search {
    struct strlist quote_dirs;  /* -iquote / -I folders, searched in order after the includer's folder */
    struct strlist system_dirs; /* -isystem folders (the model headers) */
    struct strlist name_dirs;   /* last resort: a header found by file name alone in these folders
                                   (used only when `index` is NULL) */
    const struct include_index *index; /* the run's index, or NULL (then a private one per plan) */
    struct strlist forced;      /* files given with -include, absolute: planned before the unit */
    /* Bounds (docs/security.md); 0: the defaults of options.h. A header
     * past a bound, not a regular file, or (with an index) outside the
     * repositories, the search folders and the model headers, is refused:
     * it gets an empty stand-in and a "(refused: why)" note in stubbed. */
    size_t max_file_bytes;
    int max_depth;
    bool anywhere;  /* --follow-symlinks: headers outside the repositories are read too */
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
    struct strlist fixed;       /* "<includer>:<line>: <spelling> -> <path>" for each rewrite by
                                   letter case or backslashes */
    struct strlist guessed;     /* the same, for each header that no search folder names, found
                                   by name (and sub-path) elsewhere in the repository */
};

/* Plans the replacements for the unit whose main file is tu_path. Returns 0,
 * or -1 if tu_path itself cannot be read (error text in *err, owned). */
int includes_plan(const char *tu_path, const struct include_search *s, struct include_plan *out,
                  char **err);
void include_plan_free(struct include_plan *p);

/* After a parse: an #include whose name a macro computed (`#include
 * STRINGIFY(VENDOR_VER)`), which the textual plan cannot see, was not found.
 * Resolves `spelling` the way the plan would, and adds an in-memory file at
 * the path clang looked for first (the includer's folder; for an `angled`
 * spelling clang reported, the first -I folder, else the first system
 * folder) holding the real
 * file's contents, or an empty stand-in. Returns whether the plan changed. */
bool includes_add_computed(struct include_plan *p, const struct include_search *s,
                           const char *includer, const char *spelling, bool angled);

/* Whether path is one of the plan's empty stand-ins. */
bool includes_plan_is_stub(const struct include_plan *p, const char *path);

/* Whether an absolute path is one of our stand-ins. */
bool includes_is_stub(const char *path);

#endif
