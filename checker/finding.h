/* finding.h — what a rule reports: a located message with the trace of steps
 * that lead to it, and a fingerprint that does not depend on line numbers. */
#ifndef STORCHECK_FINDING_H
#define STORCHECK_FINDING_H

#include "ir.h"

enum level { LEVEL_NOTE = 1, LEVEL_WARNING = 2, LEVEL_ERROR = 3, LEVEL_NEVER = 4 };

const char *level_name(int level);

struct trace_step {
    struct ir_loc loc;
    char *message;
};

struct finding {
    const char *rule; /* borrowed: the rule table's id */
    int level;
    struct ir_loc loc;
    char *function;   /* the enclosing function */
    char *message;
    struct trace_step *trace;
    int ntrace;
    char *fingerprint; /* filled by findings_fingerprint */
    char *driver;      /* the driver (program) it was found in, "a, b" for a unit shared by
                          several; NULL until the scan names it. Not part of the fingerprint */
};

struct findings {
    struct finding *items;
    int count, cap;
};

/* Adds a finding; the message is formatted, the caller adds trace steps with
 * finding_step on the returned pointer (valid until the next add). */
struct finding *findings_add(struct findings *fs, const char *rule, int level, struct ir_loc loc,
                             const char *function, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
void finding_step(struct finding *f, struct ir_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Sorts by file, line, column, rule; drops exact duplicates (same rule and
 * location), merging the drivers of a finding reported by several. */
void findings_sort(struct findings *fs);
/* Fingerprints: hash of rule, path relative to root, function, the offending
 * source line with whitespace removed, and the trace's shape. */
void findings_fingerprint(struct findings *fs, const char *root);
void findings_free(struct findings *fs);
/* Frees what one finding holds, not the finding itself. */
void finding_free(struct finding *f);

#endif
