/* SPDX-License-Identifier: Apache-2.0 */
/* report_junit.c — JUnit XML, which every CI system shows as a test
 * report: one <testsuite> per enabled rule, one <testcase> per reported
 * finding (a <failure> whose text holds the trace), and one passing
 * <testcase> for a rule without findings, so a clean rule is a visible
 * pass and not an empty suite. An incomplete scan adds a suite "parse"
 * with an <error> per incomplete unit. */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "rules.h"
#include "util.h"

/* XML text and attribute values: markup characters escaped, and the
 * characters XML 1.0 forbids (C0 controls but tab and newline) dropped. */
static void put_xml(const char *s, FILE *out)
{
    char *u = utf8_sanitize(s);
    for (const unsigned char *p = (const unsigned char *)u; *p; p++) {
        switch (*p) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\n': fputs("&#10;", out); break;
        case '\t': fputs("&#9;", out); break;
        default:
            if (*p >= 0x20 && *p != 0x7f)
                fputc(*p, out);
        }
    }
    free(u);
}

static bool rule_ran(const struct report_data *d, const struct rule_info *r)
{
    return !d->o || rules_selected(r, &d->o->enable, &d->o->disable);
}

void report_junit(const struct report_data *d, FILE *out)
{
    const struct findings *fs = &d->scan->findings;
    const struct scan_result *sr = d->scan;
    int total = 0, failures = 0, errors = 0;
    int *per_rule = report_counts_by_rule(d);
    for (int r = 0; r < rules_count; r++) {
        if (!rule_ran(d, &rules_table[r]))
            continue;
        int n = per_rule[r];
        total += n ? n : 1;
        failures += n;
    }
    for (int u = 0; u < sr->nunits; u++)
        errors += sr->units[u].failed || sr->units[u].nerrors > 0;
    total += errors;
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
    fprintf(out, "<testsuites name=\"storcheck\" tests=\"%d\" failures=\"%d\" errors=\"%d\" time=\"%.3f\">\n", total,
            failures, errors, sr->seconds);
    for (int r = 0; r < rules_count; r++) {
        const struct rule_info *rule = &rules_table[r];
        if (!rule_ran(d, rule))
            continue;
        int n = per_rule[r];
        fprintf(out, "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\">\n", rule->id, n ? n : 1, n);
        if (!n)
            fprintf(out, "    <testcase name=\"no findings\" classname=\"%s\"/>\n", rule->id);
        for (int i = 0; i < fs->count; i++) {
            const struct finding *f = &fs->items[i];
            if (d->state[i].disposition != DISP_REPORTED || strcmp(f->rule, rule->id) != 0)
                continue;
            char *rel = report_relpath(d, f->loc.file);
            fputs("    <testcase name=\"", out);
            char *name = xasprintf("%s:%d:%d", rel, f->loc.line, f->loc.column);
            put_xml(name, out);
            fputs("\" classname=\"", out);
            put_xml(rel, out);
            fprintf(out, "\" file=\"");
            put_xml(rel, out);
            fprintf(out, "\" line=\"%d\">\n      <failure type=\"%s\" message=\"", f->loc.line, level_name(f->level));
            put_xml(f->message, out);
            fputs("\">", out);
            struct strbuf body = {0};
            sb_appendf(&body, "%s: %s: %s [%s]", name, level_name(f->level), f->message, f->rule);
            for (int s = 0; s < f->ntrace; s++) {
                char *trel = report_relpath(d, f->trace[s].loc.file);
                sb_appendf(&body, "\n%s:%d:%d: note: %s", trel, f->trace[s].loc.line, f->trace[s].loc.column,
                           f->trace[s].message);
                free(trel);
            }
            for (int k = 0; k < f->nrelated; k++) {
                char *rrel = report_relpath(d, f->related[k].loc.file);
                sb_appendf(&body, "\n%s:%d:%d: note: also here", rrel, f->related[k].loc.line,
                           f->related[k].loc.column);
                free(rrel);
            }
            put_xml(body.data, out);
            fputs("</failure>\n    </testcase>\n", out);
            sb_free(&body);
            free(name);
            free(rel);
        }
        fputs("  </testsuite>\n", out);
    }
    if (errors) {
        fprintf(out, "  <testsuite name=\"parse\" tests=\"%d\" failures=\"0\" errors=\"%d\">\n", errors, errors);
        for (int u = 0; u < sr->nunits; u++) {
            const struct unit_status *st = &sr->units[u];
            if (!(st->failed || st->nerrors > 0))
                continue;
            char *rel = report_relpath(d, st->file);
            fputs("    <testcase name=\"", out);
            put_xml(rel, out);
            fputs("\" classname=\"parse\">\n      <error message=\"", out);
            put_xml(st->first_error ? st->first_error : "the unit could not be parsed", out);
            fputs("\"/>\n    </testcase>\n", out);
            free(rel);
        }
        fputs("  </testsuite>\n", out);
    }
    fputs("</testsuites>\n", out);
    free(per_rule);
}
