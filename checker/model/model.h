/* SPDX-License-Identifier: Apache-2.0 */
/* model.h — the program model: the units linked into one program.
 *
 * model_link merges the per-unit IR, resolves calls by name and linkage
 * (static functions bind within their unit first), resolves calls through
 * function pointers stored in struct fields and variables, finds the
 * callback roles and the extension types, and computes each function's
 * contexts: the roles that reach it, each with one shortest call path.
 * Once linked the model is not modified; analyses read it.
 */
#ifndef STORCHECK_MODEL_H
#define STORCHECK_MODEL_H

#include <stdio.h>

#include "ddi.h"
#include "facts.h"
#include "ir.h"

struct model_call {
    int caller, callee;         /* function indices */
    const struct ir_inst *inst; /* the call instruction, in the caller */
    bool indirect;              /* resolved through a function pointer */
};

struct model_context {
    const char *role; /* borrowed from the DDI model */
    int depth;        /* 0 at the registered callback */
    int via;          /* the call (index into calls) from the previous function; -1 at depth 0 */
};

struct model_function {
    const struct ir_function *ir;
    const struct ir_unit *unit;
    const struct ir_inst **temp_def; /* the instruction that defines each temporary */
    int *calls_out;                  /* indices into calls, in instruction order */
    int ncalls_out;
    int *calls_in;
    int ncalls_in;
    struct model_context *contexts;
    int ncontexts;
};

struct model_role {
    const char *role; /* borrowed from the DDI model */
    int function;
    struct ir_loc loc; /* where it was registered or declared */
    char *how;         /* "HW_INITIALIZATION_DATA.HwBuildIo", "typedef HW_BUILDIO", "StorPortInitializeDpc" */
};

struct program_model {
    const struct ddi_model *ddi;
    struct ir_unit *units; /* owned */
    int nunits;
    struct model_function *functions;
    int nfunctions;
    struct model_call *calls;
    int ncalls;
    struct model_role *roles;
    int nroles;
    const struct ir_record **records; /* one per name, sorted by name, borrowed from the units */
    unsigned char *record_places;     /* per record: MODEL_IN_* bits */
    int nrecords;
    char *device_ext, *srb_ext, *lu_ext; /* canonical record spellings, or NULL */
    int *by_name;                        /* function indices sorted by name */
    bool units_borrowed;                 /* model_link_subset: units stay the caller's */
    struct model_facts *facts;           /* the driver's mode cells and start-up flags (facts.h) */
};

/* Takes ownership of `units` (an array of nunits, allocated with xmalloc). */
struct program_model *model_link(struct ir_unit *units, int nunits, const struct ddi_model *ddi);
/* Links units[members[0..nmembers-1]] without taking them: the model holds
 * shallow copies of those structs and frees only its array, so one unit can
 * be part of several programs (a helper shared by two drivers). The units
 * must outlive the model. */
struct program_model *model_link_subset(const struct ir_unit *units, const int *members, int nmembers,
                                        const struct ddi_model *ddi);
void model_free(struct program_model *m);

/* The function a call by `name` from `unit` binds to, or -1. */
int model_find_function(const struct program_model *m, const char *name, const struct ir_unit *unit);
const struct ir_record *model_record(const struct program_model *m, const char *name);
/* Whether record `inner` is `outer` or held by value inside it, at any depth. */
bool model_record_within(const struct program_model *m, const char *inner, const char *outer);

/* Which extensions a record is part of (itself, or held by value inside
 * one, at any depth): computed once at link, looked up by name. */
enum { MODEL_IN_DEVICE = 1, MODEL_IN_SRB = 2, MODEL_IN_LU = 4 };
int model_record_places(const struct program_model *m, const char *record);
/* The context of function f for role, or NULL. */
const struct model_context *model_context_of(const struct program_model *m, int f, const char *role);
bool model_has_role(const struct program_model *m, const char *role);

/* What a branch condition of function mf tests: follows temporaries through
 * copies, casts, `!x`, `x == 0` and `x != 0` to the operand underneath, and
 * sets *sense to +1 if the condition holds when that operand is nonzero, -1
 * if when it is zero. */
const struct ir_operand *model_condition_operand(const struct model_function *mf,
                                                 const struct ir_operand *cond, int *sense);

/* What a branch condition compares, as "operand OP value": the condition
 * holds exactly when the returned operand compares so with the constant.
 * Sees through what model_condition_operand does and also `x < C`, `C >= x`
 * and the other orderings, with enumerators and NULL as constants; a plain
 * truth test is `x != 0`. */
enum value_op { VALUE_EQ, VALUE_NE, VALUE_LT, VALUE_LE, VALUE_GT, VALUE_GE };
struct value_test {
    enum value_op op;
    long long value;
};
const struct ir_operand *model_condition_test(const struct model_function *mf, const struct ir_operand *cond,
                                              struct value_test *test);
/* The test that holds where t does not. */
struct value_test model_test_negated(struct value_test t);
/* Whether a value that satisfies `is` can satisfy `test` as well. */
bool model_test_compatible(const struct value_test *is, const struct value_test *test);
/* The values a test admits as [*lo, *hi]; for VALUE_NE, *ne is set and
 * the interval is the one excluded value. */
void model_test_range(const struct value_test *t, long long *lo, long long *hi, bool *ne);
/* Whether every value that satisfies `is` satisfies `test`. */
bool model_test_implies(const struct value_test *is, const struct value_test *test);

/* Prints roles, contexts with their paths, and extension types: stable text,
 * or JSON. Paths are printed relative to root. */
void model_dump(const struct program_model *m, const char *root, bool json, FILE *out);
/* The JSON document model_dump prints ({roles, functions, extensions}); owned. */
struct json_t;
struct json_t *model_dump_json(const struct program_model *m, const char *root);

#endif
