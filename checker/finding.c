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
        char *text = normalized_line(&cache, f->loc.file, f->loc.line);
        struct strbuf sb = {0};
        sb_appendf(&sb, "%s\n%s\n%s\n%s\n", f->rule, rel, f->function, text);
        for (int s = 0; s < f->ntrace; s++) {
            char *step = normalized_line(&cache, f->trace[s].loc.file, f->trace[s].loc.line);
            sb_appendf(&sb, "%s\n", step);
            free(step);
        }
        unsigned long long h = hash_fnv1a(sb.data, sb.len, HASH_FNV1A_SEED);
        free(f->fingerprint);
        f->fingerprint = xasprintf("%016llx", h);
        sb_free(&sb);
        free(text);
        free(rel);
    }
    source_cache_free(&cache);
}

void findings_free(struct findings *fs)
{
    for (int i = 0; i < fs->count; i++)
        finding_free(&fs->items[i]);
    free(fs->items);
    memset(fs, 0, sizeof *fs);
}
