/* SPDX-License-Identifier: Apache-2.0 */
/* main.c — reads the arguments, runs the scan, prints, and turns the result
 * into the exit status: 0 clean, 1 findings at or above --fail-on, 2 usage
 * or configuration error, 3 incomplete scan (unless --allow-incomplete). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "config.h"
#include "discover.h"
#include "explain.h"
#include "frontend.h"
#include "options.h"
#include "report.h"
#include "rules.h"
#include "scan.h"
#include "util.h"

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_INCOMPLETE = 3 };

static void print_diagnostics(const struct strlist *l)
{
    for (int i = 0; i < l->count; i++)
        fprintf(stderr, "storcheck: %s\n", l->items[i]);
}

static void print_notes(const struct options *o, const struct strlist *l)
{
    for (int i = 0; o->verbose && i < l->count; i++)
        fprintf(stderr, "storcheck: note: %s\n", l->items[i]);
}

/* -v: each unit's parse (state, errors, guesses, functions, time, cache)
 * and where the time went, after the discovery notes. */
static void print_parse_details(const struct options *o, const struct scan_result *r)
{
    if (!o->verbose)
        return;
    double parse = 0;
    for (int i = 0; i < r->nunits; i++) {
        const struct unit_status *st = &r->units[i];
        parse += st->from_cache ? 0 : st->seconds;
        char *cwd = path_absolute(".");
        char *shown = path_relative(st->file, cwd);
        fprintf(stderr, "storcheck: parse: %s: %s, %d error%s, %d guess%s, %d function%s", shown,
                unit_state_name(st->state), st->nerrors, st->nerrors == 1 ? "" : "s", st->nguesses,
                st->nguesses == 1 ? "" : "es", st->nfunctions, st->nfunctions == 1 ? "" : "s");
        if (st->from_cache)
            fputs(", from the cache\n", stderr);
        else
            fprintf(stderr, ", %.0f ms\n", st->seconds * 1000.0);
        free(shown);
        free(cwd);
    }
    fprintf(stderr, "storcheck: time: %.2f s in all; %.2f s parsing, summed over the units parsed (%d came from the cache); "
                    "%d driver%s linked and analysed\n",
            r->seconds, parse, r->cache_hits, r->drivers.count, r->drivers.count == 1 ? "" : "s");
}

static void shell_quote(const char *s, FILE *out)
{
    if (*s && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_=./:,+") == strlen(s)) {
        fputs(s, out);
        return;
    }
    fputc('\'', out);
    for (; *s; s++) {
        if (*s == '\'')
            fputs("'\\''", out);
        else
            fputc(*s, out);
    }
    fputc('\'', out);
}

/* --print-args: a clang command that reproduces one unit's parse exactly:
 * the in-memory fixes (rewritten includes, stand-ins, guessed declarations)
 * are written into a fresh folder with a VFS overlay that the command
 * names, and the clang is the one whose libclang storcheck uses. */
static int print_args(const struct options *o)
{
    const char *tmp = getenv("TMPDIR");
    char *tmpl = xasprintf("%s/storcheck-args-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(tmpl)) {
        fprintf(stderr, "storcheck: error: %s: cannot create a folder for the overlay\n", tmpl);
        free(tmpl);
        return EXIT_USAGE;
    }
    struct strlist cmd = {0};
    char *err = NULL;
    int status = EXIT_CLEAN;
    if (scan_reproduce(o, o->print_args, tmpl, &cmd, &err) < 0) {
        fprintf(stderr, "storcheck: %s\n", err);
        free(err);
        rmdir(tmpl);
        status = EXIT_USAGE;
    } else {
        printf("# the in-memory fixes of this parse are in %s (clang -ivfsoverlay)\n", tmpl);
        for (int a = 0; a < cmd.count; a++) {
            if (a)
                fputc(' ', stdout);
            shell_quote(cmd.items[a], stdout);
        }
        fputc('\n', stdout);
    }
    strlist_free(&cmd);
    free(tmpl);
    return status;
}

/* Every function once, in driver order: a unit shared by two drivers is
 * printed with the first. */
static void dump_ir(const struct scan_result *r, FILE *out)
{
    const struct ir_function **seen = NULL;
    int nseen = 0, cap = 0;
    for (int d = 0; d < r->drivers.count; d++) {
        const struct program_model *m = r->drivers.items[d].model;
        for (int i = 0; m && i < m->nfunctions; i++) {
            bool printed = false;
            for (int k = 0; k < nseen && !printed; k++)
                printed = seen[k] == m->functions[i].ir;
            if (printed)
                continue;
            VEC_PUSH(seen, nseen, cap, m->functions[i].ir);
            ir_function_print(m->functions[i].ir, out);
        }
    }
    free(seen);
}

struct text_ctx {
    const char *text;
    size_t len;
};

static void put_text(void *ctx, FILE *f)
{
    const struct text_ctx *t = ctx;
    fwrite(t->text, 1, t->len, f);
}

/* --stats, --dump-model, --dump-ir: the scan's inner state, not a report. */
static int inspect(struct options *o)
{
    /* Into memory first, then to -o through a temporary file and a rename:
     * a run killed half way leaves the old file whole. */
    char *buf = NULL;
    size_t buflen = 0;
    FILE *out = o->output ? open_memstream(&buf, &buflen) : stdout;
    struct scan_result r;
    scan_run(o, &r);
    print_notes(o, &r.notes);
    print_diagnostics(&r.diagnostics);
    int status = r.config_error || r.nothing_to_scan             ? EXIT_USAGE
                 : (r.incomplete || o->config_ignored) && !o->allow_incomplete ? EXIT_INCOMPLETE
                                                        : EXIT_CLEAN;
    if (status != EXIT_USAGE) {
        if (o->stats)
            report_stats(&r, o->format, out);
        else if (o->dump_model)
            partition_dump(&r.drivers, r.ir, r.root, o->format == FORMAT_JSON, out);
        else
            dump_ir(&r, out);
    }
    if (out != stdout) {
        fclose(out);
        char *err = NULL;
        struct text_ctx t = {buf, buflen};
        if (status != EXIT_USAGE && report_atomic_write(o->output, put_text, &t, &err) < 0) {
            fprintf(stderr, "storcheck: error: %s\n", err);
            free(err);
            status = EXIT_USAGE;
        }
        free(buf);
    }
    scan_result_free(&r);
    options_free(o);
    return status;
}

static bool use_color(const struct options *o, FILE *out)
{
    if (o->color >= 0)
        return o->color == 1;
    const char *nc = getenv("NO_COLOR");
    return !(nc && *nc) && isatty(fileno(out));
}

/* Writes one report to a file (atomically) or to standard output. */
static int write_report(const struct report_data *d, const struct options *o, enum output_format f,
                        const char *path)
{
    if (!path) {
        report_write(d, f, f == FORMAT_TEXT && use_color(o, stdout), stdout);
        return fflush(stdout) == 0 ? 0 : -1;
    }
    char *err = NULL;
    if (report_write_file(d, f, path, &err) < 0) {
        fprintf(stderr, "storcheck: error: %s\n", err);
        free(err);
        return -1;
    }
    return 0;
}

/* The normal run: scan, decide what is reported, write every report. */
static int check(struct options *o)
{
    struct scan_result r;
    scan_run(o, &r);
    print_notes(o, &r.notes);
    print_parse_details(o, &r);
    print_diagnostics(&r.diagnostics);
    if (r.config_error || r.nothing_to_scan) {
        scan_result_free(&r);
        options_free(o);
        return EXIT_USAGE;
    }
    /* .storcheck.json levels */
    for (int i = 0; i < r.findings.count; i++)
        r.findings.items[i].level = options_rule_level(o, r.findings.items[i].rule, r.findings.items[i].level);

    struct report_data d;
    char *err = NULL;
    int status;
    if (report_prepare(&d, &r, o, &err) < 0) {
        fprintf(stderr, "storcheck: error: %s\n", err);
        free(err);
        status = EXIT_USAGE;
    } else {
        print_diagnostics(&d.diagnostics);
        print_diagnostics(&d.unused);
        if (d.baseline_used)
            fprintf(stderr, "storcheck: baseline: %d finding%s matched, %d entr%s gone (fixed or changed)\n",
                    d.baseline_matched, d.baseline_matched == 1 ? "" : "s", d.baseline_gone,
                    d.baseline_gone == 1 ? "y" : "ies");
        int werr = write_report(&d, o, o->format, o->output);
        for (int i = 0; i < o->nextra_outputs; i++)
            werr |= write_report(&d, o, o->extra_outputs[i].format, o->extra_outputs[i].path);
        /* Writing a baseline accepts today's findings: that run succeeded. */
        status = werr                                   ? EXIT_USAGE
                 : (r.incomplete || d.input_broken || o->config_ignored) && !o->allow_incomplete
                                                        ? EXIT_INCOMPLETE
                 : o->write_baseline                    ? EXIT_CLEAN
                 : report_failing(&d)                   ? EXIT_FINDINGS
                                                        : EXIT_CLEAN;
    }
    report_data_free(&d);
    scan_result_free(&r);
    options_free(o);
    return status;
}

/* "A B" -> ["A", "B"]: the SDV rules a storcheck rule corresponds to. */
static json_t *sdv_names(const char *list)
{
    json_t *arr = json_array();
    for (const char *p = list; *p;) {
        size_t n = strcspn(p, " ");
        if (n)
            json_array_append_new(arr, json_stringn(p, n));
        p += n;
        p += strspn(p, " ");
    }
    return arr;
}

static void list_rules(bool json)
{
    if (!json) {
        for (int i = 0; i < rules_count; i++)
            printf("%-32s %-8s %s\n", rules_table[i].id, level_name(rules_table[i].level), rules_table[i].summary);
        return;
    }
    json_t *arr = json_array();
    for (int i = 0; i < rules_count; i++) {
        json_t *rule = json_pack("{s:s, s:s, s:s}", "id", rules_table[i].id, "level",
                                 level_name(rules_table[i].level), "summary", rules_table[i].summary);
        json_object_set_new(rule, "sdv", sdv_names(rules_table[i].sdv));
        json_array_append_new(arr, rule);
    }
    char *text = json_dumps(arr, JSON_INDENT(2));
    if (text)
        puts(text);
    free(text);
    json_decref(arr);
}

static int explain(const char *rule_id)
{
    char *data = scan_data_dir();
    char *path = explain_page_path(data, rule_id);
    free(data);
    size_t len = 0;
    char *text = path ? read_file(path, &len) : NULL;
    if (!text) {
        fprintf(stderr, "storcheck: error: %s: no documentation page installed for this rule\n", rule_id);
        free(path);
        return EXIT_USAGE;
    }
    explain_render(text, stdout);
    free(text);
    free(path);
    return EXIT_CLEAN;
}

static bool any_rule_selected(const struct options *o)
{
    for (int i = 0; i < rules_count; i++)
        if (rules_selected(&rules_table[i], &o->enable, &o->disable))
            return true;
    return false;
}

int main(int argc, char **argv)
{
    struct options o;
    char *err = NULL;
    if (options_parse(argc, argv, &o, &err) < 0) {
        fprintf(stderr, "storcheck: error: %s\n", err);
        free(err);
        options_free(&o);
        return EXIT_USAGE;
    }
    if (o.help) {
        options_usage(stdout);
        options_free(&o);
        return EXIT_CLEAN;
    }
    if (o.version) {
        char *clang = frontend_clang_version();
        printf("storcheck %s (%s)\n", STORCHECK_VERSION, clang);
        free(clang);
        options_free(&o);
        return EXIT_CLEAN;
    }
    if (o.list_rules) {
        list_rules(o.format == FORMAT_JSON);
        options_free(&o);
        return EXIT_CLEAN;
    }
    if (o.explain) {
        int rc = explain(o.explain);
        options_free(&o);
        return rc;
    }
    if (config_apply(&o, &err) < 0) {
        /* A broken configuration costs its settings, not the scan: the run
         * goes on with the command line alone and says it is incomplete. */
        fprintf(stderr, "storcheck: error: %s; the configuration is ignored\n", err);
        free(err);
        err = NULL;
        options_free(&o);
        if (options_parse(argc, argv, &o, &err) < 0) {
            free(err);
            return EXIT_USAGE;
        }
        o.no_config = true;
        free(o.config);
        o.config = NULL;
        o.config_ignored = true;
        if (config_apply(&o, &err) < 0) {
            fprintf(stderr, "storcheck: error: %s\n", err);
            free(err);
            options_free(&o);
            return EXIT_USAGE;
        }
    }
    if (!any_rule_selected(&o)) {
        fprintf(stderr, "storcheck: error: the rule selection (--enable/--disable or .storcheck.json) leaves no "
                        "rule enabled; --disable wins over --enable\n");
        options_free(&o);
        return EXIT_USAGE;
    }
    if (o.dump_config) {
        config_dump(&o, stdout);
        options_free(&o);
        return EXIT_CLEAN;
    }
    if (o.print_args) {
        int rc = print_args(&o);
        options_free(&o);
        return rc;
    }
    if (o.stats || o.dump_model || o.dump_ir)
        return inspect(&o);
    return check(&o);
}
