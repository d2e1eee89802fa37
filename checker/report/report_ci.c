/* SPDX-License-Identifier: Apache-2.0 */
/* report_ci.c — annotations for CI logs: GitHub Actions workflow commands
 * and Azure Pipelines logging commands, one line per finding, with the trace
 * folded into the message. Both formats are line based, so every value is
 * escaped the way the runner unescapes it (a newline never ends a command
 * early, a ';' or ']' never ends a property). */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "util.h"

static void put_chars(const char *s, const char *const map[256], FILE *out)
{
    char *u = utf8_sanitize(s);
    for (const unsigned char *p = (const unsigned char *)u; *p; p++) {
        if (map[*p])
            fputs(map[*p], out);
        else if (*p < 0x20 || *p == 0x7f)
            fputc(' ', out); /* other control characters carry nothing a reader needs */
        else
            fputc(*p, out);
    }
    free(u);
}

/* The finding's message with its trace: "msg [rule] (trace: a.c:3:1: obtained here; ...)" */
static char *full_message(const struct report_data *d, const struct finding *f)
{
    struct strbuf sb = {0};
    sb_appendf(&sb, "%s [%s]", f->message, f->rule);
    if (f->driver && d->scan->drivers.count > 1)
        sb_appendf(&sb, " (driver %s)", f->driver);
    for (int s = 0; s < f->ntrace; s++) {
        char *rel = report_relpath(d, f->trace[s].loc.file);
        sb_appendf(&sb, "\n%s:%d:%d: note: %s", rel, f->trace[s].loc.line, f->trace[s].loc.column,
                   f->trace[s].message);
        free(rel);
    }
    for (int r = 0; r < f->nrelated; r++) {
        char *rel = report_relpath(d, f->related[r].loc.file);
        sb_appendf(&sb, "\n%s:%d:%d: note: also here", rel, f->related[r].loc.line, f->related[r].loc.column);
        free(rel);
    }
    return sb_steal(&sb);
}

/* ---- GitHub: ::error file=F,line=L,col=C,title=T::message ---------------- */

static const char *const gh_data[256] = {['%'] = "%25", ['\r'] = "%0D", ['\n'] = "%0A"};
static const char *const gh_prop[256] = {['%'] = "%25", ['\r'] = "%0D", ['\n'] = "%0A", [':'] = "%3A",
                                         [','] = "%2C"};

static const char *gh_level(int level)
{
    return level == LEVEL_ERROR ? "error" : level == LEVEL_WARNING ? "warning" : "notice";
}

void report_github(const struct report_data *d, FILE *out)
{
    const struct findings *fs = &d->scan->findings;
    for (int i = 0; i < fs->count; i++) {
        if (d->state[i].disposition != DISP_REPORTED)
            continue;
        const struct finding *f = &fs->items[i];
        char *rel = report_relpath(d, f->loc.file);
        fprintf(out, "::%s file=", gh_level(f->level));
        put_chars(rel, gh_prop, out);
        fprintf(out, ",line=%d,col=%d,title=", f->loc.line, f->loc.column);
        put_chars(f->rule, gh_prop, out);
        fputs("::", out);
        char *msg = full_message(d, f);
        put_chars(msg, gh_data, out);
        fputc('\n', out);
        free(msg);
        free(rel);
    }
    for (int i = 0; i < d->scan->diagnostics.count; i++) {
        fputs("::warning title=storcheck::", out);
        put_chars(d->scan->diagnostics.items[i], gh_data, out);
        fputc('\n', out);
    }
}

/* ---- Azure: ##vso[task.logissue type=error;sourcepath=F;...]message ------ */

/* As azure-pipelines-task-lib escapes: '%' first (as %AZP25), then CR, LF,
 * and in properties also ']' and ';'. */
static const char *const az_data[256] = {['%'] = "%AZP25", ['\r'] = "%0D", ['\n'] = "%0A"};
static const char *const az_prop[256] = {['%'] = "%AZP25", ['\r'] = "%0D", ['\n'] = "%0A", [']'] = "%5D",
                                         [';'] = "%3B"};

void report_azure(const struct report_data *d, FILE *out)
{
    const struct findings *fs = &d->scan->findings;
    for (int i = 0; i < fs->count; i++) {
        if (d->state[i].disposition != DISP_REPORTED)
            continue;
        const struct finding *f = &fs->items[i];
        char *rel = report_relpath(d, f->loc.file);
        fprintf(out, "##vso[task.logissue type=%s;sourcepath=", f->level == LEVEL_ERROR ? "error" : "warning");
        put_chars(rel, az_prop, out);
        fprintf(out, ";linenumber=%d;columnnumber=%d;code=", f->loc.line, f->loc.column);
        put_chars(f->rule, az_prop, out);
        fputs("]", out);
        char *msg = full_message(d, f);
        put_chars(msg, az_data, out);
        fputc('\n', out);
        free(msg);
        free(rel);
    }
    for (int i = 0; i < d->scan->diagnostics.count; i++) {
        fputs("##vso[task.logissue type=warning]", out);
        put_chars(d->scan->diagnostics.items[i], az_data, out);
        fputc('\n', out);
    }
}
