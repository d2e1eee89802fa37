/* SPDX-License-Identifier: Apache-2.0 */
/* report.h — what happens to the findings after the analysis, and the
 * reports.
 *
 * report_prepare decides, for each finding of a scan, whether it is reported:
 * in-source suppressions (suppress.h), then --write-baseline, then
 * --baseline (baseline.h), then --changed-lines / --diff-base (changes.h).
 * The writers then print the same report_data in any format; the formats
 * share one model, so a finding is never in one report and missing from
 * another.
 */
#ifndef STORCHECK_REPORT_H
#define STORCHECK_REPORT_H

#include <stdio.h>

#include "options.h"
#include "scan.h"
#include "source.h"
#include "suppress.h"
#include "utf8.h"

enum disposition {
    DISP_REPORTED,
    DISP_SUPPRESSED_IN_SOURCE, /* a storcheck-ignore comment */
    DISP_SUPPRESSED_BASELINE,  /* in the --baseline file */
    DISP_OUTSIDE_CHANGES,      /* not on a changed line: left out of every report */
};

struct finding_state {
    enum disposition disposition;
    const struct suppression *by; /* IN_SOURCE: borrowed from report_data.suppressions */
};

struct report_data {
    const struct scan_result *scan;
    const struct options *o;
    struct finding_state *state;      /* one per scan->findings item */
    struct suppressions suppressions;
    struct strlist diagnostics;       /* problems found after the scan ("file:line: ...") */
    struct strlist unused;            /* --report-unused-suppressions: "file:line: ..." */
    bool baseline_used;
    int baseline_matched, baseline_gone;
    int outside_changes;
    bool input_broken;                /* a baseline could not be read and was left out: the
                                         scan's findings are reported, the run is incomplete */
    struct source_cache *sources;     /* the files' text, read on demand */
};

/* Fills *d from a finished scan. Returns 0, or -1 with a one-line message
 * in *err (owned) when a baseline or changed-lines input cannot be read or
 * the baseline cannot be written (a configuration error: exit 2). */
int report_prepare(struct report_data *d, const struct scan_result *r, const struct options *o,
                   char **err);
void report_data_free(struct report_data *d);

/* Findings reported at or above --fail-on (what makes the exit status 1). */
int report_failing(const struct report_data *d);

/* Writes one report; color applies to text only. */
void report_write(const struct report_data *d, enum output_format format, bool color, FILE *out);
/* Writes one report to `path` through a temporary file in the same folder
 * and a rename, so a reader never sees half a report. 0, or -1 and *err. */
int report_write_file(const struct report_data *d, enum output_format format, const char *path,
                      char **err);

/* The same atomic write for any content: write with fn(ctx, f). */
int report_atomic_write(const char *path, void (*fn)(void *ctx, FILE *f), void *ctx, char **err);

void report_stats(const struct scan_result *r, enum output_format format, FILE *out);

/* ---- the writers (report_<format>.c) ---------------------------------- */
void report_text(const struct report_data *d, bool color, FILE *out);
void report_json(const struct report_data *d, FILE *out);
void report_sarif(const struct report_data *d, FILE *out);
void report_html(const struct report_data *d, FILE *out);
void report_github(const struct report_data *d, FILE *out);
void report_azure(const struct report_data *d, FILE *out);
void report_gitlab(const struct report_data *d, FILE *out);
void report_junit(const struct report_data *d, FILE *out);

/* ---- helpers the writers share ---------------------------------------- */
/* A JSON string of utf8_sanitize(s): never NULL. */
struct json_t *report_jstr(const char *s);
/* The path of file relative to the scan root (or absolute if outside). Owned. */
char *report_relpath(const struct report_data *d, const char *file);
/* Counts of reported findings by level: [LEVEL_NOTE..LEVEL_ERROR]. */
void report_counts(const struct report_data *d, int counts[5]);
/* Reported findings per rule, indexed like rules_table; caller frees. */
int *report_counts_by_rule(const struct report_data *d);
/* The rule table entry for an id, or NULL. */
const struct rule_info *report_rule(const char *id);
/* The level a rule reports at after .storcheck.json. */
int report_rule_level(const struct report_data *d, const struct rule_info *ri);
/* SARIF / GitHub's primaryLocationLineHash for `line` of `src`, "<hex>:<n>",
 * computed as github/codeql-action's fingerprints.ts does. NULL if the line
 * does not exist. Owned. */
char *report_line_hash(const struct source *src, int line);

#endif
