/* SPDX-License-Identifier: Apache-2.0 */
/* report.c — see report.h: deciding what is reported, the helpers every
 * writer shares, atomic files and the --stats table. */
#define _GNU_SOURCE
#include "report.h"

#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "baseline.h"
#include "changes.h"
#include "rules.h"
#include "util.h"

/* ---- deciding what is reported ----------------------------------------- */

static bool seen_file(const struct strlist *l, const char *f)
{
    return !f || strlist_contains(l, f);
}

/* Suppression comments live in the files the scan parsed and those its
 * findings point into (headers included). */
static void collect_suppressions(struct report_data *d)
{
    const struct scan_result *r = d->scan;
    struct strlist files = {0};
    for (int i = 0; i < r->nunits; i++)
        if (!seen_file(&files, r->units[i].file))
            strlist_add(&files, r->units[i].file);
    for (int i = 0; i < r->findings.count; i++) {
        const struct finding *f = &r->findings.items[i];
        if (!seen_file(&files, f->loc.file))
            strlist_add(&files, f->loc.file);
        for (int k = 0; k < f->nrelated; k++)
            if (!seen_file(&files, f->related[k].loc.file))
                strlist_add(&files, f->related[k].loc.file);
    }
    for (int i = 0; i < files.count; i++) {
        const struct source *src = source_get(d->sources, files.items[i]);
        char *shown = report_relpath(d, files.items[i]);
        suppress_scan(src, shown, &d->suppressions, &d->diagnostics);
        free(shown);
    }
    strlist_free(&files);
}

static bool finding_changed(const struct changes *c, const struct finding *f)
{
    if (changes_cover(c, f->loc.file, f->loc.line))
        return true;
    for (int s = 0; s < f->ntrace; s++)
        if (changes_cover(c, f->trace[s].loc.file, f->trace[s].loc.line))
            return true;
    for (int k = 0; k < f->nrelated; k++)
        if (changes_cover(c, f->related[k].loc.file, f->related[k].loc.line))
            return true;
    return false;
}

/* A suppression of the finding's rule on any of its places suppresses the
 * defect: the first place moves when an earlier use of the same object is
 * added, and a comment written before grouping may sit on a place that is
 * now related. The primary place is tried first, so that is the one shown. */
static const struct suppression *finding_suppression(struct suppressions *sup, const struct finding *f)
{
    const struct suppression *s = f->loc.file ? suppress_match(sup, f->rule, f->loc.file, f->loc.line) : NULL;
    for (int k = 0; !s && k < f->nrelated; k++)
        if (f->related[k].loc.file)
            s = suppress_match(sup, f->rule, f->related[k].loc.file, f->related[k].loc.line);
    return s;
}

int report_prepare(struct report_data *d, const struct scan_result *r, const struct options *o,
                   char **err)
{
    memset(d, 0, sizeof *d);
    *err = NULL;
    d->scan = r;
    d->o = o;
    d->sources = xcalloc(1, sizeof *d->sources);
    const struct findings *fs = &r->findings;
    d->state = xcalloc((size_t)fs->count + 1, sizeof *d->state);

    collect_suppressions(d);
    for (int i = 0; i < fs->count; i++) {
        const struct finding *f = &fs->items[i];
        const struct suppression *s = finding_suppression(&d->suppressions, f);
        if (s) {
            d->state[i].disposition = DISP_SUPPRESSED_IN_SOURCE;
            d->state[i].by = s;
        }
    }
    if (o->report_unused_suppressions) {
        for (int i = 0; i < d->suppressions.count; i++) {
            const struct suppression *s = &d->suppressions.items[i];
            if (s->used)
                continue;
            char *shown = report_relpath(d, s->file);
            strlist_add_owned(&d->unused, xasprintf("%s:%d: suppression of '%s' suppresses nothing; remove it",
                                                    shown, s->line, s->rule));
            free(shown);
        }
    }
    /* An incomplete scan misses the findings of what it could not analyse:
     * a baseline written from it would drop their entries. */
    if (o->write_baseline && r->incomplete && !o->allow_incomplete) {
        strlist_add_owned(&d->diagnostics,
                          xasprintf("%s: baseline not written: the scan is incomplete, and the entries of "
                                    "what it could not analyse would be dropped (--allow-incomplete "
                                    "writes it anyway)", o->write_baseline));
        d->input_broken = true;
    } else if (o->write_baseline && baseline_write(o->write_baseline, d, err) < 0) {
        return -1;
    }
    /* A broken baseline costs the baseline, not the report: every finding
     * is shown and the run says it is incomplete. */
    if (o->baseline && baseline_apply(o->baseline, d, err) < 0) {
        strlist_add_owned(&d->diagnostics, xasprintf("%s; the baseline is not applied", *err));
        free(*err);
        *err = NULL;
        d->input_broken = true;
    }
    if (o->changed_lines || o->diff_base) {
        struct changes c = {0};
        int rc = o->changed_lines ? changes_load_line_filter(o->changed_lines, &c, err)
                                  : changes_from_git(r->root, o->diff_base, &c, err);
        for (int i = 0; rc == 0 && i < fs->count; i++) {
            if (d->state[i].disposition == DISP_REPORTED && !finding_changed(&c, &fs->items[i])) {
                d->state[i].disposition = DISP_OUTSIDE_CHANGES;
                d->outside_changes++;
            }
        }
        changes_free(&c);
        if (rc < 0)
            return -1;
    }
    return 0;
}

void report_data_free(struct report_data *d)
{
    free(d->state);
    suppressions_free(&d->suppressions);
    strlist_free(&d->diagnostics);
    strlist_free(&d->unused);
    if (d->sources) {
        source_cache_free(d->sources);
        free(d->sources);
    }
    memset(d, 0, sizeof *d);
}

int report_failing(const struct report_data *d)
{
    int n = 0;
    const struct findings *fs = &d->scan->findings;
    for (int i = 0; i < fs->count; i++)
        n += d->state[i].disposition == DISP_REPORTED && d->o->fail_on != LEVEL_NEVER &&
             fs->items[i].level >= d->o->fail_on;
    return n;
}

void report_counts(const struct report_data *d, int counts[5])
{
    memset(counts, 0, 5 * sizeof *counts);
    const struct findings *fs = &d->scan->findings;
    for (int i = 0; i < fs->count; i++)
        if (d->state[i].disposition == DISP_REPORTED && fs->items[i].level >= 0 && fs->items[i].level < 5)
            counts[fs->items[i].level]++;
}

int *report_counts_by_rule(const struct report_data *d)
{
    int *counts = xcalloc((size_t)rules_count + 1, sizeof *counts);
    const struct findings *fs = &d->scan->findings;
    for (int i = 0; i < fs->count; i++)
        if (d->state[i].disposition == DISP_REPORTED)
            for (int r = 0; r < rules_count; r++)
                if (strcmp(fs->items[i].rule, rules_table[r].id) == 0)
                    counts[r]++;
    return counts;
}

const struct rule_info *report_rule(const char *id)
{
    for (int i = 0; i < rules_count; i++)
        if (strcmp(rules_table[i].id, id) == 0)
            return &rules_table[i];
    return NULL;
}

int report_rule_level(const struct report_data *d, const struct rule_info *ri)
{
    return options_rule_level(d->o, ri->id, ri->level);
}

/* ---- writing ------------------------------------------------------------ */

void report_write(const struct report_data *d, enum output_format format, bool color, FILE *out)
{
    switch (format) {
    case FORMAT_TEXT:
        report_text(d, color, out);
        break;
    case FORMAT_JSON:
        report_json(d, out);
        break;
    case FORMAT_SARIF:
        report_sarif(d, out);
        break;
    case FORMAT_HTML:
        report_html(d, out);
        break;
    case FORMAT_GITHUB:
        report_github(d, out);
        break;
    case FORMAT_AZURE:
        report_azure(d, out);
        break;
    case FORMAT_GITLAB:
        report_gitlab(d, out);
        break;
    case FORMAT_JUNIT:
        report_junit(d, out);
        break;
    }
}

int report_atomic_write(const char *path, void (*fn)(void *ctx, FILE *f), void *ctx, char **err)
{
    /* A FIFO, a terminal or /dev/stdout is written in place: it cannot be
     * replaced, and holds no old content to keep. */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        FILE *direct = fopen(path, "w");
        if (!direct) {
            *err = xasprintf("%s: cannot be written (%s)", path, strerror(errno));
            return -1;
        }
        fn(ctx, direct);
        bool fine = fflush(direct) == 0 && !ferror(direct);
        if (fclose(direct) != 0 || !fine) {
            *err = xasprintf("%s: cannot be written (%s)", path, strerror(errno));
            return -1;
        }
        return 0;
    }
    char *dir = path_dirname(path);
    char *tmpl = xasprintf("%s/.storcheck-XXXXXX", *dir ? dir : ".");
    free(dir);
    int fd = mkstemp(tmpl);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        *err = xasprintf("%s: cannot be written (%s)", path, strerror(errno));
        if (fd >= 0) {
            close(fd);
            unlink(tmpl);
        }
        free(tmpl);
        return -1;
    }
    fn(ctx, f);
    /* on disk before the rename, so that a crash leaves the old or the new */
    bool ok = fflush(f) == 0 && !ferror(f) && fsync(fd) == 0;
    ok = fclose(f) == 0 && ok;
    if (ok) {
        /* mkstemp makes 0600; a report is as readable as any new file */
        mode_t mask = umask(0);
        umask(mask);
        chmod(tmpl, 0666 & ~mask);
    }
    if (!ok || rename(tmpl, path) != 0) {
        *err = xasprintf("%s: cannot be written (%s)", path, strerror(errno));
        unlink(tmpl);
        free(tmpl);
        return -1;
    }
    free(tmpl);
    return 0;
}

struct write_ctx {
    const struct report_data *d;
    enum output_format format;
};

static void write_to(void *ctx, FILE *f)
{
    struct write_ctx *w = ctx;
    report_write(w->d, w->format, false, f);
}

int report_write_file(const struct report_data *d, enum output_format format, const char *path,
                      char **err)
{
    struct write_ctx w = {d, format};
    return report_atomic_write(path, write_to, &w, err);
}

/* ---- helpers ------------------------------------------------------------ */

json_t *report_jstr(const char *s)
{
    char *u = utf8_sanitize(s);
    json_t *j = json_string(u);
    free(u);
    return j ? j : json_string("");
}

char *report_relpath(const struct report_data *d, const char *file)
{
    return path_relative(file ? file : "", d->scan->root);
}

/* ---- GitHub's primaryLocationLineHash ------------------------------------ */

/* Decodes UTF-8 into UTF-16 code units the way Node's "utf8" stream decoder
 * does for valid input (invalid bytes become U+FFFD, one per byte). */
static size_t utf16_units(const struct source *src, uint16_t **out)
{
    uint16_t *u = xmalloc((src->len + 1) * sizeof *u);
    size_t n = 0;
    const unsigned char *p = (const unsigned char *)src->data;
    for (size_t i = 0; i < src->len;) {
        uint32_t cp;
        i += utf8_decode(p + i, src->len - i, &cp);
        if (cp >= 0x10000) {
            cp -= 0x10000;
            u[n++] = (uint16_t)(0xD800 + (cp >> 10));
            u[n++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
        } else {
            u[n++] = (uint16_t)cp;
        }
    }
    *out = u;
    return n;
}

#define HASH_BLOCK 100

struct line_hasher {
    uint64_t window[HASH_BLOCK];
    int line_numbers[HASH_BLOCK];
    uint64_t hash, first_mod;
    int index, line_number;
    bool line_start, prev_cr;
    int want;           /* the line whose hash we want */
    char *result;
    /* occurrences of each hash value so far */
    uint64_t *seen;
    int *seen_count;
    int nseen, capseen;
};

static void hasher_output(struct line_hasher *h)
{
    int k;
    for (k = 0; k < h->nseen; k++)
        if (h->seen[k] == h->hash)
            break;
    if (k == h->nseen) {
        if (h->nseen >= h->capseen) {
            h->capseen = h->capseen ? h->capseen * 2 : 64;
            h->seen = xrealloc(h->seen, (size_t)h->capseen * sizeof *h->seen);
            h->seen_count = xrealloc(h->seen_count, (size_t)h->capseen * sizeof *h->seen_count);
        }
        h->seen[k] = h->hash;
        h->seen_count[k] = 0;
        h->nseen++;
    }
    h->seen_count[k]++;
    if (h->line_numbers[h->index] == h->want && !h->result)
        h->result = xasprintf("%llx:%d", (unsigned long long)h->hash, h->seen_count[k]);
    h->line_numbers[h->index] = -1;
}

static void hasher_update(struct line_hasher *h, uint64_t current)
{
    uint64_t begin = h->window[h->index];
    h->window[h->index] = current;
    h->hash = 37 * h->hash + current - h->first_mod * begin;
    h->index = (h->index + 1) % HASH_BLOCK;
}

static void hasher_char(struct line_hasher *h, uint64_t c)
{
    if (c == ' ' || c == '\t' || (h->prev_cr && c == '\n')) {
        h->prev_cr = false;
        return;
    }
    if (c == '\r') {
        c = '\n';
        h->prev_cr = true;
    } else {
        h->prev_cr = false;
    }
    if (h->line_numbers[h->index] != -1)
        hasher_output(h);
    if (h->line_start) {
        h->line_start = false;
        h->line_number++;
        h->line_numbers[h->index] = h->line_number;
    }
    if (c == '\n')
        h->line_start = true;
    hasher_update(h, c);
}

char *report_line_hash(const struct source *src, int line)
{
    if (!src->data || line < 1)
        return NULL;
    struct line_hasher h;
    memset(&h, 0, sizeof h);
    for (int i = 0; i < HASH_BLOCK; i++)
        h.line_numbers[i] = -1;
    h.first_mod = 1;
    for (int i = 0; i < HASH_BLOCK; i++)
        h.first_mod *= 37;
    h.line_start = true;
    h.want = line;
    uint16_t *units;
    size_t n = utf16_units(src, &units);
    for (size_t i = 0; i < n && !h.result; i++)
        hasher_char(&h, units[i]);
    if (!h.result) {
        hasher_char(&h, 65535); /* the action's EOF marker */
        for (int i = 0; i < HASH_BLOCK; i++) {
            if (h.line_numbers[h.index] != -1)
                hasher_output(&h);
            hasher_update(&h, 0);
        }
    }
    free(units);
    free(h.seen);
    free(h.seen_count);
    return h.result;
}

/* ---- --stats ------------------------------------------------------------ */

void report_stats(const struct scan_result *r, enum output_format format, FILE *out)
{
    int with_errors = 0, failed = 0, stubbed = 0, functions = 0, fixed = 0, tolerated = 0;
    int guessed = 0;
    for (int i = 0; i < r->nunits; i++) {
        guessed += r->units[i].nheader_guesses;
        with_errors += r->units[i].nerrors > 0;
        tolerated += r->units[i].ntolerated;
        failed += r->units[i].failed;
        stubbed += r->units[i].nstubbed;
        fixed += r->units[i].nfixed;
        functions += r->units[i].nfunctions;
    }
    int model_functions = 0, roles = 0;
    for (int d = 0; d < r->drivers.count; d++)
        if (r->drivers.items[d].model) {
            model_functions += r->drivers.items[d].model->nfunctions;
            roles += r->drivers.items[d].model->nroles;
        }
    if (format == FORMAT_JSON) {
        json_t *root = json_object();
        json_object_set_new(root, "units", json_integer(r->nunits));
        json_object_set_new(root, "units_with_errors", json_integer(with_errors));
        json_object_set_new(root, "units_failed", json_integer(failed));
        json_object_set_new(root, "stubbed_includes", json_integer(stubbed));
        json_object_set_new(root, "fixed_includes", json_integer(fixed));
        json_object_set_new(root, "guessed_includes", json_integer(guessed));
        json_object_set_new(root, "msvc_only_constructs", json_integer(tolerated));
        json_object_set_new(root, "functions", json_integer(model_functions));
        json_object_set_new(root, "roles", json_integer(roles));
        json_object_set_new(root, "drivers", json_integer(r->drivers.count));
        json_object_set_new(root, "units_clean", json_integer(r->nstate[UNIT_CLEAN]));
        json_object_set_new(root, "units_guessed", json_integer(r->nstate[UNIT_GUESSED]));
        json_object_set_new(root, "units_skipped", json_integer(r->nstate[UNIT_SKIPPED]));
        json_object_set_new(root, "units_incomplete", json_integer(r->nstate[UNIT_INCOMPLETE]));
        json_object_set_new(root, "guesses", json_integer(r->nguesses));
        json_object_set_new(root, "milliseconds", json_integer((json_int_t)(r->seconds * 1000.0 + 0.5)));
        json_object_set_new(root, "units_from_cache", json_integer(r->cache_hits));
        json_t *units = json_array();
        for (int i = 0; i < r->nunits; i++) {
            const struct unit_status *st = &r->units[i];
            json_t *ju = json_object();
            char *rel = path_relative(st->file, r->root);
            json_object_set_new(ju, "file", json_string(rel));
            free(rel);
            json_object_set_new(ju, "origin", json_string(st->origin));
            json_object_set_new(ju, "state", json_string(unit_state_name(st->state)));
            if (st->skip_reason)
                json_object_set_new(ju, "skip_reason", json_string(st->skip_reason));
            json_t *guesses = json_array();
            for (int g = 0; g < st->nguesses; g++) {
                char *where = path_relative(st->guesses[g].file, r->root);
                json_array_append_new(guesses, json_pack("{s:s, s:s, s:s, s:i, s:i}", "name", st->guesses[g].name,
                                                         "kind", st->guesses[g].kind, "file", where, "line",
                                                         st->guesses[g].line, "column", st->guesses[g].column));
                free(where);
            }
            json_object_set_new(ju, "guesses", guesses);
            json_object_set_new(ju, "errors", json_integer(st->nerrors));
            json_object_set_new(ju, "failed", json_boolean(st->failed));
            json_object_set_new(ju, "stubbed_includes", json_integer(st->nstubbed));
            json_t *dirs = json_array();
            for (int s = 0; s < st->nstub_directives; s++)
                json_array_append_new(dirs, json_string(st->stub_directives[s]));
            json_object_set_new(ju, "stub_directives", dirs);
            json_t *headers = json_array();
            for (int g = 0; g < st->nheader_guesses; g++)
                json_array_append_new(headers, json_string(st->header_guesses[g]));
            json_object_set_new(ju, "guessed_includes", headers);
            json_object_set_new(ju, "functions", json_integer(st->nfunctions));
            json_object_set_new(ju, "from_cache", json_boolean(st->from_cache));
            json_t *msvc = json_array();
            for (int t = 0; t < st->ntolerated; t++)
                json_array_append_new(msvc, json_string(st->tolerated[t]));
            json_object_set_new(ju, "msvc_only_constructs", msvc);
            if (st->first_error)
                json_object_set_new(ju, "first_error", json_string(st->first_error));
            json_array_append_new(units, ju);
        }
        json_object_set_new(root, "per_unit", units);
        char *s = json_dumps(root, JSON_INDENT(2) | JSON_SORT_KEYS);
        fprintf(out, "%s\n", s);
        free(s);
        json_decref(root);
        return;
    }
    fprintf(out, "%-48s %-10s %6s %7s %7s %9s\n", "unit", "state", "errors", "guesses", "stubbed", "functions");
    for (int i = 0; i < r->nunits; i++) {
        const struct unit_status *st = &r->units[i];
        char *rel = path_relative(st->file, r->root);
        fprintf(out, "%-48s %-10s %6d %7d %7d %9d%s\n", rel, unit_state_name(st->state), st->nerrors,
                st->nguesses, st->nstubbed, st->nfunctions, st->failed ? "  (not parsed)" : "");
        if (st->skip_reason)
            fprintf(out, "    skipped: %s\n", st->skip_reason);
        for (int g = 0; g < st->nguesses; g++) {
            char *where = path_relative(st->guesses[g].file, r->root);
            fprintf(out, "    guess: %s '%s' (first needed at %s:%d:%d)\n", st->guesses[g].kind,
                    st->guesses[g].name, where, st->guesses[g].line, st->guesses[g].column);
            free(where);
        }
        for (int g = 0; g < st->nheader_guesses; g++) {
            char *d = path_relative(st->header_guesses[g], r->root);
            fprintf(out, "    header found by name: %s\n", d);
            free(d);
        }
        for (int s = 0; s < st->nstub_directives; s++) {
            char *d = path_relative(st->stub_directives[s], r->root);
            fprintf(out, "    stand-in: %s\n", d);
            free(d);
        }
        for (int t = 0; t < st->ntolerated; t++) {
            char *d = path_relative(st->tolerated[t], r->root);
            fprintf(out, "    msvc-only: %s\n", d);
            free(d);
        }
        free(rel);
    }
    fprintf(out, "units %d (clean %d, with guesses %d, skipped %d, incomplete %d), guesses %d, "
                 "with errors %d, not parsed %d, include stand-ins %d, includes fixed %d, "
                 "repository headers guessed %d, msvc-only constructs %d, functions %d (%d lowered), "
                 "drivers %d, from the cache %d, %.2fs\n",
            r->nunits, r->nstate[UNIT_CLEAN], r->nstate[UNIT_GUESSED], r->nstate[UNIT_SKIPPED],
            r->nstate[UNIT_INCOMPLETE], r->nguesses, with_errors, failed, stubbed, fixed, guessed, tolerated,
            model_functions, functions, r->drivers.count, r->cache_hits, r->seconds);
}
