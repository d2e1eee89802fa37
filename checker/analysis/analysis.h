/* SPDX-License-Identifier: Apache-2.0 */
/* analysis.h — ownership of port memory (SG lists, SRBs): function summaries
 * and the flow-sensitive pass that turns each function's IR into events for
 * the rules.
 *
 * A value is an SG list of SRB s when it comes from
 * StorPortGetScatterGatherList(_, s) (or a routine whose summary says it
 * returns one), or from a pointer field of the SRB extension typed as an SG
 * list; copies, casts, element addresses and pointer arithmetic carry the
 * same origin. Per function, a forward may-analysis over the CFG tracks which
 * variables hold SG lists, which SRBs may have been completed, and which
 * variables hold miniport pool. Summaries (which parameters a function
 * completes, releases, stores long-lived or reads through; whether it returns
 * an SG list) are computed to a fixpoint over the call graph first, so that
 * wrappers in other files count like the DDI they wrap.
 */
#ifndef STORCHECK_ANALYSIS_H
#define STORCHECK_ANALYSIS_H

#include "model.h"
#include "util.h"

#define SUMMARY_MAX_PARAMS 16

/* Where a summary fact comes from inside the function: the instruction and,
 * when it is itself through a call, the callee. */
struct summary_fact {
    bool set;
    struct ir_loc loc;
    const char *via;   /* the routine called at loc (a DDI or a miniport function) */
    const char *place; /* stores: where the parameter goes ("the device extension") */
};

/* When a function completes a parameter: on every return, or only on the
 * returns of one kind (`complete; return FALSE;`), which callers test. */
enum completes_when { COMPLETES_ALWAYS = 0, COMPLETES_IF_ZERO, COMPLETES_IF_NONZERO };

/* A test of a parameter's value on entry ("parameter 2 != 0"). */
struct param_test {
    int param;
    struct value_test t;
};

#define SUMMARY_MAX_TESTS 8
struct param_tests {
    struct param_test t[SUMMARY_MAX_TESTS];
    int n;
};

/* One kind of return: the constant returned (when known) and what the
 * parameters were on the paths that reach it. */
#define SUMMARY_MAX_RETURNS 6
struct return_case {
    bool known;
    long long value;
    struct param_tests when;
};

struct fn_summary {
    struct summary_fact completes[SUMMARY_MAX_PARAMS]; /* completes its SRB parameter i */
    enum completes_when completes_when[SUMMARY_MAX_PARAMS];
    /* completes parameter i only when its parameters pass these tests
     * (`if (complete) StorPortNotification(...)`): a caller that passes a
     * constant ruling one out does not complete */
    struct param_tests completes_if[SUMMARY_MAX_PARAMS];
    struct return_case returns[SUMMARY_MAX_RETURNS]; /* what it returns, by case */
    int nreturns;
    bool returns_unknown; /* more cases than kept */
    struct summary_fact completes_any;                 /* completes an SRB not among its parameters, or all */
    struct summary_fact releases[SUMMARY_MAX_PARAMS];  /* passes parameter i to a release routine */
    struct summary_fact stores[SUMMARY_MAX_PARAMS];    /* stores parameter i where it outlives the SRB */
    struct summary_fact reads[SUMMARY_MAX_PARAMS];     /* reads through parameter i */
    int returns_sg_of; /* -1: no; i: the SG list of SRB parameter i; SUMMARY_MAX_PARAMS: of an unknown SRB */
    int returns_ext_of; /* -1: no; i: a pointer into the SRB extension of SRB parameter i */
    struct ir_loc returns_at;
};

enum port_event_kind {
    SG_GET,     /* StorPortGetScatterGatherList (or a routine returning its result) is called */
    SG_READ,    /* memory is read through an SG list or a derived pointer */
    SG_STORE,   /* an SG list is stored where it outlives its SRB */
    SG_RELEASE, /* an SG list reaches a release routine */
    SRB_TOUCH,  /* a completed SRB, or its SRB extension, is read or written */
    SRB_COMPLETED_TWICE, /* a completed SRB is completed again */
    PORT_MEMORY_RELEASE, /* memory the port owns reaches a release routine */
};

struct port_event {
    enum port_event_kind kind;
    int function;          /* model function index */
    struct ir_loc loc;
    char *what;            /* the SG value, as written: "sgl", "sgl->List[]" */
    struct ir_loc obtained_at; /* where the list came from (line 0 if unknown) */
    bool from_field;       /* the list was loaded from an SRB extension field */
    const char *via;       /* the callee that reads / stores / releases, or NULL */
    struct ir_loc via_at;  /* where inside that callee */
    char *srb;             /* the SRB the list belongs to, as written, or NULL if unknown */
    /* SG_READ */
    bool after_completion;
    struct ir_loc completed_at;
    const char *completed_by; /* the routine that completed the SRB */
    /* SG_STORE */
    const char *place;     /* "the device extension", "the LU extension", "a global", ... */
    char *target;          /* where it was stored, as written */
    /* SG_RELEASE, PORT_MEMORY_RELEASE */
    const char *routine;   /* the release routine (or the wrapper called) */
    int port_kind;         /* PORT_MEMORY_RELEASE: DDI_PORT_* bits of what is released */
};

struct analysis {
    const struct program_model *model;
    struct fn_summary *summaries; /* one per model function */
    struct port_event *events;
    int nevents, events_cap;
    struct strlist pool_fields; /* "record.field" / "@global" holding pool kept across requests */
    struct strlist sg_fields;   /* "record.field" of the SRB extension assigned the port's SG list */
    struct strlist own_list_fields; /* "record.field" of the SRB extension assigned the miniport's own storage */
};

void analysis_init(struct analysis *a, const struct program_model *m);
/* The same with the summaries computed by whole rounds over every function
 * (worklist false), the older way: tests compare the two. */
void analysis_init_with(struct analysis *a, const struct program_model *m, bool worklist);
/* Whether two summaries say the same (what the fixpoint compares). */
bool analysis_summary_equal(const struct fn_summary *x, const struct fn_summary *y);

/* Adds to f the steps by which the miniport function `by` (called from
 * function `from`) completes an SRB,
 * down through its wrappers to the routine that does it; nothing if `by` is
 * not a miniport function. */
struct finding;
void analysis_completion_steps(const struct analysis *a, int from, const char *by, struct finding *f);
void analysis_free(struct analysis *a);

#endif
