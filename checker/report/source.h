/* SPDX-License-Identifier: Apache-2.0 */
/* source.h — the scanned files' text, read once and split into lines, for the
 * stages after the analysis that quote source: suppression comments, the
 * HTML report's excerpts and SARIF's line hashes.
 *
 * Bytes are kept as they are on disk (they may not be UTF-8); each writer
 * escapes them for its own format. */
#ifndef STORCHECK_SOURCE_H
#define STORCHECK_SOURCE_H

#include <stdbool.h>
#include <stddef.h>

struct source {
    char *path;   /* absolute */
    char *data;   /* NULL when the file could not be read */
    size_t len;
    size_t *line_start; /* line_start[i] is the offset of line i+1 */
    int nlines;
};

struct source_cache {
    struct source **files;
    int count, cap;
};

/* Borrowed, owned by the cache; never NULL (an unreadable file has data NULL). */
const struct source *source_get(struct source_cache *c, const char *path);
/* Line `line` (1-based) without its line ending; false if out of range. */
bool source_line(const struct source *s, int line, const char **text, size_t *len);
void source_cache_free(struct source_cache *c);

#endif
