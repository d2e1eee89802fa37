/* scan.c — the pipeline driver; see scan.h. */
#define _GNU_SOURCE
#include "scan.h"

#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "analysis.h"
#include "config.h"
#include "discover.h"
#include "frontend.h"
#include "includes.h"
#include "partition.h"
#include "rules.h"
#include "util.h"

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
    "-Wno-implicit-function-declaration",
    "-Wno-error=implicit-function-declaration",
    "-Wno-error=int-conversion",
    "-Wno-error=incompatible-pointer-types",
    "-Wno-error=incompatible-function-pointer-types",
    "-Wno-error=return-type",
    "-Wno-microsoft-include",
    "-Wno-pragma-pack",
};

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
    struct ir_unit *units;
    struct unit_status *status;
    atomic_int next;
    int done;             /* units finished, under lock */
    bool progress;        /* stderr is a terminal: show a progress line */
    double started;
    pthread_mutex_t lock; /* guards diagnostics, the progress line and the watch */
    struct strlist *diagnostics;
    double *unit_started; /* per unit: when its parse began; 0 not begun, -1 done */
    bool *unit_warned;
    bool finished;
    pthread_cond_t wake;  /* the watchdog's clock, and its stop signal */
};

/* libclang cannot be interrupted; what storcheck can do is say which unit
 * is taking long, once, so that a hung scan names its cause. */
#define SLOW_UNIT_SECONDS 60

static void *parse_watchdog(void *arg)
{
    struct parse_job *job = arg;
    pthread_mutex_lock(&job->lock);
    while (!job->finished) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec += 1;
        pthread_cond_timedwait(&job->wake, &job->lock, &until);
        double now = now_seconds();
        for (int i = 0; i < job->disc->count && !job->finished; i++)
            if (job->unit_started[i] > 0 && !job->unit_warned[i] &&
                now - job->unit_started[i] > SLOW_UNIT_SECONDS) {
                job->unit_warned[i] = true;
                fprintf(stderr, "%sstorcheck: %s: still parsing after %d seconds\n",
                        job->progress ? "\r\033[K" : "", job->disc->units[i].file, SLOW_UNIT_SECONDS);
            }
    }
    pthread_mutex_unlock(&job->lock);
    return NULL;
}

static void quote_dirs_of(const struct strlist *args, struct strlist *out)
{
    for (int i = 0; i < args->count; i++)
        if (strncmp(args->items[i], "-I", 2) == 0 && args->items[i][2])
            strlist_add(out, args->items[i] + 2);
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
        added |= includes_add_computed(plan, search, u->errors[e].loc.file, spelling);
        free(spelling);
    }
    return added;
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
    scan_clang_args(job->o, job->data_dir, spec->file, &spec->args, &args);
    struct include_search search = {0};
    quote_dirs_of(&args, &search.quote_dirs);
    system_dirs(job->o, job->data_dir, &search.system_dirs);
    char *resource = frontend_resource_include_dir();
    if (resource)
        strlist_add_owned(&search.system_dirs, resource);
    for (int d = 0; d < job->disc->header_dirs.count; d++)
        strlist_add(&search.name_dirs, job->disc->header_dirs.items[d]);

    struct include_plan plan = {0};
    char *err = NULL;
    if (includes_plan(spec->file, &search, &plan, &err) < 0) {
        st->failed = true;
        pthread_mutex_lock(&job->lock);
        strlist_add_owned(job->diagnostics, err ? err : xasprintf("%s: cannot be read", spec->file));
        pthread_mutex_unlock(&job->lock);
        u->path = xstrdup(spec->file);
    } else {
        int rc = frontend_parse(fe, spec->file, &args, &plan, u);
        /* An include whose name a macro computes is invisible to the textual
         * plan; when one is missing, plan it from clang's own error and parse
         * once more. Bounded: each round must add a file to the plan. */
        for (int round = 0; rc == 0 && round < 8 && plan_computed_includes(&plan, &search, u); round++) {
            ir_unit_free(u);
            memset(u, 0, sizeof *u);
            rc = frontend_parse(fe, spec->file, &args, &plan, u);
        }
        if (rc < 0) {
            st->failed = true;
            pthread_mutex_lock(&job->lock);
            strlist_add_owned(job->diagnostics, xasprintf("%s: %s", spec->file, u->failure));
            pthread_mutex_unlock(&job->lock);
        }
        st->nerrors = u->nerrors;
        if (u->nerrors > 0)
            st->first_error = xasprintf("%s:%d:%d: %s", u->errors[0].loc.file ? u->errors[0].loc.file : spec->file,
                                        u->errors[0].loc.line, u->errors[0].loc.column,
                                        u->errors[0].message);
        st->nfixed = plan.fixed.count;
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
    strlist_free(&search.quote_dirs);
    strlist_free(&search.system_dirs);
    strlist_free(&search.name_dirs);
    strlist_free(&args);
    st->seconds = now_seconds() - t0;
}

static void *parse_worker(void *arg)
{
    struct parse_job *job = arg;
    struct frontend *fe = frontend_new();
    for (;;) {
        int i = atomic_fetch_add(&job->next, 1);
        if (i >= job->disc->count)
            break;
        pthread_mutex_lock(&job->lock);
        job->unit_started[i] = now_seconds();
        pthread_mutex_unlock(&job->lock);
        parse_one(job, fe, i);
        pthread_mutex_lock(&job->lock);
        job->unit_started[i] = -1;
        job->done++;
        /* Only a scan that takes a while gets a progress line. */
        if (job->progress && now_seconds() - job->started > 0.5)
            fprintf(stderr, "\rstorcheck: parsed %d of %d units\033[K", job->done, job->disc->count);
        pthread_mutex_unlock(&job->lock);
    }
    frontend_free(fe);
    return NULL;
}

static int default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 16 ? 16 : (int)n;
}

/* ---- the run ----------------------------------------------------------- */


/* .storcheck.json "exclude": such units are not parsed at all. */
static void drop_excluded(const struct options *o, struct discovery *disc)
{
    int keep = 0;
    for (int i = 0; i < disc->count; i++) {
        struct tu_spec *u = &disc->units[i];
        if (!config_excluded(&o->exclude, u->file)) {
            disc->units[keep++] = *u;
            continue;
        }
        free(u->file);
        free(u->directory);
        free(u->origin);
        strlist_free(&u->args);
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
    return discover_units(&dopt, out);
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
    out->root = path_common_ancestor(&o->paths);
    char *data_dir = scan_data_dir();

    char *ddi_path = o->ddi ? xstrdup(o->ddi) : path_join(data_dir, "ddi.json");
    char *err = NULL;
    out->ddi = ddi_load(ddi_path, &err);
    free(ddi_path);
    if (!out->ddi) {
        strlist_add_owned(&out->diagnostics, err);
        out->config_error = true;
        free(data_dir);
        strlist_free(&wide_paths);
        return 0;
    }
    if (o->sdk && !path_is_dir(o->sdk)) {
        strlist_add_owned(&out->diagnostics, xasprintf("%s: --sdk folder does not exist", o->sdk));
        out->config_error = true;
        free(data_dir);
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
    drop_excluded(o, &disc);
    if (drc < 0) {
        out->config_error = true;
        discovery_free(&disc);
        free(data_dir);
        strlist_free(&wide_paths);
        return 0;
    }
    if (disc.count == 0) {
        out->nothing_to_scan = true;
        if (disc.errors.count == 0)
            strlist_add_owned(&out->diagnostics,
                              xasprintf("%s: no C translation units found", out->root));
        discovery_free(&disc);
        free(data_dir);
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
    job.units = units;
    job.status = out->units;
    job.diagnostics = &out->diagnostics;
    atomic_init(&job.next, 0);
    job.progress = isatty(STDERR_FILENO) != 0;
    job.started = now_seconds();
    job.unit_started = xcalloc((size_t)disc.count, sizeof *job.unit_started);
    job.unit_warned = xcalloc((size_t)disc.count, sizeof *job.unit_warned);
    pthread_cond_init(&job.wake, NULL);
    pthread_t watchdog;
    pthread_mutex_init(&job.lock, NULL);
    bool watching = pthread_create(&watchdog, NULL, parse_watchdog, &job) == 0;
    int nthreads = o->jobs > 0 ? o->jobs : default_jobs();
    if (nthreads > disc.count)
        nthreads = disc.count;
    pthread_t *threads = xcalloc((size_t)nthreads, sizeof *threads);
    int started = 0;
    for (int t = 0; t < nthreads; t++)
        if (pthread_create(&threads[t], NULL, parse_worker, &job) == 0)
            started++;
    if (started == 0)
        parse_worker(&job);
    for (int t = 0; t < started; t++)
        pthread_join(threads[t], NULL);
    pthread_mutex_lock(&job.lock);
    job.finished = true;
    pthread_cond_signal(&job.wake);
    pthread_mutex_unlock(&job.lock);
    if (watching)
        pthread_join(watchdog, NULL);
    pthread_cond_destroy(&job.wake);
    free(job.unit_started);
    free(job.unit_warned);
    free(threads);
    pthread_mutex_destroy(&job.lock);
    if (job.progress && now_seconds() - job.started > 0.5)
        fputs("\r\033[K", stderr);

    out->ir = units;
    partition_units(disc.units, units, disc.count, out->ddi, out->root, &out->drivers);
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
        if (st->failed) {
            out->incomplete = true;
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
    findings_fingerprint(&out->findings, out->root);

    discovery_free(&disc);
    free(data_dir);
    strlist_free(&wide_paths);
    out->seconds = now_seconds() - t0;
    return 0;
}

void scan_result_free(struct scan_result *r)
{
    for (int i = 0; i < r->nunits; i++) {
        struct unit_status *st = &r->units[i];
        free(st->file);
        free(st->origin);
        free(st->first_error);
        for (int s = 0; s < st->nstub_directives; s++)
            free(st->stub_directives[s]);
        free(st->stub_directives);
        for (int t = 0; t < st->ntolerated; t++)
            free(st->tolerated[t]);
        free(st->tolerated);
    }
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
    memset(r, 0, sizeof *r);
}
