/* SPDX-License-Identifier: Apache-2.0 */
/* baseline.h — the findings a project has accepted for now, so that CI fails
 * only on new ones.
 *
 * The file is JSON, sorted by file, rule and fingerprint, one entry per
 * finding, so that it is stable across runs and diffs well in review:
 *
 *   {"version": 1, "tool": "storcheck",
 *    "findings": [{"file": "...", "rule": "...", "function": "...",
 *                  "fingerprint": "...", "message": "..."}]}
 *
 * Matching is by fingerprint (which survives edits elsewhere in the file),
 * as a multiset: one entry accepts one finding.
 */
#ifndef STORCHECK_BASELINE_H
#define STORCHECK_BASELINE_H

#include "report.h"

/* Records every finding not suppressed in source. 0, or -1 and *err. */
int baseline_write(const char *path, const struct report_data *d, char **err);
/* Marks the findings the baseline holds as DISP_SUPPRESSED_BASELINE and
 * counts matched findings and entries that matched nothing. 0, or -1 and *err. */
int baseline_apply(const char *path, struct report_data *d, char **err);

#endif
