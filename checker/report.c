/* report.c — see report.h. */
#include "report.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "util.h"

static void text_loc(const struct scan_result *r, const struct ir_loc *loc, FILE *out)
{
    char *rel = path_relative(loc->file ? loc->file : "?", r->root);
    fprintf(out, "%s:%d:%d", rel, loc->line, loc->column);
    free(rel);
}

static json_t *json_loc(const struct scan_result *r, const struct ir_loc *loc, json_t *obj)
{
    char *rel = path_relative(loc->file ? loc->file : "", r->root);
    json_object_set_new(obj, "file", json_string(rel));
    json_object_set_new(obj, "line", json_integer(loc->line));
    json_object_set_new(obj, "column", json_integer(loc->column));
    free(rel);
    return obj;
}

static int count_at_least(const struct scan_result *r, int level)
{
    int n = 0;
    for (int i = 0; i < r->findings.count; i++)
        n += r->findings.items[i].level >= level;
    return n;
}

void report_findings(const struct scan_result *r, const struct options *o, FILE *out)
{
    const struct findings *fs = &r->findings;
    if (o->format == FORMAT_TEXT) {
        for (int i = 0; i < fs->count; i++) {
            const struct finding *f = &fs->items[i];
            text_loc(r, &f->loc, out);
            fprintf(out, ": %s: %s [%s]\n", level_name(f->level), f->message, f->rule);
            for (int s = 0; s < f->ntrace; s++) {
                text_loc(r, &f->trace[s].loc, out);
                fprintf(out, ": note: %s\n", f->trace[s].message);
            }
        }
        int errors = 0, warnings = 0, notes = 0;
        for (int i = 0; i < fs->count; i++) {
            errors += fs->items[i].level == LEVEL_ERROR;
            warnings += fs->items[i].level == LEVEL_WARNING;
            notes += fs->items[i].level == LEVEL_NOTE;
        }
        int incomplete = 0;
        for (int i = 0; i < r->nunits; i++)
            incomplete += r->units[i].failed || r->units[i].nerrors > 0;
        fprintf(out, "storcheck: %d unit%s, %d error%s, %d warning%s, %d note%s", r->nunits,
                r->nunits == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
                warnings == 1 ? "" : "s", notes, notes == 1 ? "" : "s");
        if (incomplete)
            fprintf(out, "; %d unit%s incomplete", incomplete, incomplete == 1 ? "" : "s");
        fputc('\n', out);
        return;
    }
    json_t *root = json_object();
    json_t *tool = json_object();
    json_object_set_new(tool, "name", json_string("storcheck"));
    json_object_set_new(tool, "version", json_string(STORCHECK_VERSION));
    json_object_set_new(root, "tool", tool);
    json_object_set_new(root, "root", json_string(r->root));
    json_t *arr = json_array();
    for (int i = 0; i < fs->count; i++) {
        const struct finding *f = &fs->items[i];
        json_t *jf = json_loc(r, &f->loc, json_object());
        json_object_set_new(jf, "rule", json_string(f->rule));
        json_object_set_new(jf, "level", json_string(level_name(f->level)));
        json_object_set_new(jf, "function", json_string(f->function));
        json_object_set_new(jf, "message", json_string(f->message));
        json_object_set_new(jf, "fingerprint", json_string(f->fingerprint ? f->fingerprint : ""));
        json_t *trace = json_array();
        for (int s = 0; s < f->ntrace; s++) {
            json_t *js = json_loc(r, &f->trace[s].loc, json_object());
            json_object_set_new(js, "message", json_string(f->trace[s].message));
            json_array_append_new(trace, js);
        }
        json_object_set_new(jf, "trace", trace);
        json_array_append_new(arr, jf);
    }
    json_object_set_new(root, "findings", arr);
    json_t *units = json_array();
    for (int i = 0; i < r->nunits; i++) {
        const struct unit_status *st = &r->units[i];
        json_t *ju = json_object();
        char *rel = path_relative(st->file, r->root);
        json_object_set_new(ju, "file", json_string(rel));
        free(rel);
        json_object_set_new(ju, "parsed", json_boolean(!st->failed));
        json_object_set_new(ju, "errors", json_integer(st->nerrors));
        json_object_set_new(ju, "stubbed_includes", json_integer(st->nstubbed));
        json_array_append_new(units, ju);
    }
    json_object_set_new(root, "units", units);
    json_t *diags = json_array();
    for (int i = 0; i < r->diagnostics.count; i++)
        json_array_append_new(diags, json_string(r->diagnostics.items[i]));
    json_object_set_new(root, "notifications", diags);
    json_object_set_new(root, "incomplete", json_boolean(r->incomplete));
    json_object_set_new(root, "failing_findings", json_integer(o->fail_on == LEVEL_NEVER ? 0 : count_at_least(r, o->fail_on)));
    char *s = json_dumps(root, JSON_INDENT(2) | JSON_SORT_KEYS);
    fprintf(out, "%s\n", s);
    free(s);
    json_decref(root);
}

void report_stats(const struct scan_result *r, enum output_format format, FILE *out)
{
    int with_errors = 0, failed = 0, stubbed = 0, functions = 0, fixed = 0;
    for (int i = 0; i < r->nunits; i++) {
        with_errors += r->units[i].nerrors > 0;
        failed += r->units[i].failed;
        stubbed += r->units[i].nstubbed;
        fixed += r->units[i].nfixed;
        functions += r->units[i].nfunctions;
    }
    int model_functions = r->model ? r->model->nfunctions : 0;
    if (format == FORMAT_JSON) {
        json_t *root = json_object();
        json_object_set_new(root, "units", json_integer(r->nunits));
        json_object_set_new(root, "units_with_errors", json_integer(with_errors));
        json_object_set_new(root, "units_failed", json_integer(failed));
        json_object_set_new(root, "stubbed_includes", json_integer(stubbed));
        json_object_set_new(root, "fixed_includes", json_integer(fixed));
        json_object_set_new(root, "functions", json_integer(model_functions));
        json_object_set_new(root, "roles", json_integer(r->model ? r->model->nroles : 0));
        json_object_set_new(root, "seconds", json_real((double)(long)(r->seconds * 1000) / 1000.0));
        json_t *units = json_array();
        for (int i = 0; i < r->nunits; i++) {
            const struct unit_status *st = &r->units[i];
            json_t *ju = json_object();
            char *rel = path_relative(st->file, r->root);
            json_object_set_new(ju, "file", json_string(rel));
            free(rel);
            json_object_set_new(ju, "origin", json_string(st->origin));
            json_object_set_new(ju, "errors", json_integer(st->nerrors));
            json_object_set_new(ju, "failed", json_boolean(st->failed));
            json_object_set_new(ju, "stubbed_includes", json_integer(st->nstubbed));
            json_t *dirs = json_array();
            for (int s = 0; s < st->nstub_directives; s++)
                json_array_append_new(dirs, json_string(st->stub_directives[s]));
            json_object_set_new(ju, "stub_directives", dirs);
            json_object_set_new(ju, "functions", json_integer(st->nfunctions));
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
    fprintf(out, "%-48s %6s %7s %9s\n", "unit", "errors", "stubbed", "functions");
    for (int i = 0; i < r->nunits; i++) {
        const struct unit_status *st = &r->units[i];
        char *rel = path_relative(st->file, r->root);
        fprintf(out, "%-48s %6d %7d %9d%s\n", rel, st->nerrors, st->nstubbed, st->nfunctions,
                st->failed ? "  (not parsed)" : "");
        for (int s = 0; s < st->nstub_directives; s++) {
            char *d = path_relative(st->stub_directives[s], r->root);
            fprintf(out, "    stand-in: %s\n", d);
            free(d);
        }
        free(rel);
    }
    fprintf(out, "units %d, with errors %d, not parsed %d, include stand-ins %d, includes fixed %d, "
                 "functions %d (%d lowered), %.2fs\n",
            r->nunits, with_errors, failed, stubbed, fixed, model_functions, functions, r->seconds);
}
