/* SPDX-License-Identifier: Apache-2.0 */
/* source.c — see source.h. */
#include "source.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static void split_lines(struct source *s)
{
    int cap = 64;
    s->line_start = xmalloc((size_t)cap * sizeof *s->line_start);
    s->nlines = 0;
    if (s->len == 0)
        return;
    s->line_start[s->nlines++] = 0;
    for (size_t i = 0; i < s->len; i++) {
        bool end = s->data[i] == '\n' || (s->data[i] == '\r' && (i + 1 >= s->len || s->data[i + 1] != '\n'));
        if (end && i + 1 < s->len) {
            if (s->nlines >= cap) {
                cap *= 2;
                s->line_start = xrealloc(s->line_start, (size_t)cap * sizeof *s->line_start);
            }
            s->line_start[s->nlines++] = i + 1;
        }
    }
}

const struct source *source_get(struct source_cache *c, const char *path)
{
    for (int i = 0; i < c->count; i++)
        if (strcmp(c->files[i]->path, path) == 0)
            return c->files[i];
    struct source *s = xcalloc(1, sizeof *s);
    s->path = xstrdup(path);
    s->data = read_file(path, &s->len);
    if (s->data)
        split_lines(s);
    VEC_PUSH(c->files, c->count, c->cap, s);
    return s;
}

bool source_line(const struct source *s, int line, const char **text, size_t *len)
{
    if (!s->data || line < 1 || line > s->nlines)
        return false;
    size_t b = s->line_start[line - 1];
    size_t e = line < s->nlines ? s->line_start[line] : s->len;
    while (e > b && (s->data[e - 1] == '\n' || s->data[e - 1] == '\r'))
        e--;
    *text = s->data + b;
    *len = e - b;
    return true;
}

void source_cache_free(struct source_cache *c)
{
    for (int i = 0; i < c->count; i++) {
        free(c->files[i]->path);
        free(c->files[i]->data);
        free(c->files[i]->line_start);
        free(c->files[i]);
    }
    free(c->files);
    memset(c, 0, sizeof *c);
}
