/* SPDX-License-Identifier: Apache-2.0 */
/* suppress.c — see suppress.h. */
#define _POSIX_C_SOURCE 200809L
#include "suppress.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"

/* Whether the marker at text[pos] is inside a comment: a // or slash-star earlier
 * on the line, or a line that continues a block comment with '*'. */
static bool in_comment(const char *text, size_t pos)
{
    for (size_t i = 0; i + 1 <= pos; i++)
        if (text[i] == '/' && (text[i + 1] == '/' || text[i + 1] == '*'))
            return true;
    size_t i = 0;
    while (i < pos && (text[i] == ' ' || text[i] == '\t'))
        i++;
    return i < pos && text[i] == '*';
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t';
}

static void parse_one(const char *p, const char *end, const struct source *src, const char *shown,
                      int line, struct suppressions *out, struct strlist *diags)
{
    bool whole_file = false;
    p += strlen(SUPPRESS_MARKER);
    if (end - p >= 5 && strncmp(p, "-file", 5) == 0) {
        whole_file = true;
        p += 5;
    }
    const char *form = whole_file ? SUPPRESS_MARKER "-file" : SUPPRESS_MARKER;
    const char *close = p < end && *p == '[' ? memchr(p, ']', (size_t)(end - p)) : NULL;
    if (!close) {
        strlist_add_owned(diags, xasprintf("%s:%d: malformed suppression; write '%s[rule-id]: reason'",
                                           shown, line, form));
        return;
    }
    const char *q = close + 1;
    while (q < end && is_space(*q))
        q++;
    const char *reason = NULL;
    size_t rlen = 0;
    if (q < end && *q == ':') {
        reason = q + 1;
        const char *re = end;
        /* a block comment's close is not part of the reason */
        for (const char *c = reason; c + 1 < end; c++)
            if (c[0] == '*' && c[1] == '/') {
                re = c;
                break;
            }
        while (reason < re && is_space(*reason))
            reason++;
        while (re > reason && is_space(re[-1]))
            re--;
        rlen = (size_t)(re - reason);
    }
    char *ids = xstrndup(p + 1, (size_t)(close - p - 1));
    if (rlen == 0) {
        strlist_add_owned(diags, xasprintf("%s:%d: suppression of '%s' has no reason and is not applied; "
                                           "write '%s[%s]: why this is safe'",
                                           shown, line, ids, form, ids));
        free(ids);
        return;
    }
    char *save = NULL;
    for (char *id = strtok_r(ids, ",", &save); id; id = strtok_r(NULL, ",", &save)) {
        while (is_space(*id))
            id++;
        size_t n = strlen(id);
        while (n > 0 && is_space(id[n - 1]))
            id[--n] = '\0';
        if (!*id || !rules_match_any(id)) {
            strlist_add_owned(diags, xasprintf("%s:%d: suppression names unknown rule '%s' (see --list-rules)",
                                               shown, line, id));
            continue;
        }
        VEC_GROW(out->items, out->count, out->cap);
        struct suppression *s = &out->items[out->count++];
        s->file = xstrdup(src->path);
        s->line = line;
        s->whole_file = whole_file;
        s->rule = xstrdup(id);
        s->reason = xstrndup(reason, rlen);
        s->used = 0;
    }
    free(ids);
}

void suppress_scan(const struct source *src, const char *shown, struct suppressions *out,
                   struct strlist *diags)
{
    size_t mlen = strlen(SUPPRESS_MARKER);
    for (int line = 1; line <= src->nlines; line++) {
        const char *text;
        size_t len;
        if (!source_line(src, line, &text, &len))
            break;
        const char *end = text + len;
        for (const char *p = text; p + mlen <= end; p++) {
            if (memcmp(p, SUPPRESS_MARKER, mlen) != 0 || !in_comment(text, (size_t)(p - text)))
                continue;
            parse_one(p, end, src, shown, line, out, diags);
            p += mlen - 1;
        }
    }
}

struct suppression *suppress_match(struct suppressions *s, const char *rule, const char *file,
                                   int line)
{
    for (int i = 0; i < s->count; i++) {
        struct suppression *x = &s->items[i];
        if (strcmp(x->file, file) != 0 || fnmatch(x->rule, rule, 0) != 0)
            continue;
        if (x->whole_file || x->line == line || x->line == line - 1) {
            x->used++;
            return x;
        }
    }
    return NULL;
}

void suppressions_free(struct suppressions *s)
{
    for (int i = 0; i < s->count; i++) {
        free(s->items[i].file);
        free(s->items[i].rule);
        free(s->items[i].reason);
    }
    free(s->items);
    memset(s, 0, sizeof *s);
}
