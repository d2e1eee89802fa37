/* SPDX-License-Identifier: Apache-2.0 */
/* scan.c — the pipeline driver; see scan.h. */
#define _GNU_SOURCE
#include "scan.h"

#include <jansson.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "analysis.h"
#include "cache.h"
#include "config.h"
#include "discover.h"
#include "frontend.h"
#include "guess.h"
#include "includes.h"
#include "partition.h"
#include "rules.h"
#include "util.h"
#include "workers.h"

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Installed layout first (<prefix>/share/storcheck next to <prefix>/bin),
 * then the source tree the binary was built from; STORCHECK_DATA_DIR wins. */
char *scan_data_dir(void)
{
    const char *env = getenv("STORCHECK_DATA_DIR");
    if (env && *env)
        return xstrdup(env);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char *bin = path_dirname(exe);
        char *share = xasprintf("%s/../share/storcheck", bin);
        char *abs = path_absolute(share);
        free(share);
        free(bin);
        char *probe = path_join(abs, "ddi.json");
        bool ok = path_is_file(probe);
        free(probe);
        if (ok)
            return abs;
        free(abs);
    }
    return xstrdup(STORCHECK_SOURCE_DIR "/rules");
}

/* The environment a Windows kernel-mode build gives the compiler: the MSVC
 * target and its extensions, the usual kernel defines, and MSVC's leniency
 * (an implicit declaration or a pointer mismatch is a warning there, so it
 * must not be an error here). */
static const char *const base_args[] = {
    "--target=x86_64-pc-windows-msvc",
    "-fms-extensions",
    "-fms-compatibility",
    "-fms-compatibility-version=19.40",
    "-nostdlibinc",
    "-D_AMD64_", "-D_WIN64", "-DAMD64", "-D_KERNEL_MODE=1",
    "-DNTDDI_VERSION=0x0A000010", "-D_WIN32_WINNT=0x0A00", "-DWINVER=0x0A00",
    "-DDBG=0", "-DPOOL_NX_OPTIN=1",
    /* Enough to count a unit's errors, and a bound on clang's recovery: C++
     * or non-kernel code fed the kernel environment can cascade for minutes. */
    "-ferror-limit=1000",
    "-Wno-error=implicit-function-declaration",
    "-Wno-error=implicit-int", /* MSVC's C takes a missing type as int (warning C4431) */
    "-Wno-error=int-conversion",
    "-Wno-error=incompatible-pointer-types",
    "-Wno-error=incompatible-function-pointer-types",
    "-Wno-error=return-type",
    "-Wno-microsoft-include",
    "-Wno-pragma-pack",
};

/* What clang predefines to name itself. A WDK build compiles with MSVC and
 * trees test __clang__ to tell the two apart (some refuse clang outright),
 * so the parse does not claim to be clang unless the project's compiler is
 * clang (cmake_file.c then passes -D__clang__=1, clang's own value). */
static const char *const clang_identity[] = {
    "__clang__", "__clang_major__", "__clang_minor__", "__clang_patchlevel__", "__clang_version__",
};

static bool unit_compiled_by_clang(const struct strlist *unit_args)
{
    for (int i = 0; unit_args && i < unit_args->count; i++)
        if (strncmp(unit_args->items[i], "-D__clang__", 11) == 0)
            return true;
    return false;
}

static void sdk_dirs(const char *sdk, struct strlist *out)
{
    static const char *const subdirs[] = {"km", "shared", "km/crt", "um"};
    bool any = false;
    for (size_t i = 0; i < sizeof subdirs / sizeof *subdirs; i++) {
        char *d = path_join(sdk, subdirs[i]);
        if (path_is_dir(d)) {
            strlist_add_owned(out, d);
            any = true;
        } else {
            free(d);
        }
    }
    if (!any)
        strlist_add(out, sdk);
}

static void system_dirs(const struct options *o, const char *data_dir, struct strlist *out)
{
    if (o->sdk) {
        char *abs = path_absolute(o->sdk);
        sdk_dirs(abs, out);
        free(abs);
    } else {
        strlist_add_owned(out, path_join(data_dir, "include"));
    }
}

static bool is_cplusplus(const char *file)
{
    const char *dot = file ? strrchr(file, '.') : NULL;
    return dot && (strcasecmp(dot, ".cpp") == 0 || strcasecmp(dot, ".cc") == 0 ||
                   strcasecmp(dot, ".cxx") == 0);
}

void scan_clang_args(const struct options *o, const char *data_dir, const char *file,
                     const struct strlist *unit_args, struct strlist *out)
{
    strlist_add(out, "-x");
    strlist_add(out, is_cplusplus(file) ? "c++" : "c");
    for (size_t i = 0; i < sizeof base_args / sizeof *base_args; i++)
        strlist_add(out, base_args[i]);
    if (!unit_compiled_by_clang(unit_args))
        for (size_t i = 0; i < sizeof clang_identity / sizeof *clang_identity; i++)
            strlist_add_owned(out, xasprintf("-U%s", clang_identity[i]));
    /* libclang computes its resource folder from its own path, which on
     * Debian points outside the installation; name it explicitly. */
    char *resource = frontend_resource_include_dir();
    if (resource) {
        strlist_add(out, "-resource-dir");
        strlist_add_owned(out, path_dirname(resource));
        free(resource);
    }
    struct strlist sys = {0};
    system_dirs(o, data_dir, &sys);
    for (int i = 0; i < sys.count; i++) {
        strlist_add(out, "-isystem");
        strlist_add(out, sys.items[i]);
    }
    strlist_free(&sys);
    for (int i = 0; i < o->includes.count; i++) {
        char *abs = path_absolute(o->includes.items[i]);
        strlist_add_owned(out, xasprintf("-I%s", abs));
        free(abs);
    }
    for (int i = 0; unit_args && i < unit_args->count; i++)
        strlist_add(out, unit_args->items[i]);
    for (int i = 0; i < o->defines.count; i++)
        strlist_add(out, o->defines.items[i]);
}

/* ---- parallel parsing -------------------------------------------------- */

struct parse_job {
    const struct options *o;
    const char *data_dir;
    const struct discovery *disc;
    const struct include_index *index; /* built once for the run */
    struct ir_unit *units;
    struct unit_status *status;
    struct unit_cache *cache; /* NULL: --no-cache, or no usable folder */
    const int *todo;          /* worker item -> unit index */
};

/* Workers run over the units the cache did not answer. */
static void parse_todo_in_worker(int item, void *ctx, struct bytes *out);
static void parsed_todo(int item, void *ctx, const unsigned char *data, size_t len, const char *failure);

/* Slower than this, a unit is named on standard error while it parses, so
 * that a long scan says where it is. */
#define SLOW_UNIT_SECONDS 60
#define DEFAULT_UNIT_TIMEOUT 120
#define DEFAULT_UNIT_MEMORY_MB 4096

static void quote_dirs_of(const struct strlist *args, struct strlist *out)
{
    for (int i = 0; i < args->count; i++)
        if (strncmp(args->items[i], "-I", 2) == 0 && args->items[i][2])
            strlist_add(out, args->items[i] + 2);
}

/* The files given with -include that exist, absolute. */
static void forced_includes_of(const struct strlist *args, struct strlist *out)
{
    for (int i = 0; i + 1 < args->count; i++)
        if (strcmp(args->items[i], "-include") == 0 && args->items[i + 1][0] == '/' &&
            path_is_file(args->items[i + 1]))
            strlist_add_owned(out, path_absolute(args->items[i + 1]));
}

/* Adds the includes clang reported missing ("'X' file not found") to the
 * plan; returns whether any was added. */
static bool plan_computed_includes(struct include_plan *plan, const struct include_search *search,
                                   const struct ir_unit *u)
{
    bool added = false;
    for (int e = 0; e < u->nerrors; e++) {
        const char *m = u->errors[e].message;
        const char *end = strstr(m, "' file not found");
        if (m[0] != '\'' || !end || !u->errors[e].loc.file)
            continue;
        char *spelling = xstrndup(m + 1, (size_t)(end - m - 1));
        bool angled = strstr(end, "with <angled> include") != NULL;
        added |= includes_add_computed(plan, search, u->errors[e].loc.file, spelling, angled);
        free(spelling);
    }
    return added;
}

/* Names nothing declares: declare them from how they are used, in a prelude
 * force-included ahead of the unit, and parse again (guess.h). The unit
 * keeps the parse with the most recent prelude, and the guesses in effect. */
static int parse_with_guesses(struct frontend *fe, const char *file, const struct strlist *args,
                              struct include_plan *plan, bool cplusplus, struct ir_unit *u)
{
    struct guess_set g = {0};
    g.cplusplus = cplusplus;
    struct strlist with_prelude = {0};
    for (int i = 0; i < args->count; i++)
        strlist_add(&with_prelude, args->items[i]);
    strlist_add(&with_prelude, "-include");
    strlist_add(&with_prelude, GUESS_PRELUDE_PATH);
    VEC_GROW(plan->files, plan->count, plan->cap);
    int slot = plan->count;
    memset(&plan->files[slot], 0, sizeof plan->files[slot]);
    int rc = 0;
    int applied = 0; /* guesses [0, applied) were in the last parse's prelude */
    for (int round = 0; rc == 0 && guess_update(&g, u->name_diags, u->nname_diags); round++) {
        if (round == GUESS_MAX_ROUNDS)
            break;
        plan->count = slot + 1;
        free(plan->files[slot].path);
        free(plan->files[slot].contents);
        plan->files[slot].path = xstrdup(GUESS_PRELUDE_PATH);
        plan->files[slot].contents = guess_prelude(&g);
        plan->files[slot].length = strlen(plan->files[slot].contents);
        applied = g.count;
        ir_unit_free(u);
        memset(u, 0, sizeof *u);
        rc = frontend_parse(fe, file, &with_prelude, plan, u);
    }
    /* What the last parse needed and did not get is not a guess it was
     * parsed with; C's implicit functions need no prelude. */
    for (int i = 0; rc == 0 && i < g.count; i++) {
        const struct guess *x = &g.items[i];
        bool implicit = x->kind == GUESS_FUNCTION && !cplusplus;
        if (x->withdrawn || (i >= applied && !implicit))
            continue;
        bool defined_here = false;
        for (int f = 0; implicit && f < u->nfunctions; f++)
            defined_here = defined_here || strcmp(u->functions[f].name, x->name) == 0;
        if (defined_here)
            continue;
        VEC_GROW(u->guesses, u->nguesses, u->guesses_cap);
        struct ir_guess *r = &u->guesses[u->nguesses++];
        r->name = xstrdup(x->name);
        r->kind = guess_kind_name(x->kind);
        r->loc.file = ir_intern_file(u, x->file);
        r->loc.line = x->line;
        r->loc.column = x->column;
    }
    strlist_free(&with_prelude);
    guess_set_free(&g);
    return rc;
}

/* Plans a unit's includes and parses it, with the computed-include and
 * guess rounds: what a worker does for a unit, and what --print-args
 * reproduces. *args and *plan are filled for the caller to free. Returns
 * -1 with *err when the unit cannot be read, else frontend_parse's result. */
static int plan_and_parse(const struct options *o, const char *data_dir, const struct include_index *index,
                          const struct tu_spec *spec, struct frontend *fe, struct strlist *args,
                          struct include_plan *plan, struct ir_unit *u, char **err)
{
    scan_clang_args(o, data_dir, spec->file, &spec->args, args);
    struct include_search search = {0};
    quote_dirs_of(args, &search.quote_dirs);
    forced_includes_of(args, &search.forced);
    system_dirs(o, data_dir, &search.system_dirs);
    char *resource = frontend_resource_include_dir();
    if (resource)
        strlist_add_owned(&search.system_dirs, resource);
    search.index = index;
    search.max_file_bytes = (size_t)(o->max_file_mb > 0 ? o->max_file_mb : DEFAULT_MAX_FILE_MB) << 20;
    search.max_depth = o->max_include_depth;
    search.anywhere = o->follow_symlinks;
    int rc = -1;
    if (includes_plan(spec->file, &search, plan, err) == 0) {
        rc = frontend_parse(fe, spec->file, args, plan, u);
        /* An include whose name a macro computes is invisible to the textual
         * plan; when one is missing, plan it from clang's own error and parse
         * once more. Bounded: each round must add a file to the plan. */
        for (int round = 0; rc == 0 && round < 8 && plan_computed_includes(plan, &search, u); round++) {
            ir_unit_free(u);
            memset(u, 0, sizeof *u);
            rc = frontend_parse(fe, spec->file, args, plan, u);
        }
        if (rc == 0)
            rc = parse_with_guesses(fe, spec->file, args, plan, is_cplusplus(spec->file), u);
        if (rc < 0)
            rc = -2; /* parsed nothing: u->failure says why */
    }
    strlist_free(&search.quote_dirs);
    strlist_free(&search.system_dirs);
    strlist_free(&search.name_dirs);
    strlist_free(&search.forced);
    return rc;
}

static void parse_one(struct parse_job *job, struct frontend *fe, int i)
{
    const struct tu_spec *spec = &job->disc->units[i];
    struct unit_status *st = &job->status[i];
    struct ir_unit *u = &job->units[i];
    double t0 = now_seconds();
    st->file = xstrdup(spec->file);
    st->origin = xstrdup(spec->origin ? spec->origin : "walk");
    struct strlist args = {0};
    struct include_plan plan = {0};
    char *err = NULL;
    int rc = spec->skip ? 0 : plan_and_parse(job->o, job->data_dir, job->index, spec, fe, &args, &plan, u, &err);
    if (spec->skip) {
        st->state = UNIT_SKIPPED;
        st->skip_reason = xstrdup(spec->skip);
        u->path = xstrdup(spec->file);
    } else if (rc == -1) {
        st->failed = true;
        st->failure = err ? err : xasprintf("%s: cannot be read", spec->file);
        u->path = xstrdup(spec->file);
    } else {
        if (rc < 0) {
            st->failed = true;
            st->failure = xasprintf("%s: %s", spec->file, u->failure);
        }
        st->nerrors = u->nerrors;
        if (u->nerrors > 0)
            st->first_error = xasprintf("%s:%d:%d: %s", u->errors[0].loc.file ? u->errors[0].loc.file : spec->file,
                                        u->errors[0].loc.line, u->errors[0].loc.column,
                                        u->errors[0].message);
        st->nfixed = plan.fixed.count;
        st->nheader_guesses = plan.guessed.count;
        st->header_guesses = xcalloc((size_t)plan.guessed.count + 1, sizeof(char *));
        for (int g = 0; g < plan.guessed.count; g++)
            st->header_guesses[g] = xstrdup(plan.guessed.items[g]);
        st->ntolerated = u->ntolerated;
        st->tolerated = xcalloc((size_t)u->ntolerated + 1, sizeof(char *));
        for (int t = 0; t < u->ntolerated; t++)
            st->tolerated[t] = xasprintf("%s:%d:%d: %s", u->tolerated[t].loc.file ? u->tolerated[t].loc.file : spec->file,
                                         u->tolerated[t].loc.line, u->tolerated[t].loc.column,
                                         u->tolerated[t].message);
        /* The count is of stand-ins the unit used; the list names every
         * directive that got one, including those under a false #if. */
        st->nstubbed = u->nstubbed;
        st->stub_directives = xcalloc((size_t)plan.stubbed.count + 1, sizeof(char *));
        for (int s = 0; s < plan.stubbed.count; s++)
            st->stub_directives[st->nstub_directives++] = xstrdup(plan.stubbed.items[s]);
        st->nfunctions = u->nfunctions;
    }
    include_plan_free(&plan);
    strlist_free(&args);
    st->seconds = now_seconds() - t0;
}

/* ---- --print-args ---------------------------------------------------------- */

static int write_whole(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    size_t n = fwrite(data, 1, len, f);
    return fclose(f) == 0 && n == len ? 0 : -1;
}

int scan_reproduce(const struct options *o, const char *unit, const char *outdir, struct strlist *command,
                   char **err)
{
    struct discovery disc = {0};
    scan_discover(o, &disc);
    char *want = path_absolute(unit);
    const struct tu_spec *spec = NULL;
    for (int i = 0; i < disc.count && !spec; i++)
        if (strcmp(disc.units[i].file, want) == 0)
            spec = &disc.units[i];
    free(want);
    if (!spec) {
        *err = xasprintf("%s: not a translation unit of this scan", unit);
        discovery_free(&disc);
        return -1;
    }
    char *data_dir = scan_data_dir();
    struct include_index *index = includes_index_new(&disc.repo_roots, &disc.header_dirs);
    struct frontend *fe = frontend_new();
    struct strlist args = {0};
    struct include_plan plan = {0};
    struct ir_unit u = {0};
    int rc = plan_and_parse(o, data_dir, index, spec, fe, &args, &plan, &u, err);
    if (rc != -1) {
        /* Each in-memory file (rewritten includes, stand-ins, the guess
         * prelude) is written out, and a clang VFS overlay puts it back at
         * the path the parse saw it at. */
        json_t *roots = json_array();
        bool prelude = false;
        for (int i = 0; rc != -1 && i < plan.count; i++) {
            const struct unsaved_file *f = &plan.files[i];
            const char *base = strrchr(f->path, '/');
            char *copy = xasprintf("%s/%d-%s", outdir, i, base ? base + 1 : f->path);
            if (write_whole(copy, f->contents ? f->contents : "", f->length) < 0) {
                *err = xasprintf("%s: cannot be written", copy);
                rc = -1;
            }
            json_array_append_new(roots, json_pack("{s:s, s:s, s:s}", "type", "file", "name", f->path,
                                                   "external-contents", copy));
            prelude |= strcmp(f->path, GUESS_PRELUDE_PATH) == 0;
            free(copy);
        }
        json_t *overlay = json_pack("{s:i, s:s, s:o}", "version", 0, "case-sensitive", "true", "roots", roots);
        char *overlay_path = path_join(outdir, "overlay.yaml");
        char *text = json_dumps(overlay, JSON_INDENT(2));
        if (rc != -1 && (!text || write_whole(overlay_path, text, strlen(text)) < 0)) {
            *err = xasprintf("%s: cannot be written", overlay_path);
            rc = -1;
        }
        free(text);
        json_decref(overlay);
        if (rc != -1) {
            strlist_add(command, STORCHECK_CLANG_BINARY);
            strlist_add(command, "-fsyntax-only");
            strlist_add(command, "-ivfsoverlay");
            strlist_add(command, overlay_path);
            for (int i = 0; i < args.count; i++)
                strlist_add(command, args.items[i]);
            if (prelude) {
                strlist_add(command, "-include");
                strlist_add(command, GUESS_PRELUDE_PATH);
            }
            strlist_add(command, spec->file);
        }
        free(overlay_path);
    }
    ir_unit_free(&u);
    include_plan_free(&plan);
    strlist_free(&args);
    frontend_free(fe);
    includes_index_free(index);
    free(data_dir);
    discovery_free(&disc);
    return rc == -1 ? -1 : 0;
}

/* ---- worker processes ---------------------------------------------------
 * A worker parses one unit and sends back its status and its IR as bytes
 * (ir_serial.h); the main process links. */

static void put_strs(struct bytes *b, char **items, int n)
{
    bytes_put_u32(b, (unsigned)n);
    for (int i = 0; i < n; i++)
        bytes_put_str(b, items[i]);
}

static char **get_strs(struct bytes_reader *r, int *n)
{
    unsigned count = bytes_get_u32(r);
    if (r->bad || count > r->left / 4) {
        r->bad = true;
        *n = 0;
        return xcalloc(1, sizeof(char *));
    }
    char **items = xcalloc((size_t)count + 1, sizeof *items);
    for (unsigned i = 0; i < count && !r->bad; i++)
        items[i] = bytes_get_str(r);
    *n = (int)count;
    return items;
}

/* What the main process derives from a unit once it has it back: the
 * guesses it was parsed with, and its state. */
static void settle_status(struct unit_status *st, const struct ir_unit *u, const struct tu_spec *spec)
{
    if (spec->skip) {
        st->state = UNIT_SKIPPED;
        return;
    }
    st->guesses = xcalloc((size_t)u->nguesses + 1, sizeof *st->guesses);
    for (int g = 0; g < u->nguesses; g++) {
        struct unit_guess *x = &st->guesses[st->nguesses++];
        x->name = xstrdup(u->guesses[g].name);
        x->kind = u->guesses[g].kind;
        x->file = xstrdup(u->guesses[g].loc.file ? u->guesses[g].loc.file : spec->file);
        x->line = u->guesses[g].loc.line;
        x->column = u->guesses[g].loc.column;
    }
    st->state = st->failed || st->nerrors > 0 ? UNIT_INCOMPLETE
                : st->nguesses > 0           ? UNIT_GUESSED
                                             : UNIT_CLEAN;
}

static void parse_in_worker(int i, void *ctx, struct bytes *out)
{
    struct parse_job *job = ctx;
    struct frontend *fe = frontend_new();
    parse_one(job, fe, i);
    frontend_free(fe);
    const struct unit_status *st = &job->status[i];
    bytes_put_u32(out, st->failed);
    bytes_put_u32(out, (unsigned)st->nerrors);
    bytes_put_str(out, st->first_error);
    bytes_put_str(out, st->failure);
    bytes_put_u32(out, (unsigned)st->nstubbed);
    put_strs(out, st->stub_directives, st->nstub_directives);
    bytes_put_u32(out, (unsigned)st->nfixed);
    put_strs(out, st->header_guesses, st->nheader_guesses);
    put_strs(out, st->tolerated, st->ntolerated);
    bytes_put_u32(out, (unsigned)st->nfunctions);
    bytes_put_i64(out, (long long)(st->seconds * 1e6));
    ir_unit_write(&job->units[i], out);
}

static void unit_status_clear(struct unit_status *st);

/* The unit's status and IR from a worker's bytes; false (and nothing kept)
 * when they are not whole. */
static bool read_parsed(struct unit_status *st, struct ir_unit *u, const struct tu_spec *spec,
                        const unsigned char *data, size_t len)
{
    struct bytes_reader r = {data, len, false};
    st->file = xstrdup(spec->file);
    st->origin = xstrdup(spec->origin ? spec->origin : "walk");
    st->failed = bytes_get_u32(&r) != 0;
    st->nerrors = (int)bytes_get_u32(&r);
    st->first_error = bytes_get_str(&r);
    st->failure = bytes_get_str(&r);
    st->nstubbed = (int)bytes_get_u32(&r);
    st->stub_directives = get_strs(&r, &st->nstub_directives);
    st->nfixed = (int)bytes_get_u32(&r);
    st->header_guesses = get_strs(&r, &st->nheader_guesses);
    st->tolerated = get_strs(&r, &st->ntolerated);
    st->nfunctions = (int)bytes_get_u32(&r);
    st->seconds = (double)bytes_get_i64(&r) / 1e6;
    if (!r.bad && ir_unit_read(&r, u) == 0 && r.left == 0) {
        settle_status(st, u, spec);
        return true;
    }
    ir_unit_free(u);
    memset(u, 0, sizeof *u);
    unit_status_clear(st);
    return false;
}

static void parsed(int i, void *ctx, const unsigned char *data, size_t len, const char *failure)
{
    struct parse_job *job = ctx;
    struct unit_status *st = &job->status[i];
    struct ir_unit *u = &job->units[i];
    const struct tu_spec *spec = &job->disc->units[i];
    st->file = xstrdup(spec->file);
    st->origin = xstrdup(spec->origin ? spec->origin : "walk");
    if (spec->skip) { /* not kernel code: the worker did not parse it */
        st->skip_reason = xstrdup(spec->skip);
        u->path = xstrdup(spec->file);
        settle_status(st, u, spec);
        return;
    }
    if (!failure) {
        free(st->file);
        free(st->origin);
        st->file = st->origin = NULL;
        if (read_parsed(st, u, spec, data, len)) {
            /* Kept for the next run, unless the parse itself failed (an
             * unreadable file, libclang refusing it: worth trying again). */
            if (job->cache && !st->failed) {
                struct strlist args = {0};
                scan_clang_args(job->o, job->data_dir, spec->file, &spec->args, &args);
                struct strlist read = {0};
                strlist_add(&read, spec->file);
                for (int f = 0; f < u->nfiles; f++)
                    if (!strlist_contains(&read, u->files[f]))
                        strlist_add(&read, u->files[f]);
                unit_cache_put(job->cache, spec->file, &args, read.items, read.count, data, len);
                strlist_free(&read);
                strlist_free(&args);
            }
            return;
        }
        st->file = xstrdup(spec->file);
        st->origin = xstrdup(spec->origin ? spec->origin : "walk");
        failure = "its worker's result could not be read";
    }
    memset(u, 0, sizeof *u);
    u->path = xstrdup(spec->file);
    st->failed = true;
    free(st->failure);
    st->failure = xasprintf("%s: %s", spec->file, failure);
    settle_status(st, u, spec);
}

static int default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 16 ? 16 : (int)n;
}

static void parse_todo_in_worker(int item, void *ctx, struct bytes *out)
{
    struct parse_job *job = ctx;
    parse_in_worker(job->todo[item], ctx, out);
}

static void parsed_todo(int item, void *ctx, const unsigned char *data, size_t len, const char *failure)
{
    struct parse_job *job = ctx;
    parsed(job->todo[item], ctx, data, len, failure);
}

/* libclang initializes itself on first use (option tables, targets, the
 * dynamic linker's lazy bindings); once done here, every forked worker
 * inherits it instead of redoing it per unit. */
static void warm_up_frontend(const struct options *o, const char *data_dir)
{
    static char text[] = "int storcheck_warm_up;\n";
    struct unsaved_file file = {.path = "/storcheck-warm-up.c", .contents = text, .length = sizeof text - 1};
    struct include_plan plan = {.files = &file, .count = 1};
    struct strlist args = {0};
    scan_clang_args(o, data_dir, file.path, NULL, &args);
    struct frontend *fe = frontend_new();
    struct ir_unit u = {0};
    frontend_parse(fe, file.path, &args, &plan, &u);
    ir_unit_free(&u);
    frontend_free(fe);
    strlist_free(&args);
}

/* What every cached unit depends on besides its own files and arguments:
 * the tool (its version and the build of this binary, or
 * STORCHECK_CACHE_TOOL_ID, which tests set to stand for another version),
 * the DDI model's text, and which headers the repositories hold. */
static struct unit_cache *open_cache(const struct options *o, const char *ddi_path,
                                     const struct include_index *index)
{
    if (o->no_cache)
        return NULL;
    char *dir = o->cache_dir ? path_absolute(o->cache_dir) : unit_cache_default_dir();
    struct bytes key = {0};
    bytes_put_str(&key, "storcheck " STORCHECK_VERSION);
    const char *tool = getenv("STORCHECK_CACHE_TOOL_ID");
    struct stat st;
    if (tool && *tool) {
        bytes_put_str(&key, tool);
    } else if (stat("/proc/self/exe", &st) == 0) {
        bytes_put_i64(&key, (long long)st.st_size);
        bytes_put_i64(&key, (long long)st.st_mtim.tv_sec);
        bytes_put_i64(&key, (long long)st.st_mtim.tv_nsec);
    }
    size_t len = 0;
    char *ddi = read_file(ddi_path, &len);
    bytes_put_i64(&key, (long long)hash_fnv1a(ddi ? ddi : "", len, HASH_FNV1A_SEED));
    bytes_put_i64(&key, (long long)hash_fnv1a(ddi ? ddi : "", len, ~HASH_FNV1A_SEED));
    free(ddi);
    bytes_put_i64(&key, (long long)includes_index_listing_hash(index));
    struct unit_cache *c = unit_cache_open(dir, &key, 0);
    bytes_free(&key);
    free(dir);
    return c;
}

/* ---- the run ----------------------------------------------------------- */

const char *unit_state_name(enum unit_state s)
{
    switch (s) {
    case UNIT_CLEAN: return "clean";
    case UNIT_GUESSED: return "guessed";
    case UNIT_SKIPPED: return "skipped";
    case UNIT_INCOMPLETE: return "incomplete";
    }
    return "?";
}


/* .storcheck.json "exclude": such units are not parsed at all. */
/* Drops excluded units; an exclusion that matches no unit is most likely a
 * typo or a path relative to the wrong folder, so it is said, not ignored. */
static void drop_excluded(const struct options *o, struct discovery *disc, struct strlist *diagnostics)
{
    for (int x = 0; x < o->exclude.count; x++) {
        bool used = false;
        for (int i = 0; i < disc->count && !used; i++)
            used = config_pattern_excludes(o->exclude.items[x], disc->units[i].file);
        if (!used)
            strlist_add_owned(diagnostics, xasprintf("warning: exclusion '%s' matches no unit of this scan",
                                                     o->exclude.items[x]));
    }
    int keep = 0;
    for (int i = 0; i < disc->count; i++) {
        struct tu_spec *u = &disc->units[i];
        if (!config_excluded(&o->exclude, u->file)) {
            disc->units[keep++] = *u;
            continue;
        }
        tu_spec_free(u);
    }
    disc->count = keep;
}

int scan_discover(const struct options *o, struct discovery *out)
{
    struct discover_options dopt = {0};
    dopt.paths = (const char *const *)o->paths.items;
    dopt.npaths = o->paths.count;
    dopt.compdb = o->compdb;
    dopt.vcxproj = o->vcxproj;
    dopt.configuration = o->configuration;
    dopt.no_vcxproj = o->no_vcxproj;
    dopt.follow_symlinks = o->follow_symlinks;
    int rc = discover_units(&dopt, out);
    /* A tree must not make the scan unbounded: past the limit, the first
     * units in path order are scanned and the scan is incomplete. */
    int max = o->max_units > 0 ? o->max_units : DEFAULT_MAX_UNITS;
    if (out->count > max) {
        strlist_add_owned(&out->errors,
                          xasprintf("%s: %d translation units, more than the limit of %d (--max-units); "
                                    "only the first %d are scanned",
                                    o->paths.count ? o->paths.items[0] : ".", out->count, max, max));
        for (int i = max; i < out->count; i++)
            tu_spec_free(&out->units[i]);
        out->count = max;
    }
    return rc;
}

/* Reports name files as the repository names them: relative to the git work
 * tree that holds the scanned paths (GitHub code scanning resolves SARIF
 * paths from there, and so do editors run at the top of a checkout), or to
 * --source-root when given. Outside a work tree, the scanned folder. */
static char *source_root(const struct options *o, const char *scanned)
{
    if (o->source_root)
        return path_absolute(o->source_root);
    for (char *dir = xstrdup(scanned);;) {
        char *git = path_join(dir, ".git");
        bool found = path_is_dir(git) || path_is_file(git); /* a file in worktrees and submodules */
        free(git);
        if (found)
            return dir;
        char *up = path_dirname(dir);
        bool top = strcmp(up, dir) == 0;
        free(dir);
        dir = up;
        if (top) {
            free(dir);
            return xstrdup(scanned);
        }
    }
}

/* A call of a function whose declaration was guessed, and that no unit
 * defines: what it does is unknown, and a finding whose path passes there
 * says so. */
struct guessed_call {
    const char *file; /* borrowed from the unit */
    int line;
    const char *name;
};

static void collect_guessed_calls(const struct program_model *m, struct guessed_call **out, int *n, int *cap)
{
    for (int k = 0; k < m->nunits; k++) {
        const struct ir_unit *u = &m->units[k];
        for (int g = 0; g < u->nguesses; g++) {
            const char *name = u->guesses[g].name;
            if (strcmp(u->guesses[g].kind, guess_kind_name(GUESS_FUNCTION)) != 0 ||
                model_find_function(m, name, u) >= 0)
                continue;
            for (int f = 0; f < u->nfunctions; f++)
                for (int b = 0; b < u->functions[f].nblocks; b++) {
                    const struct ir_block *bl = &u->functions[f].blocks[b];
                    for (int i = 0; i < bl->ninsts; i++)
                        if (bl->insts[i].kind == IR_CALL && bl->insts[i].callee &&
                            strcmp(bl->insts[i].callee, name) == 0 && bl->insts[i].loc.file) {
                            VEC_GROW(*out, *n, *cap);
                            (*out)[(*n)++] = (struct guessed_call){bl->insts[i].loc.file, bl->insts[i].loc.line, name};
                        }
                }
        }
    }
}

static const char *guessed_call_at(const struct guessed_call *calls, int n, const struct ir_loc *loc)
{
    for (int i = 0; loc->file && i < n; i++)
        if (calls[i].line == loc->line && strcmp(calls[i].file, loc->file) == 0)
            return calls[i].name;
    return NULL;
}

static void note_guessed_calls(const struct program_model *m, struct findings *fs)
{
    if (!m)
        return;
    struct guessed_call *calls = NULL;
    int n = 0, cap = 0;
    collect_guessed_calls(m, &calls, &n, &cap);
    for (int i = 0; n > 0 && i < fs->count; i++) {
        struct finding *f = &fs->items[i];
        const char *name = guessed_call_at(calls, n, &f->loc);
        for (int s = 0; !name && s < f->ntrace; s++)
            name = guessed_call_at(calls, n, &f->trace[s].loc);
        if (!name)
            continue;
        char *message = xasprintf("%s; the path calls '%s', which nothing the scan could see declares "
                                  "(its declaration was guessed)",
                                  f->message, name);
        free(f->message);
        f->message = message;
    }
    free(calls);
}

/* ---- a file given alone ------------------------------------------------ */

static bool is_c_source(const char *file)
{
    const char *dot = strrchr(file, '.');
    return is_cplusplus(file) || (dot && strcasecmp(dot, ".c") == 0);
}

/* A file given alone (an editor, a pre-commit hook) is scanned with its
 * driver around it, so that a defect that depends on a registration in
 * another file is still seen; only the named files' findings are reported.
 * Fills *paths with what to scan and *focus with the files named; returns
 * whether any path was widened. */
static bool widen_files(const struct options *o, struct strlist *paths, struct strlist *focus)
{
    bool widened = false;
    for (int i = 0; i < o->paths.count; i++) {
        char *abs = path_absolute(o->paths.items[i]);
        char *scope = NULL;
        if (!o->compdb && !o->vcxproj && path_is_file(abs))
            scope = partition_scope_of_file(abs);
        if (scope) {
            strlist_add(focus, abs);
            widened = true;
            if (!strlist_contains(paths, scope))
                strlist_add(paths, scope);
            free(scope);
            free(abs);
        } else {
            if (path_is_file(abs))
                strlist_add(focus, abs);
            if (!strlist_contains(paths, abs))
                strlist_add_owned(paths, abs);
            else
                free(abs);
        }
    }
    if (!widened) {
        strlist_free(focus);
        return false;
    }
    /* A folder given too is reported whole. */
    for (int i = 0; i < o->paths.count; i++) {
        char *abs = path_absolute(o->paths.items[i]);
        if (path_is_dir(abs) && !strlist_contains(focus, abs))
            strlist_add(focus, abs);
        free(abs);
    }
    /* Drop a path that another one holds: it would be walked twice. */
    bool *inside = xcalloc((size_t)paths->count + 1, sizeof *inside);
    for (int i = 0; i < paths->count; i++)
        for (int k = 0; k < paths->count && !inside[i]; k++) {
            size_t n = strlen(paths->items[k]);
            inside[i] = k != i && strncmp(paths->items[i], paths->items[k], n) == 0 &&
                        (paths->items[i][n] == '/' || (paths->items[i][n] == '\0' && k < i));
        }
    int kept = 0;
    for (int i = 0; i < paths->count; i++) {
        if (inside[i])
            free(paths->items[i]);
        else
            paths->items[kept++] = paths->items[i];
    }
    free(inside);
    paths->count = kept;
    return true;
}

static bool in_focus(const struct strlist *focus, const char *file)
{
    for (int i = 0; file && i < focus->count; i++) {
        size_t n = strlen(focus->items[i]);
        if (strncmp(file, focus->items[i], n) == 0 && (file[n] == '\0' || file[n] == '/'))
            return true;
    }
    return false;
}

/* A named file that discovery left out (not listed by its project) is
 * scanned all the same: it was asked for. */
static void add_focus_units(const struct strlist *focus, struct discovery *disc)
{
    for (int i = 0; i < focus->count; i++) {
        const char *f = focus->items[i];
        if (!path_is_file(f) || !is_c_source(f))
            continue;
        bool found = false;
        for (int u = 0; u < disc->count && !found; u++)
            found = strcmp(disc->units[u].file, f) == 0;
        if (found)
            continue;
        VEC_GROW(disc->units, disc->count, disc->cap);
        struct tu_spec *t = &disc->units[disc->count++];
        memset(t, 0, sizeof *t);
        t->file = xstrdup(f);
        t->directory = path_dirname(f);
        t->origin = xstrdup("walk");
    }
}

/* Whether a driver's units include one of the named files (as a unit or a
 * header they read). */
static bool driver_in_focus(const struct driver *d, const struct ir_unit *units, const struct strlist *focus)
{
    for (int k = 0; k < d->nunits; k++) {
        const struct ir_unit *u = &units[d->units[k]];
        if (in_focus(focus, u->path))
            return true;
        for (int f = 0; f < u->nfiles; f++)
            if (in_focus(focus, u->files[f]))
                return true;
    }
    return false;
}

/* Links each driver alone, runs the analysis and the selected rules on it,
 * and collects its findings, named by the driver. */
static void analyse_drivers(const struct options *o, struct scan_result *out)
{
    for (int i = 0; i < out->drivers.count; i++) {
        struct driver *d = &out->drivers.items[i];
        if (out->focus.count > 0 && !driver_in_focus(d, out->ir, &out->focus))
            continue;
        d->model = model_link_subset(out->ir, d->units, d->nunits, out->ddi);
        struct analysis a;
        analysis_init(&a, d->model);
        struct findings fs = {0};
        for (int r = 0; r < rules_count; r++)
            if (rules_selected(&rules_table[r], &o->enable, &o->disable))
                rules_table[r].run(&a, &rules_table[r], &fs);
        analysis_free(&a);
        note_guessed_calls(d->model, &fs);
        for (int k = 0; k < fs.count; k++) {
            struct finding *f = &fs.items[k];
            if (out->focus.count > 0 && !in_focus(&out->focus, f->loc.file)) {
                finding_free(f);
                continue;
            }
            f->driver = xstrdup(d->name);
            VEC_PUSH(out->findings.items, out->findings.count, out->findings.cap, *f);
        }
        free(fs.items);
    }
}

int scan_run(const struct options *o, struct scan_result *out)
{
    memset(out, 0, sizeof *out);
    double t0 = now_seconds();
    struct strlist wide_paths = {0};
    struct options wide;
    if (widen_files(o, &wide_paths, &out->focus)) {
        wide = *o;
        wide.paths = wide_paths;
        o = &wide;
    }
    out->scanned = path_common_ancestor(&o->paths);
    out->root = source_root(o, out->scanned);
    char *data_dir = scan_data_dir();

    char *ddi_path = o->ddi ? xstrdup(o->ddi) : path_join(data_dir, "ddi.json");
    char *err = NULL;
    out->ddi = ddi_load(ddi_path, &err);
    char *ddi_text_path = ddi_path;
    if (!out->ddi) {
        strlist_add_owned(&out->diagnostics, err);
        out->config_error = true;
        free(data_dir);
        free(ddi_text_path);
        strlist_free(&wide_paths);
        return 0;
    }
    if (o->sdk && !path_is_dir(o->sdk)) {
        strlist_add_owned(&out->diagnostics, xasprintf("%s: --sdk folder does not exist", o->sdk));
        out->config_error = true;
        free(data_dir);
        free(ddi_text_path);
        strlist_free(&wide_paths);
        return 0;
    }

    struct discovery disc = {0};
    int drc = scan_discover(o, &disc);
    for (int i = 0; i < disc.errors.count; i++)
        strlist_add(&out->diagnostics, disc.errors.items[i]);
    for (int i = 0; i < disc.notes.count; i++)
        strlist_add(&out->notes, disc.notes.items[i]);
    if (out->focus.count > 0 && drc >= 0)
        add_focus_units(&out->focus, &disc);
    drop_excluded(o, &disc, &out->diagnostics);
    for (int i = 0; i < disc.count; i++)
        if (disc.units[i].skip) {
            char *cwd = path_absolute(".");
            char *shown = path_relative(disc.units[i].file, cwd);
            strlist_add_owned(&out->notes, xasprintf("%s: skipped: %s", shown, disc.units[i].skip));
            free(shown);
            free(cwd);
        }
    /* A bad compilation database or project costs its own units: the scan
     * goes on with the others and is incomplete (discovery named the
     * problem); it is a configuration error only when nothing is left. */
    /* A --configuration that no scanned project declares is the user's
     * mistake, not the tree's: scanning with no project settings would
     * answer a question nobody asked. */
    bool wrong_configuration = disc.configuration_missing > 0 && disc.configuration_found == 0;
    if ((drc < 0 && disc.count == 0) || wrong_configuration) {
        out->config_error = true;
        discovery_free(&disc);
        free(data_dir);
        free(ddi_text_path);
        strlist_free(&wide_paths);
        return 0;
    }
    if (disc.count == 0) {
        out->nothing_to_scan = true;
        if (disc.errors.count == 0)
            strlist_add_owned(&out->diagnostics,
                              xasprintf("%s: no C translation units found", out->scanned));
        discovery_free(&disc);
        free(data_dir);
        free(ddi_text_path);
        strlist_free(&wide_paths);
        return 0;
    }
    /* A path that could not be read means part of what was asked was not scanned. */
    if (disc.errors.count > 0)
        out->incomplete = true;

    struct ir_unit *units = xcalloc((size_t)disc.count, sizeof *units);
    out->units = xcalloc((size_t)disc.count, sizeof *out->units);
    out->nunits = disc.count;
    struct parse_job job = {0};
    job.o = o;
    job.data_dir = data_dir;
    job.disc = &disc;
    /* One index of the repositories' files and one cache of folder listings
     * for the whole run, not one per unit. */
    struct include_index *index = includes_index_new(&disc.repo_roots, &disc.header_dirs);
    job.index = index;
    job.units = units;
    job.status = out->units;
    const char **names = xcalloc((size_t)disc.count, sizeof *names);
    for (int i = 0; i < disc.count; i++)
        names[i] = disc.units[i].file;
    struct worker_options wo = {
        .jobs = o->jobs > 0 ? o->jobs : default_jobs(),
        .timeout = o->unit_timeout > 0 ? o->unit_timeout : DEFAULT_UNIT_TIMEOUT,
        .memory_mb = o->unit_memory_mb > 0 ? (size_t)o->unit_memory_mb : DEFAULT_UNIT_MEMORY_MB,
        .slow_seconds = SLOW_UNIT_SECONDS,
        .progress = isatty(STDERR_FILENO) != 0,
        .names = names,
    };
    job.cache = open_cache(o, ddi_text_path, index);
    /* Units the cache answers are not parsed; the workers take the rest. */
    int *todo = xcalloc((size_t)disc.count + 1, sizeof *todo);
    int ntodo = 0;
    for (int i = 0; i < disc.count; i++) {
        if (disc.units[i].skip) {
            parsed(i, &job, NULL, 0, NULL);
            continue;
        }
        struct bytes hit = {0};
        struct strlist args = {0};
        scan_clang_args(o, data_dir, disc.units[i].file, &disc.units[i].args, &args);
        bool used = unit_cache_get(job.cache, disc.units[i].file, &args, &hit) &&
                    read_parsed(&out->units[i], &units[i], &disc.units[i], hit.data, hit.len);
        strlist_free(&args);
        bytes_free(&hit);
        out->units[i].from_cache = used;
        if (!used) {
            names[ntodo] = disc.units[i].file;
            todo[ntodo++] = i;
        }
    }
    job.todo = todo;
    if (ntodo > 0)
        warm_up_frontend(o, data_dir);
    workers_run(ntodo, &wo, parse_todo_in_worker, parsed_todo, &job);
    for (int i = 0; i < disc.count; i++)
        out->cache_hits += out->units[i].from_cache;
    out->cache_misses = job.cache ? ntodo : 0;
    unit_cache_close(job.cache);
    free(todo);
    free(names);
    free(ddi_text_path);
    includes_index_free(index);

    out->ir = units;
    partition_units(disc.units, units, disc.count, out->ddi, out->scanned, &out->drivers);
    analyse_drivers(o, out);
    /* With files given alone, a unit of another driver in the widened scope
     * is not what was asked about: its parse errors are not this scan's. */
    bool *asked = xcalloc((size_t)out->nunits + 1, sizeof *asked);
    for (int d = 0; d < out->drivers.count; d++)
        for (int k = 0; k < out->drivers.items[d].nunits; k++)
            asked[out->drivers.items[d].units[k]] |= out->focus.count == 0 || out->drivers.items[d].model;
    for (int i = 0; i < out->nunits; i++) {
        struct unit_status *st = &out->units[i];
        if (!asked[i])
            continue;
        /* guesses are worth a look: one note per directive, however many
         * units include it */
        for (int g = 0; g < st->nheader_guesses; g++) {
            char *note = xasprintf("%s (a header found by name in the repository: a guess)",
                                   st->header_guesses[g]);
            if (strlist_contains(&out->notes, note))
                free(note);
            else
                strlist_add_owned(&out->notes, note);
        }
        out->nstate[st->state]++;
        out->nguesses += st->nguesses;
        if (st->failed) {
            out->incomplete = true;
            if (st->failure)
                strlist_add(&out->diagnostics, st->failure);
        } else if (st->nerrors > 0) {
            out->incomplete = true;
            strlist_add_owned(&out->diagnostics,
                              xasprintf("%s: %d parse error%s, results for this unit may be incomplete "
                                        "(first: %s)",
                                        st->file, st->nerrors, st->nerrors == 1 ? "" : "s",
                                        st->first_error));
        }
    }
    free(asked);
    findings_sort(&out->findings);
    findings_group(&out->findings);
    findings_fingerprint(&out->findings, out->root);

    discovery_free(&disc);
    free(data_dir);
    strlist_free(&wide_paths);
    out->seconds = now_seconds() - t0;
    return 0;
}

void scan_result_free(struct scan_result *r)
{
    for (int i = 0; i < r->nunits; i++)
        unit_status_clear(&r->units[i]);
    free(r->units);
    partition_free(&r->drivers);
    for (int i = 0; r->ir && i < r->nunits; i++)
        ir_unit_free(&r->ir[i]);
    free(r->ir);
    strlist_free(&r->focus);
    ddi_free(r->ddi);
    findings_free(&r->findings);
    strlist_free(&r->diagnostics);
    strlist_free(&r->notes);
    free(r->root);
    free(r->scanned);
    memset(r, 0, sizeof *r);
}

static void unit_status_clear(struct unit_status *st)
{
    {
        free(st->file);
        free(st->origin);
        free(st->first_error);
        free(st->failure);
        for (int g = 0; g < st->nheader_guesses; g++)
            free(st->header_guesses[g]);
        free(st->header_guesses);
        for (int s = 0; s < st->nstub_directives; s++)
            free(st->stub_directives[s]);
        free(st->stub_directives);
        for (int t = 0; t < st->ntolerated; t++)
            free(st->tolerated[t]);
        free(st->tolerated);
        for (int g = 0; g < st->nguesses; g++) {
            free(st->guesses[g].name);
            free(st->guesses[g].file);
        }
        free(st->guesses);
        free(st->skip_reason);
    }
    memset(st, 0, sizeof *st);
}
