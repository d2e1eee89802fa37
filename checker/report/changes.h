/* SPDX-License-Identifier: Apache-2.0 */
/* changes.h — which lines a change touched, for reporting only the findings
 * a pull request introduces (the analysis still sees the whole tree).
 *
 * Two sources: clang-tidy's -line-filter JSON
 *   [{"name": "src/io.c", "lines": [[10, 20], [31, 31]]}, {"name": "hw.c"}]
 * (a name matches a file whose path ends with it, as in clang-tidy; no
 * "lines" means the whole file), or `git diff -U0 REF` in the scan root.
 */
#ifndef STORCHECK_CHANGES_H
#define STORCHECK_CHANGES_H

#include <stdbool.h>

struct changed_file {
    char *name;       /* a path suffix (line filter) or an absolute path (git) */
    int (*ranges)[2]; /* inclusive line ranges */
    int nranges;
    bool all_lines;
};

struct changes {
    struct changed_file *files;
    int count, cap;
};

int changes_load_line_filter(const char *path, struct changes *out, char **err);
int changes_from_git(const char *root, const char *ref, struct changes *out, char **err);
bool changes_cover(const struct changes *c, const char *file, int line);
void changes_free(struct changes *c);

#endif
