/* SPDX-License-Identifier: Apache-2.0 */
/* report_json.c — the JSON report; its shape is docs/report.schema.json.
 * Keys are sorted and every string is valid UTF-8 (bytes that are not
 * become U+FFFD), so the output is stable and any JSON reader takes it. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "rules.h"
#include "util.h"

static json_t *loc_into(const struct report_data *d, const struct ir_loc *loc, json_t *obj)
{
    char *rel = report_relpath(d, loc->file);
    json_object_set_new(obj, "file", report_jstr(rel));
    json_object_set_new(obj, "line", json_integer(loc->line));
    json_object_set_new(obj, "column", json_integer(loc->column));
    free(rel);
    return obj;
}

static json_t *finding_json(const struct report_data *d, const struct finding *f)
{
    json_t *jf = loc_into(d, &f->loc, json_object());
    json_object_set_new(jf, "rule", json_string(f->rule));
    json_object_set_new(jf, "level", json_string(level_name(f->level)));
    json_object_set_new(jf, "function", report_jstr(f->function));
    json_object_set_new(jf, "message", report_jstr(f->message));
    json_object_set_new(jf, "fingerprint", json_string(f->fingerprint ? f->fingerprint : ""));
    if (f->driver)
        json_object_set_new(jf, "driver", report_jstr(f->driver));
    json_t *trace = json_array();
    for (int s = 0; s < f->ntrace; s++) {
        json_t *js = loc_into(d, &f->trace[s].loc, json_object());
        json_object_set_new(js, "message", report_jstr(f->trace[s].message));
        json_array_append_new(trace, js);
    }
    json_object_set_new(jf, "trace", trace);
    json_t *related = json_array();
    for (int r = 0; r < f->nrelated; r++) {
        json_t *jr = loc_into(d, &f->related[r].loc, json_object());
        json_object_set_new(jr, "message", report_jstr(f->related[r].message));
        json_array_append_new(related, jr);
    }
    json_object_set_new(jf, "related", related);
    return jf;
}

static json_t *strings(const struct strlist *l)
{
    json_t *a = json_array();
    for (int i = 0; i < l->count; i++)
        json_array_append_new(a, report_jstr(l->items[i]));
    return a;
}

static json_t *opt_string(const char *s)
{
    return s ? report_jstr(s) : json_null();
}

static json_t *settings_json(const struct report_data *d)
{
    const struct options *o = d->o;
    json_t *s = json_object();
    json_t *rules = json_array();
    for (int i = 0; i < rules_count; i++) {
        const struct rule_info *ri = &rules_table[i];
        json_t *jr = json_object();
        int level = report_rule_level(d, ri);
        json_object_set_new(jr, "id", json_string(ri->id));
        json_object_set_new(jr, "enabled", json_boolean(rules_selected(ri, &o->enable, &o->disable) &&
                                                        level != LEVEL_NEVER));
        json_object_set_new(jr, "level", json_string(level_name(level == LEVEL_NEVER ? ri->level : level)));
        json_array_append_new(rules, jr);
    }
    json_object_set_new(s, "rules", rules);
    json_object_set_new(s, "fail_on", json_string(level_name(o->fail_on)));
    json_object_set_new(s, "config_file", opt_string(o->config_file));
    json_object_set_new(s, "baseline", opt_string(o->baseline));
    json_object_set_new(s, "changed_lines", opt_string(o->changed_lines));
    json_object_set_new(s, "diff_base", opt_string(o->diff_base));
    json_object_set_new(s, "include_dirs", strings(&o->includes));
    json_object_set_new(s, "defines", strings(&o->defines));
    json_object_set_new(s, "exclude", strings(&o->exclude));
    json_object_set_new(s, "sdk", opt_string(o->sdk));
    json_object_set_new(s, "compile_commands", opt_string(o->compdb));
    return s;
}

static json_t *unit_json(const struct report_data *d, const struct unit_status *st)
{
    json_t *ju = json_object();
    char *rel = report_relpath(d, st->file);
    json_object_set_new(ju, "file", report_jstr(rel));
    free(rel);
    json_object_set_new(ju, "origin", report_jstr(st->origin));
    json_object_set_new(ju, "parsed", json_boolean(!st->failed && !st->skip_reason));
    json_object_set_new(ju, "status", json_string(st->failed ? "failed" : st->nerrors ? "errors" : "ok"));
    json_object_set_new(ju, "errors", json_integer(st->nerrors));
    json_object_set_new(ju, "first_error", opt_string(st->first_error));
    json_object_set_new(ju, "stubbed_includes", json_integer(st->nstubbed));
    json_t *dirs = json_array();
    for (int s = 0; s < st->nstub_directives; s++) {
        char *dr = report_relpath(d, st->stub_directives[s]);
        json_array_append_new(dirs, report_jstr(dr));
        free(dr);
    }
    json_object_set_new(ju, "stub_directives", dirs);
    json_object_set_new(ju, "functions", json_integer(st->nfunctions));
    json_object_set_new(ju, "state", json_string(unit_state_name(st->state)));
    json_object_set_new(ju, "skip_reason", opt_string(st->skip_reason));
    json_t *guesses = json_array();
    for (int g = 0; g < st->nguesses; g++) {
        const struct unit_guess *x = &st->guesses[g];
        json_t *jg = json_object();
        json_object_set_new(jg, "name", report_jstr(x->name));
        json_object_set_new(jg, "kind", json_string(x->kind));
        char *where = report_relpath(d, x->file);
        json_object_set_new(jg, "file", report_jstr(where));
        free(where);
        json_object_set_new(jg, "line", json_integer(x->line));
        json_object_set_new(jg, "column", json_integer(x->column));
        json_array_append_new(guesses, jg);
    }
    json_object_set_new(ju, "guesses", guesses);
    return ju;
}

void report_json(const struct report_data *d, FILE *out)
{
    const struct scan_result *r = d->scan;
    const struct findings *fs = &r->findings;
    json_t *root = json_object();
    json_t *tool = json_object();
    json_object_set_new(tool, "name", json_string("storcheck"));
    json_object_set_new(tool, "version", json_string(STORCHECK_VERSION));
    json_object_set_new(root, "tool", tool);
    json_object_set_new(root, "root", report_jstr(r->root));
    json_object_set_new(root, "settings", settings_json(d));

    json_t *found = json_array(), *suppressed = json_array();
    for (int i = 0; i < fs->count; i++) {
        const struct finding_state *st = &d->state[i];
        if (st->disposition == DISP_REPORTED) {
            json_array_append_new(found, finding_json(d, &fs->items[i]));
        } else if (st->disposition == DISP_SUPPRESSED_IN_SOURCE || st->disposition == DISP_SUPPRESSED_BASELINE) {
            json_t *jf = finding_json(d, &fs->items[i]);
            json_t *sup = json_object();
            if (st->disposition == DISP_SUPPRESSED_IN_SOURCE) {
                json_object_set_new(sup, "kind", json_string("inSource"));
                json_object_set_new(sup, "reason", report_jstr(st->by->reason));
                struct ir_loc l = {st->by->file, st->by->line, 1};
                json_t *where = loc_into(d, &l, json_object());
                json_object_del(where, "column");
                json_object_set_new(sup, "location", where);
            } else {
                json_object_set_new(sup, "kind", json_string("external"));
                json_object_set_new(sup, "reason", json_string("in the baseline"));
                json_object_set_new(sup, "baseline", report_jstr(d->o->baseline));
            }
            json_object_set_new(jf, "suppression", sup);
            json_array_append_new(suppressed, jf);
        }
    }
    json_object_set_new(root, "findings", found);
    json_object_set_new(root, "suppressed", suppressed);

    json_t *units = json_array();
    for (int i = 0; i < r->nunits; i++)
        json_array_append_new(units, unit_json(d, &r->units[i]));
    json_object_set_new(root, "units", units);

    json_t *drivers = json_array();
    for (int i = 0; i < r->drivers.count; i++) {
        const struct driver *dr = &r->drivers.items[i];
        json_t *jd = json_object();
        json_object_set_new(jd, "name", report_jstr(dr->name));
        char *rel = path_relative(dr->root, r->root);
        json_object_set_new(jd, "root", report_jstr(rel));
        free(rel);
        rel = dr->project ? path_relative(dr->project, r->root) : NULL;
        json_object_set_new(jd, "project", rel ? report_jstr(rel) : json_null());
        free(rel);
        json_t *ju = json_array();
        for (int k = 0; k < dr->nunits; k++) {
            rel = path_relative(r->units[dr->units[k]].file, r->root);
            json_array_append_new(ju, report_jstr(rel));
            free(rel);
        }
        json_object_set_new(jd, "units", ju);
        json_array_append_new(drivers, jd);
    }
    json_object_set_new(root, "drivers", drivers);

    json_t *notes = strings(&r->diagnostics);
    for (int i = 0; i < d->diagnostics.count; i++)
        json_array_append_new(notes, report_jstr(d->diagnostics.items[i]));
    for (int i = 0; i < d->unused.count; i++)
        json_array_append_new(notes, report_jstr(d->unused.items[i]));
    /* discovery notes: what was read, chosen, skipped or guessed */
    for (int i = 0; i < r->notes.count; i++) {
        char *n = xasprintf("note: %s", r->notes.items[i]);
        json_array_append_new(notes, report_jstr(n));
        free(n);
    }
    json_object_set_new(root, "notifications", notes);

    int c[5];
    report_counts(d, c);
    json_t *sum = json_object();
    json_object_set_new(sum, "errors", json_integer(c[LEVEL_ERROR]));
    json_object_set_new(sum, "warnings", json_integer(c[LEVEL_WARNING]));
    json_object_set_new(sum, "notes", json_integer(c[LEVEL_NOTE]));
    json_object_set_new(sum, "suppressed", json_integer((json_int_t)json_array_size(suppressed)));
    json_object_set_new(sum, "unused_suppressions", json_integer(d->unused.count));
    json_object_set_new(sum, "outside_changes", json_integer(d->outside_changes));
    json_t *states = json_object();
    for (int st = UNIT_CLEAN; st <= UNIT_INCOMPLETE; st++)
        json_object_set_new(states, unit_state_name((enum unit_state)st), json_integer(r->nstate[st]));
    json_object_set_new(sum, "units", states);
    json_object_set_new(sum, "guesses", json_integer(r->nguesses));
    if (d->baseline_used) {
        json_object_set_new(sum, "baseline_matched", json_integer(d->baseline_matched));
        json_object_set_new(sum, "baseline_gone", json_integer(d->baseline_gone));
    }
    json_object_set_new(root, "summary", sum);
    json_object_set_new(root, "incomplete", json_boolean(r->incomplete));
    json_object_set_new(root, "failing_findings", json_integer(report_failing(d)));
    char *s = json_dumps(root, JSON_INDENT(2) | JSON_SORT_KEYS);
    fprintf(out, "%s\n", s);
    free(s);
    json_decref(root);
}
