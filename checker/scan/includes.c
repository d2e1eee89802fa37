/* SPDX-License-Identifier: Apache-2.0 */
/* includes.c — see includes.h.
 *
 * The scan is textual on purpose: clang cannot tell us which #include failed
 * without a parse, and a failed include loses the whole unit, so the plan has
 * to be made before clang sees the file. Conditionals are not evaluated; every
 * directive found is resolved, which at worst plans a stand-in nobody uses.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "includes.h"
#include "options.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <limits.h>
#include <sys/stat.h>

/* Deep enough for any real header graph; a cycle is already cut by `seen`. */
#define MAX_DEPTH 200

/* A string-keyed hash map with owned keys; values are borrowed or owned by
 * the caller as each use says. Open addressing keeps it small. */
struct smap_entry {
    char *key;
    void *val;
};
struct smap {
    struct smap_entry *tab;
    size_t cap, count;
};

static void **smap_slot(struct smap *m, const char *key, bool insert)
{
    if (insert && (m->count + 1) * 2 > m->cap) {
        struct smap old = *m;
        m->cap = old.cap ? old.cap * 2 : 64;
        m->tab = xcalloc(m->cap, sizeof *m->tab);
        m->count = 0;
        for (size_t i = 0; i < old.cap; i++)
            if (old.tab[i].key)
                *smap_slot(m, old.tab[i].key, true) = old.tab[i].val, free(old.tab[i].key);
        free(old.tab);
    }
    if (!m->cap)
        return NULL;
    size_t i = (size_t)hash_fnv1a(key, strlen(key), HASH_FNV1A_SEED) & (m->cap - 1);
    while (m->tab[i].key) {
        if (strcmp(m->tab[i].key, key) == 0)
            return &m->tab[i].val;
        i = (i + 1) & (m->cap - 1);
    }
    if (!insert)
        return NULL;
    m->tab[i].key = xstrdup(key);
    m->tab[i].val = NULL;
    m->count++;
    return &m->tab[i].val;
}

static void smap_free(struct smap *m, void (*free_val)(void *))
{
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->tab[i].key)
            continue;
        free(m->tab[i].key);
        if (free_val)
            free_val(m->tab[i].val);
    }
    free(m->tab);
    m->tab = NULL;
    m->cap = m->count = 0;
}

static void strlist_delete(void *p)
{
    if (p) {
        strlist_free(p);
        free(p);
    }
}

struct include_index {
    struct strlist roots; /* repository roots, absolute, longest first */
    struct smap names;    /* lower-case file name -> struct strlist * of absolute paths */
    int nfiles;
    unsigned long long listing_hash; /* of the paths of every file but C sources, in any order */
    /* Folder listings are read lazily by every worker: the cache is the one
     * mutable part, behind its own lock. Entries are never removed, so a
     * listing handed out stays valid until the index is freed. */
    pthread_mutex_t lock;
    struct smap listings; /* folder -> struct strlist * of sorted entry names (empty if unreadable) */
};

struct ctx {
    const struct include_search *s;
    struct include_plan *out;
    struct include_index *ix; /* the run's index, or own_ix */
    struct include_index *own_ix; /* built from name_dirs when the caller gave no index */
    struct smap seen;     /* files already planned */
    struct smap stubs;    /* spelling -> stand-in path (owned char *) */
    int nstubs;
    struct strlist wpp_funcs; /* tracing macros declared by WPP configuration comments */
};

/* WPP generates a *.tmh per source file from the trace configuration that
 * the project's headers carry in comments:
 *     // begin_wpp config
 *     // FUNC TraceEvents(LEVEL, FLAGS, MSG, ...);
 *     // end_wpp
 * A Linux scan has no generated header, so its stand-in defines each
 * configured macro (and the WPP entry points every driver calls) as a call
 * of a variadic no-op: the arguments are still evaluated and type-checked,
 * as the real macros do, and nothing else happens. */
static const char *const wpp_standard_macros[] = {
    "WPP_INIT_TRACING", "WPP_CLEANUP", "DoTraceMessage", "WPP_RECORDER_SF_", "WPP_INIT_TRACING_EX",
};

static void collect_wpp_funcs(struct ctx *c, const char *text, size_t len)
{
    const char *end = text + len;
    for (const char *p = text; p < end;) {
        const char *found = memmem(p, (size_t)(end - p), "begin_wpp", 9);
        if (!found)
            return;
        const char *stop = memmem(found, (size_t)(end - found), "end_wpp", 7);
        if (!stop)
            stop = end;
        for (const char *q = found; q < stop;) {
            const char *f = memmem(q, (size_t)(stop - q), "FUNC", 4);
            if (!f)
                break;
            q = f + 4;
            if (f > text && (isalnum((unsigned char)f[-1]) || f[-1] == '_'))
                continue;
            while (q < stop && (*q == ' ' || *q == '\t'))
                q++;
            const char *name = q;
            while (q < stop && (isalnum((unsigned char)*q) || *q == '_'))
                q++;
            if (q > name && q - name < 128) {
                char *n = xstrndup(name, (size_t)(q - name));
                if (strlist_contains(&c->wpp_funcs, n))
                    free(n);
                else
                    strlist_add_owned(&c->wpp_funcs, n);
            }
        }
        p = stop < end ? stop + 7 : end;
    }
}

static char *wpp_stand_in(const struct strlist *funcs)
{
    struct strbuf sb = {0};
    sb_append(&sb, "/* storcheck: stand-in for a WPP-generated trace header. */\n"
                   "#ifndef STORCHECK_WPP_TRACE\n#define STORCHECK_WPP_TRACE\n"
                   "static __inline void storcheck_wpp_trace(int unused, ...) { (void)unused; }\n#endif\n");
    for (size_t i = 0; i < sizeof wpp_standard_macros / sizeof *wpp_standard_macros; i++)
        sb_appendf(&sb, "#ifndef %s\n#define %s(...) storcheck_wpp_trace(0, ##__VA_ARGS__)\n#endif\n",
                   wpp_standard_macros[i], wpp_standard_macros[i]);
    for (int i = 0; i < funcs->count; i++)
        sb_appendf(&sb, "#ifndef %s\n#define %s(...) storcheck_wpp_trace(0, ##__VA_ARGS__)\n#endif\n",
                   funcs->items[i], funcs->items[i]);
    return sb_steal(&sb);
}

/* Fills the stand-ins of *.tmh includes once the whole closure, and so every
 * WPP configuration comment in it, has been read. */
static void fill_wpp_stand_ins(struct ctx *c)
{
    for (int i = 0; i < c->out->count; i++) {
        struct unsaved_file *f = &c->out->files[i];
        size_t n = strlen(f->path);
        if (!f->stub || n < 4 || strcasecmp(f->path + n - 4, ".tmh") != 0)
            continue;
        free(f->contents);
        f->contents = wpp_stand_in(&c->wpp_funcs);
        f->length = strlen(f->contents);
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static struct strlist *read_listing(const char *dir)
{
    struct strlist *l = xcalloc(1, sizeof *l);
    DIR *d = opendir(dir);
    if (d) {
        for (struct dirent *e; (e = readdir(d));)
            if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
                strlist_add(l, e->d_name);
        closedir(d);
        if (l->count)
            qsort(l->items, (size_t)l->count, sizeof *l->items, cmp_str);
    }
    return l;
}

static const struct strlist *index_listing(struct include_index *ix, const char *dir)
{
    pthread_mutex_lock(&ix->lock);
    void **slot = smap_slot(&ix->listings, dir, true);
    if (!*slot)
        *slot = read_listing(dir);
    const struct strlist *l = *slot;
    pthread_mutex_unlock(&ix->lock);
    return l;
}

static void index_add(struct include_index *ix, const char *full, const char *name)
{
    char *lower = xstrdup(name);
    for (char *p = lower; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    void **slot = smap_slot(&ix->names, lower, true);
    free(lower);
    if (!*slot)
        *slot = xcalloc(1, sizeof(struct strlist));
    if (!strlist_contains(*slot, full)) {
        strlist_add(*slot, full);
        ix->nfiles++;
        /* A header added or removed can change how an include resolves; a
         * new C source cannot (nothing includes one by name). */
        const char *dot = strrchr(name, '.');
        bool source = dot && (strcasecmp(dot, ".c") == 0 || strcasecmp(dot, ".cpp") == 0 ||
                              strcasecmp(dot, ".cc") == 0 || strcasecmp(dot, ".cxx") == 0);
        if (!source)
            ix->listing_hash ^= hash_fnv1a(full, strlen(full), HASH_FNV1A_SEED);
    }
}

/* One readdir per folder; d_type spares a stat for all but links. */
static void index_tree(struct include_index *ix, const char *dir, struct smap *seen, int depth)
{
    struct stat st;
    if (depth > 64 || stat(dir, &st) != 0)
        return;
    char key[64];
    snprintf(key, sizeof key, "%llu:%llu", (unsigned long long)st.st_dev, (unsigned long long)st.st_ino);
    void **mark = smap_slot(seen, key, true);
    if (*mark)
        return;
    *mark = (void *)1;
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct strlist files = {0}, dirs = {0};
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        unsigned char type = e->d_type;
        if (type == DT_UNKNOWN || type == DT_LNK) {
            char *full = path_join(dir, e->d_name);
            type = stat(full, &st) != 0 ? DT_UNKNOWN : S_ISDIR(st.st_mode) ? DT_DIR
                                                      : S_ISREG(st.st_mode) ? DT_REG : DT_UNKNOWN;
            free(full);
        }
        if (type == DT_DIR && !path_is_build_output(e->d_name))
            strlist_add(&dirs, e->d_name);
        else if (type == DT_REG)
            strlist_add(&files, e->d_name);
    }
    closedir(d);
    if (files.count)
        qsort(files.items, (size_t)files.count, sizeof *files.items, cmp_str);
    if (dirs.count)
        qsort(dirs.items, (size_t)dirs.count, sizeof *dirs.items, cmp_str);
    for (int i = 0; i < files.count; i++) {
        char *full = path_join(dir, files.items[i]);
        index_add(ix, full, files.items[i]);
        free(full);
    }
    for (int i = 0; i < dirs.count; i++) {
        char *full = path_join(dir, dirs.items[i]);
        index_tree(ix, full, seen, depth + 1);
        free(full);
    }
    strlist_free(&files);
    strlist_free(&dirs);
}

static int cmp_len_desc(const void *a, const void *b)
{
    size_t x = strlen(*(char *const *)a), y = strlen(*(char *const *)b);
    return x < y ? 1 : x > y ? -1 : strcmp(*(char *const *)a, *(char *const *)b);
}

struct include_index *includes_index_new(const struct strlist *repo_roots,
                                         const struct strlist *name_dirs)
{
    struct include_index *ix = xcalloc(1, sizeof *ix);
    pthread_mutex_init(&ix->lock, NULL);
    struct smap seen = {0};
    for (int i = 0; repo_roots && i < repo_roots->count; i++) {
        char *root = path_absolute(repo_roots->items[i]);
        if (!strlist_contains(&ix->roots, root)) {
            index_tree(ix, root, &seen, 0);
            strlist_add(&ix->roots, root);
        }
        free(root);
    }
    smap_free(&seen, NULL);
    if (ix->roots.count > 1)
        qsort(ix->roots.items, (size_t)ix->roots.count, sizeof *ix->roots.items, cmp_len_desc);
    for (int i = 0; name_dirs && i < name_dirs->count; i++) {
        char *dir = path_absolute(name_dirs->items[i]);
        const struct strlist *l = index_listing(ix, dir);
        for (int j = 0; j < l->count; j++) {
            char *full = path_join(dir, l->items[j]);
            if (path_is_file(full))
                index_add(ix, full, l->items[j]);
            free(full);
        }
        free(dir);
    }
    return ix;
}

void includes_index_free(struct include_index *ix)
{
    if (!ix)
        return;
    strlist_free(&ix->roots);
    smap_free(&ix->names, strlist_delete);
    smap_free(&ix->listings, strlist_delete);
    pthread_mutex_destroy(&ix->lock);
    free(ix);
}

unsigned long long includes_index_listing_hash(const struct include_index *ix)
{
    return ix ? ix->listing_hash : 0;
}

int includes_index_size(const struct include_index *ix)
{
    return ix ? ix->nfiles : 0;
}

static struct include_index *ctx_index(struct ctx *c)
{
    if (c->ix)
        return c->ix;
    /* The index is shared and read-only apart from its locked listing
     * cache, which is why the const of include_search is set aside here. */
    if (c->s->index)
        c->ix = (struct include_index *)c->s->index;
    else
        c->ix = c->own_ix = includes_index_new(NULL, &c->s->name_dirs);
    return c->ix;
}

static const struct strlist *listing(struct ctx *c, const char *dir)
{
    return index_listing(ctx_index(c), dir);
}

/* The entry of dir that equals name ignoring case; an exact match wins over
 * other spellings, then the first in sorted order, so the answer is stable. */
static const char *match_nocase(struct ctx *c, const char *dir, const char *name)
{
    const struct strlist *l = listing(c, dir);
    const char *first = NULL;
    for (int i = 0; i < l->count; i++) {
        if (strcmp(l->items[i], name) == 0)
            return l->items[i];
        if (!first && strcasecmp(l->items[i], name) == 0)
            first = l->items[i];
    }
    return first;
}

/* Walks rel (slashes only) from dir one component at a time, as a Windows
 * file system would, and returns the real path of the file or NULL. */
static char *resolve_nocase(struct ctx *c, const char *dir, const char *rel)
{
    char *cur = xstrdup(rel[0] == '/' ? "/" : dir);
    char *copy = xstrdup(rel);
    for (char *save = NULL, *comp = strtok_r(copy, "/", &save); comp && cur;
         comp = strtok_r(NULL, "/", &save)) {
        char *next = NULL;
        if (strcmp(comp, ".") == 0)
            continue;
        if (strcmp(comp, "..") == 0) {
            next = path_dirname(cur);
        } else {
            const char *m = match_nocase(c, cur, comp);
            if (m)
                next = path_join(cur, m);
        }
        free(cur);
        cur = next;
    }
    free(copy);
    if (cur && !path_is_file(cur)) {
        free(cur);
        cur = NULL;
    }
    return cur;
}

/* Common leading path components of a and b, in characters. */
static size_t common_dirs(const char *a, const char *b)
{
    size_t n = 0, last = 0;
    while (a[n] && a[n] == b[n]) {
        if (a[n] == '/')
            last = n;
        n++;
    }
    return last;
}

/* Whether path ends in "/" + sub, ignoring case (sub has slashes only). */
static bool ends_in_subpath(const char *path, const char *sub)
{
    size_t n = strlen(path), k = strlen(sub);
    return n > k && path[n - k - 1] == '/' && strcasecmp(path + n - k, sub) == 0;
}

/* The repository root holding path (roots are longest first), or NULL. */
static const char *root_of(const struct include_index *ix, const char *path)
{
    for (int i = 0; i < ix->roots.count; i++) {
        const char *r = ix->roots.items[i];
        size_t n = strlen(r);
        if (strncmp(path, r, n) == 0 && (path[n] == '/' || (n && r[n - 1] == '/')))
            return r;
    }
    return NULL;
}

static int depth_below(const char *path, size_t prefix)
{
    int d = 0;
    for (const char *p = path + prefix; *p; p++)
        d += *p == '/';
    return d;
}

/* Headers of the C and C++ libraries and of the CRT: the toolchain's (the
 * model headers stand in), never a file of the repository that happens to
 * share the name, which is typically a wrapper for another platform. */
static bool is_toolchain_header(const char *name)
{
    static const char *const names[] = {
        "assert.h", "complex.h", "ctype.h",  "errno.h",   "fenv.h",    "float.h",    "inttypes.h",
        "iso646.h", "limits.h",  "locale.h", "math.h",    "setjmp.h",  "signal.h",   "stdalign.h",
        "stdarg.h", "stdatomic.h", "stdbool.h", "stddef.h", "stdint.h", "stdio.h",   "stdlib.h",
        "stdnoreturn.h", "string.h", "tgmath.h", "threads.h", "time.h", "uchar.h",   "wchar.h",
        "wctype.h", "malloc.h",  "memory.h", "io.h",      "fcntl.h",   "unistd.h",   "pthread.h",
        "dirent.h", "sched.h",   "strings.h", "search.h", "process.h", "direct.h",   "conio.h",
        "excpt.h",  "crtdbg.h",  "intrin.h", NULL};
    if (!strchr(name, '.'))
        return true; /* <new>, <cstdio>, <atomic>: the C++ library */
    for (int i = 0; names[i]; i++)
        if (!strcasecmp(name, names[i]))
            return true;
    return false;
}

/* A header no search folder names, looked for by name in the includer's
 * repository. A spelling with folders (`winspd/ioctl.h`) matches only a copy
 * whose path ends in them; then the copy nearest the includer wins (the
 * longest common folder prefix, then the shallowest below it, then sorted
 * order). Never outside the includer's repository, never the includer
 * itself, never a header of the C library spelled <...>, and never from a
 * folder named for another system (os/linux, freebsd...) unless the includer
 * is in one. */
static char *lookup_by_name(struct ctx *c, const char *rel, const char *includer, bool angled)
{
    struct include_index *ix = ctx_index(c);
    /* "../inc/x.h" and "./x.h" are searched for as "inc/x.h" and "x.h" */
    while (strncmp(rel, "../", 3) == 0 || strncmp(rel, "./", 2) == 0)
        rel += rel[1] == '/' ? 2 : 3;
    const char *base = strrchr(rel, '/');
    base = base ? base + 1 : rel;
    if (!*base || strstr(rel, "/../") || (angled && base == rel && is_toolchain_header(rel)))
        return NULL;
    char *lower = xstrdup(base);
    for (char *p = lower; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    void **slot = smap_slot(&ix->names, lower, false);
    free(lower);
    if (!slot || !*slot)
        return NULL;
    const struct strlist *hits = *slot;
    const char *repo = root_of(ix, includer);
    size_t from = repo ? strlen(repo) : 0;
    bool includer_other_os = path_other_os(includer, from) != NULL;
    const char *best = NULL;
    size_t best_common = 0;
    int best_depth = 0;
    for (int i = 0; i < hits->count; i++) {
        const char *h = hits->items[i];
        if (strcmp(h, includer) == 0 || (repo && root_of(ix, h) != repo))
            continue;
        if (base != rel && !ends_in_subpath(h, rel))
            continue;
        if (!includer_other_os && path_other_os(h, from) != NULL)
            continue;
        size_t common = common_dirs(h, includer);
        int depth = depth_below(h, common);
        bool better = !best || (common != best_common ? common > best_common
                                : depth != best_depth ? depth < best_depth
                                                      : strcmp(h, best) < 0);
        if (better) {
            best = h;
            best_common = common;
            best_depth = depth;
        }
    }
    return best ? xstrdup(best) : NULL;
}

enum how { FOUND_EXACT, FOUND_FIXED, FOUND_BY_NAME, NOT_FOUND };

/* Search order follows MSVC, which clang mimics under -fms-compatibility:
 * for "x" the includer's folder, then the folders of the files that
 * included it (innermost first), then -I, then the system folders. */
static enum how resolve(struct ctx *c, const char *spelling, bool quoted, const char *includer,
                        const struct strlist *stack_dirs, char **path_out)
{
    struct strlist dirs = {0};
    if (quoted)
        for (int i = stack_dirs->count - 1; i >= 0; i--)
            if (!strlist_contains(&dirs, stack_dirs->items[i]))
                strlist_add(&dirs, stack_dirs->items[i]);
    for (int i = 0; i < c->s->quote_dirs.count; i++)
        strlist_add_owned(&dirs, path_absolute(c->s->quote_dirs.items[i]));
    for (int i = 0; i < c->s->system_dirs.count; i++)
        strlist_add_owned(&dirs, path_absolute(c->s->system_dirs.items[i]));

    char *slashed = xstrdup(spelling);
    for (char *p = slashed; *p; p++)
        if (*p == '\\')
            *p = '/';

    enum how how = NOT_FOUND;
    *path_out = NULL;
    /* Folder listings (cached for the run) answer both questions: a miss
     * costs no stat, and a hit spelled exactly is told from a fixed one by
     * comparing paths. */
    for (int i = 0; i < dirs.count && how == NOT_FOUND; i++) {
        char *found = resolve_nocase(c, dirs.items[i], slashed);
        if (!found)
            continue;
        char *joined = path_join(dirs.items[i], spelling);
        char *exact = path_absolute(joined);
        how = strcmp(found, exact) == 0 ? FOUND_EXACT : FOUND_FIXED;
        *path_out = found;
        free(exact);
        free(joined);
    }
    /* `#include </sys/x.h>` names no drive, so on Windows it is not an
     * absolute path: clang-cl joins it to each search folder like any other. */
    const char *rooted = slashed + strspn(slashed, "/");
    for (int i = 0; rooted != slashed && *rooted && i < dirs.count && how == NOT_FOUND; i++)
        if ((*path_out = resolve_nocase(c, dirs.items[i], rooted)))
            how = FOUND_FIXED;
    if (how == NOT_FOUND && (*path_out = lookup_by_name(c, slashed, includer, !quoted)))
        how = FOUND_BY_NAME;
    free(slashed);
    strlist_free(&dirs);
    return how;
}

static bool under_system_dir(const struct include_search *s, const char *path)
{
    for (int i = 0; i < s->system_dirs.count; i++) {
        char *dir = path_absolute(s->system_dirs.items[i]);
        size_t n = strlen(dir);
        bool under = strncmp(path, dir, n) == 0 && (path[n] == '/' || dir[n - 1] == '/');
        free(dir);
        if (under)
            return true;
    }
    return false;
}

struct directive {
    size_t hash, end, line_end; /* offsets of '#', past the closing delimiter, of the line break */
    int line;
    bool quoted;
    char *spelling;
};

static void scan_directive(const char *s, size_t len, size_t hash, int line, struct directive **v,
                           int *count, int *cap)
{
    size_t j = hash + 1;
    while (j < len && (s[j] == ' ' || s[j] == '\t'))
        j++;
    if (len - j < 7 || strncmp(s + j, "include", 7) != 0)
        return;
    j += 7;
    if (j < len && (isalnum((unsigned char)s[j]) || s[j] == '_'))
        return; /* #include_next and friends */
    while (j < len && (s[j] == ' ' || s[j] == '\t'))
        j++;
    if (j >= len || (s[j] != '"' && s[j] != '<'))
        return; /* macro form: clang expands it, we cannot */
    char close = s[j] == '"' ? '"' : '>';
    size_t start = ++j;
    while (j < len && s[j] != close && s[j] != '\n')
        j++;
    if (j >= len || s[j] != close || j == start)
        return;
    struct directive d = {.hash = hash, .end = j + 1, .line = line, .quoted = close == '"'};
    d.spelling = xstrndup(s + start, j - start);
    size_t e = d.end;
    while (e < len && s[e] != '\n')
        e++;
    if (e > d.end && s[e - 1] == '\r')
        e--;
    d.line_end = e;
    VEC_PUSH(*v, *count, *cap, d);
}

/* A small lexer that knows comments, string and character literals and line
 * splices, enough to see which '#' starts a line of code. */
static struct directive *find_directives(const char *s, size_t len, int *count)
{
    enum { CODE, BLOCK, LINE, STR, CHR } st = CODE;
    struct directive *v = NULL;
    int cap = 0, line = 1;
    bool bol = true;
    *count = 0;
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        if (ch == '\\' && (i + 1 < len && (s[i + 1] == '\n' || (s[i + 1] == '\r' && i + 2 < len &&
                                                                s[i + 2] == '\n')))) {
            i += s[i + 1] == '\r' ? 2 : 1;
            line++;
            continue;
        }
        if (ch == '\n') {
            line++;
            if (st != BLOCK)
                st = CODE;
            bol = true;
            continue;
        }
        switch (st) {
        case CODE:
            if (ch == '/' && i + 1 < len && s[i + 1] == '*') {
                st = BLOCK;
                i++;
            } else if (ch == '/' && i + 1 < len && s[i + 1] == '/') {
                st = LINE;
            } else if (ch == '#' && bol) {
                scan_directive(s, len, i, line, &v, count, &cap);
                bol = false;
            } else if (ch == '"') {
                st = STR;
                bol = false;
            } else if (ch == '\'') {
                st = CHR;
                bol = false;
            } else if (!isspace((unsigned char)ch)) {
                bol = false;
            }
            break;
        case BLOCK:
            if (ch == '*' && i + 1 < len && s[i + 1] == '/') {
                st = CODE;
                i++;
            }
            break;
        case LINE:
            break;
        case STR:
        case CHR:
            if (ch == '\\' && i + 1 < len && s[i + 1] != '\n' && s[i + 1] != '\r')
                i++;
            else if (ch == (st == STR ? '"' : '\''))
                st = CODE;
            break;
        }
    }
    return v;
}

static void add_file(struct include_plan *p, char *path, char *contents, size_t length)
{
    struct unsaved_file f = {.path = path, .contents = contents, .length = length, .stub = false};
    VEC_PUSH(p->files, p->count, p->cap, f);
}

static char *sanitize(const char *slashed)
{
    const char *base = strrchr(slashed, '/');
    base = base && base[1] ? base + 1 : slashed;
    char *s = xstrdup(base);
    for (char *p = s; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '.' && *p != '-' && *p != '_')
            *p = '_';
    return s;
}

static char *stub_for(struct ctx *c, const struct directive *d)
{
    char *key = xasprintf("%c%s", d->quoted ? '"' : '<', d->spelling);
    void **slot = smap_slot(&c->stubs, key, true);
    free(key);
    if (!*slot) {
        char *slashed = xstrdup(d->spelling);
        for (char *p = slashed; *p; p++)
            if (*p == '\\')
                *p = '/';
        char *name = sanitize(slashed);
        char *path = xasprintf("%s/%d/%s", INCLUDES_STUB_DIR, ++c->nstubs, name);
        add_file(c->out, xstrdup(path), xstrdup(""), 0);
        c->out->files[c->out->count - 1].stub = true;
        *slot = path;
        free(name);
        free(slashed);
    }
    return xstrdup(*slot);
}

/* Rewrites the directive in place: the line keeps its place and its line
 * break; a block comment left open on it is kept so the next lines stay
 * inside it. */
static void rewrite_line(struct strbuf *sb, const char *s, const struct directive *d,
                         const char *target)
{
    sb_appendf(sb, "#include \"%s\"", target);
    const char *rest = s + d->end, *stop = s + d->line_end;
    for (const char *p = rest; p + 1 < stop; p++) {
        if (p[0] == '/' && p[1] == '/')
            break;
        if (p[0] == '/' && p[1] == '*') {
            const char *q = p + 2;
            while (q + 1 < stop && !(q[0] == '*' && q[1] == '/'))
                q++;
            if (q + 1 >= stop) {
                sb_append(sb, " ");
                sb_appendn(sb, p, (size_t)(stop - p));
                break;
            }
            p = q + 1;
        }
    }
}

static const char *spelled(const struct directive *d, struct strbuf *tmp)
{
    tmp->len = 0;
    sb_appendf(tmp, d->quoted ? "\"%s\"" : "<%s>", d->spelling);
    return tmp->data;
}

static size_t max_file_bytes(const struct include_search *s)
{
    return s->max_file_bytes ? s->max_file_bytes : (size_t)DEFAULT_MAX_FILE_MB << 20;
}

static bool under_dir(const char *path, const char *dir)
{
    size_t n = strlen(dir);
    return n && strncmp(path, dir, n) == 0 && (path[n] == '/' || path[n] == 0 || dir[n - 1] == '/');
}

/* Whether `path`, with symbolic links resolved, lies in one of the folders
 * (resolved the same way). */
static bool real_under_any(const char *real, const struct strlist *dirs)
{
    for (int i = 0; i < dirs->count; i++) {
        char *abs = path_absolute(dirs->items[i]);
        char buf[PATH_MAX];
        bool under = under_dir(real, abs) || (realpath(abs, buf) && under_dir(real, buf));
        free(abs);
        if (under)
            return true;
    }
    return false;
}

/* Why a header the tree names must not be read, or NULL: the tree decides
 * what it includes, so it must not make storcheck read a device, a huge
 * file, or a file outside what the scan covers (docs/security.md). */
static char *refusal(struct ctx *c, const char *target, int depth)
{
    int max_depth = c->s->max_depth > 0 ? c->s->max_depth : DEFAULT_MAX_INCLUDE_DEPTH;
    if (depth + 1 >= max_depth)
        return xasprintf("nested deeper than %d (--max-include-depth)", max_depth);
    struct stat st;
    if (stat(target, &st) != 0)
        return xasprintf("%s", strerror(errno));
    if (!S_ISREG(st.st_mode))
        return xstrdup("not a regular file");
    if ((size_t)st.st_size > max_file_bytes(c->s))
        return xasprintf("larger than %zu MiB (--max-file-size)", max_file_bytes(c->s) >> 20);
    if (!c->s->index || c->s->anywhere)
        return NULL;
    char real[PATH_MAX];
    if (!realpath(target, real))
        return xasprintf("%s", strerror(errno));
    if (real_under_any(real, &c->s->index->roots) || real_under_any(real, &c->s->system_dirs) ||
        real_under_any(real, &c->s->quote_dirs))
        return NULL;
    return xstrdup("outside the repository");
}

static void plan_file(struct ctx *c, const char *path, char *text, size_t len,
                      struct strlist *stack_dirs, int depth)
{
    int n = 0;
    struct directive *ds = find_directives(text, len, &n);
    collect_wpp_funcs(c, text, len);
    char *dir = path_dirname(path);
    strlist_add_owned(stack_dirs, dir);

    struct strbuf out = {0}, tmp = {0};
    size_t copied = 0;
    bool changed = false;
    char **targets = xcalloc((size_t)n + 1, sizeof *targets);
    for (int i = 0; i < n; i++) {
        const struct directive *d = &ds[i];
        char *target = NULL;
        enum how how = resolve(c, d->spelling, d->quoted, path, stack_dirs, &target);
        const char *sp = spelled(d, &tmp);
        char *refused = how != NOT_FOUND ? refusal(c, target, depth) : NULL;
        if (refused) {
            free(target);
            target = stub_for(c, d);
            strlist_add_owned(&c->out->stubbed,
                              xasprintf("%s:%d: %s (refused: %s)", path, d->line, sp, refused));
            free(refused);
            sb_appendn(&out, text + copied, d->hash - copied);
            rewrite_line(&out, text, d, target);
            copied = d->line_end;
            changed = true;
            free(target);
            continue;
        }
        if (how == FOUND_EXACT) {
            targets[i] = target;
            continue;
        }
        if (how == NOT_FOUND) {
            target = stub_for(c, d);
            strlist_add_owned(&c->out->stubbed, xasprintf("%s:%d: %s", path, d->line, sp));
        } else {
            strlist_add_owned(how == FOUND_BY_NAME ? &c->out->guessed : &c->out->fixed,
                              xasprintf("%s:%d: %s -> %s", path, d->line, sp, target));
            targets[i] = xstrdup(target);
        }
        sb_appendn(&out, text + copied, d->hash - copied);
        rewrite_line(&out, text, d, target);
        copied = d->line_end;
        changed = true;
        free(target);
    }
    if (changed) {
        sb_appendn(&out, text + copied, len - copied);
        size_t olen = out.len;
        add_file(c->out, xstrdup(path), sb_steal(&out), olen);
    }
    sb_free(&tmp);

    /* Recursing only after the whole file is resolved keeps each file's
     * directives in one pass over its text; the order is still the
     * preprocessor's, so the plan is deterministic. */
    for (int i = 0; i < n; i++) {
        char *h = targets[i];
        if (!h || depth >= MAX_DEPTH || under_system_dir(c->s, h))
            continue;
        void **slot = smap_slot(&c->seen, h, true);
        if (*slot)
            continue;
        *slot = (void *)1;
        size_t hlen = 0;
        char *htext = read_file(h, &hlen);
        if (htext) {
            plan_file(c, h, htext, hlen, stack_dirs, depth + 1);
            free(htext);
        }
    }
    for (int i = 0; i < n; i++) {
        free(targets[i]);
        free(ds[i].spelling);
    }
    free(targets);
    free(ds);
    free(stack_dirs->items[--stack_dirs->count]);
}

int includes_plan(const char *tu_path, const struct include_search *s, struct include_plan *out,
                  char **err)
{
    char *path = path_absolute(tu_path);
    struct stat st;
    if (stat(path, &st) == 0 && (!S_ISREG(st.st_mode) || (size_t)st.st_size > max_file_bytes(s))) {
        if (!S_ISREG(st.st_mode))
            *err = xasprintf("%s: not a regular file", tu_path);
        else
            *err = xasprintf("%s: %.1f MiB, larger than the limit of %zu MiB (--max-file-size)", tu_path,
                             (double)st.st_size / (1 << 20), max_file_bytes(s) >> 20);
        free(path);
        return -1;
    }
    size_t len = 0;
    char *text = read_file(path, &len);
    if (!text) {
        const char *e = strerror(errno);
        *err = xasprintf("%s: %c%s", tu_path, tolower((unsigned char)e[0]), e + 1);
        free(path);
        return -1;
    }
    struct ctx c = {.s = s, .out = out};
    *smap_slot(&c.seen, path, true) = (void *)1;
    struct strlist stack_dirs = {0};
    /* A header the build force-includes (CMake's `-include config.h`) is
     * read first and planned like one the unit includes; left to clang, a
     * header it cannot find costs a second parse of every unit. */
    for (int i = 0; i < s->forced.count; i++) {
        const char *h = s->forced.items[i];
        void **slot = smap_slot(&c.seen, h, true);
        if (*slot || under_system_dir(s, h))
            continue;
        *slot = (void *)1;
        char *why = refusal(&c, h, 0);
        if (why) { /* left to clang, as before */
            free(why);
            continue;
        }
        size_t hlen = 0;
        char *htext = read_file(h, &hlen);
        if (htext) {
            plan_file(&c, h, htext, hlen, &stack_dirs, 1);
            free(htext);
        }
    }
    plan_file(&c, path, text, len, &stack_dirs, 0);
    fill_wpp_stand_ins(&c);
    strlist_free(&c.wpp_funcs);
    strlist_free(&stack_dirs);
    free(text);
    free(path);
    includes_index_free(c.own_ix);
    smap_free(&c.seen, NULL);
    smap_free(&c.stubs, free);
    return 0;
}

void include_plan_free(struct include_plan *p)
{
    for (int i = 0; i < p->count; i++) {
        free(p->files[i].path);
        free(p->files[i].contents);
    }
    free(p->files);
    p->files = NULL;
    p->count = p->cap = 0;
    strlist_free(&p->stubbed);
    strlist_free(&p->fixed);
    strlist_free(&p->guessed);
}

bool includes_is_stub(const char *path)
{
    size_t n = strlen(INCLUDES_STUB_DIR);
    return path && strncmp(path, INCLUDES_STUB_DIR, n) == 0 && path[n] == '/';
}

bool includes_add_computed(struct include_plan *p, const struct include_search *s,
                           const char *includer, const char *spelling, bool angled)
{
    /* <x> is not looked for beside the includer: serve it from the first
     * folder an angled search reads */
    const struct strlist *first = s->quote_dirs.count ? &s->quote_dirs : &s->system_dirs;
    char *dir = angled && first->count ? path_absolute(first->items[0]) : path_dirname(includer);
    char *slashed = xstrdup(spelling);
    for (char *q = slashed; *q; q++)
        if (*q == '\\')
            *q = '/';
    char *target;
    if (slashed[0] == '/') {
        target = path_absolute(slashed);
    } else {
        char *joined = path_join(dir, slashed);
        target = path_absolute(joined);
        free(joined);
    }
    free(slashed);
    for (int i = 0; i < p->count; i++)
        if (strcmp(p->files[i].path, target) == 0) {
            free(target);
            free(dir);
            return false; /* already planned: a second parse would fail the same way */
        }
    struct ctx c = {.s = s, .out = p};
    struct strlist stack_dirs = {0};
    strlist_add(&stack_dirs, dir);
    char *found = NULL;
    enum how how = resolve(&c, spelling, true, includer, &stack_dirs, &found);
    size_t len = 0;
    char *text = how != NOT_FOUND ? read_file(found, &len) : NULL;
    if (text) {
        add_file(p, target, text, len);
        strlist_add_owned(how == FOUND_BY_NAME ? &p->guessed : &p->fixed,
                          xasprintf("%s: computed %s -> %s", includer, spelling, found));
    } else {
        add_file(p, target, xstrdup(""), 0);
        p->files[p->count - 1].stub = true;
        strlist_add_owned(&p->stubbed, xasprintf("%s: computed \"%s\"", includer, spelling));
    }
    free(found);
    strlist_free(&stack_dirs);
    includes_index_free(c.own_ix);
    smap_free(&c.seen, NULL);
    smap_free(&c.stubs, free);
    free(dir);
    return true;
}

bool includes_plan_is_stub(const struct include_plan *p, const char *path)
{
    if (includes_is_stub(path))
        return true;
    for (int i = 0; i < p->count; i++)
        if (p->files[i].stub && strcmp(p->files[i].path, path) == 0)
            return true;
    return false;
}
