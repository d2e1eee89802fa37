/* SPDX-License-Identifier: Apache-2.0 */
/* discover.c — see discover.h.
 *
 * Paths in results are absolute and lexically normalized; paths in notes and
 * errors are shown relative to the working directory, as the user typed them.
 * Everything is sorted before it is returned so that two runs over the same
 * tree report the same units in the same order.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "discover.h"
#include "projects.h"

#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <errno.h>
#include <fnmatch.h>
#include <jansson.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlversion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- small helpers ---------------------------------------------------- */

const char *project_kind_name(enum project_kind k)
{
    switch (k) {
    case PROJECT_NONE:
        return "no project";
    case PROJECT_DRIVER:
        return "driver";
    case PROJECT_KERNEL_LIBRARY:
        return "kernel-mode library";
    case PROJECT_LIBRARY:
        return "library";
    case PROJECT_USER:
        return "user mode";
    case PROJECT_UTILITY:
        return "utility";
    case PROJECT_UNKNOWN:
        return "unknown";
    }
    return "unknown";
}

static char *errno_text(int e)
{
    char *s = xstrdup(strerror(e));
    s[0] = (char)tolower((unsigned char)s[0]);
    return s;
}

static void add_line(struct strlist *l, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add_line(struct strlist *l, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0)
        s = xstrdup(fmt);
    va_end(ap);
    strlist_add_owned(l, s);
}

static char *display_path(const char *abs)
{
    char *cwd = path_absolute(".");
    char *rel = path_relative(abs, cwd);
    free(cwd);
    return rel;
}

static bool has_ext(const char *name, const char *ext)
{
    size_t n = strlen(name), e = strlen(ext);
    return n > e && strcasecmp(name + n - e, ext) == 0;
}

static bool is_unit_name(const char *name)
{
    return has_ext(name, ".c") || has_ext(name, ".cpp");
}

static void backslashes_to_slashes(char *s)
{
    for (; *s; s++)
        if (*s == '\\')
            *s = '/';
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void sort_unique(struct strlist *l)
{
    if (l->count < 2)
        return;
    qsort(l->items, (size_t)l->count, sizeof *l->items, cmp_str);
    int w = 1;
    for (int i = 1; i < l->count; i++) {
        if (strcmp(l->items[i], l->items[w - 1]) == 0)
            free(l->items[i]);
        else
            l->items[w++] = l->items[i];
    }
    l->count = w;
}

static bool path_under(const char *path, const char *root)
{
    size_t n = strlen(root);
    return strncmp(path, root, n) == 0 && (path[n] == '\0' || path[n] == '/' || root[n - 1] == '/');
}

static bool under_any(const char *path, const struct strlist *roots)
{
    for (int i = 0; i < roots->count; i++)
        if (path_under(path, roots->items[i]))
            return true;
    return false;
}

/* The real path of p on disk, matching each component without regard to case
 * the way Windows would; NULL if nothing matches. */
static char *find_nocase(const char *p)
{
    char *abs = path_absolute(p);
    struct stat st;
    if (stat(abs, &st) == 0)
        return abs;
    char *cur = xstrdup("/");
    for (char *save = NULL, *comp = strtok_r(abs, "/", &save); comp && cur;
         comp = strtok_r(NULL, "/", &save)) {
        char *exact = path_join(cur, comp);
        if (stat(exact, &st) == 0) {
            free(cur);
            cur = exact;
            continue;
        }
        free(exact);
        DIR *d = opendir(cur);
        char *best = NULL;
        if (d) {
            for (struct dirent *e; (e = readdir(d));)
                if (strcasecmp(e->d_name, comp) == 0 && (!best || strcmp(e->d_name, best) < 0)) {
                    free(best);
                    best = xstrdup(e->d_name);
                }
            closedir(d);
        }
        char *next = best ? path_join(cur, best) : NULL;
        free(best);
        free(cur);
        cur = next;
    }
    free(abs);
    return cur;
}

static struct tu_spec *add_unit(struct discovery *out, const char *file, const char *dir,
                                const struct strlist *args, const char *origin)
{
    struct tu_spec u = {.file = xstrdup(file), .directory = xstrdup(dir), .origin = xstrdup(origin)};
    for (int i = 0; args && i < args->count; i++)
        strlist_add(&u.args, args->items[i]);
    VEC_PUSH(out->units, out->count, out->cap, u);
    return &out->units[out->count - 1];
}

static struct tu_spec *find_unit(struct discovery *out, const char *file)
{
    for (int i = 0; i < out->count; i++)
        if (strcmp(out->units[i].file, file) == 0)
            return &out->units[i];
    return NULL;
}

static int cmp_unit(const void *a, const void *b)
{
    return strcmp(((const struct tu_spec *)a)->file, ((const struct tu_spec *)b)->file);
}

/* ---- the walk ------------------------------------------------------------ */

struct walk {
    struct strlist units, projects, header_dirs;
    struct strlist sources_files; /* WDK `sources` files */
    struct strlist cmake_dirs;    /* folders holding a CMakeLists.txt */
    struct strlist seen_dirs;     /* "dev:ino", so a symlink loop is walked once */
    struct strlist real_roots;    /* the scan paths with links resolved: a link that leads
                                     elsewhere is not followed (unless follow_links) */
    bool follow_links;
};

static bool real_under(const char *real, const struct strlist *roots)
{
    for (int i = 0; i < roots->count; i++) {
        size_t n = strlen(roots->items[i]);
        if (strncmp(real, roots->items[i], n) == 0 &&
            (real[n] == '/' || real[n] == 0 || (n && roots->items[i][n - 1] == '/')))
            return true;
    }
    return false;
}

/* A symbolic link out of the scanned folders: the tree must not make the
 * scan read what the user did not ask about (docs/security.md). */
static bool link_leaves_scan(struct discovery *out, const struct walk *w, const char *full,
                             const char *shown, const char *name)
{
    struct stat lst;
    if (w->follow_links || w->real_roots.count == 0 || lstat(full, &lst) != 0 || !S_ISLNK(lst.st_mode))
        return false;
    char real[PATH_MAX];
    if (!realpath(full, real) || real_under(real, &w->real_roots))
        return false;
    char *shown_file = path_join(shown, name);
    add_line(&out->notes, "%s: symbolic link to %s, outside the scanned folders: not followed "
                          "(--follow-symlinks follows it)", shown_file, real);
    free(shown_file);
    return true;
}

static bool is_sources_name(const char *name)
{
    return strcasecmp(name, "sources") == 0;
}

/* projects_only: inside a folder named like a build output, where project
 * files live in some trees (build/VStudio) but sources are copies. */
static void walk_dir(struct discovery *out, struct walk *w, const char *abs, const char *shown,
                     bool projects_only)
{
    struct stat st;
    if (stat(abs, &st) == 0) {
        char *key = xasprintf("%llu:%llu", (unsigned long long)st.st_dev,
                              (unsigned long long)st.st_ino);
        bool seen = strlist_contains(&w->seen_dirs, key);
        if (seen) {
            free(key);
            return;
        }
        strlist_add_owned(&w->seen_dirs, key);
    }
    DIR *d = opendir(abs);
    if (!d) {
        if (!projects_only) {
            char *e = errno_text(errno);
            add_line(&out->errors, "%s: %s", shown, e);
            free(e);
        }
        return;
    }
    struct strlist names = {0};
    for (struct dirent *e; (e = readdir(d));)
        if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
            /* the entry's type, "d" "f" or "?" (stat needed), with its name */
            char t = e->d_type == DT_DIR ? 'd' : e->d_type == DT_REG ? 'f'
                     : e->d_type == DT_UNKNOWN || e->d_type == DT_LNK ? '?' : 'o';
            strlist_add_owned(&names, xasprintf("%s%c%c", e->d_name, '\0', t));
        }
    closedir(d);
    /* names carry their type after the terminating NUL; sorting sees the name */
    sort_unique(&names);

    /* a CMake build folder holds generated projects: not sources of the tree */
    bool cmake_build = false;
    for (int i = 0; i < names.count; i++)
        cmake_build |= strcmp(names.items[i], "CMakeCache.txt") == 0;
    if (projects_only && cmake_build) {
        strlist_free(&names);
        return;
    }

    bool has_headers = false;
    for (int i = 0; i < names.count; i++) {
        const char *name = names.items[i];
        char type = name[strlen(name) + 1];
        char *full = path_join(abs, name);
        if (type == '?' && link_leaves_scan(out, w, full, shown, name)) {
            free(full);
            continue;
        }
        if (type == '?') {
            if (stat(full, &st) != 0) {
                /* A source file that cannot be read (a dangling link, a race with
                 * a deletion) was meant to be scanned: say so, and go on. */
                if (is_unit_name(name) && !projects_only) {
                    char *shown_file = path_join(shown, name);
                    add_line(&out->errors, "%s: cannot be read: %s", shown_file, strerror(errno));
                    free(shown_file);
                }
                free(full);
                continue;
            }
            type = S_ISDIR(st.st_mode) ? 'd' : S_ISREG(st.st_mode) ? 'f' : 'o';
        }
        if (type == 'o' && is_unit_name(name) && !projects_only) {
            /* a FIFO or device named like a source: never opened, but named */
            char *shown_file = path_join(shown, name);
            add_line(&out->errors, "%s: cannot be read: not a regular file", shown_file);
            free(shown_file);
        }
        if (type == 'd') {
            if (name[0] != '.' && strcasecmp(name, "cmakefiles") != 0) {
                char *sub = path_join(shown, name);
                walk_dir(out, w, full, sub, projects_only || path_is_build_output(name));
                free(sub);
            }
        } else if (type == 'f') {
            if (has_ext(name, ".vcxproj"))
                strlist_add(&w->projects, full);
            else if (projects_only)
                ;
            else if (is_unit_name(name))
                strlist_add(&w->units, full);
            else if (has_ext(name, ".h") || has_ext(name, ".hpp"))
                has_headers = true;
            else if (is_sources_name(name))
                strlist_add(&w->sources_files, full);
            else if (strcasecmp(name, "CMakeLists.txt") == 0)
                strlist_add(&w->cmake_dirs, abs);
        }
        free(full);
    }
    if (has_headers)
        strlist_add(&w->header_dirs, abs);
    strlist_free(&names);
}

static void walk_path(struct discovery *out, struct walk *w, const char *given)
{
    struct stat st;
    if (stat(given, &st) != 0) {
        char *e = errno_text(errno);
        add_line(&out->errors, "%s: %s", given, e);
        free(e);
        return;
    }
    char *abs = path_absolute(given);
    char real[PATH_MAX];
    if (realpath(given, real) && !strlist_contains(&w->real_roots, real))
        strlist_add(&w->real_roots, real);
    if (S_ISDIR(st.st_mode)) {
        walk_dir(out, w, abs, given, false);
    } else if (is_unit_name(abs)) {
        strlist_add(&w->units, abs);
    } else if (has_ext(abs, ".vcxproj")) {
        strlist_add(&w->projects, abs);
    } else if (has_ext(abs, ".h") || has_ext(abs, ".hpp")) {
        char *dir = path_dirname(abs);
        strlist_add_owned(&w->header_dirs, dir);
    } else {
        add_line(&out->errors, "%s: not a .c or .cpp file", given);
    }
    free(abs);
}

/* ---- command lines ------------------------------------------------------- */

/* POSIX shell words: '...' is literal, "..." honours \" \\ \$ \`, and a
 * backslash outside quotes escapes the next character. */
static void split_posix(const char *s, struct strlist *argv)
{
    while (*s) {
        while (*s && isspace((unsigned char)*s))
            s++;
        if (!*s)
            break;
        struct strbuf w = {0};
        sb_append(&w, "");
        while (*s && !isspace((unsigned char)*s)) {
            if (*s == '\'') {
                const char *e = strchr(s + 1, '\'');
                size_t n = e ? (size_t)(e - s - 1) : strlen(s + 1);
                sb_appendn(&w, s + 1, n);
                s += n + 1 + (e != NULL);
            } else if (*s == '"') {
                s++;
                while (*s && *s != '"') {
                    if (*s == '\\' && s[1] && strchr("\"\\$`\n", s[1]))
                        s++;
                    sb_appendn(&w, s++, 1);
                }
                if (*s)
                    s++;
            } else if (*s == '\\' && s[1]) {
                sb_appendn(&w, s + 1, 1);
                s += 2;
            } else {
                sb_appendn(&w, s++, 1);
            }
        }
        strlist_add_owned(argv, sb_steal(&w));
    }
}

/* CommandLineToArgvW: backslashes are literal unless they precede a quote;
 * 2n of them and a quote give n and toggle quoting, 2n+1 give n and a quote. */
static void split_windows(const char *s, struct strlist *argv)
{
    while (*s) {
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
            s++;
        if (!*s)
            break;
        struct strbuf w = {0};
        sb_append(&w, "");
        bool quoted = false;
        while (*s && (quoted || !(*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))) {
            size_t n = 0;
            while (s[n] == '\\')
                n++;
            if (s[n] == '"') {
                for (size_t i = 0; i < n / 2; i++)
                    sb_append(&w, "\\");
                if (n % 2) {
                    sb_append(&w, "\"");
                } else {
                    quoted = !quoted;
                }
                s += n + 1;
            } else if (n) {
                for (size_t i = 0; i < n; i++)
                    sb_append(&w, "\\");
                s += n;
            } else {
                sb_appendn(&w, s++, 1);
            }
        }
        strlist_add_owned(argv, sb_steal(&w));
    }
}

static bool is_msvc_driver(const char *argv0)
{
    const char *base = argv0;
    for (const char *p = argv0; *p; p++)
        if (*p == '/' || *p == '\\')
            base = p + 1;
    return strcasecmp(base, "cl") == 0 || strcasecmp(base, "cl.exe") == 0 ||
           strcasecmp(base, "clang-cl") == 0 || strcasecmp(base, "clang-cl.exe") == 0;
}

static void split_command(const char *cmd, struct strlist *argv)
{
    split_windows(cmd, argv);
    if (argv->count && is_msvc_driver(argv->items[0]))
        return;
    strlist_free(argv);
    split_posix(cmd, argv);
}

static char *abs_in(const char *dir, const char *p, bool msvc)
{
    char *copy = xstrdup(p);
    if (msvc)
        backslashes_to_slashes(copy);
    char *joined = path_join(dir, copy);
    char *abs = path_absolute(joined);
    free(joined);
    free(copy);
    return abs;
}

/* Keeps what decides how the source preprocesses: include folders (-iquote
 * and -isystem become -I, since the model headers are ours to choose),
 * defines, undefines and forced includes. */
static void filter_args(const struct strlist *argv, const char *dir, struct strlist *args)
{
    bool msvc = argv->count && is_msvc_driver(argv->items[0]);
    for (int i = 1; i < argv->count; i++) {
        const char *a = argv->items[i];
        if (!(a[0] == '-' || (msvc && a[0] == '/')))
            continue;
        const char *o = a + 1;
        const char *val = NULL;
        enum { NONE, INC, DEF, UNDEF, FORCE } kind = NONE;
        static const struct {
            const char *name;
            int kind;
            bool msvc_only;
        } opts[] = {
            {"isystem", INC, false}, {"iquote", INC, false},      {"include", FORCE, false},
            {"I", INC, false},       {"D", DEF, false},           {"U", UNDEF, false},
            {"FI", FORCE, true},     {"external:I", INC, true},
        };
        for (size_t k = 0; k < sizeof opts / sizeof *opts && kind == NONE; k++) {
            size_t n = strlen(opts[k].name);
            if ((opts[k].msvc_only && !msvc) || strncmp(o, opts[k].name, n) != 0)
                continue;
            /* -include takes its file as the next word only */
            if (opts[k].kind == FORCE && !opts[k].msvc_only && o[n])
                continue;
            kind = opts[k].kind;
            val = o + n;
        }
        if (kind == NONE)
            continue;
        if (!*val) {
            if (i + 1 >= argv->count)
                break;
            val = argv->items[++i];
        }
        switch (kind) {
        case INC: {
            char *abs = abs_in(dir, val, msvc);
            strlist_add_owned(args, xasprintf("-I%s", abs));
            free(abs);
            break;
        }
        case DEF: {
            char *d = xstrdup(val);
            char *hash = msvc ? strchr(d, '#') : NULL;
            if (hash && !strchr(d, '=')) /* cl's /DNAME#VALUE */
                *hash = '=';
            strlist_add_owned(args, xasprintf("-D%s", d));
            free(d);
            break;
        }
        case UNDEF:
            strlist_add_owned(args, xasprintf("-U%s", val));
            break;
        case FORCE: {
            char *abs = abs_in(dir, val, msvc);
            strlist_add(args, "-include");
            strlist_add_owned(args, path_is_file(abs) ? abs : xstrdup(val));
            if (!path_is_file(abs))
                free(abs);
            break;
        }
        case NONE:
            break;
        }
    }
}

/* ---- compilation database ------------------------------------------------ */

static int load_compdb(const char *given, const struct strlist *roots, struct discovery *out)
{
    char *file = path_is_dir(given) ? path_join(given, "compile_commands.json") : xstrdup(given);
    char *abs = path_absolute(file);
    char *shown = display_path(abs);
    char *base = path_dirname(abs);
    char *origin = xasprintf("compdb:%s", abs);
    int rc = -1;
    json_t *root = NULL;

    FILE *f = fopen(abs, "rb");
    if (!f) {
        char *e = errno_text(errno);
        add_line(&out->errors, "%s: %s", shown, e);
        free(e);
        goto done;
    }
    json_error_t jerr;
    root = json_loadf(f, 0, &jerr);
    fclose(f);
    if (!root) {
        add_line(&out->errors, "%s: line %d: %s", shown, jerr.line, jerr.text);
        goto done;
    }
    if (!json_is_array(root)) {
        add_line(&out->errors, "%s: not a JSON array of compile commands", shown);
        goto done;
    }
    size_t idx;
    json_t *e;
    int nbad = 0, nadded = 0;
    json_array_foreach(root, idx, e)
    {
        const char *jdir = json_string_value(json_object_get(e, "directory"));
        const char *jfile = json_string_value(json_object_get(e, "file"));
        json_t *jargs = json_object_get(e, "arguments");
        const char *jcmd = json_string_value(json_object_get(e, "command"));
        const char *missing = !json_is_object(e) ? NULL
                              : !jdir            ? "\"directory\""
                              : !jfile           ? "\"file\""
                              : !json_is_array(jargs) && !jcmd ? "\"arguments\" or \"command\""
                                                               : "";
        /* A bad entry costs that entry: named, skipped, the others read. */
        if (!missing) {
            add_line(&out->errors, "%s: entry %zu is not an object; skipped", shown, idx + 1);
            nbad++;
            continue;
        }
        if (*missing) {
            add_line(&out->errors, "%s: entry %zu has no %s (or not as a string); skipped", shown, idx + 1,
                     missing);
            nbad++;
            continue;
        }
        char *dir = abs_in(base, jdir, false);
        char *src = abs_in(dir, jfile, false);
        if (roots && !under_any(src, roots)) {
            /* outside the paths the user asked for */
        } else if (find_unit(out, src)) {
            /* the first entry for a file wins, as in clang tools */
        } else if (!path_is_file(src)) {
            char *sshown = display_path(src);
            add_line(&out->errors, "%s: no such file (listed in %s)", sshown, shown);
            free(sshown);
        } else {
            struct strlist argv = {0}, args = {0};
            if (json_is_array(jargs)) {
                size_t k;
                json_t *a;
                json_array_foreach(jargs, k, a)
                {
                    if (json_is_string(a))
                        strlist_add(&argv, json_string_value(a));
                }
            } else {
                split_command(jcmd, &argv);
            }
            filter_args(&argv, dir, &args);
            add_unit(out, src, dir, &args, origin);
            nadded++;
            strlist_free(&argv);
            strlist_free(&args);
        }
        free(src);
        free(dir);
    }
    /* malformed throughout: a configuration error, as an unreadable file */
    rc = nbad > 0 && nadded == 0 ? -1 : 0;
done:
    json_decref(root);
    free(origin);
    free(base);
    free(shown);
    free(abs);
    free(file);
    return rc;
}

/* ---- MSBuild projects ---------------------------------------------------- */

struct deferred {
    xmlNodePtr node;
    const char *file_dir; /* folder of the file the node came from, in project.dirs */
};

struct project {
    char *path, *dir, *name, *shown;
    char *config, *platform;
    struct strlist pnames, pvals; /* properties in the order they were set */
    struct strlist loaded;        /* files read, root first */
    struct strlist dirs;          /* their folders */
    xmlDocPtr *docs;
    int ndocs, capdocs;
    struct deferred *defs, *items; /* ItemDefinitionGroup and ItemGroup, for pass two */
    int ndefs, capdefs, nitems, capitems;
    const char *this_dir; /* folder of the file being evaluated */
    char *solution_dir;   /* $(SolutionDir), found once */
    struct strlist *notes, *errors;
    /* results */
    struct strlist units, args;
    enum project_kind kind;
    char *project_type, *driver_type, *target_version; /* as the project sets them, or NULL */
    char *skip;           /* why its units are not kernel code, or NULL */
};

static const char *local_name(xmlNodePtr n)
{
    return n && n->type == XML_ELEMENT_NODE ? (const char *)n->name : "";
}

static bool is_elem(xmlNodePtr n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && strcasecmp((const char *)n->name, name) == 0;
}

static char *attr(xmlNodePtr n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = xstrdup((const char *)v);
    xmlFree(v);
    return s;
}

static char *text_of(xmlNodePtr n)
{
    xmlChar *v = xmlNodeGetContent(n);
    const char *s = v ? (const char *)v : "";
    while (isspace((unsigned char)*s))
        s++;
    size_t len = strlen(s);
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    char *r = xstrndup(s, len);
    xmlFree(v);
    return r;
}

static bool dir_has(const char *dir, const char *name, bool suffix);

/* A project built from Visual Studio gets the folder of the solution that
 * holds it; without one, the nearest folder above holding a .sln is the best
 * guess, and the project folder's parent the last one. */
static char *guess_solution_dir(struct project *p)
{
    char *cur = xstrdup(p->dir);
    for (;;) {
        if (dir_has(cur, ".sln", true)) {
            add_line(p->notes, "%s: $(SolutionDir) taken as '%s/', the nearest folder above the "
                               "project holding a .sln (a guess)", p->shown, cur);
            return cur;
        }
        if (strcmp(cur, "/") == 0)
            break;
        char *up = path_dirname(cur);
        free(cur);
        cur = up;
    }
    free(cur);
    char *parent = path_dirname(p->dir);
    add_line(p->notes, "%s: $(SolutionDir) taken as '%s/', the project folder's parent (a guess: "
                       "no .sln above the project)", p->shown, parent);
    return parent;
}

static char *builtin(struct project *p, const char *name)
{
    if (!strcasecmp(name, "MSBuildProjectDirectory"))
        return xstrdup(p->dir);
    if (!strcasecmp(name, "ProjectDir"))
        return xasprintf("%s/", p->dir);
    if (!strcasecmp(name, "MSBuildThisFileDirectory"))
        return xasprintf("%s/", p->this_dir);
    if (!strcasecmp(name, "MSBuildProjectName") || !strcasecmp(name, "ProjectName"))
        return xstrdup(p->name);
    if (!strcasecmp(name, "MSBuildProjectFullPath") || !strcasecmp(name, "ProjectPath"))
        return xstrdup(p->path);
    if (!strcasecmp(name, "MSBuildProjectFile") || !strcasecmp(name, "ProjectFileName")) {
        const char *b = strrchr(p->path, '/');
        return xstrdup(b ? b + 1 : p->path);
    }
    if (!strcasecmp(name, "Configuration"))
        return xstrdup(p->config);
    if (!strcasecmp(name, "Platform"))
        return xstrdup(p->platform);
    if (!strcasecmp(name, "SolutionDir") || !strcasecmp(name, "SolutionPath") ||
        !strcasecmp(name, "SolutionName")) {
        if (!p->solution_dir)
            p->solution_dir = guess_solution_dir(p);
        if (!strcasecmp(name, "SolutionDir"))
            return xasprintf("%s/", strcmp(p->solution_dir, "/") == 0 ? "" : p->solution_dir);
        return NULL;
    }
    return NULL;
}

/* Global properties: what the project file says cannot override them. */
static bool is_fixed(const char *name)
{
    static const char *const fixed[] = {"Configuration", "Platform", "ProjectDir", "SolutionDir"};
    for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++)
        if (!strcasecmp(name, fixed[i]))
            return true;
    return strncasecmp(name, "MSBuild", 7) == 0;
}

static char *property(struct project *p, const char *name)
{
    char *b = builtin(p, name);
    if (b)
        return b;
    for (int i = p->pnames.count - 1; i >= 0; i--)
        if (!strcasecmp(p->pnames.items[i], name))
            return xstrdup(p->pvals.items[i]);
    return NULL;
}

static void set_property(struct project *p, const char *name, char *value)
{
    if (is_fixed(name)) {
        free(value);
        return;
    }
    for (int i = 0; i < p->pnames.count; i++)
        if (!strcasecmp(p->pnames.items[i], name)) {
            free(p->pvals.items[i]);
            p->pvals.items[i] = value;
            return;
        }
    strlist_add(&p->pnames, name);
    strlist_add_owned(&p->pvals, value);
}

/* Expands $(Name). An unknown property, or a property function we do not
 * evaluate, is kept as written (or becomes empty, as MSBuild does inside
 * conditions), so a caller can tell the value is incomplete. */
static char *expand(struct project *p, const char *s, bool unknown_empty)
{
    struct strbuf sb = {0};
    sb_append(&sb, "");
    while (*s) {
        if (s[0] != '$' || s[1] != '(') {
            sb_appendn(&sb, s++, 1);
            continue;
        }
        const char *e = s + 2;
        int depth = 1;
        while (*e && depth) {
            if (*e == '(')
                depth++;
            else if (*e == ')')
                depth--;
            if (depth)
                e++;
        }
        if (!*e) {
            sb_append(&sb, s);
            break;
        }
        char *name = xstrndup(s + 2, (size_t)(e - s - 2));
        bool simple = *name != '\0';
        for (const char *q = name; *q; q++)
            if (!isalnum((unsigned char)*q) && *q != '_' && *q != '-')
                simple = false;
        char *val = simple ? property(p, name) : NULL;
        if (val)
            sb_append(&sb, val);
        else if (!unknown_empty)
            sb_appendn(&sb, s, (size_t)(e + 1 - s));
        free(val);
        free(name);
        s = e + 1;
    }
    return sb_steal(&sb);
}

/* The name of the first property left unexpanded in s, or NULL. */
static char *unknown_property(const char *s)
{
    const char *d = strstr(s, "$(");
    if (!d)
        return NULL;
    const char *e = strchr(d, ')');
    return e ? xstrndup(d + 2, (size_t)(e - d - 2)) : xstrdup(d + 2);
}

/* -- conditions: '$(A)|$(B)'=='x|y', !=, and, or, !, (), exists(), HasTrailingSlash() -- */

struct cond {
    struct project *p;
    const char *s;
    bool bad;
};

static void cond_space(struct cond *c)
{
    while (isspace((unsigned char)*c->s))
        c->s++;
}

static bool cond_word(struct cond *c, const char *w)
{
    cond_space(c);
    size_t n = strlen(w);
    if (strncasecmp(c->s, w, n) != 0)
        return false;
    if (isalpha((unsigned char)w[0]) && (isalnum((unsigned char)c->s[n]) || c->s[n] == '_'))
        return false;
    c->s += n;
    return true;
}

static char *cond_operand(struct cond *c)
{
    cond_space(c);
    if (*c->s == '\'') {
        const char *e = strchr(c->s + 1, '\'');
        if (!e) {
            c->bad = true;
            return xstrdup("");
        }
        char *raw = xstrndup(c->s + 1, (size_t)(e - c->s - 1));
        c->s = e + 1;
        char *v = expand(c->p, raw, true);
        free(raw);
        return v;
    }
    const char *start = c->s;
    if (c->s[0] == '$' && c->s[1] == '(') {
        const char *e = strchr(c->s, ')');
        c->s = e ? e + 1 : c->s + strlen(c->s);
    } else {
        while (isalnum((unsigned char)*c->s) || *c->s == '_' || *c->s == '.' || *c->s == '-')
            c->s++;
    }
    if (c->s == start) {
        c->bad = true;
        return xstrdup("");
    }
    char *raw = xstrndup(start, (size_t)(c->s - start));
    char *v = expand(c->p, raw, true);
    free(raw);
    return v;
}

static bool truthy(struct cond *c, const char *v)
{
    if (!strcasecmp(v, "true") || !strcasecmp(v, "on") || !strcasecmp(v, "yes"))
        return true;
    if (!strcasecmp(v, "false") || !strcasecmp(v, "off") || !strcasecmp(v, "no"))
        return false;
    c->bad = true;
    return false;
}

static bool cond_or(struct cond *c);

static bool cond_primary(struct cond *c)
{
    cond_space(c);
    if (cond_word(c, "!"))
        return !cond_primary(c);
    if (cond_word(c, "(")) {
        bool v = cond_or(c);
        if (!cond_word(c, ")"))
            c->bad = true;
        return v;
    }
    bool is_exists = false, is_slash = false;
    const char *save = c->s;
    if ((is_exists = cond_word(c, "exists")) || (is_slash = cond_word(c, "HasTrailingSlash"))) {
        if (!cond_word(c, "(")) {
            c->s = save;
            is_exists = is_slash = false;
        } else {
            char *arg = cond_operand(c);
            if (!cond_word(c, ")"))
                c->bad = true;
            bool v;
            if (is_slash) {
                size_t n = strlen(arg);
                v = n && (arg[n - 1] == '/' || arg[n - 1] == '\\');
            } else {
                backslashes_to_slashes(arg);
                char *full = *arg ? path_join(c->p->this_dir, arg) : NULL;
                char *real = full ? find_nocase(full) : NULL;
                v = real != NULL;
                free(real);
                free(full);
            }
            free(arg);
            return v;
        }
    }
    char *a = cond_operand(c);
    static const char *const ops[] = {"==", "!=", "<=", ">=", "<", ">"};
    int op = -1;
    cond_space(c);
    for (int i = 0; i < 6 && op < 0; i++)
        if (strncmp(c->s, ops[i], strlen(ops[i])) == 0) {
            op = i;
            c->s += strlen(ops[i]);
        }
    bool v;
    if (op < 0) {
        v = truthy(c, a);
    } else {
        char *b = cond_operand(c);
        if (op < 2) {
            v = (strcasecmp(a, b) == 0) == (op == 0);
        } else {
            double x = strtod(a, NULL), y = strtod(b, NULL);
            v = op == 2 ? x <= y : op == 3 ? x >= y : op == 4 ? x < y : x > y;
        }
        free(b);
    }
    free(a);
    return v;
}

static bool cond_and(struct cond *c)
{
    bool v = cond_primary(c);
    while (!c->bad && cond_word(c, "and"))
        v = cond_primary(c) && v;
    return v;
}

static bool cond_or(struct cond *c)
{
    bool v = cond_and(c);
    while (!c->bad && cond_word(c, "or"))
        v = cond_and(c) || v;
    return v;
}

/* A condition we cannot read counts as false: guessing true could pull in
 * another configuration's defines. */
static bool condition_holds(struct project *p, xmlNodePtr n)
{
    char *text = attr(n, "Condition");
    if (!text)
        return true;
    struct cond c = {.p = p, .s = text};
    bool v = cond_or(&c);
    cond_space(&c);
    if (*c.s)
        c.bad = true;
    free(text);
    return v && !c.bad;
}

static int load_project_file(struct project *p, const char *path, int depth);

static void eval_import(struct project *p, xmlNodePtr n, int depth, int *rc)
{
    if (!condition_holds(p, n))
        return;
    char *raw = attr(n, "Project");
    if (!raw)
        return;
    char *val = expand(p, raw, false);
    backslashes_to_slashes(val);
    char *unknown = unknown_property(val);
    if (unknown) {
        add_line(p->notes, "%s: skipped import '%s' (property %s is not known)", p->shown, raw,
                 unknown);
    } else {
        char *full = path_join(p->this_dir, val);
        char *real = strpbrk(val, "*?") ? NULL : find_nocase(full);
        if (!real || !path_is_file(real)) {
            add_line(p->notes, "%s: skipped import '%s' (no such file)", p->shown, raw);
        } else if (!strlist_contains(&p->loaded, real) && depth < 32) {
            const char *saved = p->this_dir;
            if (load_project_file(p, real, depth + 1) < 0)
                *rc = -1;
            p->this_dir = saved;
        }
        free(real);
        free(full);
    }
    free(unknown);
    free(val);
    free(raw);
}

/* Pass one, in document order as MSBuild does: properties and imports.
 * Item definitions and items are kept for pass two, when every property is
 * known. */
static void eval_children(struct project *p, xmlNodePtr parent, int depth, int *rc)
{
    for (xmlNodePtr n = parent->children; n && *rc == 0; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (is_elem(n, "PropertyGroup")) {
            if (!condition_holds(p, n))
                continue;
            for (xmlNodePtr q = n->children; q; q = q->next) {
                if (q->type != XML_ELEMENT_NODE || !condition_holds(p, q))
                    continue;
                char *t = text_of(q);
                set_property(p, local_name(q), expand(p, t, false));
                free(t);
            }
        } else if (is_elem(n, "Import")) {
            eval_import(p, n, depth, rc);
        } else if (is_elem(n, "ImportGroup")) {
            if (condition_holds(p, n))
                eval_children(p, n, depth, rc);
        } else if (is_elem(n, "Choose")) {
            for (xmlNodePtr w = n->children; w; w = w->next) {
                if (is_elem(w, "When") && condition_holds(p, w)) {
                    eval_children(p, w, depth, rc);
                    break;
                }
                if (is_elem(w, "Otherwise")) {
                    eval_children(p, w, depth, rc);
                    break;
                }
            }
        } else if (is_elem(n, "ItemDefinitionGroup") || is_elem(n, "ItemGroup")) {
            struct deferred d = {n, p->this_dir};
            if (is_elem(n, "ItemGroup"))
                VEC_PUSH(p->items, p->nitems, p->capitems, d);
            else
                VEC_PUSH(p->defs, p->ndefs, p->capdefs, d);
        }
    }
}

/* libxml2 keeps parsing after the first error, and the last error it keeps
 * ("premature end of data") is rarely the one to fix, so keep the first. */
struct first_error {
    int line;
    char *message;
};

#if LIBXML_VERSION >= 21200
static void keep_first_error(void *ctx, const xmlError *e)
#else
static void keep_first_error(void *ctx, xmlErrorPtr e)
#endif
{
    struct first_error *fe = ctx;
    if (fe->message || !e || e->level < XML_ERR_ERROR)
        return;
    fe->line = e->line;
    fe->message = xstrdup(e->message ? e->message : "not well-formed XML");
    size_t n = strlen(fe->message);
    while (n && isspace((unsigned char)fe->message[n - 1]))
        fe->message[--n] = '\0';
    /* one line: libxml2 puts the offending bytes on a line of their own */
    for (char *q = fe->message; *q; q++)
        if (*q == '\n' || *q == '\r')
            *q = ' ';
}

static xmlDocPtr read_xml(const char *path, struct first_error *fe)
{
    xmlSetStructuredErrorFunc(fe, keep_first_error);
    xmlDocPtr doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING);
    xmlSetStructuredErrorFunc(NULL, NULL);
    return doc;
}

static int load_project_file(struct project *p, const char *path, int depth)
{
    char *shown = display_path(path);
    FILE *f = fopen(path, "rb");
    if (!f) {
        char *e = errno_text(errno);
        add_line(p->errors, "%s: %s", shown, e);
        free(e);
        free(shown);
        return -1;
    }
    fclose(f);
    struct first_error fe = {0};
    xmlDocPtr doc = read_xml(path, &fe);
    if (!doc) {
        add_line(p->errors, "%s: line %d: %s", shown, fe.line,
                 fe.message ? fe.message : "not well-formed XML");
        free(fe.message);
        free(shown);
        return -1;
    }
    free(fe.message);
    VEC_PUSH(p->docs, p->ndocs, p->capdocs, doc);
    strlist_add(&p->loaded, path);
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!is_elem(root, "Project")) {
        add_line(p->errors, "%s: line %d: not an MSBuild project (the root element is '%s')", shown,
                 root ? root->line : 1, root ? (const char *)root->name : "none");
        free(shown);
        return -1;
    }
    free(shown);
    strlist_add_owned(&p->dirs, path_dirname(path));
    p->this_dir = p->dirs.items[p->dirs.count - 1];
    int rc = 0;
    eval_children(p, root, depth, &rc);
    return rc;
}

/* ProjectConfiguration items of every file the project loaded (imported
 * .props declare them too), whatever their conditions. */
static void collect_configurations(struct project *p, struct strlist *confs, struct strlist *plats)
{
    for (int i = 0; i < p->nitems; i++) {
        for (xmlNodePtr c = p->items[i].node->children; c; c = c->next) {
            if (!is_elem(c, "ProjectConfiguration"))
                continue;
            char *conf = NULL, *plat = NULL;
            for (xmlNodePtr k = c->children; k; k = k->next) {
                if (is_elem(k, "Configuration") && !conf)
                    conf = text_of(k);
                else if (is_elem(k, "Platform") && !plat)
                    plat = text_of(k);
            }
            char *inc = attr(c, "Include");
            char *bar = inc ? strchr(inc, '|') : NULL;
            if (!conf && inc)
                conf = bar ? xstrndup(inc, (size_t)(bar - inc)) : xstrdup(inc);
            if (!plat)
                plat = xstrdup(bar ? bar + 1 : "x64");
            free(inc);
            if (!conf)
                conf = xstrdup("Release");
            bool dup = false;
            for (int k = 0; k < confs->count; k++)
                dup |= !strcasecmp(confs->items[k], conf) && !strcasecmp(plats->items[k], plat);
            if (dup) {
                free(conf);
                free(plat);
                continue;
            }
            strlist_add_owned(confs, conf);
            strlist_add_owned(plats, plat);
        }
    }
}

/* Configuration|Platform: the one asked for, else the first Release build for
 * x64 (what a driver ships), else the first one listed. */
static bool choose_configuration(struct project *p, const struct strlist *confs,
                                 const struct strlist *plats, const char *wanted, bool consulted)
{
    const char *why;
    if (wanted) {
        const char *bar = strchr(wanted, '|');
        p->config = bar ? xstrndup(wanted, (size_t)(bar - wanted)) : xstrdup(wanted);
        p->platform = xstrdup(bar ? bar + 1 : "x64");
        bool listed = confs->count == 0;
        for (int i = 0; i < confs->count; i++)
            if (!strcasecmp(confs->items[i], p->config) && !strcasecmp(plats->items[i], p->platform))
                listed = true;
        if (!listed) {
            /* a typo must not scan with made-up settings: say what there is */
            struct strbuf have = {0};
            for (int i = 0; i < confs->count; i++)
                sb_appendf(&have, "%s'%s|%s'", i ? ", " : "", confs->items[i], plats->items[i]);
            /* a project only consulted for units outside the scanned folders
             * is skipped quietly: the user did not name it */
            add_line(consulted ? p->notes : p->errors, "%s: has no configuration '%s|%s'; it declares %s",
                     p->shown, p->config, p->platform, have.data);
            sb_free(&have);
            return false;
        }
        why = "asked for with --configuration";
    } else {
        int pick = -1;
        for (int i = 0; i < confs->count && pick < 0; i++)
            if (strcasestr(confs->items[i], "release") && !strcasecmp(plats->items[i], "x64"))
                pick = i;
        why = pick >= 0 ? "the first Release build for x64 it declares"
              : confs->count ? "the first it declares; none is a Release build for x64"
                             : "it declares none";
        if (pick < 0 && confs->count)
            pick = 0;
        p->config = xstrdup(pick >= 0 ? confs->items[pick] : "Release");
        p->platform = xstrdup(pick >= 0 ? plats->items[pick] : "x64");
    }
    add_line(p->notes, "%s: using configuration '%s|%s' (%s)", p->shown, p->config, p->platform, why);
    return true;
}

/* Item definition metadata replaces the earlier value unless it names it
 * with %(Name); other %(...) references are dropped. */
static void merge_metadata(struct strlist *acc, const char *value, const char *name)
{
    char *self = xasprintf("%%(%s)", name);
    struct strlist next = {0};
    char *copy = xstrdup(value);
    for (char *save = NULL, *it = strtok_r(copy, ";", &save); it; it = strtok_r(NULL, ";", &save)) {
        while (isspace((unsigned char)*it))
            it++;
        size_t n = strlen(it);
        while (n && isspace((unsigned char)it[n - 1]))
            it[--n] = '\0';
        if (!*it)
            continue;
        if (!strcasecmp(it, self)) {
            for (int i = 0; i < acc->count; i++)
                strlist_add(&next, acc->items[i]);
        } else if (!strstr(it, "%(")) {
            strlist_add(&next, it);
        }
    }
    free(copy);
    free(self);
    strlist_free(acc);
    *acc = next;
}

static void eval_definitions(struct project *p)
{
    struct strlist incs = {0}, defs = {0}, undefs = {0}, forced = {0};
    static const char *const meta[] = {"AdditionalIncludeDirectories", "PreprocessorDefinitions",
                                       "UndefinePreprocessorDefinitions", "ForcedIncludeFiles"};
    struct strlist *accs[] = {&incs, &defs, &undefs, &forced};
    for (int i = 0; i < p->ndefs; i++) {
        xmlNodePtr g = p->defs[i].node;
        p->this_dir = p->defs[i].file_dir;
        if (!condition_holds(p, g))
            continue;
        for (xmlNodePtr c = g->children; c; c = c->next) {
            if (!is_elem(c, "ClCompile") || !condition_holds(p, c))
                continue;
            for (xmlNodePtr m = c->children; m; m = m->next) {
                for (int k = 0; k < 4; k++) {
                    if (!is_elem(m, meta[k]) || !condition_holds(p, m))
                        continue;
                    char *t = text_of(m);
                    char *v = expand(p, t, false);
                    merge_metadata(accs[k], v, meta[k]);
                    free(v);
                    free(t);
                }
            }
        }
    }
    for (int i = 0; i < incs.count; i++) {
        const char *it = incs.items[i];
        char *unknown = unknown_property(it);
        if (unknown) {
            add_line(p->notes, "%s: dropped include folder '%s' (property %s is not known)",
                     p->shown, it, unknown);
            free(unknown);
            continue;
        }
        char *rel = xstrdup(it);
        backslashes_to_slashes(rel);
        char *full = path_join(p->dir, rel);
        char *real = find_nocase(full);
        char *dir = real ? real : path_absolute(full);
        if (!real)
            add_line(p->notes, "%s: include folder '%s' does not exist", p->shown, it);
        char *arg = xasprintf("-I%s", dir);
        if (!strlist_contains(&p->args, arg))
            strlist_add(&p->args, arg);
        free(arg);
        if (dir != real)
            free(dir);
        free(real);
        free(full);
        free(rel);
    }
    for (int k = 1; k < 4; k++) {
        for (int i = 0; i < accs[k]->count; i++) {
            const char *it = accs[k]->items[i];
            char *unknown = unknown_property(it);
            if (unknown) {
                add_line(p->notes, "%s: dropped %s '%s' (property %s is not known)", p->shown,
                         k == 3 ? "forced include" : "define", it, unknown);
                free(unknown);
            } else if (k == 3) {
                char *rel = xstrdup(it);
                backslashes_to_slashes(rel);
                char *full = path_join(p->dir, rel);
                char *real = find_nocase(full);
                /* a forced include that is not there would fail every unit */
                if (real && path_is_file(real)) {
                    strlist_add(&p->args, "-include");
                    strlist_add_owned(&p->args, real);
                } else {
                    add_line(p->notes, "%s: dropped forced include '%s' (no such file)", p->shown, it);
                    free(real);
                }
                free(full);
                free(rel);
            } else {
                strlist_add_owned(&p->args, xasprintf("%s%s", k == 1 ? "-D" : "-U", it));
            }
        }
    }
    for (int k = 0; k < 4; k++)
        strlist_free(accs[k]);
}

static bool excluded_from_build(struct project *p, xmlNodePtr item)
{
    for (xmlNodePtr m = item->children; m; m = m->next) {
        if (!is_elem(m, "ExcludedFromBuild") || !condition_holds(p, m))
            continue;
        char *t = text_of(m);
        bool yes = !strcasecmp(t, "true");
        free(t);
        if (yes)
            return true;
    }
    return false;
}

static void add_matching(struct project *p, const char *dir, const char *pattern)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    struct strlist hits = {0};
    for (struct dirent *e; (e = readdir(d));)
        if (e->d_name[0] != '.' && fnmatch(pattern, e->d_name, FNM_CASEFOLD) == 0)
            strlist_add_owned(&hits, path_join(dir, e->d_name));
    closedir(d);
    sort_unique(&hits);
    for (int i = 0; i < hits.count; i++)
        if (path_is_file(hits.items[i]))
            strlist_add(&p->units, hits.items[i]);
    strlist_free(&hits);
}

static void eval_items(struct project *p)
{
    bool listed = false;
    for (int i = 0; i < p->nitems; i++) {
        xmlNodePtr g = p->items[i].node;
        p->this_dir = p->items[i].file_dir;
        if (!condition_holds(p, g))
            continue;
        for (xmlNodePtr c = g->children; c; c = c->next) {
            if (!is_elem(c, "ClCompile"))
                continue;
            char *inc = attr(c, "Include");
            if (!inc)
                continue;
            listed = true;
            if (!condition_holds(p, c) || excluded_from_build(p, c)) {
                free(inc);
                continue;
            }
            char *val = expand(p, inc, false);
            backslashes_to_slashes(val);
            for (char *save = NULL, *it = strtok_r(val, ";", &save); it;
                 it = strtok_r(NULL, ";", &save)) {
                while (isspace((unsigned char)*it))
                    it++;
                if (!*it)
                    continue;
                char *unknown = unknown_property(it);
                if (unknown || strstr(it, "@(") || strstr(it, "**")) {
                    add_line(p->notes, "%s: skipped source '%s'%s%s%s", p->shown, it,
                             unknown ? " (property " : " (not supported)", unknown ? unknown : "",
                             unknown ? " is not known)" : "");
                    free(unknown);
                    continue;
                }
                char *full = path_join(p->dir, it);
                if (strpbrk(it, "*?")) {
                    char *dir = path_dirname(full);
                    char *real = find_nocase(dir);
                    const char *pat = strrchr(full, '/') + 1;
                    if (real && !strpbrk(dir, "*?"))
                        add_matching(p, real, pat);
                    free(real);
                    free(dir);
                } else {
                    char *real = find_nocase(full);
                    if (real && path_is_file(real)) {
                        strlist_add(&p->units, real);
                    } else {
                        char *abs = path_absolute(full);
                        char *s = display_path(abs);
                        add_line(p->notes, "%s: source '%s' is listed but does not exist", p->shown, s);
                        free(s);
                        free(abs);
                    }
                    free(real);
                }
                free(full);
            }
            free(val);
            free(inc);
        }
    }
    if (!listed) {
        add_matching(p, p->dir, "*.c");
        add_matching(p, p->dir, "*.cpp");
    }
    sort_unique(&p->units);
}

static void project_reset(struct project *p);

static void project_free(struct project *p)
{
    project_reset(p);
    free(p->solution_dir);
    free(p->project_type);
    free(p->driver_type);
    free(p->target_version);
    free(p->skip);
    strlist_free(&p->units);
    strlist_free(&p->args);
    free(p->path);
    free(p->dir);
    free(p->name);
    free(p->shown);
    free(p->config);
    free(p->platform);
}

/* The nearest file called `name` (any letter case) in dir or a folder above
 * it, as MSBuild's GetDirectoryNameOfFileAbove finds Directory.Build.props. */
static char *file_above(const char *dir, const char *name)
{
    char *cur = xstrdup(dir);
    for (;;) {
        DIR *d = opendir(cur);
        char *hit = NULL;
        if (d) {
            for (struct dirent *e; !hit && (e = readdir(d));)
                if (!strcasecmp(e->d_name, name))
                    hit = path_join(cur, e->d_name);
            closedir(d);
        }
        if (hit && path_is_file(hit)) {
            free(cur);
            return hit;
        }
        free(hit);
        if (strcmp(cur, "/") == 0)
            break;
        char *up = path_dirname(cur);
        free(cur);
        cur = up;
    }
    free(cur);
    return NULL;
}

static int load_directory_file(struct project *p, const char *name)
{
    char *f = file_above(p->dir, name);
    if (!f)
        return 0;
    char *shown = display_path(f);
    add_line(p->notes, "%s: imports %s (found above the project, as MSBuild does)", p->shown, shown);
    free(shown);
    const char *saved = p->this_dir;
    int rc = strlist_contains(&p->loaded, f) ? 0 : load_project_file(p, f, 1);
    p->this_dir = saved;
    free(f);
    return rc;
}

/* Everything one evaluation read, so that a second one starts clean. */
static void project_reset(struct project *p)
{
    for (int i = 0; i < p->ndocs; i++)
        xmlFreeDoc(p->docs[i]);
    free(p->docs);
    free(p->defs);
    free(p->items);
    p->docs = NULL;
    p->defs = p->items = NULL;
    p->ndocs = p->capdocs = p->ndefs = p->capdefs = p->nitems = p->capitems = 0;
    strlist_free(&p->pnames);
    strlist_free(&p->pvals);
    strlist_free(&p->loaded);
    strlist_free(&p->dirs);
    p->this_dir = p->dir;
}

static int evaluate(struct project *p)
{
    int rc = load_directory_file(p, "Directory.Build.props");
    if (rc == 0)
        rc = load_project_file(p, p->path, 0);
    if (rc == 0)
        rc = load_directory_file(p, "Directory.Build.targets");
    return rc;
}

/* IncludePath (and ExternalIncludePath) are the INCLUDE of the build: searched
 * after every /I. The toolset's own folders in them ($(VC_IncludePath),
 * $(WindowsSDK_IncludePath)...) are what the model headers replace. */
static void eval_include_path(struct project *p)
{
    static const char *const props[] = {"IncludePath", "ExternalIncludePath"};
    for (size_t k = 0; k < sizeof props / sizeof *props; k++) {
        char *v = property(p, props[k]);
        if (!v)
            continue;
        struct strlist dropped = {0};
        for (char *save = NULL, *it = strtok_r(v, ";", &save); it; it = strtok_r(NULL, ";", &save)) {
            while (isspace((unsigned char)*it))
                it++;
            size_t n = strlen(it);
            while (n && isspace((unsigned char)it[n - 1]))
                it[--n] = '\0';
            if (!*it)
                continue;
            char *unknown = unknown_property(it);
            if (unknown) {
                if (!strlist_contains(&dropped, unknown))
                    strlist_add(&dropped, unknown);
                free(unknown);
                continue;
            }
            char *rel = xstrdup(it);
            backslashes_to_slashes(rel);
            char *full = path_join(p->dir, rel);
            char *real = find_nocase(full);
            if (real && path_is_dir(real)) {
                char *arg = xasprintf("-I%s", real);
                if (!strlist_contains(&p->args, arg))
                    strlist_add(&p->args, arg);
                free(arg);
            } else {
                add_line(p->notes, "%s: %s folder '%s' does not exist", p->shown, props[k], it);
            }
            free(real);
            free(full);
            free(rel);
        }
        if (dropped.count) {
            struct strbuf sb = {0};
            for (int i = 0; i < dropped.count; i++)
                sb_appendf(&sb, "%s$(%s)", i ? ", " : "", dropped.items[i]);
            add_line(p->notes, "%s: %s: dropped %s (not known; the model headers stand in for the "
                               "toolset's folders)", p->shown, props[k], sb.data);
            sb_free(&sb);
        }
        strlist_free(&dropped);
        free(v);
    }
}

/* What the project builds, from ConfigurationType, PlatformToolset and
 * DriverType (a UMDF driver is user mode). */
static void classify_project(struct project *p)
{
    char *type = property(p, "ConfigurationType");
    char *toolset = property(p, "PlatformToolset");
    char *driver = property(p, "DriverType");
    p->target_version = property(p, "TargetVersion");
    bool kernel_toolset = toolset && strcasestr(toolset, "KernelMode");
    /* $(DefaultPlatformToolset) is Visual Studio's desktop toolset */
    bool user_toolset = toolset && !kernel_toolset &&
                        (!strcasestr(toolset, "$(") || strcasestr(toolset, "$(DefaultPlatformToolset)"));
    bool umdf = (driver && !strcasecmp(driver, "UMDF")) || (toolset && strcasestr(toolset, "UserMode"));
    const char *t = type ? type : "";
    if (umdf)
        p->kind = PROJECT_USER;
    else if (!strcasecmp(t, "Driver"))
        p->kind = PROJECT_DRIVER;
    else if (!strcasecmp(t, "Utility") || !strcasecmp(t, "Makefile"))
        p->kind = PROJECT_UTILITY;
    else if (kernel_toolset)
        p->kind = PROJECT_KERNEL_LIBRARY;
    else if (!strcasecmp(t, "Application") || !strcasecmp(t, "DynamicLibrary"))
        p->kind = PROJECT_USER;
    else if (!strcasecmp(t, "StaticLibrary"))
        p->kind = user_toolset ? PROJECT_USER : PROJECT_LIBRARY;
    else
        p->kind = PROJECT_UNKNOWN;
    p->project_type = type;
    p->driver_type = driver;
    if (p->kind == PROJECT_USER)
        p->skip = xasprintf("user-mode project (%s%s%s%s%s%s)", type ? "ConfigurationType " : "",
                            type ? type : "", type && toolset ? ", " : "",
                            toolset ? "PlatformToolset " : "", toolset ? toolset : "",
                            umdf && driver ? ", a UMDF driver" : "");
    else if (p->kind == PROJECT_UTILITY)
        p->skip = xasprintf("utility project (ConfigurationType %s): no kernel code is compiled", t);
    add_line(p->notes, "%s: ConfigurationType %s%s%s%s%s%s%s: %s", p->shown, type ? type : "(not set)",
             toolset ? ", PlatformToolset " : "", toolset ? toolset : "",
             driver ? ", DriverType " : "", driver ? driver : "",
             p->target_version ? ", TargetVersion " : "", p->target_version ? p->target_version : "",
             project_kind_name(p->kind));
    free(toolset);
}

/* Loads a project: its units, and the flags of the chosen configuration.
 * Choosing a configuration needs the declared ones, which imported files may
 * hold, and evaluating needs the configuration: so a first evaluation with
 * none collects them, and a second one, with the choice, is the result. */
static int load_project(const char *path, const char *configuration, bool consulted, struct discovery *out,
                        struct project *p)
{
    memset(p, 0, sizeof *p);
    p->path = path_absolute(path);
    p->dir = path_dirname(p->path);
    p->shown = display_path(p->path);
    const char *base = strrchr(p->path, '/') + 1;
    const char *dot = strrchr(base, '.');
    p->name = dot ? xstrndup(base, (size_t)(dot - base)) : xstrdup(base);
    p->this_dir = p->dir;

    struct strlist scratch_notes = {0}, scratch_errors = {0};
    p->notes = &scratch_notes;
    p->errors = &scratch_errors;
    p->config = xstrdup("");
    p->platform = xstrdup("");
    evaluate(p);
    struct strlist confs = {0}, plats = {0};
    collect_configurations(p, &confs, &plats);
    project_reset(p);
    free(p->config);
    free(p->platform);
    free(p->solution_dir);
    p->solution_dir = NULL;
    strlist_free(&scratch_notes);
    strlist_free(&scratch_errors);

    p->notes = &out->notes;
    p->errors = &out->errors;
    bool has = choose_configuration(p, &confs, &plats, configuration, consulted);
    strlist_free(&confs);
    strlist_free(&plats);
    if (configuration && !consulted)
        *(has ? &out->configuration_found : &out->configuration_missing) += 1;
    if (!has)
        return 1; /* skipped: not this configuration's project */
    if (evaluate(p) < 0)
        return -1;
    eval_definitions(p);
    eval_include_path(p);
    eval_items(p);
    classify_project(p);
    return 0;
}

/* ---- user-mode sources -------------------------------------------------- */

/* Headers only a kernel-mode build has, and headers only user mode has
 * (Win32, MFC, ATL, the C++ streams, SetupAPI and the configuration
 * manager of co-installers and tools). */
static const char *const kernel_headers[] = {
    "ntddk.h", "wdm.h", "ntifs.h", "storport.h", "scsiport.h", "miniport.h", "wdf.h",
    "ndis.h",  "ntstrsafe.h", "fltkernel.h", "wdmsec.h", "ntosp.h", "ataport.h", "hidport.h", NULL};
static const char *const user_headers[] = {
    "windows.h", "tchar.h",  "winsock2.h", "winsock.h", "ws2tcpip.h", "iostream", "fstream",
    "shellapi.h", "setupapi.h", "commctrl.h", "objbase.h", "ole2.h", "wininet.h", "winhttp.h",
    "cfgmgr32.h", "newdev.h", "conio.h", "winioctl.h", "winsvc.h", "shlobj.h", NULL};

static bool header_in(const char *name, const char *const *list)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    for (; *list; list++)
        if (!strcasecmp(base, *list))
            return true;
    return false;
}

static bool is_ident_char(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* The text with comments blanked out (strings kept), so that the tests below
 * see only code. */
static char *without_comments(const char *text, size_t len)
{
    char *t = xstrndup(text, len);
    for (size_t i = 0; i < len; i++) {
        if (t[i] == '"' || t[i] == '\'') {
            char q = t[i];
            for (i++; i < len && t[i] != q && t[i] != '\n'; i++)
                if (t[i] == '\\')
                    i++;
        } else if (t[i] == '/' && i + 1 < len && t[i + 1] == '/') {
            while (i < len && t[i] != '\n')
                t[i++] = ' ';
        } else if (t[i] == '/' && i + 1 < len && t[i + 1] == '*') {
            t[i] = t[i + 1] = ' ';
            for (i += 2; i < len && !(t[i] == '*' && i + 1 < len && t[i + 1] == '/'); i++)
                if (t[i] != '\n')
                    t[i] = ' ';
            if (i + 1 < len)
                t[i] = t[i + 1] = ' ';
            i++;
        }
    }
    return t;
}

/* Whether the code defines one of the entry points of a user-mode program or
 * DLL: the name, its parameter list, then a body. */
static const char *defined_entry_point(const char *t)
{
    static const char *const names[] = {"main", "wmain", "_tmain", "WinMain", "wWinMain",
                                        "_tWinMain", "DllMain", NULL};
    for (int k = 0; names[k]; k++) {
        size_t n = strlen(names[k]);
        for (const char *p = strstr(t, names[k]); p; p = strstr(p + 1, names[k])) {
            if ((p > t && (is_ident_char(p[-1]) || p[-1] == '.' || p[-1] == '>')) ||
                is_ident_char(p[n]))
                continue;
            const char *q = p + n;
            while (isspace((unsigned char)*q))
                q++;
            if (*q != '(')
                continue;
            int depth = 0;
            for (; *q; q++) {
                if (*q == '(')
                    depth++;
                else if (*q == ')' && --depth == 0)
                    break;
            }
            if (!*q)
                break;
            q++;
            while (isspace((unsigned char)*q))
                q++;
            if (*q == '{')
                return names[k];
        }
    }
    return NULL;
}

char *discover_user_mode_reason(const char *text, size_t len)
{
    char *t = without_comments(text, len);
    char *user = NULL;
    bool kernel = false;
    for (char *line = t; line && *line;) {
        char *p = line;
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '#') {
            p++;
            while (*p == ' ' || *p == '\t')
                p++;
            if (!strncmp(p, "include", 7)) {
                p += 7;
                while (*p == ' ' || *p == '\t')
                    p++;
                char close = *p == '<' ? '>' : *p == '"' ? '"' : 0;
                char *e = close ? strchr(p + 1, close) : NULL;
                char *nl = strchr(p, '\n');
                if (e && (!nl || e < nl)) {
                    char *name = xstrndup(p + 1, (size_t)(e - p - 1));
                    backslashes_to_slashes(name);
                    const char *base = strrchr(name, '/');
                    base = base ? base + 1 : name;
                    if (header_in(name, kernel_headers))
                        kernel = true;
                    else if (!user && (header_in(name, user_headers) || !strncasecmp(base, "afx", 3) ||
                                       !strncasecmp(base, "atl", 3)))
                        user = xasprintf("%c%s%c", *p, name, close);
                    free(name);
                }
            }
        }
        line = strchr(line, '\n');
        if (line)
            line++;
    }
    char *reason = NULL;
    const char *entry = kernel ? NULL : defined_entry_point(t);
    if (!kernel && user)
        reason = xasprintf("user-mode source: includes %s%s%s", user, entry ? " and defines " : "",
                           entry ? entry : "");
    else if (!kernel && entry)
        reason = xasprintf("user-mode source: defines %s and includes no kernel header", entry);
    free(user);
    free(t);
    return reason;
}

/* ---- repositories ------------------------------------------------------- */

static bool dir_has(const char *dir, const char *name, bool suffix)
{
    DIR *d = opendir(dir);
    if (!d)
        return false;
    bool found = false;
    for (struct dirent *e; !found && (e = readdir(d));)
        found = suffix ? has_ext(e->d_name, name) : strcasecmp(e->d_name, name) == 0;
    closedir(d);
    return found;
}

char *discover_repo_root(const char *path)
{
    char *cur = path_absolute(path);
    if (!path_is_dir(cur)) {
        char *up = path_dirname(cur);
        free(cur);
        cur = up;
    }
    char *outermost = NULL;
    for (;;) {
        char *git = path_join(cur, ".git");
        bool is_git = access(git, F_OK) == 0;
        free(git);
        if (is_git) {
            free(outermost);
            return cur;
        }
        /* Trees without version control: a solution or a WDK dirs file marks
         * a build root, and the outermost one is the top of the tree. */
        if (dir_has(cur, ".sln", true) || dir_has(cur, "dirs", false)) {
            free(outermost);
            outermost = xstrdup(cur);
        }
        if (strcmp(cur, "/") == 0)
            break;
        char *up = path_dirname(cur);
        free(cur);
        cur = up;
    }
    free(cur);
    if (outermost)
        return outermost;
    char *abs = path_absolute(path);
    if (path_is_dir(abs))
        return abs;
    char *dir = path_dirname(abs);
    free(abs);
    return dir;
}

/* ---- putting it together ------------------------------------------------- */

/* A loaded .vcxproj as a target; the project's results are moved out. */
static void project_to_target(struct project *p, struct project_target *t)
{
    memset(t, 0, sizeof *t);
    t->origin = xasprintf("vcxproj:%s", p->path);
    t->project = xstrdup(p->path);
    t->name = xstrdup(p->name);
    t->dir = xstrdup(p->dir);
    t->kind = p->kind;
    t->project_type = p->project_type;
    t->driver_type = p->driver_type;
    t->target_version = p->target_version;
    t->skip = p->skip;
    p->project_type = p->driver_type = p->target_version = p->skip = NULL;
    t->units = p->units;
    t->args = p->args;
    memset(&p->units, 0, sizeof p->units);
    memset(&p->args, 0, sizeof p->args);
}

static void set_project(struct tu_spec *u, const struct project_target *t)
{
    free(u->origin);
    free(u->directory);
    u->origin = xstrdup(t->origin);
    u->directory = xstrdup(t->dir);
    u->project = xstrdup(t->project);
    u->target = t->name ? xstrdup(t->name) : NULL;
    u->kind = t->kind;
    u->is_driver = t->kind == PROJECT_DRIVER;
    u->project_type = t->project_type ? xstrdup(t->project_type) : NULL;
    u->driver_type = t->driver_type ? xstrdup(t->driver_type) : NULL;
    u->target_version = t->target_version ? xstrdup(t->target_version) : NULL;
    u->skip = t->skip ? xstrdup(t->skip) : NULL;
    for (int a = 0; a < t->args.count; a++)
        strlist_add(&u->args, t->args.items[a]);
}

/* The target's units take its flags: units the walk found, and new ones
 * under `limit` (all, if NULL). A unit built by two projects keeps the
 * first one's flags, except that a kernel-mode project wins over a user-mode
 * one (a shared source compiled into a driver and a tool is driver code). */
static void claim_target(struct discovery *out, const struct project_target *t,
                         const struct strlist *limit)
{
    for (int k = 0; k < t->units.count; k++) {
        const char *file = t->units.items[k];
        struct tu_spec *u = find_unit(out, file);
        if (!u && (!limit || under_any(file, limit))) {
            char *dir = path_dirname(file);
            u = add_unit(out, file, dir, NULL, "walk");
            free(dir);
        }
        if (!u)
            continue;
        bool unclaimed = strcmp(u->origin, "walk") == 0;
        bool kernel_over_user = u->kind == PROJECT_USER && t->kind != PROJECT_USER &&
                                t->kind != PROJECT_UTILITY && t->kind != PROJECT_UNKNOWN;
        if (!unclaimed && !kernel_over_user)
            continue;
        if (!unclaimed) {
            char *file_copy = xstrdup(u->file);
            tu_spec_free(u);
            u->file = file_copy;
            u->origin = xstrdup("walk");
            u->directory = xstrdup("");
        }
        set_project(u, t);
    }
}

static void claim_targets(struct discovery *out, struct project_targets *ts,
                          const struct strlist *limit)
{
    for (int i = 0; i < ts->count; i++)
        claim_target(out, &ts->items[i], limit);
    project_targets_free(ts);
}

static int claim_vcxproj(struct discovery *out, const char *path, const char *configuration, bool consulted,
                         const struct strlist *limit)
{
    struct project p;
    int rc = load_project(path, configuration, consulted, out, &p);
    if (rc == 0) {
        struct project_targets ts = {0};
        VEC_GROW(ts.items, ts.count, ts.cap);
        project_to_target(&p, &ts.items[ts.count++]);
        claim_targets(out, &ts, limit);
    }
    project_free(&p);
    return rc < 0 ? rc : 0;
}

static bool any_walk_unit(const struct discovery *out)
{
    for (int i = 0; i < out->count; i++)
        if (strcmp(out->units[i].origin, "walk") == 0)
            return true;
    return false;
}

/* Whether a project file's text names one of the units no project claimed:
 * a cheap test before evaluating it. */
static bool mentions_walk_unit(const struct discovery *out, const char *project)
{
    size_t len = 0;
    char *text = read_file(project, &len);
    if (!text)
        return false;
    bool hit = false;
    for (int i = 0; i < out->count && !hit; i++) {
        if (strcmp(out->units[i].origin, "walk") != 0)
            continue;
        const char *base = strrchr(out->units[i].file, '/');
        hit = base && strcasestr(text, base + 1) != NULL;
    }
    free(text);
    return hit;
}

/* Projects elsewhere in the repository that build the units no project in
 * the scanned folders claimed (build/VStudio/driver.vcxproj for src/sys). */
static int claim_from_repository(const struct discover_options *o, struct discovery *out,
                                 const struct strlist *roots)
{
    int rc = 0;
    for (int r = 0; r < out->repo_roots.count && rc == 0 && any_walk_unit(out); r++) {
        struct walk w = {0};
        walk_dir(out, &w, out->repo_roots.items[r], out->repo_roots.items[r], true);
        sort_unique(&w.projects);
        for (int i = 0; i < w.projects.count && rc == 0 && any_walk_unit(out); i++) {
            if (under_any(w.projects.items[i], roots) || !mentions_walk_unit(out, w.projects.items[i]))
                continue;
            char *shown = display_path(w.projects.items[i]);
            add_line(&out->notes, "%s: read for units outside it that no project in the scanned "
                                  "folders builds", shown);
            free(shown);
            rc = claim_vcxproj(out, w.projects.items[i], o->configuration, true, roots);
        }
        strlist_free(&w.units);
        strlist_free(&w.projects);
        strlist_free(&w.header_dirs);
        strlist_free(&w.sources_files);
        strlist_free(&w.cmake_dirs);
        strlist_free(&w.seen_dirs);
    }
    return rc;
}

/* The headers a unit includes with quotes from its own folder (a
 * precompiled header such as stdafx.h or precomp.h says what the unit is)
 * appended to *all, one level deep. */
static void append_local_headers(const char *unit, const char *text, struct strbuf *all)
{
    char *dir = path_dirname(unit);
    for (const char *p = strstr(text, "#"); p; p = strstr(p + 1, "#")) {
        const char *q = p + 1;
        while (*q == ' ' || *q == '\t')
            q++;
        if (strncmp(q, "include", 7) != 0)
            continue;
        q += 7;
        while (*q == ' ' || *q == '\t')
            q++;
        if (*q != '"')
            continue;
        const char *e = strchr(q + 1, '"');
        const char *nl = strchr(q, '\n');
        if (!e || (nl && nl < e) || e == q + 1)
            continue;
        char *name = xstrndup(q + 1, (size_t)(e - q - 1));
        if (!strchr(name, '/') && !strchr(name, '\\')) {
            char *full = path_join(dir, name);
            char *real = find_nocase(full);
            size_t len = 0;
            char *h = real ? read_file(real, &len) : NULL;
            if (h) {
                sb_append(all, "\n");
                sb_appendn(all, h, len);
                free(h);
            }
            free(real);
            free(full);
        }
        free(name);
    }
    free(dir);
}

/* Source files that another unit #includes ("common\\dapl_cookie.c"): they
 * are compiled as part of it, in its context, never on their own. */
static void included_sources(const struct discovery *out, struct strlist *included,
                             struct strlist *by)
{
    for (int i = 0; i < out->count; i++) {
        size_t len = 0;
        char *text = read_file(out->units[i].file, &len);
        if (!text)
            continue;
        char *dir = path_dirname(out->units[i].file);
        for (const char *p = strstr(text, "#"); p; p = strstr(p + 1, "#")) {
            const char *q = p + 1;
            while (*q == ' ' || *q == '\t')
                q++;
            if (strncmp(q, "include", 7) != 0)
                continue;
            q += 7;
            while (*q == ' ' || *q == '\t')
                q++;
            const char *e = *q == '"' ? strchr(q + 1, '"') : NULL;
            const char *nl = strchr(q, '\n');
            if (!e || (nl && nl < e))
                continue;
            char *name = xstrndup(q + 1, (size_t)(e - q - 1));
            if (is_unit_name(name)) {
                backslashes_to_slashes(name);
                char *full = path_join(dir, name);
                char *real = find_nocase(full);
                if (real && strcmp(real, out->units[i].file) != 0 && !strlist_contains(included, real)) {
                    strlist_add(included, real);
                    strlist_add(by, out->units[i].file);
                }
                free(real);
                free(full);
            }
            free(name);
        }
        free(dir);
        free(text);
    }
}

/* A source beside a build description (CMakeLists.txt, sources, .vcxproj)
 * that lists other sources of the same folder but not this one is not
 * compiled: a disabled or retired file, whatever it includes. */
static char *left_out_by_folder_project(const struct discovery *out, const struct tu_spec *u)
{
    char *dir = path_dirname(u->file);
    char *reason = NULL;
    for (int i = 0; i < out->count && !reason; i++) {
        const struct tu_spec *v = &out->units[i];
        if (v == u || v->kind == PROJECT_NONE || !v->project)
            continue;
        char *vdir = path_dirname(v->file);
        char *pdir = path_dirname(v->project);
        if (!strcmp(vdir, dir) && !strcmp(pdir, dir)) {
            char *shown = display_path(v->project);
            reason = xasprintf("not a source of %s, which builds this folder's other sources", shown);
            free(shown);
        }
        free(pdir);
        free(vdir);
    }
    free(dir);
    return reason;
}

/* Units no project describes: sources another unit includes, another
 * system's code (os/linux/...), or user mode by what they include. */
static void skip_user_mode_sources(struct discovery *out)
{
    struct strlist included = {0}, by = {0};
    included_sources(out, &included, &by);
    for (int i = 0; i < out->count; i++) {
        struct tu_spec *u = &out->units[i];
        for (int k = 0; k < included.count && u->kind == PROJECT_NONE && !u->skip; k++)
            if (!strcmp(included.items[k], u->file)) {
                char *shown = display_path(by.items[k]);
                u->skip = xasprintf("included by %s, which compiles it", shown);
                free(shown);
            }
    }
    strlist_free(&included);
    strlist_free(&by);
    for (int i = 0; i < out->count; i++) {
        struct tu_spec *u = &out->units[i];
        if (u->kind == PROJECT_NONE && !u->skip)
            u->skip = left_out_by_folder_project(out, u);
    }
    for (int i = 0; i < out->count; i++) {
        struct tu_spec *u = &out->units[i];
        if (u->kind != PROJECT_NONE || u->skip)
            continue;
        const char *repo = NULL;
        for (int r = 0; r < out->repo_roots.count; r++)
            if (path_under(u->file, out->repo_roots.items[r]) &&
                (!repo || strlen(out->repo_roots.items[r]) > strlen(repo)))
                repo = out->repo_roots.items[r];
        const char *os = path_other_os(u->file, repo ? strlen(repo) : 0);
        if (os) {
            u->skip = xasprintf("another system's source (under a '%s' folder) that no project builds", os);
            continue;
        }
        size_t len = 0;
        char *text = read_file(u->file, &len);
        if (!text)
            continue;
        struct strbuf all = {0};
        sb_appendn(&all, text, len);
        append_local_headers(u->file, text, &all);
        u->skip = discover_user_mode_reason(all.data, all.len);
        sb_free(&all);
        free(text);
    }
}

int discover_units(const struct discover_options *o, struct discovery *out)
{
    static const char *const dot[] = {"."};
    const char *const *paths = o->npaths > 0 ? o->paths : dot;
    int npaths = o->npaths > 0 ? o->npaths : 1;
    xmlInitParser();

    struct walk w = {0};
    w.follow_links = o->follow_symlinks;
    struct strlist roots = {0};
    char *cwd = path_absolute(".");
    bool explicit_paths = false;
    for (int i = 0; i < npaths; i++) {
        char *abs = path_absolute(paths[i]);
        if (strcmp(abs, cwd) != 0)
            explicit_paths = true;
        strlist_add_owned(&roots, abs);
        walk_path(out, &w, paths[i]);
        char *repo = discover_repo_root(paths[i]);
        if (!strlist_contains(&out->repo_roots, repo))
            strlist_add(&out->repo_roots, repo);
        free(repo);
    }
    free(cwd);
    sort_unique(&w.units);
    sort_unique(&w.projects);
    sort_unique(&w.header_dirs);
    sort_unique(&w.sources_files);
    sort_unique(&w.cmake_dirs);
    for (int i = 0; i < w.header_dirs.count; i++)
        strlist_add(&out->header_dirs, w.header_dirs.items[i]);

    int rc = 0;
    const struct strlist *limit = explicit_paths ? &roots : NULL;
    if (o->compdb) {
        rc = load_compdb(o->compdb, limit, out);
    } else if (o->vcxproj) {
        rc = claim_vcxproj(out, o->vcxproj, o->configuration, false, limit);
    } else {
        for (int i = 0; i < w.units.count; i++) {
            char *dir = path_dirname(w.units.items[i]);
            add_unit(out, w.units.items[i], dir, NULL, "walk");
            free(dir);
        }
        for (int i = 0; !o->no_vcxproj && rc == 0 && i < w.projects.count; i++)
            rc = claim_vcxproj(out, w.projects.items[i], o->configuration, false, &roots);
        /* the older and the cross-platform build descriptions, after the
         * projects Visual Studio builds */
        struct project_targets ts = {0};
        for (int i = 0; !o->no_vcxproj && rc == 0 && i < w.sources_files.count; i++)
            sources_read(w.sources_files.items[i], &ts, &out->notes, &out->errors);
        claim_targets(out, &ts, &roots);
        for (int i = 0; !o->no_vcxproj && rc == 0 && i < w.cmake_dirs.count; i++) {
            char *repo = discover_repo_root(w.cmake_dirs.items[i]);
            cmake_read(w.cmake_dirs.items[i], repo, &ts, &out->notes, &out->errors);
            free(repo);
            claim_targets(out, &ts, &roots);
        }
        if (!o->no_vcxproj && rc == 0)
            rc = claim_from_repository(o, out, &roots);
    }
    skip_user_mode_sources(out);
    if (out->count > 1)
        qsort(out->units, (size_t)out->count, sizeof *out->units, cmp_unit);

    strlist_free(&roots);
    strlist_free(&w.units);
    strlist_free(&w.projects);
    strlist_free(&w.header_dirs);
    strlist_free(&w.sources_files);
    strlist_free(&w.cmake_dirs);
    strlist_free(&w.seen_dirs);
    strlist_free(&w.real_roots);
    if (rc < 0 || (out->configuration_missing > 0 && out->configuration_found == 0))
        return -1;
    return out->count > 0 ? 0 : 1;
}

void tu_spec_free(struct tu_spec *u)
{
    free(u->file);
    free(u->directory);
    free(u->origin);
    free(u->project);
    free(u->target);
    free(u->project_type);
    free(u->driver_type);
    free(u->target_version);
    free(u->skip);
    strlist_free(&u->args);
    memset(u, 0, sizeof *u);
}

void discovery_free(struct discovery *d)
{
    for (int i = 0; i < d->count; i++)
        tu_spec_free(&d->units[i]);
    free(d->units);
    d->units = NULL;
    d->count = d->cap = 0;
    strlist_free(&d->header_dirs);
    strlist_free(&d->repo_roots);
    strlist_free(&d->notes);
    strlist_free(&d->errors);
}
