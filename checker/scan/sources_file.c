/* SPDX-License-Identifier: Apache-2.0 */
/* sources_file.c — WDK `sources` files (the build.exe system); see projects.h.
 *
 * A sources file is an nmake fragment: `NAME = value` lines, `\` at the end
 * of a line continues it, `#` starts a comment, $(NAME) refers to a macro,
 * and `!if` / `!ifdef` / `!ifndef` / `!else` / `!elseif` / `!endif` select
 * lines. Macros the file does not set come from the build environment
 * (DDK_TARGET_OS, FREEBUILD, _NT_TOOLS_VERSION...), which we do not have:
 * they are empty here, which is what a plain build with no special settings
 * sees, and each condition that read one is noted.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "projects.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct macros {
    struct strlist names, values;
    struct strlist unknown; /* macros read but never set */
};

static const char *macro_get(const struct macros *m, const char *name)
{
    for (int i = m->names.count - 1; i >= 0; i--)
        if (!strcasecmp(m->names.items[i], name))
            return m->values.items[i];
    return NULL;
}

static void macro_set(struct macros *m, const char *name, char *value)
{
    for (int i = 0; i < m->names.count; i++)
        if (!strcasecmp(m->names.items[i], name)) {
            free(m->values.items[i]);
            m->values.items[i] = value;
            return;
        }
    strlist_add(&m->names, name);
    strlist_add_owned(&m->values, value);
}

/* Expands $(NAME); an unset macro is empty, as in nmake, and remembered. */
static char *expand(struct macros *m, const char *s)
{
    struct strbuf sb = {0};
    sb_append(&sb, "");
    while (*s) {
        if (s[0] == '$' && s[1] == '(') {
            const char *e = strchr(s + 2, ')');
            if (e) {
                char *name = xstrndup(s + 2, (size_t)(e - s - 2));
                /* $(NAME:a=b) substitutions: the macro's value unchanged */
                char *colon = strchr(name, ':');
                if (colon)
                    *colon = '\0';
                const char *v = macro_get(m, name);
                if (v)
                    sb_append(&sb, v);
                else if (!strlist_contains(&m->unknown, name))
                    strlist_add(&m->unknown, name);
                free(name);
                s = e + 1;
                continue;
            }
        }
        if (s[0] == '$' && s[1] && strchr("OoB", s[1]) && !isalnum((unsigned char)s[2])) {
            /* $O, $B: the object folder and friends; they only name outputs */
            s += 2;
            continue;
        }
        sb_appendn(&sb, s++, 1);
    }
    return sb_steal(&sb);
}

/* ---- !if expressions: || && ! == != < > <= >=, defined(X), numbers, "strings" ---- */

struct cond {
    struct macros *m;
    const char *s;
    bool bad;
};

static void skip_space(struct cond *c)
{
    while (isspace((unsigned char)*c->s))
        c->s++;
}

static bool eat(struct cond *c, const char *tok)
{
    skip_space(c);
    size_t n = strlen(tok);
    if (strncmp(c->s, tok, n) != 0)
        return false;
    c->s += n;
    return true;
}

/* A value: its text, and whether it reads as a number. */
static char *operand(struct cond *c)
{
    skip_space(c);
    if (!strncasecmp(c->s, "defined", 7) && !isalnum((unsigned char)c->s[7])) {
        c->s += 7;
        if (!eat(c, "(")) {
            c->bad = true;
            return xstrdup("0");
        }
        skip_space(c);
        const char *start = c->s;
        while (*c->s && *c->s != ')' && !isspace((unsigned char)*c->s))
            c->s++;
        char *name = xstrndup(start, (size_t)(c->s - start));
        if (!eat(c, ")"))
            c->bad = true;
        bool set = macro_get(c->m, name) != NULL;
        if (!set && !strlist_contains(&c->m->unknown, name))
            strlist_add(&c->m->unknown, name);
        free(name);
        return xstrdup(set ? "1" : "0");
    }
    if (*c->s == '"') {
        const char *e = strchr(c->s + 1, '"');
        if (!e) {
            c->bad = true;
            return xstrdup("");
        }
        char *v = xstrndup(c->s + 1, (size_t)(e - c->s - 1));
        c->s = e + 1;
        return v;
    }
    const char *start = c->s;
    while (*c->s && (isalnum((unsigned char)*c->s) || *c->s == '_' || *c->s == '.'))
        c->s++;
    return xstrndup(start, (size_t)(c->s - start));
}

static bool numeric(const char *s, long *v)
{
    if (!*s)
        return false;
    char *end = NULL;
    *v = strtol(s, &end, 0);
    return end && *end == '\0';
}

static bool truth(const char *v)
{
    long n;
    return numeric(v, &n) ? n != 0 : *v != '\0';
}

static bool or_expr(struct cond *c);

static char *primary(struct cond *c)
{
    skip_space(c);
    if (c->s[0] == '!' && c->s[1] != '=') {
        c->s++;
        char *v = primary(c);
        bool t = truth(v);
        free(v);
        return xstrdup(t ? "0" : "1");
    }
    if (eat(c, "(")) {
        bool v = or_expr(c);
        if (!eat(c, ")"))
            c->bad = true;
        return xstrdup(v ? "1" : "0");
    }
    return operand(c);
}

static char *comparison(struct cond *c)
{
    char *a = primary(c);
    static const char *const ops[] = {"==", "!=", "<=", ">=", "<", ">"};
    for (int i = 0; i < 6; i++) {
        if (!eat(c, ops[i]))
            continue;
        char *b = primary(c);
        long x, y;
        bool r;
        if (numeric(a, &x) && numeric(b, &y))
            r = i == 0 ? x == y : i == 1 ? x != y : i == 2 ? x <= y : i == 3 ? x >= y : i == 4 ? x < y : x > y;
        else if (i < 2)
            r = (strcmp(a, b) == 0) == (i == 0);
        else {
            r = false;
            c->bad = true;
        }
        free(a);
        free(b);
        return xstrdup(r ? "1" : "0");
    }
    return a;
}

static bool and_expr(struct cond *c)
{
    char *v = comparison(c);
    bool r = truth(v);
    free(v);
    while (!c->bad && eat(c, "&&")) {
        v = comparison(c);
        r = truth(v) && r;
        free(v);
    }
    return r;
}

static bool or_expr(struct cond *c)
{
    bool r = and_expr(c);
    while (!c->bad && eat(c, "||"))
        r = and_expr(c) || r;
    return r;
}

/* ---- the file ---------------------------------------------------------- */

/* The logical lines of the file: continuations joined, comments removed. */
static void logical_lines(const char *text, struct strlist *lines, struct strlist *numbers)
{
    struct strbuf cur = {0};
    int line = 1, start = 1;
    const char *p = text;
    while (*p) {
        const char *e = strchr(p, '\n');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        while (n && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t'))
            n--;
        /* a comment ends the line, continuation included */
        const char *hash = memchr(p, '#', n);
        bool cont = !hash && n && p[n - 1] == '\\';
        size_t keep = hash ? (size_t)(hash - p) : cont ? n - 1 : n;
        if (cur.len == 0)
            start = line;
        sb_appendn(&cur, p, keep);
        sb_append(&cur, " ");
        if (!cont) {
            strlist_add_owned(lines, sb_steal(&cur));
            strlist_add_owned(numbers, xasprintf("%d", start));
        }
        line++;
        p = e ? e + 1 : p + n;
        if (!e)
            break;
    }
    if (cur.len)
        strlist_add_owned(lines, sb_steal(&cur));
    else
        sb_free(&cur);
    if (numbers->count < lines->count)
        strlist_add_owned(numbers, xasprintf("%d", start));
}

static char *trim(char *s)
{
    while (isspace((unsigned char)*s))
        s++;
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    return s;
}

/* Items of a list separated by any of `seps`. */
static void split(const char *s, const char *seps, struct strlist *out)
{
    char *copy = xstrdup(s);
    for (char *save = NULL, *it = strtok_r(copy, seps, &save); it; it = strtok_r(NULL, seps, &save))
        strlist_add(out, it);
    free(copy);
}

static bool is_source(const char *name)
{
    const char *dot = strrchr(name, '.');
    return dot && (!strcasecmp(dot, ".c") || !strcasecmp(dot, ".cpp") || !strcasecmp(dot, ".cxx") ||
                   !strcasecmp(dot, ".cc"));
}

/* A path spelled for Windows, relative to dir, as it is on disk. */
static char *real_path(const char *dir, const char *spelled)
{
    char *rel = xstrdup(spelled);
    for (char *q = rel; *q; q++)
        if (*q == '\\')
            *q = '/';
    char *full = path_join(dir, rel);
    char *abs = path_absolute(full);
    free(full);
    free(rel);
    /* the letter case may differ from the spelling: look component by component */
    if (path_is_file(abs) || path_is_dir(abs))
        return abs;
    char *cur = xstrdup("/");
    char *copy = xstrdup(abs);
    for (char *save = NULL, *comp = strtok_r(copy, "/", &save); comp && cur;
         comp = strtok_r(NULL, "/", &save)) {
        char *exact = path_join(cur, comp);
        if (path_is_file(exact) || path_is_dir(exact)) {
            free(cur);
            cur = exact;
            continue;
        }
        free(exact);
        char *found = NULL;
        DIR *d = opendir(cur);
        if (d) {
            for (struct dirent *e; !found && (e = readdir(d));)
                if (!strcasecmp(e->d_name, comp))
                    found = path_join(cur, e->d_name);
            closedir(d);
        }
        free(cur);
        cur = found;
    }
    free(copy);
    if (!cur)
        return abs;
    free(abs);
    return cur;
}

static void classify(struct project_target *t, const char *type)
{
    static const struct {
        const char *type;
        enum project_kind kind;
    } kinds[] = {
        {"DRIVER", PROJECT_DRIVER},   {"MINIPORT", PROJECT_DRIVER},
        {"EXPORT_DRIVER", PROJECT_DRIVER}, {"GDI_DRIVER", PROJECT_DRIVER},
        {"DRIVER_LIBRARY", PROJECT_KERNEL_LIBRARY}, {"LIBRARY", PROJECT_LIBRARY},
        {"PROGRAM", PROJECT_USER},    {"PROGLIB", PROJECT_USER},
        {"DYNLINK", PROJECT_USER},    {"UMAPPL_NOLIB", PROJECT_USER},
        {"NOTARGET", PROJECT_UTILITY},
    };
    t->kind = PROJECT_UNKNOWN;
    for (size_t i = 0; type && i < sizeof kinds / sizeof *kinds; i++)
        if (!strcasecmp(type, kinds[i].type))
            t->kind = kinds[i].kind;
    if (t->kind == PROJECT_USER)
        t->skip = xasprintf("user-mode project (TARGETTYPE %s)", type);
    else if (t->kind == PROJECT_UTILITY)
        t->skip = xasprintf("utility project (TARGETTYPE %s): no kernel code is compiled", type);
}

void sources_read(const char *path, struct project_targets *out, struct strlist *notes,
                  struct strlist *errors)
{
    char *abs = path_absolute(path);
    char *dir = path_dirname(abs);
    char *cwd = path_absolute(".");
    char *shown = path_relative(abs, cwd);
    free(cwd);
    size_t len = 0;
    char *text = read_file(abs, &len);
    if (!text) {
        const char *e = strerror(errno);
        strlist_add_owned(errors, xasprintf("%s: %c%s", shown, tolower((unsigned char)e[0]), e + 1));
        free(shown);
        free(dir);
        free(abs);
        return;
    }
    struct strlist lines = {0}, numbers = {0};
    logical_lines(text, &lines, &numbers);
    free(text);

    struct macros m = {0};
    /* a stack of conditional states: taking this branch, and whether one was taken */
    bool active[64] = {true}, taken[64] = {true};
    int depth = 0, conditions = 0;
    for (int i = 0; i < lines.count; i++) {
        char *l = trim(lines.items[i]);
        if (!*l)
            continue;
        if (*l == '!') {
            char *d = trim(l + 1);
            bool parent = depth == 0 || active[depth - 1];
            size_t kw = strcspn(d, " \t(");
            char *arg = trim(d + kw);
            struct cond c = {.m = &m};
            if ((kw == 2 && !strncasecmp(d, "if", 2)) || (kw == 5 && !strncasecmp(d, "ifdef", 5)) ||
                (kw == 6 && !strncasecmp(d, "ifndef", 6))) {
                bool v;
                if (kw == 2) {
                    char *e = expand(&m, arg);
                    c.s = e;
                    v = or_expr(&c);
                    skip_space(&c);
                    if (*c.s)
                        c.bad = true;
                    free(e);
                } else {
                    v = macro_get(&m, arg) != NULL;
                    if (!v && !strlist_contains(&m.unknown, arg))
                        strlist_add(&m.unknown, arg);
                    if (kw == 6)
                        v = !v;
                }
                if (c.bad) {
                    strlist_add_owned(notes, xasprintf("%s:%s: cannot read the condition '!%s'; its "
                                                       "lines are left out", shown, numbers.items[i], d));
                    v = false;
                }
                conditions++;
                if (depth < 63) {
                    active[depth] = parent && v;
                    taken[depth] = v;
                }
                depth++;
            } else if (!strncasecmp(d, "else", 4) && depth > 0) {
                char *rest = trim(d + 4);
                bool v = true;
                if (!strncasecmp(rest, "if", 2)) { /* !else if / !elseif */
                    char *e = expand(&m, trim(rest + 2 + (!strncasecmp(rest, "ifdef", 5) ? 3 : 0)));
                    c.s = e;
                    v = or_expr(&c) && !c.bad;
                    free(e);
                }
                int k = depth - 1;
                if (k < 63) {
                    bool up = k == 0 || active[k - 1];
                    active[k] = up && !taken[k] && v;
                    taken[k] = taken[k] || v;
                }
            } else if (!strncasecmp(d, "endif", 5) && depth > 0) {
                depth--;
            } else if (!strncasecmp(d, "include", 7) && parent) {
                strlist_add_owned(notes, xasprintf("%s:%s: '!%s' is not followed", shown,
                                                   numbers.items[i], d));
            }
            continue;
        }
        if (depth > 0 && !active[depth - 1 < 63 ? depth - 1 : 62])
            continue;
        char *eq = strchr(l, '=');
        if (!eq || eq == l)
            continue;
        *eq = '\0';
        char *name = trim(l);
        if (strpbrk(name, " \t:"))
            continue; /* a rule or something else, not a macro */
        /* NAME = $(NAME) more: the first time, NAME starts empty without a note */
        if (!macro_get(&m, name))
            macro_set(&m, name, xstrdup(""));
        macro_set(&m, name, expand(&m, trim(eq + 1)));
    }

    struct project_target t = {0};
    t.project = xstrdup(abs);
    t.origin = xasprintf("sources:%s", abs);
    t.dir = xstrdup(dir);
    const char *name = macro_get(&m, "TARGETNAME");
    t.name = name && *name ? xstrdup(trim((char *)name)) : NULL;
    const char *type = macro_get(&m, "TARGETTYPE");
    char *type_copy = type ? xstrdup(type) : NULL;
    char *ttype = type_copy ? trim(type_copy) : NULL;
    t.project_type = ttype && *ttype ? xstrdup(ttype) : NULL;
    classify(&t, t.project_type);

    static const char *const source_macros[] = {"SOURCES", "AMD64_SOURCES"};
    for (size_t k = 0; k < 2; k++) {
        const char *v = macro_get(&m, source_macros[k]);
        struct strlist items = {0};
        if (v)
            split(v, " \t", &items);
        for (int i = 0; i < items.count; i++) {
            if (!is_source(items.items[i]))
                continue;
            char *file = real_path(dir, items.items[i]);
            if (path_is_file(file)) {
                if (!strlist_contains(&t.units, file))
                    strlist_add(&t.units, file);
            } else {
                strlist_add_owned(notes, xasprintf("%s: source '%s' is listed but does not exist",
                                                   shown, items.items[i]));
            }
            free(file);
        }
        strlist_free(&items);
    }

    const char *incs = macro_get(&m, "INCLUDES");
    struct strlist items = {0};
    if (incs)
        split(incs, ";", &items);
    for (int i = 0; i < items.count; i++) {
        char *it = trim(items.items[i]);
        if (!*it)
            continue;
        char *folder = real_path(dir, it);
        if (path_is_dir(folder)) {
            char *arg = xasprintf("-I%s", folder);
            if (!strlist_contains(&t.args, arg))
                strlist_add(&t.args, arg);
            free(arg);
        } else {
            strlist_add_owned(notes, xasprintf("%s: include folder '%s' does not exist", shown, it));
        }
        free(folder);
    }
    strlist_free(&items);

    static const char *const define_macros[] = {"C_DEFINES", "USER_C_FLAGS"};
    for (size_t k = 0; k < 2; k++) {
        const char *v = macro_get(&m, define_macros[k]);
        if (v)
            split(v, " \t", &items);
        for (int i = 0; i < items.count; i++) {
            const char *it = items.items[i];
            if ((it[0] == '-' || it[0] == '/') && (it[1] == 'D' || it[1] == 'U')) {
                const char *val = it[2] ? it + 2 : i + 1 < items.count ? items.items[++i] : "";
                if (*val)
                    strlist_add_owned(&t.args, xasprintf("-%c%s", it[1], val));
            }
        }
        strlist_free(&items);
    }

    if (m.unknown.count) {
        struct strbuf sb = {0};
        for (int i = 0; i < m.unknown.count; i++)
            sb_appendf(&sb, "%s%s", i ? ", " : "", m.unknown.items[i]);
        strlist_add_owned(notes, xasprintf("%s: macros the file does not set were taken as empty: %s%s",
                                           shown, sb.data,
                                           conditions ? " (they decide its !if lines)" : ""));
        sb_free(&sb);
    }
    strlist_add_owned(notes, xasprintf("%s: TARGETNAME %s, TARGETTYPE %s: %s, %d source%s", shown,
                                       t.name ? t.name : "(not set)",
                                       t.project_type ? t.project_type : "(not set)",
                                       project_kind_name(t.kind), t.units.count,
                                       t.units.count == 1 ? "" : "s"));
    VEC_PUSH(out->items, out->count, out->cap, t);

    free(type_copy);
    strlist_free(&m.names);
    strlist_free(&m.values);
    strlist_free(&m.unknown);
    strlist_free(&lines);
    strlist_free(&numbers);
    free(shown);
    free(dir);
    free(abs);
}

void project_targets_free(struct project_targets *t)
{
    for (int i = 0; i < t->count; i++) {
        struct project_target *p = &t->items[i];
        free(p->origin);
        free(p->project);
        free(p->name);
        free(p->dir);
        free(p->project_type);
        free(p->driver_type);
        free(p->target_version);
        free(p->skip);
        strlist_free(&p->units);
        strlist_free(&p->args);
    }
    free(t->items);
    memset(t, 0, sizeof *t);
}
