/* SPDX-License-Identifier: Apache-2.0 */
/* suppress.h — suppressions written in the source:
 *
 *   x = f(); // storcheck-ignore[sg-escapes-srb]: the port keeps this list alive, see ...
 *   // storcheck-ignore[sg-*]: reason       (covers the next line)
 *   // storcheck-ignore-file[sg-translation-outside-buildio]: reason
 *
 * A line suppression covers findings on its own line and on the line below;
 * a file suppression covers every finding whose location is in that file.
 * A grouped finding (finding.h) is covered when any of its places is: its
 * first place, then its related places, are tried (report.c).
 * Several ids (or globs) may be given, separated by commas. The reason after
 * the colon is required: a comment without one is reported and not applied.
 */
#ifndef STORCHECK_SUPPRESS_H
#define STORCHECK_SUPPRESS_H

#include "source.h"
#include "util.h"

#define SUPPRESS_MARKER "storcheck-ignore"

struct suppression {
    char *file;   /* absolute */
    int line;     /* where the comment is */
    bool whole_file;
    char *rule;   /* an id or glob */
    char *reason;
    int used;     /* findings it suppressed */
};

struct suppressions {
    struct suppression *items;
    int count, cap;
};

/* Collects the suppression comments of one file. Problems go to *diags as
 * "<shown>:line: problem" (shown is how the file is named to the user). */
void suppress_scan(const struct source *src, const char *shown, struct suppressions *out,
                   struct strlist *diags);
/* The suppression that covers a finding of `rule` at file:line, or NULL
 * (borrowed; its `used` count is bumped). */
struct suppression *suppress_match(struct suppressions *s, const char *rule, const char *file,
                                   int line);
void suppressions_free(struct suppressions *s);

#endif
