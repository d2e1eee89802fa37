/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
/* report_sarif.c — SARIF 2.1.0, one run, shaped for GitHub code scanning
 * and Azure DevOps' SARIF viewer, and clean under Microsoft's SARIF
 * Multitool (`sarif-multitool validate`, GitHub ingestion rules included).
 *
 * - locations are relative URIs under %SRCROOT% (originalUriBaseIds holds
 *   the scan root), percent-encoded byte by byte, so any file name is a valid
 *   URI; columns are counted in Unicode code points (columnKind);
 * - the trace is a codeFlow, one threadFlow location per step; the other
 *   places of the same defect are relatedLocations, with ids and messages,
 *   linked from the result's message (GitHub shows them only so);
 * - partialFingerprints carry storcheck's own fingerprint and GitHub's
 *   primaryLocationLineHash, computed as the upload action would;
 * - suppressed findings stay, with suppressions[] (inSource for a comment,
 *   external for the baseline);
 * - units that failed to parse are toolExecutionNotifications.
 * SARIF asks that messages be sentences: each ends with a period here.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "explain.h"
#include "report.h"
#include "rules.h"
#include "util.h"

#define INFO_URI "https://github.com/storcheck/storcheck"
#define RULE_DOC_URI INFO_URI "/blob/main/docs/rules/"

/* A sentence: the text with a final period (SARIF2001). */
static json_t *message(const char *text)
{
    char *u = utf8_sanitize(text);
    size_t n = strlen(u);
    char *s = n && (u[n - 1] == '.' || u[n - 1] == '?' || u[n - 1] == '!') ? xstrdup(u) : xasprintf("%s.", u);
    json_t *m = json_object();
    json_object_set_new(m, "text", json_string(s));
    free(s);
    free(u);
    return m;
}

/* Text inside a message with embedded links: its own square brackets and
 * backslashes escaped, so that only the links read as links (SARIF 3.11.6). */
static void append_escaped(struct strbuf *sb, const char *text)
{
    for (const char *p = text; *p; p++) {
        if (*p == '[' || *p == ']' || *p == '\\')
            sb_appendn(sb, "\\", 1);
        sb_appendn(sb, p, 1);
    }
}

/* The result's message of a grouped finding: its text, then a link to each
 * related place ("[line 12](1)"), which is how GitHub code scanning shows
 * related locations. */
static char *text_with_links(const struct report_data *d, const struct finding *f)
{
    struct strbuf sb = {0};
    append_escaped(&sb, f->message);
    for (int r = 0; r < f->nrelated; r++) {
        const struct ir_loc *l = &f->related[r].loc;
        char *where;
        if (l->file && f->loc.file && strcmp(l->file, f->loc.file) == 0) {
            where = xasprintf("line %d", l->line);
        } else {
            char *rel = report_relpath(d, l->file);
            where = xasprintf("%s line %d", rel, l->line);
            free(rel);
        }
        sb_append(&sb, r ? ", [" : "; also at [");
        append_escaped(&sb, where);
        sb_appendf(&sb, "](%d)", r + 1);
        free(where);
    }
    return sb_steal(&sb);
}

/* RFC 3986: unreserved characters and '/' as they are, every other byte as %XX. */
static char *uri_encode(const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    struct strbuf sb = {0};
    for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            strchr("-._~/", *p)) {
            sb_appendn(&sb, (const char *)p, 1);
        } else {
            char e[3] = {'%', hex[*p >> 4], hex[*p & 15]};
            sb_appendn(&sb, e, 3);
        }
    }
    return sb_steal(&sb);
}

static json_t *artifact_location(const struct report_data *d, const char *file)
{
    json_t *a = json_object();
    char *rel = report_relpath(d, file);
    char *enc = uri_encode(rel);
    if (rel[0] == '/') {
        char *u = xasprintf("file://%s", enc);
        json_object_set_new(a, "uri", json_string(u));
        free(u);
    } else {
        json_object_set_new(a, "uri", json_string(enc));
        json_object_set_new(a, "uriBaseId", json_string("%SRCROOT%"));
    }
    free(enc);
    free(rel);
    return a;
}

/* clang's columns count bytes; SARIF's here count code points. */
static int code_point_column(const struct report_data *d, const struct ir_loc *loc)
{
    const char *text;
    size_t len;
    if (!loc->file || loc->column < 1 ||
        !source_line(source_get(d->sources, loc->file), loc->line, &text, &len))
        return loc->column > 0 ? loc->column : 1;
    size_t bytes = (size_t)loc->column - 1 < len ? (size_t)loc->column - 1 : len;
    return 1 + (int)utf8_count(text, bytes) + (int)((size_t)loc->column - 1 - bytes);
}

#define SARIF_CONTEXT 2

static json_t *snippet(const char *text, size_t len)
{
    char *raw = xstrndup(text, len);
    json_t *sn = json_object();
    json_object_set_new(sn, "text", report_jstr(raw));
    free(raw);
    return sn;
}

static json_t *location(const struct report_data *d, const struct ir_loc *loc, const char *msg)
{
    json_t *region = json_object();
    json_object_set_new(region, "startLine", json_integer(loc->line > 0 ? loc->line : 1));
    json_object_set_new(region, "startColumn", json_integer(code_point_column(d, loc)));
    json_t *phys = json_object();
    json_object_set_new(phys, "artifactLocation", artifact_location(d, loc->file));
    const struct source *src = loc->file ? source_get(d->sources, loc->file) : NULL;
    const char *text;
    size_t len;
    if (src && source_line(src, loc->line, &text, &len)) {
        /* the region runs from the column to the end of the line */
        size_t from = loc->column > 1 && (size_t)loc->column - 1 <= len ? (size_t)loc->column - 1 : 0;
        json_object_set_new(region, "snippet", snippet(text + from, len - from));
        int first = loc->line > SARIF_CONTEXT ? loc->line - SARIF_CONTEXT : 1;
        int last = loc->line + SARIF_CONTEXT < src->nlines ? loc->line + SARIF_CONTEXT : src->nlines;
        const char *b, *e;
        size_t lb, le;
        source_line(src, first, &b, &lb);
        source_line(src, last, &e, &le);
        json_t *ctx = json_object();
        json_object_set_new(ctx, "startLine", json_integer(first));
        json_object_set_new(ctx, "endLine", json_integer(last));
        json_object_set_new(ctx, "snippet", snippet(b, (size_t)(e + le - b)));
        json_object_set_new(phys, "region", region);
        json_object_set_new(phys, "contextRegion", ctx);
    } else {
        json_object_set_new(phys, "region", region);
    }
    json_t *l = json_object();
    json_object_set_new(l, "physicalLocation", phys);
    if (msg)
        json_object_set_new(l, "message", message(msg));
    return l;
}

static const char *sarif_level(int level)
{
    return level == LEVEL_ERROR ? "error" : level == LEVEL_WARNING ? "warning" : "note";
}

/* "sg-escapes-srb" -> "SgEscapesSrb": SARIF's rule name is an identifier. */
static char *pascal_name(const char *id)
{
    struct strbuf sb = {0};
    bool up = true;
    for (const char *p = id; *p; p++) {
        if (*p == '-' || *p == '_') {
            up = true;
            continue;
        }
        char c = up && *p >= 'a' && *p <= 'z' ? (char)(*p - 'a' + 'A') : *p;
        sb_appendn(&sb, &c, 1);
        up = false;
    }
    return sb_steal(&sb);
}

static json_t *rule_json(const struct report_data *d, const struct rule_info *ri)
{
    json_t *r = json_object();
    json_object_set_new(r, "id", json_string(ri->id));
    char *name = pascal_name(ri->id);
    json_object_set_new(r, "name", json_string(name));
    free(name);
    /* the summary reads as a clause; as a description it starts upper case */
    char *sum = xstrdup(ri->summary);
    if (sum[0] >= 'a' && sum[0] <= 'z')
        sum[0] = (char)(sum[0] - 'a' + 'A');
    char *uri = xasprintf("%s%s.md", RULE_DOC_URI, ri->id);
    json_object_set_new(r, "shortDescription", message(sum));
    char *full = xasprintf("%s. Storport contract rule '%s' of storcheck; the rule's page explains what "
                           "it checks, why it matters and how to fix it",
                           sum, ri->id);
    json_object_set_new(r, "fullDescription", message(full));
    json_t *help = json_object();
    /* The whole rule page travels with the results, so code scanning shows
     * the contract, the examples and the limits without a link to follow:
     * markdown as written, text as --explain renders it. */
    char *ht = NULL, *hm = NULL;
    char *data = scan_data_dir();
    char *page = explain_page_path(data, ri->id);
    free(data);
    size_t plen = 0;
    char *md = page ? read_file(page, &plen) : NULL;
    free(page);
    if (md) {
        size_t tlen = 0;
        FILE *f = open_memstream(&ht, &tlen);
        if (f) {
            explain_render(md, f);
            fclose(f);
        }
        hm = utf8_sanitize(md);
        free(md);
    }
    if (!ht)
        ht = xasprintf("%s. See %s for the rule, examples and the fix.", sum, uri);
    if (!hm)
        hm = xasprintf("**%s**\n\n%s.\n\nSee [the rule's documentation](%s) for what it checks, "
                       "examples and the fix.",
                       ri->id, sum, uri);
    json_object_set_new(help, "text", json_string(ht));
    json_object_set_new(help, "markdown", json_string(hm));
    json_object_set_new(r, "help", help);
    json_object_set_new(r, "helpUri", json_string(uri));
    json_t *cfg = json_object();
    int level = report_rule_level(d, ri);
    json_object_set_new(cfg, "level", json_string(sarif_level(level == LEVEL_NEVER ? ri->level : level)));
    if (level == LEVEL_NEVER || !rules_selected(ri, &d->o->enable, &d->o->disable))
        json_object_set_new(cfg, "enabled", json_false());
    json_object_set_new(r, "defaultConfiguration", cfg);
    json_t *props = json_object();
    json_object_set_new(props, "precision", json_string(ri->level == LEVEL_ERROR ? "high" : "medium"));
    json_t *tags = json_array();
    json_array_append_new(tags, json_string("correctness"));
    json_array_append_new(tags, json_string("storport"));
    if (strncmp(ri->id, "sg-", 3) == 0)
        json_array_append_new(tags, json_string("scatter-gather"));
    json_object_set_new(props, "tags", tags);
    /* the Static Driver Verifier rules this rule takes over (docs/sdv-parity.md) */
    json_t *sdv = json_array();
    for (const char *p = ri->sdv; *p;) {
        size_t n = strcspn(p, " ");
        if (n)
            json_array_append_new(sdv, json_stringn(p, n));
        p += n;
        p += strspn(p, " ");
    }
    json_object_set_new(props, "sdv", sdv);
    json_object_set_new(r, "properties", props);
    free(full);
    free(ht);
    free(hm);
    free(uri);
    free(sum);
    return r;
}

static json_t *result_json(const struct report_data *d, const struct finding *f,
                           const struct finding_state *st)
{
    json_t *res = json_object();
    json_object_set_new(res, "ruleId", json_string(f->rule));
    const struct rule_info *ri = report_rule(f->rule);
    if (ri)
        json_object_set_new(res, "ruleIndex", json_integer(ri - rules_table));
    json_object_set_new(res, "level", json_string(sarif_level(f->level)));
    if (f->nrelated > 0) {
        char *text = text_with_links(d, f);
        json_object_set_new(res, "message", message(text));
        free(text);
    } else {
        json_object_set_new(res, "message", message(f->message));
    }
    json_t *locs = json_array();
    json_array_append_new(locs, location(d, &f->loc, NULL));
    json_object_set_new(res, "locations", locs);
    /* The defect's other places; ids number them from 1 (SARIF 3.34.3). */
    if (f->nrelated > 0) {
        json_t *rel = json_array();
        for (int r = 0; r < f->nrelated; r++) {
            json_t *l = location(d, &f->related[r].loc, f->related[r].message);
            json_object_set_new(l, "id", json_integer(r + 1));
            json_array_append_new(rel, l);
        }
        json_object_set_new(res, "relatedLocations", rel);
    }
    if (f->ntrace > 0) {
        json_t *tfl = json_array();
        for (int s = 0; s < f->ntrace; s++) {
            json_t *step = json_object();
            json_object_set_new(step, "location", location(d, &f->trace[s].loc, f->trace[s].message));
            json_object_set_new(step, "executionOrder", json_integer(s + 1));
            json_array_append_new(tfl, step);
        }
        json_t *thread = json_object();
        json_object_set_new(thread, "locations", tfl);
        json_t *threads = json_array();
        json_array_append_new(threads, thread);
        json_t *flow = json_object();
        json_object_set_new(flow, "threadFlows", threads);
        json_t *flows = json_array();
        json_array_append_new(flows, flow);
        json_object_set_new(res, "codeFlows", flows);
    }
    json_t *fp = json_object();
    json_object_set_new(fp, "storcheckFingerprint/v1", json_string(f->fingerprint ? f->fingerprint : ""));
    if (f->loc.file) {
        char *lh = report_line_hash(source_get(d->sources, f->loc.file), f->loc.line);
        if (lh)
            json_object_set_new(fp, "primaryLocationLineHash", json_string(lh));
        free(lh);
    }
    json_object_set_new(res, "partialFingerprints", fp);
    if (f->driver) {
        json_t *props = json_object_get(res, "properties");
        if (!props) {
            props = json_object();
            json_object_set_new(res, "properties", props);
        }
        json_object_set_new(props, "driver", report_jstr(f->driver));
    }
    if (st->disposition == DISP_SUPPRESSED_IN_SOURCE || st->disposition == DISP_SUPPRESSED_BASELINE) {
        json_t *sup = json_object();
        if (st->disposition == DISP_SUPPRESSED_IN_SOURCE) {
            json_object_set_new(sup, "kind", json_string("inSource"));
            json_object_set_new(sup, "justification", report_jstr(st->by->reason));
            struct ir_loc l = {st->by->file, st->by->line, 1};
            json_object_set_new(sup, "location", location(d, &l, NULL));
        } else {
            json_object_set_new(sup, "kind", json_string("external"));
            char *j = xasprintf("accepted in the baseline %s", d->o->baseline);
            json_object_set_new(sup, "justification", report_jstr(j));
            free(j);
        }
        json_object_set_new(sup, "status", json_string("accepted"));
        json_t *sups = json_array();
        json_array_append_new(sups, sup);
        json_object_set_new(res, "suppressions", sups);
    }
    return res;
}

static json_t *notification(const char *level, const char *id, const char *text)
{
    json_t *n = json_object();
    json_object_set_new(n, "level", json_string(level));
    json_object_set_new(n, "message", message(text));
    json_t *desc = json_object();
    json_object_set_new(desc, "id", json_string(id));
    json_object_set_new(n, "descriptor", desc);
    return n;
}

void report_sarif(const struct report_data *d, FILE *out)
{
    const struct scan_result *r = d->scan;
    json_t *driver = json_object();
    json_object_set_new(driver, "name", json_string("storcheck"));
    json_object_set_new(driver, "fullName", json_string("storcheck Storport miniport checker"));
    json_object_set_new(driver, "semanticVersion", json_string(STORCHECK_VERSION));
    json_object_set_new(driver, "informationUri", json_string(INFO_URI));
    json_t *rules = json_array();
    for (int i = 0; i < rules_count; i++)
        json_array_append_new(rules, rule_json(d, &rules_table[i]));
    json_object_set_new(driver, "rules", rules);
    json_t *tool = json_object();
    json_object_set_new(tool, "driver", driver);

    json_t *results = json_array();
    for (int i = 0; i < r->findings.count; i++)
        if (d->state[i].disposition != DISP_OUTSIDE_CHANGES)
            json_array_append_new(results, result_json(d, &r->findings.items[i], &d->state[i]));

    json_t *notes = json_array();
    bool failed = false;
    for (int i = 0; i < r->nunits; i++) {
        const struct unit_status *st = &r->units[i];
        if (!st->failed && st->nerrors == 0)
            continue;
        char *rel = report_relpath(d, st->file);
        char *text = st->failed ? xasprintf("%s could not be parsed; it was not analysed", rel)
                                : xasprintf("%s is incomplete: %d parse error%s remain after guessing; "
                                            "results for it may be incomplete (first: %s)",
                                            rel, st->nerrors, st->nerrors == 1 ? "" : "s",
                                            st->first_error ? st->first_error : "?");
        json_t *n = notification(st->failed ? "error" : "warning", st->failed ? "unit-not-parsed" : "unit-parse-errors", text);
        json_t *locs = json_array();
        json_t *loc = json_object();
        json_t *phys = json_object();
        json_object_set_new(phys, "artifactLocation", artifact_location(d, st->file));
        json_object_set_new(loc, "physicalLocation", phys);
        json_array_append_new(locs, loc);
        json_object_set_new(n, "locations", locs);
        json_array_append_new(notes, n);
        failed |= st->state == UNIT_INCOMPLETE;
        free(text);
        free(rel);
    }
    /* Every guess is a fact about how the unit was read: results that
     * depend on a guessed name are only as good as the guess. */
    for (int i = 0; i < r->nunits; i++) {
        const struct unit_status *st = &r->units[i];
        char *rel = report_relpath(d, st->file);
        for (int g = 0; g < st->nguesses; g++) {
            const struct unit_guess *x = &st->guesses[g];
            char *text = xasprintf("%s: '%s' is declared by no header the scan could see; storcheck parsed "
                                   "the unit with a guessed %s",
                                   rel, x->name, x->kind);
            json_t *n = notification("note", "unit-guess", text);
            json_t *locs = json_array();
            json_t *loc = json_object();
            json_t *phys = json_object();
            json_object_set_new(phys, "artifactLocation", artifact_location(d, x->file));
            json_t *region = json_object();
            json_object_set_new(region, "startLine", json_integer(x->line > 0 ? x->line : 1));
            if (x->column > 0)
                json_object_set_new(region, "startColumn", json_integer(x->column));
            json_object_set_new(phys, "region", region);
            json_object_set_new(loc, "physicalLocation", phys);
            json_array_append_new(locs, loc);
            json_object_set_new(n, "locations", locs);
            json_array_append_new(notes, n);
            free(text);
        }
        free(rel);
    }
    for (int i = 0; i < d->diagnostics.count; i++)
        json_array_append_new(notes, notification("warning", "suppression", d->diagnostics.items[i]));
    for (int i = 0; i < d->unused.count; i++)
        json_array_append_new(notes, notification("warning", "unused-suppression", d->unused.items[i]));
    for (int i = 0; i < r->notes.count; i++)
        json_array_append_new(notes, notification("note", "discovery", r->notes.items[i]));
    json_t *inv = json_object();
    json_object_set_new(inv, "executionSuccessful", json_boolean(!failed && !r->incomplete));
    json_object_set_new(inv, "toolExecutionNotifications", notes);
    json_t *invs = json_array();
    json_array_append_new(invs, inv);

    json_t *run = json_object();
    json_object_set_new(run, "tool", tool);
    json_t *auto_ = json_object();
    char *aid = d->o->automation_id ? xstrdup(d->o->automation_id) : xstrdup("storcheck/");
    json_object_set_new(auto_, "id", report_jstr(aid));
    free(aid);
    json_object_set_new(run, "automationDetails", auto_);
    json_t *bases = json_object();
    json_t *srcroot = json_object();
    char *enc = uri_encode(r->root);
    size_t n = strlen(enc);
    char *rooturi = xasprintf("file://%s%s", enc, n && enc[n - 1] == '/' ? "" : "/");
    json_object_set_new(srcroot, "uri", json_string(rooturi));
    free(rooturi);
    free(enc);
    json_object_set_new(bases, "%SRCROOT%", srcroot);
    json_object_set_new(run, "originalUriBaseIds", bases);
    json_object_set_new(run, "columnKind", json_string("unicodeCodePoints"));
    json_object_set_new(run, "invocations", invs);
    json_object_set_new(run, "results", results);
    json_t *runs = json_array();
    json_array_append_new(runs, run);
    json_t *root = json_object();
    json_object_set_new(root, "$schema", json_string("https://json.schemastore.org/sarif-2.1.0.json"));
    json_object_set_new(root, "version", json_string("2.1.0"));
    json_object_set_new(root, "runs", runs);
    char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    fprintf(out, "%s\n", s);
    free(s);
    json_decref(root);
}
