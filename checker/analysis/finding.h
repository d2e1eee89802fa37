/* SPDX-License-Identifier: Apache-2.0 */
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

/* Another place of the same defect: a further use of the same object for the
 * same cause, folded into the finding by findings_group. */
struct related_loc {
    struct ir_loc loc;
    char *message; /* what this place would have been reported with on its own */
};

struct finding {
    const char *rule; /* borrowed: the rule table's id */
    int level;
    struct ir_loc loc; /* after grouping: the earliest place of the defect */
    char *function;   /* the enclosing function */
    char *message;
    struct trace_step *trace;
    int ntrace;
    char *fingerprint; /* filled by findings_fingerprint */
    char *driver;      /* the driver (program) it was found in, "a, b" for a unit shared by
                          several; NULL until the scan names it. Not part of the fingerprint */
    /* The defect's identity, set by finding_group_key; NULL object: the
     * finding stands alone. */
    char *object;         /* the SRB (or SG list) the defect is about, as written */
    struct ir_loc anchor; /* the cause (completion or fetch site), or else the use's loop or statement */
    struct related_loc *related; /* the group's other places, earliest first */
    int nrelated;
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

/* Marks f as one place of a defect that may have several: findings of one
 * rule in one function with the same object and anchor are one defect
 * (findings_group). The object is copied. */
void finding_group_key(struct finding *f, const char *object, struct ir_loc anchor);

/* Sorts by file, line, column, rule; drops exact duplicates (same rule and
 * location), merging the drivers of a finding reported by several. */
void findings_sort(struct findings *fs);
/* Folds each group of findings with the same rule, function, object and
 * anchor into its earliest member; the others become its related places.
 * Call after findings_sort; the order stays sorted. */
void findings_group(struct findings *fs);
/* Fingerprints: hash of rule, path relative to root, function, and either
 * the object and the anchor's source line (a grouped finding: neither its
 * related places nor which of them is first count) or the offending source
 * line and the trace's shape (a finding that stands alone); source lines
 * with whitespace and comments removed. Findings that would share one get
 * their occurrence (second, third... in source order) hashed in. */
void findings_fingerprint(struct findings *fs, const char *root);
void findings_free(struct findings *fs);
/* Frees what one finding holds, not the finding itself. */
void finding_free(struct finding *f);

#endif
