/* SPDX-License-Identifier: Apache-2.0 */
/* report_gitlab.c — GitLab Code Quality: the JSON array that a job names
 * under artifacts:reports:codequality, which GitLab shows in merge
 * requests. Each issue has description, check_name, fingerprint, severity
 * (info, minor, major, critical, blocker) and location {path, lines.begin}.
 * GitLab keeps one issue per fingerprint, so two findings that share one
 * (the same defect reached twice) get the occurrence appended. A grouped
 * finding's related places are listed in its description. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "util.h"

static const char *severity(int level)
{
    return level == LEVEL_ERROR ? "major" : level == LEVEL_WARNING ? "minor" : "info";
}

void report_gitlab(const struct report_data *d, FILE *out)
{
    const struct findings *fs = &d->scan->findings;
    json_t *issues = json_array();
    for (int i = 0; i < fs->count; i++) {
        if (d->state[i].disposition != DISP_REPORTED)
            continue;
        const struct finding *f = &fs->items[i];
        int seen = 0;
        for (int j = 0; j < i; j++)
            seen += d->state[j].disposition == DISP_REPORTED && fs->items[j].fingerprint && f->fingerprint &&
                    strcmp(fs->items[j].fingerprint, f->fingerprint) == 0;
        char *fp = seen ? xasprintf("%s-%d", f->fingerprint ? f->fingerprint : "", seen)
                        : xstrdup(f->fingerprint ? f->fingerprint : "");
        /* Code Quality has one location per issue: the defect's other
         * places go into the description. */
        struct strbuf sb = {0};
        sb_appendf(&sb, "%s [%s]", f->message, f->rule);
        for (int r = 0; r < f->nrelated; r++) {
            char *rrel = report_relpath(d, f->related[r].loc.file);
            sb_appendf(&sb, "%s%s:%d", r ? ", " : "; also at ", rrel, f->related[r].loc.line);
            free(rrel);
        }
        char *desc = sb_steal(&sb);
        char *rel = report_relpath(d, f->loc.file);
        json_t *issue = json_object();
        json_object_set_new(issue, "description", report_jstr(desc));
        json_object_set_new(issue, "check_name", report_jstr(f->rule));
        json_object_set_new(issue, "fingerprint", report_jstr(fp));
        json_object_set_new(issue, "severity", json_string(severity(f->level)));
        json_object_set_new(issue, "location",
                            json_pack("{s:o, s:{s:i}}", "path", report_jstr(rel), "lines", "begin",
                                      f->loc.line > 0 ? f->loc.line : 1));
        json_array_append_new(issues, issue);
        free(rel);
        free(desc);
        free(fp);
    }
    char *s = json_dumps(issues, JSON_INDENT(2));
    if (s) {
        fputs(s, out);
        fputc('\n', out);
    }
    free(s);
    json_decref(issues);
}
