/* SPDX-License-Identifier: Apache-2.0 */
/* finding.c — see finding.h. */
#define _GNU_SOURCE
#include "finding.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"
#include "util.h"

const char *level_name(int level)
{
    switch (level) {
    case LEVEL_NOTE:
        return "note";
    case LEVEL_WARNING:
        return "warning";
    case LEVEL_ERROR:
        return "error";
    default:
        return "never";
    }
}

struct finding *findings_add(struct findings *fs, const char *rule, int level, struct ir_loc loc,
                             const char *function, const char *fmt, ...)
{
    VEC_GROW(fs->items, fs->count, fs->cap);
    struct finding *f = &fs->items[fs->count++];
    memset(f, 0, sizeof *f);
    f->rule = rule;
    f->level = level;
    f->loc = loc;
    f->function = xstrdup(function ? function : "");
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(&f->message, fmt, ap) < 0)
        f->message = xstrdup(fmt);
    va_end(ap);
    return f;
}

void finding_step(struct finding *f, struct ir_loc loc, const char *fmt, ...)
{
    f->trace = xrealloc(f->trace, (size_t)(f->ntrace + 1) * sizeof *f->trace);
    struct trace_step *s = &f->trace[f->ntrace++];
    s->loc = loc;
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(&s->message, fmt, ap) < 0)
        s->message = xstrdup(fmt);
    va_end(ap);
}

void finding_group_key(struct finding *f, const char *object, struct ir_loc anchor)
{
    free(f->object);
    f->object = xstrdup(object ? object : "");
    f->anchor = anchor;
}

static int cmp_loc(const struct ir_loc *a, const struct ir_loc *b)
{
    int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
    if (c)
        return c;
    if (a->line != b->line)
        return a->line - b->line;
    return a->column - b->column;
}

static int cmp_finding(const void *pa, const void *pb)
{
    const struct finding *a = pa, *b = pb;
    int c = cmp_loc(&a->loc, &b->loc);
    if (c)
        return c;
    c = strcmp(a->rule, b->rule);
    if (c)
        return c;
    c = strcmp(a->message, b->message);
    return c ? c : strcmp(a->driver ? a->driver : "", b->driver ? b->driver : "");
}

/* Adds the drivers of a dropped duplicate to the kept finding's list. */
static void merge_driver(struct finding *kept, const struct finding *dup)
{
    if (!dup->driver || !*dup->driver)
        return;
    if (!kept->driver || !*kept->driver) {
        free(kept->driver);
        kept->driver = xstrdup(dup->driver);
        return;
    }
    size_t n = strlen(dup->driver);
    for (const char *p = kept->driver; (p = strstr(p, dup->driver)); p++)
        if ((p == kept->driver || (p >= kept->driver + 2 && p[-2] == ',' && p[-1] == ' ')) &&
            (p[n] == '\0' || p[n] == ','))
            return;
    char *both = xasprintf("%s, %s", kept->driver, dup->driver);
    free(kept->driver);
    kept->driver = both;
}

void finding_free(struct finding *f)
{
    free(f->function);
    free(f->message);
    for (int i = 0; i < f->ntrace; i++)
        free(f->trace[i].message);
    free(f->trace);
    free(f->fingerprint);
    free(f->driver);
    free(f->object);
    for (int i = 0; i < f->nrelated; i++)
        free(f->related[i].message);
    free(f->related);
}

void findings_sort(struct findings *fs)
{
    if (fs->count > 1)
        qsort(fs->items, (size_t)fs->count, sizeof *fs->items, cmp_finding);
    int out = 0;
    for (int i = 0; i < fs->count; i++) {
        if (out > 0 && strcmp(fs->items[out - 1].rule, fs->items[i].rule) == 0 &&
            fs->items[out - 1].loc.line == fs->items[i].loc.line &&
            strcmp(fs->items[out - 1].loc.file ? fs->items[out - 1].loc.file : "",
                   fs->items[i].loc.file ? fs->items[i].loc.file : "") == 0) {
            merge_driver(&fs->items[out - 1], &fs->items[i]);
            finding_free(&fs->items[i]);
            continue;
        }
        fs->items[out++] = fs->items[i];
    }
    fs->count = out;
}

/* Order of grouping: the identity first, then the place (the findings are
 * sorted by place, so their addresses are in that order), so that each group
 * is a run whose first member is its earliest place. */
static int cmp_group(const void *pa, const void *pb)
{
    const struct finding *a = *(const struct finding *const *)pa, *b = *(const struct finding *const *)pb;
    int c = strcmp(a->rule, b->rule);
    if (!c)
        c = strcmp(a->function, b->function);
    if (!c)
        c = strcmp(a->object, b->object);
    if (!c)
        c = cmp_loc(&a->anchor, &b->anchor);
    return c ? c : (a > b) - (a < b);
}

static bool same_group(const struct finding *a, const struct finding *b)
{
    return strcmp(a->rule, b->rule) == 0 && strcmp(a->function, b->function) == 0 &&
           strcmp(a->object, b->object) == 0 && cmp_loc(&a->anchor, &b->anchor) == 0;
}

static void add_related(struct finding *into, struct finding *from)
{
    into->related = xrealloc(into->related, (size_t)(into->nrelated + 1) * sizeof *into->related);
    struct related_loc *r = &into->related[into->nrelated++];
    r->loc = from->loc;
    r->message = from->message;
    from->message = NULL;
    merge_driver(into, from);
}

void findings_group(struct findings *fs)
{
    struct finding **order = xcalloc((size_t)fs->count + 1, sizeof *order);
    int n = 0;
    for (int i = 0; i < fs->count; i++)
        if (fs->items[i].object)
            order[n++] = &fs->items[i];
    if (n > 1)
        qsort(order, (size_t)n, sizeof *order, cmp_group);
    bool *folded = xcalloc((size_t)fs->count + 1, sizeof *folded);
    for (int i = 0; i < n;) {
        int j = i + 1;
        for (; j < n && same_group(order[i], order[j]); j++) {
            add_related(order[i], order[j]);
            folded[order[j] - fs->items] = true;
        }
        i = j;
    }
    int out = 0;
    for (int i = 0; i < fs->count; i++) {
        if (folded[i]) {
            finding_free(&fs->items[i]);
            continue;
        }
        fs->items[out++] = fs->items[i];
    }
    fs->count = out;
    free(folded);
    free(order);
}

/* The code on line `line` of `file`: whitespace and comments removed, so that
 * re-indenting, or adding a trailing `// storcheck-ignore[...]`, does not
 * change a fingerprint. String and character literals are kept as written. */
static char *normalized_line(struct source_cache *cache, const char *file, int line)
{
    const char *text;
    size_t len;
    if (!file || !source_line(source_get(cache, file), line, &text, &len))
        return xstrdup("");
    struct strbuf sb = {0};
    char quote = 0;
    for (size_t i = 0; i < len; i++) {
        char c = text[i];
        if (quote) {
            sb_appendn(&sb, &c, 1);
            if (c == '\\' && i + 1 < len)
                sb_appendn(&sb, &text[++i], 1);
            else if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '/' && i + 1 < len && text[i + 1] == '/')
            break;
        if (c == '/' && i + 1 < len && text[i + 1] == '*') {
            const char *end = NULL;
            for (size_t j = i + 2; j + 1 < len && !end; j++)
                if (text[j] == '*' && text[j + 1] == '/')
                    end = &text[j];
            if (!end)
                break;
            i = (size_t)(end - text) + 1;
            continue;
        }
        if (c == '"' || c == '\'')
            quote = c;
        if (!isspace((unsigned char)c))
            sb_appendn(&sb, &c, 1);
    }
    return sb_steal(&sb);
}

void findings_fingerprint(struct findings *fs, const char *root)
{
    struct source_cache cache = {0};
    for (int i = 0; i < fs->count; i++) {
        struct finding *f = &fs->items[i];
        char *rel = path_relative(f->loc.file ? f->loc.file : "", root);
        struct strbuf sb = {0};
        if (f->object) {
            /* A defect with several places is named by what it is about and
             * its cause, so one more read in the same loop, or a new
             * earliest one, leaves the fingerprint (and baselines) alone. */
            char *cause = normalized_line(&cache, f->anchor.file, f->anchor.line);
            sb_appendf(&sb, "%s\n%s\n%s\n%s\n%s\n", f->rule, rel, f->function, f->object, cause);
            free(cause);
        } else {
            char *text = normalized_line(&cache, f->loc.file, f->loc.line);
            sb_appendf(&sb, "%s\n%s\n%s\n%s\n", f->rule, rel, f->function, text);
            free(text);
        }
        for (int s = 0; !f->object && s < f->ntrace; s++) {
            char *step = normalized_line(&cache, f->trace[s].loc.file, f->trace[s].loc.line);
            sb_appendf(&sb, "%s\n", step);
            free(step);
        }
        unsigned long long h = hash_fnv1a(sb.data, sb.len, HASH_FNV1A_SEED);
        free(f->fingerprint);
        f->fingerprint = xasprintf("%016llx", h);
        sb_free(&sb);
        free(rel);
    }
    /* Two defects can read alike (the same completion line written twice in
     * one function): the second and later get their occurrence, in source
     * order, hashed in, so each fingerprint names one finding. */
    char **plain = xcalloc((size_t)fs->count + 1, sizeof *plain);
    for (int i = 0; i < fs->count; i++)
        plain[i] = xstrdup(fs->items[i].fingerprint);
    for (int i = 0; i < fs->count; i++) {
        int seen = 0;
        for (int j = 0; j < i; j++)
            seen += strcmp(plain[j], plain[i]) == 0;
        if (!seen)
            continue;
        char *salted = xasprintf("%s#%d", plain[i], seen);
        free(fs->items[i].fingerprint);
        fs->items[i].fingerprint = xasprintf("%016llx", hash_fnv1a(salted, strlen(salted), HASH_FNV1A_SEED));
        free(salted);
    }
    for (int i = 0; i < fs->count; i++)
        free(plain[i]);
    free(plain);
    source_cache_free(&cache);
}

void findings_free(struct findings *fs)
{
    for (int i = 0; i < fs->count; i++)
        finding_free(&fs->items[i]);
    free(fs->items);
    memset(fs, 0, sizeof *fs);
}
