/* SPDX-License-Identifier: Apache-2.0 */
/* cmake_file.c — CMakeLists.txt, read literally; see projects.h.
 *
 * The CMake language is small enough to read without running: a file is a
 * list of commands `name(arguments)`. We evaluate the few that decide how a
 * source compiles — include folders, definitions, forced includes, targets
 * and their sources — with set()/list(APPEND) of plain values, if()/else()
 * on what is known, and function()/macro() bodies run where they are called
 * (projects wrap their settings in helpers). Everything CMake learns from the
 * machine (find_package, execute_process, the cache) is unknown here: a value
 * that needs it is left out and noted.
 *
 * A folder inherits what its parents set before they add_subdirectory() it,
 * so the chain of CMakeLists.txt from the top of the repository down to the
 * folder is evaluated in order, each parent up to the add_subdirectory() that
 * leads down.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "projects.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- parsing ------------------------------------------------------------ */

struct cm_arg {
    char *text;
    bool quoted;
};

struct cm_cmd {
    char *name; /* lower case */
    struct cm_arg *args;
    int nargs, cap;
    int line;
};

struct cm_file {
    char *path, *dir, *shown;
    struct cm_cmd *cmds;
    int ncmds, cap;
};

static void add_arg(struct cm_cmd *c, char *text, bool quoted)
{
    struct cm_arg a = {text, quoted};
    VEC_PUSH(c->args, c->nargs, c->cap, a);
}

/* Skips a bracket construct [[...]] / [=[...]=] at s; returns its end, or s. */
static const char *skip_bracket(const char *s, int *line)
{
    if (*s != '[')
        return s;
    const char *p = s + 1;
    int eqs = 0;
    while (*p == '=')
        p++, eqs++;
    if (*p != '[')
        return s;
    p++;
    for (; *p; p++) {
        if (*p == '\n')
            (*line)++;
        if (*p == ']') {
            const char *q = p + 1;
            int k = 0;
            while (*q == '=' && k < eqs)
                q++, k++;
            if (k == eqs && *q == ']')
                return q + 1;
        }
    }
    return p;
}

static void parse_cmake(const char *text, struct cm_file *f)
{
    const char *s = text;
    int line = 1;
    while (*s) {
        if (*s == '\n') {
            line++;
            s++;
            continue;
        }
        if (isspace((unsigned char)*s)) {
            s++;
            continue;
        }
        if (*s == '#') {
            const char *e = skip_bracket(s + 1, &line);
            if (e != s + 1) {
                s = e;
                continue;
            }
            while (*s && *s != '\n')
                s++;
            continue;
        }
        if (!isalpha((unsigned char)*s) && *s != '_') {
            s++;
            continue;
        }
        const char *start = s;
        while (isalnum((unsigned char)*s) || *s == '_')
            s++;
        struct cm_cmd c = {0};
        c.name = xstrndup(start, (size_t)(s - start));
        for (char *q = c.name; *q; q++)
            *q = (char)tolower((unsigned char)*q);
        c.line = line;
        while (*s == ' ' || *s == '\t')
            s++;
        if (*s != '(') {
            free(c.name);
            continue;
        }
        s++;
        int depth = 1;
        while (*s && depth > 0) {
            if (*s == '\n') {
                line++;
                s++;
            } else if (isspace((unsigned char)*s)) {
                s++;
            } else if (*s == '#') {
                const char *e = skip_bracket(s + 1, &line);
                if (e != s + 1)
                    s = e;
                else
                    while (*s && *s != '\n')
                        s++;
            } else if (*s == '(' || *s == ')') {
                depth += *s == '(' ? 1 : -1;
                if (depth > 0)
                    add_arg(&c, xstrndup(s, 1), false);
                s++;
            } else if (*s == '"') {
                struct strbuf sb = {0};
                sb_append(&sb, "");
                s++;
                while (*s && *s != '"') {
                    if (*s == '\\' && s[1]) {
                        /* \" \\ \; \n are escapes; a backslash before a newline continues */
                        if (s[1] == '\n') {
                            line++;
                            s += 2;
                            continue;
                        }
                        char e = s[1] == 'n' ? '\n' : s[1] == 't' ? '\t' : s[1];
                        if (s[1] == ';' || s[1] == '$')
                            sb_appendn(&sb, s, 1); /* kept, so ${...} stays unexpanded */
                        sb_appendn(&sb, &e, 1);
                        s += 2;
                        continue;
                    }
                    if (*s == '\n')
                        line++;
                    sb_appendn(&sb, s++, 1);
                }
                if (*s)
                    s++;
                add_arg(&c, sb_steal(&sb), true);
            } else if (*s == '[' && skip_bracket(s, &line) != s) {
                int l0 = line;
                const char *e = skip_bracket(s, &l0);
                const char *open = strchr(s + 1, '[') + 1;
                const char *close = e - (open - s);
                add_arg(&c, xstrndup(open, close > open ? (size_t)(close - open) : 0), true);
                line = l0;
                s = e;
            } else {
                struct strbuf sb = {0};
                sb_append(&sb, "");
                int nest = 0; /* $<...> and ${...} may hold anything but spaces */
                while (*s && !isspace((unsigned char)*s) && *s != '#' &&
                       !(nest == 0 && (*s == '(' || *s == ')')) && *s != '"') {
                    if (*s == '\\' && s[1]) {
                        sb_appendn(&sb, s, 2);
                        s += 2;
                        continue;
                    }
                    if ((*s == '$' && (s[1] == '{' || s[1] == '<')) || (*s == '(' && nest))
                        nest++;
                    else if ((*s == '}' || *s == '>' || *s == ')') && nest)
                        nest--;
                    sb_appendn(&sb, s++, 1);
                }
                add_arg(&c, sb_steal(&sb), false);
            }
        }
        VEC_PUSH(f->cmds, f->ncmds, f->cap, c);
    }
}

static void cm_file_free(struct cm_file *f)
{
    for (int i = 0; i < f->ncmds; i++) {
        for (int k = 0; k < f->cmds[i].nargs; k++)
            free(f->cmds[i].args[k].text);
        free(f->cmds[i].args);
        free(f->cmds[i].name);
    }
    free(f->cmds);
    free(f->path);
    free(f->dir);
    free(f->shown);
}

/* ---- evaluation --------------------------------------------------------- */

struct cm_func {
    char *name; /* lower case */
    bool is_macro;
    const struct cm_file *file;
    int begin, end; /* body: commands [begin, end) */
    struct strlist params;
};

struct cm_target {
    char *name, *command, *file_shown;
    enum project_kind kind;
    struct strlist sources, incs, defs, forced;
    bool wdk;
};

struct cm_scope {
    struct cm_scope *parent;        /* the calling scope inside a function, else NULL */
    struct strlist vnames, vvalues; /* variables */
    struct strlist incs, defs, forced; /* directory properties */
};

struct cm {
    const char *top;      /* CMAKE_SOURCE_DIR */
    const struct cm_file *file; /* being evaluated */
    struct cm_scope *scope;
    struct cm_func *funcs;
    int nfuncs, capfuncs;
    struct cm_target *targets;
    int ntargets, captargets;
    bool collect_targets; /* only the folder's own file declares targets */
    const char *stop_at;  /* stop at add_subdirectory() of this folder */
    bool reached;
    struct strlist *notes;
    struct strlist unknown; /* variables read but never set */
    int call_depth;
    /* Folders added beside the chain are read for what CMake makes global:
     * function() and macro() definitions, and whether the tree builds its
     * kernel targets with wdk_add_*. Their files stay alive for the bodies. */
    struct cm_file **side_files;
    int nside, capside;
    struct strlist side_seen;
    bool saw_wdk;
};

static int read_cmake_file(const char *path, struct cm_file *f, struct strlist *errors);
static void run(struct cm *c, const struct cm_file *f, int begin, int end);
static void var_set(struct cm_scope *s, const char *name, const char *value);

/* add_subdirectory() of a folder off the chain: evaluated in a scope of its
 * own that is then dropped, as CMake does, keeping only what is global. */
static void run_side_folder(struct cm *c, const char *dir)
{
    if (strlist_contains(&c->side_seen, dir) || c->call_depth > 16)
        return;
    strlist_add(&c->side_seen, dir);
    char *path = path_join(dir, "CMakeLists.txt");
    struct cm_file *f = xcalloc(1, sizeof *f);
    struct strlist errors = {0};
    if (!path_is_file(path) || read_cmake_file(path, f, &errors) < 0) {
        free(f);
        free(path);
        strlist_free(&errors);
        return;
    }
    free(path);
    strlist_free(&errors);
    VEC_PUSH(c->side_files, c->nside, c->capside, f);
    struct cm_scope scratch = {0};
    for (int i = 0; i < c->scope->vnames.count; i++)
        var_set(&scratch, c->scope->vnames.items[i], c->scope->vvalues.items[i]);
    struct strlist notes = {0};
    struct cm saved = *c;
    c->scope = &scratch;
    c->file = f;
    c->collect_targets = false;
    c->stop_at = NULL;
    c->reached = false;
    c->notes = &notes;
    c->call_depth++;
    run(c, f, 0, f->ncmds);
    c->call_depth--;
    c->scope = saved.scope;
    c->file = saved.file;
    c->collect_targets = saved.collect_targets;
    c->stop_at = saved.stop_at;
    c->reached = saved.reached;
    c->notes = saved.notes;
    strlist_free(&notes);
    strlist_free(&scratch.vnames);
    strlist_free(&scratch.vvalues);
    strlist_free(&scratch.incs);
    strlist_free(&scratch.defs);
    strlist_free(&scratch.forced);
}

static const char *var_get(struct cm *c, const char *name)
{
    if (!strcmp(name, "CMAKE_CURRENT_SOURCE_DIR") || !strcmp(name, "CMAKE_CURRENT_LIST_DIR"))
        return c->file->dir;
    if (!strcmp(name, "CMAKE_SOURCE_DIR") || !strcmp(name, "PROJECT_SOURCE_DIR"))
        return c->top;
    for (int i = c->scope->vnames.count - 1; i >= 0; i--)
        if (!strcmp(c->scope->vnames.items[i], name))
            return c->scope->vvalues.items[i];
    return NULL;
}

static void var_set(struct cm_scope *s, const char *name, const char *value)
{
    for (int i = 0; i < s->vnames.count; i++)
        if (!strcmp(s->vnames.items[i], name)) {
            free(s->vvalues.items[i]);
            s->vvalues.items[i] = xstrdup(value);
            return;
        }
    strlist_add(&s->vnames, name);
    strlist_add(&s->vvalues, value);
}

static void note_unknown(struct cm *c, const char *name)
{
    if (!strlist_contains(&c->unknown, name))
        strlist_add(&c->unknown, name);
}

/* Expands ${VAR} (nested) and $ENV{VAR}; *incomplete says whether something
 * unknown was met (an unset variable, the environment, a generator
 * expression), so the caller can leave the value out. */
static char *expand(struct cm *c, const char *s, bool *incomplete)
{
    struct strbuf sb = {0};
    sb_append(&sb, "");
    while (*s) {
        if (s[0] == '\\' && s[1] == '$') {
            sb_append(&sb, "$");
            s += 2;
            continue;
        }
        bool env = !strncmp(s, "$ENV{", 5);
        if ((s[0] == '$' && s[1] == '{') || env) {
            const char *open = s + (env ? 5 : 2);
            int depth = 1;
            const char *e = open;
            while (*e && depth) {
                if (*e == '{')
                    depth++;
                else if (*e == '}')
                    depth--;
                if (depth)
                    e++;
            }
            if (!*e) {
                sb_append(&sb, s);
                break;
            }
            char *raw = xstrndup(open, (size_t)(e - open));
            char *name = expand(c, raw, incomplete);
            const char *v = env ? NULL : var_get(c, name);
            if (v) {
                sb_append(&sb, v);
            } else {
                *incomplete = true;
                char *shown = env ? xasprintf("ENV{%s}", name) : xstrdup(name);
                note_unknown(c, shown);
                free(shown);
            }
            free(name);
            free(raw);
            s = e + 1;
            continue;
        }
        if (s[0] == '$' && s[1] == '<') {
            *incomplete = true;
            note_unknown(c, "$<generator expressions>");
        }
        sb_appendn(&sb, s++, 1);
    }
    return sb_steal(&sb);
}

/* The command's arguments after expansion: unquoted ones split on ';'. Each
 * value that needed something unknown is dropped (and noted). */
static void eval_args(struct cm *c, const struct cm_cmd *cmd, struct strlist *out, bool keep_unknown)
{
    for (int i = 0; i < cmd->nargs; i++) {
        bool incomplete = false;
        char *v = expand(c, cmd->args[i].text, &incomplete);
        if (incomplete && !keep_unknown) {
            free(v);
            continue;
        }
        if (cmd->args[i].quoted) {
            strlist_add_owned(out, v);
            continue;
        }
        char *save = NULL;
        for (char *it = strtok_r(v, ";", &save); it; it = strtok_r(NULL, ";", &save))
            strlist_add(out, it);
        free(v);
    }
}

static bool is_keyword(const char *s, const char *const *words)
{
    for (; *words; words++)
        if (!strcmp(s, *words))
            return true;
    return false;
}

static char *abs_in(const char *dir, const char *p)
{
    char *copy = xstrdup(p);
    for (char *q = copy; *q; q++)
        if (*q == '\\')
            *q = '/';
    char *joined = path_join(dir, copy);
    char *abs = path_absolute(joined);
    free(joined);
    free(copy);
    return abs;
}

static void add_inc(struct cm *c, struct strlist *incs, const char *dir, bool before)
{
    char *abs = abs_in(c->file->dir, dir);
    if (!path_is_dir(abs))
        strlist_add_owned(c->notes, xasprintf("%s: include folder '%s' does not exist", c->file->shown, dir));
    if (strlist_contains(incs, abs)) {
        free(abs);
        return;
    }
    if (before) {
        strlist_add_owned(incs, abs);
        memmove(incs->items + 1, incs->items, (size_t)(incs->count - 1) * sizeof *incs->items);
        incs->items[0] = abs;
    } else {
        strlist_add_owned(incs, abs);
    }
}

/* -DX, /DX, -UX, and (for compile options) /FI x, -include x. */
static void add_flags(struct cm *c, const struct strlist *items, int from, struct strlist *defs,
                      struct strlist *forced, bool bare_defines)
{
    for (int i = from; i < items->count; i++) {
        const char *it = items->items[i];
        if ((it[0] == '-' || it[0] == '/') && (it[1] == 'D' || it[1] == 'U')) {
            const char *v = it[2] ? it + 2 : i + 1 < items->count ? items->items[++i] : "";
            if (*v)
                strlist_add_owned(defs, xasprintf("-%c%s", it[1], v));
        } else if (!strcmp(it, "/FI") || !strcmp(it, "-FI") || !strcmp(it, "-include") ||
                   ((it[0] == '/' || it[0] == '-') && !strncmp(it + 1, "FI", 2) && it[3])) {
            const char *v = it[3] && strcmp(it, "-include") ? it + 3
                            : i + 1 < items->count ? items->items[++i] : "";
            if (*v && forced) {
                char *abs = abs_in(c->file->dir, v);
                /* a forced include that is not there would fail every unit */
                if (path_is_file(abs)) {
                    strlist_add_owned(forced, abs);
                } else {
                    strlist_add_owned(c->notes, xasprintf("%s: dropped forced include '%s' (no such file)",
                                                          c->file->shown, v));
                    free(abs);
                }
            }
        } else if (bare_defines && !is_keyword(it, (const char *const[]){"PUBLIC", "PRIVATE", "INTERFACE", NULL})) {
            strlist_add_owned(defs, xasprintf("-D%s", it));
        }
    }
}

static struct cm_target *find_target(struct cm *c, const char *name)
{
    for (int i = 0; i < c->ntargets; i++)
        if (!strcmp(c->targets[i].name, name))
            return &c->targets[i];
    return NULL;
}

static bool is_source(const char *name)
{
    const char *dot = strrchr(name, '.');
    return dot && (!strcasecmp(dot, ".c") || !strcasecmp(dot, ".cpp") || !strcasecmp(dot, ".cxx") ||
                   !strcasecmp(dot, ".cc"));
}

static void add_sources(struct cm *c, struct cm_target *t, const struct strlist *items, int from)
{
    for (int i = from; i < items->count; i++) {
        if (!is_source(items->items[i]))
            continue;
        char *abs = abs_in(c->file->dir, items->items[i]);
        if (!path_is_file(abs)) {
            strlist_add_owned(c->notes, xasprintf("%s: source '%s' is listed but does not exist",
                                                  c->file->shown, items->items[i]));
            free(abs);
        } else if (strlist_contains(&t->sources, abs)) {
            free(abs);
        } else {
            strlist_add_owned(&t->sources, abs);
        }
    }
}

/* -- if(): NOT AND OR, parentheses, DEFINED, EXISTS, comparisons -- */

struct cm_cond {
    struct cm *c;
    const struct cm_cmd *cmd;
    int i;
    bool unknown; /* read something we do not know */
};

static const char *tok(struct cm_cond *q)
{
    return q->i < q->cmd->nargs ? q->cmd->args[q->i].text : NULL;
}

static bool tok_is(struct cm_cond *q, const char *w)
{
    const char *t = tok(q);
    return t && !q->cmd->args[q->i].quoted && !strcmp(t, w);
}

/* An operand's value: quoted and ${} text expanded; a bare name that is a
 * variable is read (if() dereferences names). */
static char *value_of(struct cm_cond *q, bool deref)
{
    const struct cm_arg *a = &q->cmd->args[q->i++];
    bool incomplete = false;
    char *v = expand(q->c, a->text, &incomplete);
    if (incomplete)
        q->unknown = true;
    if (deref && !a->quoted) {
        const char *var = var_get(q->c, v);
        if (var) {
            free(v);
            return xstrdup(var);
        }
    }
    return v;
}

static bool false_constant(const char *v)
{
    static const char *const f[] = {"", "0", "OFF", "NO", "FALSE", "N", "IGNORE", "NOTFOUND", NULL};
    for (int i = 0; f[i]; i++)
        if (!strcasecmp(v, f[i]))
            return true;
    size_t n = strlen(v);
    return n >= 9 && !strcasecmp(v + n - 9, "-NOTFOUND");
}

static bool true_constant(const char *v)
{
    static const char *const t[] = {"1", "ON", "YES", "TRUE", "Y", NULL};
    for (int i = 0; t[i]; i++)
        if (!strcasecmp(v, t[i]))
            return true;
    char *end;
    double d = strtod(v, &end);
    return *v && !*end && d != 0;
}

static bool cond_or(struct cm_cond *q);

static bool cond_primary(struct cm_cond *q)
{
    if (!tok(q)) {
        q->unknown = true;
        return false;
    }
    if (tok_is(q, "(")) {
        q->i++;
        bool v = cond_or(q);
        if (tok_is(q, ")"))
            q->i++;
        return v;
    }
    if (tok_is(q, "DEFINED") || tok_is(q, "EXISTS") || tok_is(q, "COMMAND") || tok_is(q, "TARGET")) {
        const char *op = tok(q);
        q->i++;
        if (!tok(q))
            return false;
        char *v = value_of(q, false);
        bool r;
        if (!strcmp(op, "DEFINED"))
            r = var_get(q->c, v) != NULL;
        else if (!strcmp(op, "EXISTS"))
            r = path_is_file(v) || path_is_dir(v);
        else {
            r = false;
            q->unknown = true;
        }
        free(v);
        return r;
    }
    const struct cm_arg *first = &q->cmd->args[q->i];
    bool bare = !first->quoted;
    char *a = value_of(q, true);
    static const char *const num_ops[] = {"EQUAL", "LESS", "GREATER", "LESS_EQUAL", "GREATER_EQUAL", NULL};
    static const char *const str_ops[] = {"STREQUAL", "STRLESS", "STRGREATER", NULL};
    const char *op = tok(q);
    if (op && (is_keyword(op, num_ops) || is_keyword(op, str_ops) || !strcmp(op, "MATCHES") ||
               !strncmp(op, "VERSION_", 8))) {
        q->i++;
        char *b = tok(q) ? value_of(q, true) : xstrdup("");
        bool r = false;
        if (is_keyword(op, num_ops)) {
            double x = strtod(a, NULL), y = strtod(b, NULL);
            r = !strcmp(op, "EQUAL") ? x == y : !strcmp(op, "LESS") ? x < y : !strcmp(op, "GREATER") ? x > y
                : !strcmp(op, "LESS_EQUAL") ? x <= y : x >= y;
        } else if (!strcmp(op, "STREQUAL")) {
            r = !strcmp(a, b);
        } else if (!strcmp(op, "STRLESS")) {
            r = strcmp(a, b) < 0;
        } else if (!strcmp(op, "STRGREATER")) {
            r = strcmp(a, b) > 0;
        } else {
            q->unknown = true;
        }
        free(a);
        free(b);
        return r;
    }
    bool r;
    if (true_constant(a))
        r = true;
    else if (false_constant(a))
        r = false;
    else if (bare) {
        /* a name that is no variable, or a variable holding a false constant */
        const char *v = var_get(q->c, first->text);
        r = v && !false_constant(v);
        if (!v)
            note_unknown(q->c, first->text), q->unknown = true;
    } else {
        r = false;
    }
    free(a);
    return r;
}

static bool cond_not(struct cm_cond *q)
{
    if (tok_is(q, "NOT")) {
        q->i++;
        return !cond_not(q);
    }
    return cond_primary(q);
}

static bool cond_and(struct cm_cond *q)
{
    bool v = cond_not(q);
    while (tok_is(q, "AND")) {
        q->i++;
        v = cond_not(q) && v;
    }
    return v;
}

static bool cond_or(struct cm_cond *q)
{
    bool v = cond_and(q);
    while (tok_is(q, "OR")) {
        q->i++;
        v = cond_and(q) || v;
    }
    return v;
}

static bool eval_condition(struct cm *c, const struct cm_cmd *cmd)
{
    struct cm_cond q = {.c = c, .cmd = cmd};
    bool v = cond_or(&q);
    return v;
}

/* ---- commands ------------------------------------------------------------ */

/* The command index after the block that starts at i (an if, function or
 * macro), at its matching end command. */
static int block_end(const struct cm_file *f, int i, int end, const char *open, const char *close)
{
    int depth = 0;
    for (int k = i; k < end; k++) {
        if (!strcmp(f->cmds[k].name, open))
            depth++;
        else if (!strcmp(f->cmds[k].name, close) && --depth == 0)
            return k;
    }
    return end;
}

static void call_function(struct cm *c, const struct cm_func *fn, const struct strlist *args)
{
    if (c->call_depth > 16)
        return;
    struct cm_scope *outer = c->scope;
    struct cm_scope local = {.parent = outer};
    /* a function gets a copy of the variables; a macro shares them */
    if (!fn->is_macro) {
        for (int i = 0; i < outer->vnames.count; i++)
            var_set(&local, outer->vnames.items[i], outer->vvalues.items[i]);
        local.incs = outer->incs;
        local.defs = outer->defs;
        local.forced = outer->forced;
        c->scope = &local;
    }
    struct strbuf argv = {0}, argn = {0};
    sb_append(&argv, "");
    sb_append(&argn, "");
    for (int i = 0; i < args->count; i++) {
        sb_appendf(&argv, "%s%s", i ? ";" : "", args->items[i]);
        if (i >= fn->params.count)
            sb_appendf(&argn, "%s%s", argn.len ? ";" : "", args->items[i]);
        char *n = xasprintf("ARGV%d", i);
        var_set(c->scope, n, args->items[i]);
        free(n);
        if (i < fn->params.count)
            var_set(c->scope, fn->params.items[i], args->items[i]);
    }
    char *argc = xasprintf("%d", args->count);
    var_set(c->scope, "ARGC", argc);
    free(argc);
    var_set(c->scope, "ARGV", argv.data);
    var_set(c->scope, "ARGN", argn.data);
    sb_free(&argv);
    sb_free(&argn);
    /* the body's commands run in the caller's folder: relative paths and
     * CMAKE_CURRENT_SOURCE_DIR are the caller's */
    c->call_depth++;
    run(c, fn->file, fn->begin, fn->end);
    c->call_depth--;
    if (!fn->is_macro) {
        /* directory properties belong to the folder, not the function */
        outer->incs = local.incs;
        outer->defs = local.defs;
        outer->forced = local.forced;
        strlist_free(&local.vnames);
        strlist_free(&local.vvalues);
        c->scope = outer;
    }
}

/* Whether the folder compiles C or C++ with clang (clang-cl): a tree that
 * sets CMAKE_C_COMPILER for some folders and leaves MSVC for others tests
 * __clang__ to tell them apart. */
static bool compiler_is_clang(struct cm *c)
{
    static const char *const vars[] = {"CMAKE_C_COMPILER", "CMAKE_CXX_COMPILER"};
    for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
        const char *v = var_get(c, vars[i]);
        const char *base = v ? strrchr(v, '/') : NULL;
        base = base ? base + 1 : v;
        if (base && strncasecmp(base, "clang", 5) == 0)
            return true;
    }
    return false;
}

/* clang's own definition, which tells scan.c to leave clang's identity
 * macros defined for this unit (it withholds them otherwise). */
static void add_clang_identity(struct strlist *args)
{
    strlist_add(args, "-D__clang__=1");
}

static void declare_target(struct cm *c, const char *command, const struct strlist *a)
{
    if (a->count < 1)
        return;
    for (int i = 1; i < a->count; i++)
        if (!strcmp(a->items[i], "IMPORTED") || !strcmp(a->items[i], "ALIAS") ||
            !strcmp(a->items[i], "INTERFACE"))
            return;
    struct cm_target t = {0};
    t.name = xstrdup(a->items[0]);
    t.command = xstrdup(command);
    t.file_shown = xstrdup(c->file->shown);
    bool shared = false;
    for (int i = 1; i < a->count; i++)
        shared |= !strcmp(a->items[i], "SHARED") || !strcmp(a->items[i], "MODULE");
    if (!strcmp(command, "wdk_add_driver")) {
        t.kind = PROJECT_DRIVER;
        t.wdk = true;
    } else if (!strcmp(command, "wdk_add_library")) {
        t.kind = PROJECT_KERNEL_LIBRARY;
        t.wdk = true;
    } else if (!strcmp(command, "add_executable") || shared) {
        t.kind = PROJECT_USER;
    } else {
        /* with FindWDK, kernel code is built by wdk_add_*: beside those, a
         * plain library is user mode */
        t.kind = c->saw_wdk ? PROJECT_USER : PROJECT_LIBRARY;
    }
    if (t.wdk)
        c->saw_wdk = true;
    VEC_PUSH(c->targets, c->ntargets, c->captargets, t);
    add_sources(c, &c->targets[c->ntargets - 1], a, 1);
}

static void run_command(struct cm *c, const struct cm_cmd *cmd)
{
    const char *n = cmd->name;
    struct strlist a = {0};
    static const char *const scopes[] = {"PUBLIC", "PRIVATE", "INTERFACE", "SYSTEM", "BEFORE", "AFTER", NULL};

    for (int i = 0; i < c->nfuncs; i++)
        if (!strcmp(c->funcs[i].name, n)) {
            eval_args(c, cmd, &a, true);
            call_function(c, &c->funcs[i], &a);
            strlist_free(&a);
            return;
        }

    if (!strcmp(n, "set")) {
        if (cmd->nargs < 1)
            return;
        bool incomplete = false;
        char *name = expand(c, cmd->args[0].text, &incomplete);
        struct strbuf v = {0};
        sb_append(&v, "");
        bool unknown = false;
        struct cm_scope *into = c->scope;
        for (int i = 1; i < cmd->nargs; i++) {
            if (!cmd->args[i].quoted && !strcmp(cmd->args[i].text, "PARENT_SCOPE") &&
                c->scope->parent)
                into = c->scope->parent; /* a function sets its caller's variable */
            if (!cmd->args[i].quoted && (!strcmp(cmd->args[i].text, "CACHE") ||
                                         !strcmp(cmd->args[i].text, "PARENT_SCOPE")))
                break;
            char *x = expand(c, cmd->args[i].text, &unknown);
            sb_appendf(&v, "%s%s", i > 1 ? ";" : "", x);
            free(x);
        }
        /* a variable that needed something unknown stays unknown */
        if (!incomplete && !unknown)
            var_set(into, name, v.data);
        sb_free(&v);
        free(name);
    } else if (!strcmp(n, "list")) {
        eval_args(c, cmd, &a, false);
        if (a.count >= 2 && !strcmp(a.items[0], "APPEND")) {
            const char *old = var_get(c, a.items[1]);
            struct strbuf v = {0};
            sb_append(&v, old ? old : "");
            for (int i = 2; i < a.count; i++)
                sb_appendf(&v, "%s%s", v.len ? ";" : "", a.items[i]);
            var_set(c->scope, a.items[1], v.data);
            sb_free(&v);
        }
    } else if (!strcmp(n, "include_directories")) {
        eval_args(c, cmd, &a, false);
        bool before = a.count && !strcmp(a.items[0], "BEFORE");
        for (int i = 0; i < a.count; i++)
            if (!is_keyword(a.items[i], scopes))
                add_inc(c, &c->scope->incs, a.items[i], before);
    } else if (!strcmp(n, "add_definitions")) {
        eval_args(c, cmd, &a, false);
        add_flags(c, &a, 0, &c->scope->defs, NULL, false);
    } else if (!strcmp(n, "add_compile_definitions")) {
        eval_args(c, cmd, &a, false);
        for (int i = 0; i < a.count; i++)
            strlist_add_owned(&c->scope->defs, xasprintf("-D%s", a.items[i]));
    } else if (!strcmp(n, "add_compile_options")) {
        eval_args(c, cmd, &a, false);
        add_flags(c, &a, 0, &c->scope->defs, &c->scope->forced, false);
    } else if (!strcmp(n, "project")) {
        eval_args(c, cmd, &a, false);
        if (a.count) {
            char *v = xasprintf("%s_SOURCE_DIR", a.items[0]);
            var_set(c->scope, v, c->file->dir);
            free(v);
        }
    } else if (!strcmp(n, "add_subdirectory")) {
        eval_args(c, cmd, &a, false);
        if (a.count) {
            char *abs = abs_in(c->file->dir, a.items[0]);
            if (c->stop_at && !strcmp(abs, c->stop_at))
                c->reached = true;
            else
                run_side_folder(c, abs);
            free(abs);
        }
    } else if (!c->collect_targets && (!strcmp(n, "wdk_add_driver") || !strcmp(n, "wdk_add_library"))) {
        c->saw_wdk = true;
    } else if (c->collect_targets &&
               (!strcmp(n, "add_library") || !strcmp(n, "add_executable") ||
                !strcmp(n, "wdk_add_driver") || !strcmp(n, "wdk_add_library"))) {
        eval_args(c, cmd, &a, false);
        declare_target(c, n, &a);
    } else if (c->collect_targets && !strcmp(n, "target_sources")) {
        eval_args(c, cmd, &a, false);
        struct cm_target *t = a.count ? find_target(c, a.items[0]) : NULL;
        if (t)
            add_sources(c, t, &a, 1);
    } else if (c->collect_targets && !strcmp(n, "target_include_directories")) {
        eval_args(c, cmd, &a, false);
        struct cm_target *t = a.count ? find_target(c, a.items[0]) : NULL;
        bool iface = false, before = false;
        for (int i = 1; t && i < a.count; i++) {
            if (!strcmp(a.items[i], "INTERFACE"))
                iface = true;
            else if (!strcmp(a.items[i], "PUBLIC") || !strcmp(a.items[i], "PRIVATE"))
                iface = false;
            else if (!strcmp(a.items[i], "BEFORE"))
                before = true;
            else if (!iface && !is_keyword(a.items[i], scopes))
                add_inc(c, &t->incs, a.items[i], before);
        }
    } else if (c->collect_targets && (!strcmp(n, "target_compile_definitions") ||
                                      !strcmp(n, "target_compile_options"))) {
        eval_args(c, cmd, &a, false);
        struct cm_target *t = a.count ? find_target(c, a.items[0]) : NULL;
        bool defs = !strcmp(n, "target_compile_definitions");
        struct strlist kept = {0};
        bool iface = false;
        for (int i = 1; t && i < a.count; i++) {
            if (!strcmp(a.items[i], "INTERFACE"))
                iface = true;
            else if (!strcmp(a.items[i], "PUBLIC") || !strcmp(a.items[i], "PRIVATE"))
                iface = false;
            else if (!iface)
                strlist_add(&kept, defs && !strncmp(a.items[i], "-D", 2) ? a.items[i] + 2 : a.items[i]);
        }
        if (t)
            add_flags(c, &kept, 0, &t->defs, &t->forced, defs);
        strlist_free(&kept);
    }
    strlist_free(&a);
}

static void run(struct cm *c, const struct cm_file *f, int begin, int end)
{
    for (int i = begin; i < end && !c->reached; i++) {
        const struct cm_cmd *cmd = &f->cmds[i];
        const char *n = cmd->name;
        if (!strcmp(n, "function") || !strcmp(n, "macro")) {
            int close = block_end(f, i, end, n, !strcmp(n, "function") ? "endfunction" : "endmacro");
            struct cm_func fn = {0};
            bool incomplete = false;
            fn.name = cmd->nargs ? expand(c, cmd->args[0].text, &incomplete) : xstrdup("");
            for (char *q = fn.name; *q; q++)
                *q = (char)tolower((unsigned char)*q);
            fn.is_macro = !strcmp(n, "macro");
            fn.file = f;
            fn.begin = i + 1;
            fn.end = close;
            for (int k = 1; k < cmd->nargs; k++)
                strlist_add(&fn.params, cmd->args[k].text);
            VEC_PUSH(c->funcs, c->nfuncs, c->capfuncs, fn);
            i = close;
        } else if (!strcmp(n, "if")) {
            /* the branches of this if, at its own depth: the first whose
             * condition holds runs */
            int close = block_end(f, i, end, "if", "endif");
            int start = i;
            bool done = false;
            for (int k = i + 1; k <= close && k <= end; k++) {
                const char *kn = k < end ? f->cmds[k].name : "endif";
                if (k < close && !strcmp(kn, "if")) {
                    k = block_end(f, k, end, "if", "endif");
                    continue;
                }
                if (k == close || !strcmp(kn, "elseif") || !strcmp(kn, "else")) {
                    if (!done && (!strcmp(f->cmds[start].name, "else") ||
                                  eval_condition(c, &f->cmds[start]))) {
                        run(c, f, start + 1, k);
                        done = true;
                    }
                    start = k;
                }
            }
            i = close;
        } else if (!strcmp(n, "foreach") || !strcmp(n, "while")) {
            i = block_end(f, i, end, n, !strcmp(n, "foreach") ? "endforeach" : "endwhile");
        } else if (!strcmp(n, "return")) {
            return;
        } else {
            run_command(c, cmd);
        }
    }
}

static int read_cmake_file(const char *path, struct cm_file *f, struct strlist *errors)
{
    memset(f, 0, sizeof *f);
    f->path = path_absolute(path);
    f->dir = path_dirname(f->path);
    char *cwd = path_absolute(".");
    f->shown = path_relative(f->path, cwd);
    free(cwd);
    size_t len = 0;
    char *text = read_file(f->path, &len);
    if (!text) {
        const char *e = strerror(errno);
        strlist_add_owned(errors, xasprintf("%s: %c%s", f->shown, tolower((unsigned char)e[0]), e + 1));
        return -1;
    }
    parse_cmake(text, f);
    free(text);
    return 0;
}

static char *lists_in(const char *dir)
{
    char *p = path_join(dir, "CMakeLists.txt");
    if (path_is_file(p))
        return p;
    free(p);
    return NULL;
}

void cmake_read(const char *dir, const char *top, struct project_targets *out,
                struct strlist *notes, struct strlist *errors)
{
    char *absdir = path_absolute(dir);
    char *abstop = path_absolute(top ? top : dir);
    /* the chain of CMakeLists.txt from the repository down to dir */
    struct strlist chain = {0};
    char *cur = xstrdup(absdir);
    for (;;) {
        char *l = lists_in(cur);
        if (l)
            strlist_add_owned(&chain, l);
        size_t n = strlen(abstop);
        if (strcmp(cur, abstop) == 0 || strcmp(cur, "/") == 0 || strncmp(cur, abstop, n) != 0)
            break;
        char *up = path_dirname(cur);
        free(cur);
        cur = up;
    }
    free(cur);
    if (!chain.count || strcmp(chain.items[0], "") == 0) {
        strlist_free(&chain);
        free(absdir);
        free(abstop);
        return;
    }
    /* top first */
    for (int i = 0, j = chain.count - 1; i < j; i++, j--) {
        char *t = chain.items[i];
        chain.items[i] = chain.items[j];
        chain.items[j] = t;
    }
    char *source_dir = path_dirname(chain.items[0]);

    struct cm c = {0};
    struct cm_scope scope = {0};
    c.top = source_dir;
    c.scope = &scope;
    c.notes = notes;
    /* what CMake knows of a Windows x64 build */
    var_set(&scope, "WIN32", "1");
    var_set(&scope, "MSVC", "1");
    var_set(&scope, "CMAKE_SIZEOF_VOID_P", "8");
    var_set(&scope, "CMAKE_SYSTEM_NAME", "Windows");
    var_set(&scope, "CMAKE_HOST_WIN32", "1");

    struct cm_file *files = xcalloc((size_t)chain.count, sizeof *files);
    char *own_shown = NULL;
    for (int i = 0; i < chain.count; i++) {
        if (read_cmake_file(chain.items[i], &files[i], errors) < 0)
            continue;
        bool last = i == chain.count - 1;
        c.file = &files[i];
        c.collect_targets = last;
        char *next_dir = last ? NULL : path_dirname(chain.items[i + 1]);
        c.stop_at = next_dir;
        c.reached = false;
        run(&c, &files[i], 0, files[i].ncmds);
        if (!last && !c.reached)
            strlist_add_owned(notes, xasprintf("%s: no add_subdirectory() of '%s' found; all its "
                                               "settings are taken as inherited (a guess)",
                                               files[i].shown, next_dir));
        if (last)
            own_shown = xstrdup(files[i].shown);
        free(next_dir);
    }

    for (int i = 0; i < c.ntargets; i++) {
        struct cm_target *t = &c.targets[i];
        struct project_target pt = {0};
        pt.project = xstrdup(chain.items[chain.count - 1]);
        pt.origin = xasprintf("cmake:%s", pt.project);
        pt.name = xstrdup(t->name);
        pt.dir = xstrdup(absdir);
        pt.kind = t->kind;
        pt.project_type = xstrdup(t->command);
        if (t->kind == PROJECT_USER)
            pt.skip = !strcmp(t->command, "add_executable")
                          ? xstrdup("user-mode project (CMake add_executable)")
                          : xstrdup("user-mode project (CMake add_library, SHARED or beside the "
                                    "tree's wdk_add_* kernel targets)");
        for (int k = 0; k < t->sources.count; k++)
            strlist_add(&pt.units, t->sources.items[k]);
        /* target folders first, then the folder's; definitions in order */
        for (int k = 0; k < t->incs.count; k++)
            strlist_add_owned(&pt.args, xasprintf("-I%s", t->incs.items[k]));
        for (int k = 0; k < scope.incs.count; k++) {
            char *arg = xasprintf("-I%s", scope.incs.items[k]);
            if (strlist_contains(&pt.args, arg))
                free(arg);
            else
                strlist_add_owned(&pt.args, arg);
        }
        for (int k = 0; k < scope.defs.count; k++)
            strlist_add(&pt.args, scope.defs.items[k]);
        for (int k = 0; k < t->defs.count; k++)
            strlist_add(&pt.args, t->defs.items[k]);
        if (compiler_is_clang(&c))
            add_clang_identity(&pt.args);
        if (t->wdk) {
            /* FindWDK applies WDK_COMPILE_DEFINITIONS to every wdk_add_* target */
            const char *wd = var_get(&c, "WDK_COMPILE_DEFINITIONS");
            struct strlist items = {0};
            char *copy = wd ? xstrdup(wd) : NULL;
            for (char *save = NULL, *it = copy ? strtok_r(copy, ";", &save) : NULL; it;
                 it = strtok_r(NULL, ";", &save))
                strlist_add(&items, it);
            add_flags(&c, &items, 0, &pt.args, NULL, true);
            strlist_free(&items);
            free(copy);
        }
        for (int k = 0; k < scope.forced.count; k++) {
            strlist_add(&pt.args, "-include");
            strlist_add(&pt.args, scope.forced.items[k]);
        }
        for (int k = 0; k < t->forced.count; k++) {
            strlist_add(&pt.args, "-include");
            strlist_add(&pt.args, t->forced.items[k]);
        }
        strlist_add_owned(notes, xasprintf("%s: target %s (%s): %s, %d source%s", own_shown ? own_shown : "",
                                           t->name, t->command, project_kind_name(t->kind),
                                           pt.units.count, pt.units.count == 1 ? "" : "s"));
        VEC_PUSH(out->items, out->count, out->cap, pt);
    }
    if (c.unknown.count && own_shown) {
        struct strbuf sb = {0};
        for (int i = 0; i < c.unknown.count; i++)
            sb_appendf(&sb, "%s%s", i ? ", " : "", c.unknown.items[i]);
        strlist_add_owned(notes, xasprintf("%s: values only a CMake run computes were unknown (what needed them is left out): %s",
                                           own_shown, sb.data));
        sb_free(&sb);
    }

    for (int i = 0; i < c.ntargets; i++) {
        struct cm_target *t = &c.targets[i];
        free(t->name);
        free(t->command);
        free(t->file_shown);
        strlist_free(&t->sources);
        strlist_free(&t->incs);
        strlist_free(&t->defs);
        strlist_free(&t->forced);
    }
    free(c.targets);
    for (int i = 0; i < c.nfuncs; i++) {
        free(c.funcs[i].name);
        strlist_free(&c.funcs[i].params);
    }
    free(c.funcs);
    for (int i = 0; i < c.nside; i++) {
        cm_file_free(c.side_files[i]);
        free(c.side_files[i]);
    }
    free(c.side_files);
    strlist_free(&c.side_seen);
    for (int i = 0; i < chain.count; i++)
        cm_file_free(&files[i]);
    free(files);
    strlist_free(&scope.vnames);
    strlist_free(&scope.vvalues);
    strlist_free(&scope.incs);
    strlist_free(&scope.defs);
    strlist_free(&scope.forced);
    strlist_free(&c.unknown);
    strlist_free(&chain);
    free(own_shown);
    free(source_dir);
    free(absdir);
    free(abstop);
}
