/* SPDX-License-Identifier: Apache-2.0 */
/* report_html.c — one self-contained HTML page for code review: no script,
 * no font or style sheet from the network. A summary by rule and by file,
 * then each finding with its trace as numbered steps, each step over the
 * source lines around it, with links between the steps, and the other
 * places of the same defect listed under it ("also here").
 *
 * Everything that comes from the scanned tree (paths, source lines,
 * messages that quote identifiers) goes through put_text: made valid UTF-8,
 * control characters replaced, and & < > " ' escaped. */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "rules.h"
#include "util.h"

#define CONTEXT_LINES 2

static void put_text_n(const char *s, size_t n, FILE *out)
{
    char *raw = xstrndup(s, n);
    char *u = utf8_sanitize(raw);
    for (const unsigned char *p = (const unsigned char *)u; *p; p++) {
        switch (*p) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        case '\t': fputs("    ", out); break;
        default:
            if (*p < 0x20 || *p == 0x7f)
                fputs("\xEF\xBF\xBD", out);
            else
                fputc(*p, out);
        }
    }
    free(u);
    free(raw);
}

static void put_text(const char *s, FILE *out)
{
    put_text_n(s ? s : "", strlen(s ? s : ""), out);
}

static void put_loc(const struct report_data *d, const struct ir_loc *loc, FILE *out)
{
    char *rel = report_relpath(d, loc->file);
    put_text(rel, out);
    fprintf(out, ":%d:%d", loc->line, loc->column);
    free(rel);
}

static const char *css =
    "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1f2328;background:#fff}"
    "header{background:#24292f;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px}"
    "header p{margin:4px 0 0;color:#d0d7de}main{padding:8px 24px 40px;max-width:1100px}"
    "h2{border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:28px}"
    "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d0d7de;padding:4px 10px;text-align:left}"
    "th{background:#f6f8fa}.num{text-align:right}"
    ".lvl{font-weight:600;text-transform:uppercase;font-size:11px;padding:1px 6px;border-radius:8px;color:#fff}"
    ".error{background:#cf222e}.warning{background:#9a6700}.note{background:#0969da}"
    ".finding{border:1px solid #d0d7de;border-radius:6px;margin:16px 0;padding:0 16px 8px}"
    ".finding h3{font-size:15px;margin:12px 0 4px}.meta{color:#656d76;font-size:12px}"
    ".rule{font-family:ui-monospace,monospace;color:#656d76}"
    "ol.steps{padding-left:22px}ol.steps>li{margin:10px 0}.step-head{font-weight:600}"
    ".related{margin:6px 0 0 22px}.related li{margin:8px 0}"
    ".step-nav{font-size:12px;margin-left:8px}.step-nav a{margin-right:8px}"
    "pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:6px 0;margin:6px 0;overflow-x:auto;"
    "font:12.5px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}"
    "pre span.l{display:block;padding:0 10px;white-space:pre}pre span.hit{background:#fff8c5;border-left:3px solid #d4a72c}"
    "pre span.ln{display:inline-block;width:4em;color:#8c959f;text-align:right;margin-right:12px;user-select:none}"
    ".notes li{font-family:ui-monospace,monospace;font-size:12.5px}"
    ":target{outline:2px solid #0969da;outline-offset:2px}"
    "details{margin:12px 0}summary{cursor:pointer;font-weight:600}"
    ".incomplete{border:1px solid #cf222e;background:#ffebe9;border-radius:6px;padding:4px 16px;margin:16px 0}"
    ".guessed{border:1px solid #d0d7de;background:#f6f8fa;border-radius:6px;padding:4px 16px;margin:16px 0}";

static void excerpt(const struct report_data *d, const struct ir_loc *loc, FILE *out)
{
    if (!loc->file)
        return;
    const struct source *src = source_get(d->sources, loc->file);
    const char *text;
    size_t len;
    if (!source_line(src, loc->line, &text, &len))
        return;
    fputs("<pre>", out);
    for (int l = loc->line - CONTEXT_LINES; l <= loc->line + CONTEXT_LINES; l++) {
        if (!source_line(src, l, &text, &len))
            continue;
        fprintf(out, "<span class=\"l%s\"><span class=\"ln\">%d</span>", l == loc->line ? " hit" : "", l);
        put_text_n(text, len, out);
        fputs("</span>", out);
    }
    fputs("</pre>\n", out);
}

struct count {
    const char *key;
    char *owned;
    int n, level;
};

static void bump(struct count **items, int *count, int *cap, const char *key, char *owned, int level)
{
    for (int i = 0; i < *count; i++)
        if (strcmp((*items)[i].key, key) == 0) {
            (*items)[i].n++;
            free(owned);
            return;
        }
    VEC_GROW(*items, *count, *cap);
    (*items)[(*count)++] = (struct count){owned ? owned : key, owned, 1, level};
}

static int cmp_count(const void *a, const void *b)
{
    const struct count *x = a, *y = b;
    return x->n != y->n ? y->n - x->n : strcmp(x->key, y->key);
}

/* The filter classes of a finding: its rule's index in the rule table and
 * its file's index in the file summary (-1: not filterable). */
struct filter_keys {
    int rule, file;
};

static struct filter_keys filter_keys_of(const struct report_data *d, const struct finding *f,
                                         const struct count *by_file, int nf)
{
    struct filter_keys k = {-1, -1};
    for (int i = 0; i < rules_count; i++)
        if (strcmp(rules_table[i].id, f->rule) == 0)
            k.rule = i;
    char *rel = report_relpath(d, f->loc.file);
    for (int i = 0; i < nf; i++)
        if (strcmp(by_file[i].key, rel) == 0)
            k.file = i;
    free(rel);
    return k;
}

static void finding_html(const struct report_data *d, const struct finding *f, int idx, struct filter_keys keys,
                         FILE *out)
{
    const char *lv = level_name(f->level);
    fprintf(out, "<section class=\"finding r%d f%d\" id=\"f%d\">\n<h3><span class=\"lvl %s\">%s</span> ", keys.rule,
            keys.file, idx, lv, lv);
    put_text(f->message, out);
    fprintf(out, " <span class=\"rule\">[%s]</span></h3>\n<div class=\"meta\">", f->rule);
    put_loc(d, &f->loc, out);
    fputs(" in <code>", out);
    put_text(f->function, out);
    fputs("</code>", out);
    if (f->driver) {
        fputs(" · driver <code>", out);
        put_text(f->driver, out);
        fputs("</code>", out);
    }
    fprintf(out, " · fingerprint <code>%s</code> · <a href=\"#rule-%s\">rule</a></div>\n",
            f->fingerprint ? f->fingerprint : "", f->rule);
    /* the trace, then the finding itself unless the trace already ends there */
    const struct ir_loc *last = f->ntrace ? &f->trace[f->ntrace - 1].loc : NULL;
    bool ends_at = last && last->line == f->loc.line && last->column == f->loc.column &&
                   strcmp(last->file ? last->file : "", f->loc.file ? f->loc.file : "") == 0;
    int nsteps = f->ntrace + !ends_at;
    /* the trace folds away; open by default, since it is the argument */
    fprintf(out, "<details class=\"trace\" open><summary>Trace (%d step%s)</summary>\n<ol class=\"steps\">\n", nsteps,
            nsteps == 1 ? "" : "s");
    for (int s = 0; s < nsteps; s++) {
        const struct ir_loc *loc = s < f->ntrace ? &f->trace[s].loc : &f->loc;
        const char *msg = s < f->ntrace ? f->trace[s].message : "the finding";
        fprintf(out, "<li id=\"f%d-s%d\"><span class=\"step-head\">Step %d: ", idx, s + 1, s + 1);
        put_text(msg, out);
        fputs("</span> <span class=\"meta\">", out);
        put_loc(d, loc, out);
        fputs("</span><span class=\"step-nav\">", out);
        if (s > 0)
            fprintf(out, "<a href=\"#f%d-s%d\">&larr; step %d</a>", idx, s, s);
        if (s + 1 < nsteps)
            fprintf(out, "<a href=\"#f%d-s%d\">step %d &rarr;</a>", idx, s + 2, s + 2);
        fputs("</span>\n", out);
        excerpt(d, loc, out);
        fputs("</li>\n", out);
    }
    fputs("</ol>\n</details>\n", out);
    if (f->nrelated > 0) {
        fprintf(out, "<div class=\"related\"><span class=\"step-head\">Also here (%d more place%s of this defect)</span>\n<ul>\n",
                f->nrelated, f->nrelated == 1 ? "" : "s");
        for (int r = 0; r < f->nrelated; r++) {
            fprintf(out, "<li id=\"f%d-r%d\"><span class=\"meta\">", idx, r + 1);
            put_loc(d, &f->related[r].loc, out);
            fputs("</span> ", out);
            put_text(f->related[r].message, out);
            fputs("\n", out);
            excerpt(d, &f->related[r].loc, out);
            fputs("</li>\n", out);
        }
        fputs("</ul>\n</div>\n", out);
    }
    fputs("</section>\n", out);
}

/* Before any table: a scan that is incomplete says so and why, since every
 * count below it may be short; the guesses the units were parsed with follow. */
static void scan_state_html(const struct report_data *d, FILE *out)
{
    const struct scan_result *r = d->scan;
    if (r->incomplete) {
        fprintf(out, "<section class=\"incomplete\"><h2>Incomplete scan</h2>\n<p>%d of %d unit%s could not be "
                     "parsed completely, even with guessed declarations; findings in them may be missing.</p>\n"
                     "<ul class=\"notes\">\n",
                r->nstate[UNIT_INCOMPLETE], r->nunits, r->nunits == 1 ? "" : "s");
        for (int i = 0; i < r->nunits; i++) {
            const struct unit_status *st = &r->units[i];
            if (st->state != UNIT_INCOMPLETE)
                continue;
            char *rel = report_relpath(d, st->file);
            fputs("<li>", out);
            put_text(rel, out);
            if (st->failed) {
                fputs(": not parsed", out);
            } else {
                fprintf(out, ": %d error%s; first: ", st->nerrors, st->nerrors == 1 ? "" : "s");
                char *first = st->first_error ? path_relative(st->first_error, r->root) : NULL;
                put_text(first ? first : "?", out);
                free(first);
            }
            fputs("</li>\n", out);
            free(rel);
        }
        for (int i = 0; i < r->diagnostics.count; i++)
            if (!strstr(r->diagnostics.items[i], "parse error")) {
                fputs("<li>", out);
                put_text(r->diagnostics.items[i], out);
                fputs("</li>\n", out);
            }
        fputs("</ul></section>\n", out);
    }
    if (r->nguesses == 0)
        return;
    int guessing_units = 0;
    for (int i = 0; i < r->nunits; i++)
        guessing_units += r->units[i].nguesses > 0;
    fprintf(out, "<section class=\"guessed\"><details><summary>%d name%s guessed in %d unit%s</summary>\n"
                 "<p>No header the scan could see declares these names; storcheck declared each from how "
                 "the unit uses it. Results that depend on them are only as good as the guess.</p>\n"
                 "<ul class=\"notes\">\n",
            r->nguesses, r->nguesses == 1 ? "" : "s", guessing_units, guessing_units == 1 ? "" : "s");
    for (int i = 0; i < r->nunits; i++)
        for (int g = 0; g < r->units[i].nguesses; g++) {
            const struct unit_guess *x = &r->units[i].guesses[g];
            char *where = report_relpath(d, x->file);
            fputs("<li>", out);
            put_text(x->kind, out);
            fputs(" <code>", out);
            put_text(x->name, out);
            fprintf(out, "</code> — first needed at ");
            put_text(where, out);
            fprintf(out, ":%d:%d</li>\n", x->line, x->column);
            free(where);
        }
    fputs("</ul></details></section>\n", out);
}

void report_html(const struct report_data *d, FILE *out)
{
    const struct scan_result *r = d->scan;
    const struct findings *fs = &r->findings;
    int c[5];
    report_counts(d, c);
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
          "<title>storcheck report</title>\n<style>",
          out);
    fputs(css, out);
    fputs("</style>\n</head>\n<body>\n<header><h1>storcheck report</h1><p>", out);
    put_text(r->root, out);
    fprintf(out, " · storcheck %s · %d unit%s · %d error%s, %d warning%s, %d note%s</p></header>\n<main>\n",
            STORCHECK_VERSION, r->nunits, r->nunits == 1 ? "" : "s", c[LEVEL_ERROR],
            c[LEVEL_ERROR] == 1 ? "" : "s", c[LEVEL_WARNING], c[LEVEL_WARNING] == 1 ? "" : "s",
            c[LEVEL_NOTE], c[LEVEL_NOTE] == 1 ? "" : "s");

    scan_state_html(d, out);

    struct count *by_rule = NULL, *by_file = NULL;
    int nr = 0, cr = 0, nf = 0, cf = 0, reported = 0, suppressed = 0;
    for (int i = 0; i < fs->count; i++) {
        if (d->state[i].disposition == DISP_SUPPRESSED_IN_SOURCE || d->state[i].disposition == DISP_SUPPRESSED_BASELINE)
            suppressed++;
        if (d->state[i].disposition != DISP_REPORTED)
            continue;
        reported++;
        bump(&by_rule, &nr, &cr, fs->items[i].rule, NULL, fs->items[i].level);
        char *rel = report_relpath(d, fs->items[i].loc.file);
        bump(&by_file, &nf, &cf, rel, rel, 0);
    }
    if (nr > 1)
        qsort(by_rule, (size_t)nr, sizeof *by_rule, cmp_count);
    if (nf > 1)
        qsort(by_file, (size_t)nf, sizeof *by_file, cmp_count);

    fputs("<h2>Summary by rule</h2>\n<table><tr><th>rule</th><th>level</th><th class=\"num\">findings</th><th>description</th></tr>\n", out);
    for (int i = 0; i < rules_count; i++) {
        const struct rule_info *ri = &rules_table[i];
        int n = 0;
        for (int k = 0; k < nr; k++)
            if (strcmp(by_rule[k].key, ri->id) == 0)
                n = by_rule[k].n;
        int level = report_rule_level(d, ri);
        const char *lv = level_name(level == LEVEL_NEVER ? ri->level : level);
        fprintf(out, "<tr id=\"rule-%s\"><td><code>%s</code></td><td><span class=\"lvl %s\">%s</span></td>"
                     "<td class=\"num\">%d</td><td>",
                ri->id, ri->id, lv, lv, n);
        put_text(ri->summary, out);
        fprintf(out, " (<a href=\"https://github.com/storcheck/storcheck/blob/main/docs/rules/%s.md\">docs</a>)</td></tr>\n", ri->id);
    }
    fputs("</table>\n<h2>Summary by file</h2>\n", out);
    if (nf == 0)
        fputs("<p>No findings.</p>\n", out);
    else
        fputs("<table><tr><th>file</th><th class=\"num\">findings</th></tr>\n", out);
    for (int k = 0; k < nf; k++) {
        int first = -1;
        for (int i = 0; i < fs->count && first < 0; i++) {
            if (d->state[i].disposition != DISP_REPORTED)
                continue;
            char *rel = report_relpath(d, fs->items[i].loc.file);
            if (strcmp(rel, by_file[k].key) == 0)
                first = i;
            free(rel);
        }
        fprintf(out, "<tr><td><a href=\"#f%d\">", first);
        put_text(by_file[k].key, out);
        fprintf(out, "</a></td><td class=\"num\">%d</td></tr>\n", by_file[k].n);
    }
    if (nf)
        fputs("</table>\n", out);

    bool any_note = r->diagnostics.count || d->diagnostics.count || d->unused.count || r->notes.count;
    if (any_note) {
        fputs("<h2>Tool notifications</h2>\n<ul class=\"notes\">\n", out);
        const struct strlist *lists[] = {&r->diagnostics, &d->diagnostics, &d->unused, &r->notes};
        for (int l = 0; l < 4; l++)
            for (int i = 0; i < lists[l]->count; i++) {
                fputs(l == 3 ? "<li>note: " : "<li>", out);
                put_text(lists[l]->items[i], out);
                fputs("</li>\n", out);
            }
        fputs("</ul>\n", out);
    }

    fprintf(out, "<h2>Findings (%d)</h2>\n", reported);
    /* Filters without a script (the page stays self-contained and inert):
     * one radio group per facet, each button hides the findings of the other
     * rules or files through a sibling selector. */
    if (reported > 1) {
        fputs("<style>.filter{display:none}.filters label{display:inline-block;margin:2px 4px;padding:1px 8px;"
              "border:1px solid #ccc;border-radius:10px;cursor:pointer;font-size:13px}"
              "#rf-all:checked~nav label[for=rf-all],#ff-all:checked~nav label[for=ff-all]{background:#eee}",
              out);
        for (int i = 0; i < rules_count; i++)
            fprintf(out, "#rf-%d:checked~.findings .finding:not(.r%d){display:none}"
                         "#rf-%d:checked~nav label[for=rf-%d]{background:#eee}",
                    i, i, i, i);
        for (int k = 0; k < nf; k++)
            fprintf(out, "#ff-%d:checked~.findings .finding:not(.f%d){display:none}"
                         "#ff-%d:checked~nav label[for=ff-%d]{background:#eee}",
                    k, k, k, k);
        fputs("</style>\n<input type=\"radio\" class=\"filter\" name=\"rule-filter\" id=\"rf-all\" checked>", out);
        for (int i = 0; i < rules_count; i++)
            for (int k = 0; k < nr; k++)
                if (strcmp(by_rule[k].key, rules_table[i].id) == 0)
                    fprintf(out, "<input type=\"radio\" class=\"filter\" name=\"rule-filter\" id=\"rf-%d\">", i);
        fputs("\n<input type=\"radio\" class=\"filter\" name=\"file-filter\" id=\"ff-all\" checked>", out);
        for (int k = 0; k < nf; k++)
            fprintf(out, "<input type=\"radio\" class=\"filter\" name=\"file-filter\" id=\"ff-%d\">", k);
        fputs("\n<nav class=\"filters\"><div>Rule: <label for=\"rf-all\">all</label>", out);
        for (int i = 0; i < rules_count; i++)
            for (int k = 0; k < nr; k++)
                if (strcmp(by_rule[k].key, rules_table[i].id) == 0)
                    fprintf(out, "<label for=\"rf-%d\">%s (%d)</label>", i, rules_table[i].id, by_rule[k].n);
        fputs("</div><div>File: <label for=\"ff-all\">all</label>", out);
        for (int k = 0; k < nf; k++) {
            fprintf(out, "<label for=\"ff-%d\">", k);
            put_text(by_file[k].key, out);
            fprintf(out, " (%d)</label>", by_file[k].n);
        }
        fputs("</div></nav>\n", out);
    }
    fputs("<div class=\"findings\">\n", out);
    for (int i = 0; i < fs->count; i++)
        if (d->state[i].disposition == DISP_REPORTED)
            finding_html(d, &fs->items[i], i, filter_keys_of(d, &fs->items[i], by_file, nf), out);
    fputs("</div>\n", out);
    if (suppressed) {
        fprintf(out, "<details><summary>Suppressed findings (%d)</summary>\n", suppressed);
        for (int i = 0; i < fs->count; i++) {
            const struct finding_state *st = &d->state[i];
            if (st->disposition != DISP_SUPPRESSED_IN_SOURCE && st->disposition != DISP_SUPPRESSED_BASELINE)
                continue;
            fputs("<p class=\"meta\">", out);
            if (st->disposition == DISP_SUPPRESSED_IN_SOURCE) {
                fputs("suppressed in source: ", out);
                put_text(st->by->reason, out);
            } else {
                fputs("in the baseline", out);
            }
            fputs("</p>\n", out);
            finding_html(d, &fs->items[i], i, (struct filter_keys){-1, -1}, out);
        }
        fputs("</details>\n", out);
    }
    fputs("</main>\n</body>\n</html>\n", out);
    for (int k = 0; k < nf; k++)
        free(by_file[k].owned);
    free(by_file);
    free(by_rule);
}
