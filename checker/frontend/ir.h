/* SPDX-License-Identifier: Apache-2.0 */
/* ir.h — the small intermediate representation that the frontend lowers each
 * translation unit to, and everything downstream reads.
 *
 * A function is a control-flow graph of basic blocks. Each block holds plain
 * instructions over access paths (a base variable followed by field,
 * dereference and index steps) and ends in a terminator (goto, two-way
 * branch, switch, return). Nested expressions are flattened into temporaries,
 * so every call, cast and read stands on its own with its source location.
 * No libclang type appears here: this is plain data, owned by its ir_unit.
 * Units cross from worker processes as bytes: a field added here must be
 * written and read in ir_serial.c too (tests/test_ir_serial.c prints both).
 */
#ifndef STORCHECK_IR_H
#define STORCHECK_IR_H

#include <stdbool.h>
#include <stdio.h>

struct ir_loc {
    const char *file; /* interned in the unit's file table; absolute path */
    int line, column;
};

enum ir_base {
    IR_BASE_NONE,   /* no storage: a literal or an expression we do not model */
    IR_BASE_LOCAL,  /* index into ir_function.locals */
    IR_BASE_PARAM,  /* index into ir_function.params */
    IR_BASE_GLOBAL, /* name: a file-scope variable, or "func::var" for a static local */
    IR_BASE_TEMP,   /* index: a temporary of this function */
    IR_BASE_FUNC,   /* name: a function designator */
};

enum ir_step_kind {
    IR_STEP_DEREF, /* *p, and the implicit dereference of p->f and p[i] */
    IR_STEP_FIELD, /* .f (p->f is DEREF then FIELD) */
    IR_STEP_INDEX, /* [i] of an array object (p[i] is DEREF then INDEX) */
};

struct ir_step {
    enum ir_step_kind kind;
    char *field;  /* FIELD: field name */
    char *record; /* FIELD: the record type holding the field ("struct _DEVICE_EXTENSION") */
};

struct ir_path {
    enum ir_base base;
    int index;   /* LOCAL, PARAM, TEMP */
    char *name;  /* GLOBAL, FUNC; also LOCAL and PARAM names for messages */
    struct ir_step *steps;
    int nsteps;
    char *type;      /* canonical type of the whole path expression */
    bool is_pointer; /* the path's value is a pointer (or array decaying to one) */
};

enum ir_operand_kind {
    IR_OPND_NONE,
    IR_OPND_VALUE, /* the value stored at path (a read of path) */
    IR_OPND_ADDR,  /* &path: no read */
    IR_OPND_CONST, /* an integer or enumerator constant; also sizeof(T) */
};

struct ir_operand {
    enum ir_operand_kind kind;
    struct ir_loc loc;      /* where the expression is written (line 0 if unknown) */
    struct ir_path path;    /* VALUE, ADDR */
    long long value;        /* CONST */
    char *name;             /* CONST: the enumerator or macro-free spelling, if any */
    char *sizeof_type;      /* CONST from sizeof(T): canonical spelling of T */
};

enum ir_inst_kind {
    IR_ASSIGN,  /* dst = srcs[0] */
    IR_CAST,    /* dst = (type) srcs[0] */
    IR_COMPUTE, /* dst = op(srcs...): arithmetic, comparison, pointer arithmetic */
    IR_CALL,    /* [dst =] callee(srcs...) */
    IR_USE,     /* srcs are read, nothing is written (conditions, expression statements) */
};

struct ir_inst {
    enum ir_inst_kind kind;
    struct ir_loc loc;
    bool has_dst;
    struct ir_path dst;
    struct ir_operand *srcs;
    int nsrcs;
    char *callee;              /* CALL: the function's name for a direct call, else NULL */
    struct ir_operand target;  /* CALL through a pointer: the pointer operand */
    char *op;                  /* COMPUTE: operator spelling; CAST: target type */
};

enum ir_term_kind {
    IR_TERM_GOTO,   /* succs[0] */
    IR_TERM_BRANCH, /* cond true: succs[0], false: succs[1] */
    IR_TERM_SWITCH, /* one successor per case; the last is default (or the exit of the switch) */
    IR_TERM_RETURN, /* ret (kind NONE for void) */
};

/* A switch's case label, when it is an integer constant. */
struct ir_case {
    bool known;
    long long value;
};

struct ir_block {
    struct ir_inst *insts;
    int ninsts, cap;
    enum ir_term_kind term;
    int *succs;
    int nsuccs;
    struct ir_operand cond; /* BRANCH, SWITCH; RETURN value */
    struct ir_case *cases;  /* SWITCH: the label of succs[i] for i < nsuccs - 1, or NULL */
    struct ir_loc term_loc;
};

struct ir_var {
    char *name;
    char *type;
    bool is_pointer;
};

struct ir_function {
    char *name;
    bool is_static;
    struct ir_loc loc;  /* the definition's name */
    char *role_typedef; /* "HW_BUILDIO" when declared as `HW_BUILDIO Name;` in this unit */
    struct ir_var *params;
    int nparams;
    struct ir_var *locals;
    int nlocals;
    int ntemps;
    struct ir_block *blocks; /* blocks[0] is the entry */
    int nblocks;
    char *return_type;
};

/* A function declared with a role typedef, whether or not it is defined here. */
struct ir_role_decl {
    char *function;
    char *role_typedef;
    struct ir_loc loc;
};

struct ir_field {
    char *name;
    char *type;   /* canonical */
    char *record; /* the record type of the field when it is a struct/union held by value */
    bool is_pointer;
};

struct ir_record {
    char *name; /* canonical spelling, e.g. "struct _DEVICE_EXTENSION" */
    struct ir_field *fields;
    int nfields;
};

struct ir_global {
    char *name;
    char *type;
    bool is_static;
    bool is_definition;
    struct ir_loc loc;
};

struct ir_diag {
    struct ir_loc loc;
    int severity; /* 3 error, 4 fatal */
    char *message;
};

/* One translation unit, after parsing; everything it points to is owned here. */
/* A diagnostic that names a name nothing declared (see guess_reads in
 * guess.h), with the source text around the name where it is spelled, so
 * that guess.c can tell how the name is used without libclang. */
struct ir_name_diag {
    struct ir_diag diag;  /* severity 2 for a warning */
    char *before;         /* up to a few lines of text ending just before the name */
    char *after;          /* text starting at the name */
};

/* A name storcheck declared itself because the unit used it and nothing the
 * scan could see declared it (guess.h). */
struct ir_guess {
    char *name;
    const char *kind;  /* static: guess_kind_name() */
    struct ir_loc loc; /* the first use that needed it */
};

struct ir_unit {
    char *path;
    char **files; /* interned file names */
    int nfiles, files_cap;
    struct ir_function *functions;
    int nfunctions, functions_cap;
    struct ir_role_decl *role_decls;
    int nrole_decls, role_decls_cap;
    struct ir_record *records;
    int nrecords, records_cap;
    struct ir_global *globals;
    int nglobals, globals_cap;
    /* File-scope initializers (a HW_INITIALIZATION_DATA or a callback table
     * at file scope) are lowered into this synthetic function. */
    struct ir_function *global_init;
    struct ir_diag *errors;
    int nerrors, errors_cap;
    struct ir_diag *tolerated; /* errors for constructs MSVC accepts (see frontend.c) */
    int ntolerated, tolerated_cap;
    int nwarnings;
    char **stubbed; /* include stand-ins the unit actually used */
    int nstubbed, stubbed_cap;
    struct ir_name_diag *name_diags; /* what guess.c reads; freed with the unit */
    int nname_diags, name_diags_cap;
    struct ir_guess *guesses; /* declarations the unit was parsed with (scan.c fills) */
    int nguesses, guesses_cap;
    bool parse_failed; /* libclang returned no unit at all */
    char *failure;     /* why, when parse_failed */
};

const char *ir_intern_file(struct ir_unit *u, const char *path);
void ir_unit_free(struct ir_unit *u);
void ir_function_free(struct ir_function *f);
void ir_path_free(struct ir_path *p);
void ir_operand_free(struct ir_operand *o);
struct ir_path ir_path_copy(const struct ir_path *p);
struct ir_operand ir_operand_copy(const struct ir_operand *o);

/* Printing, for --dump-ir and the lowering tests; stable text. */
void ir_path_print(const struct ir_function *f, const struct ir_path *p, FILE *out);
void ir_function_print(const struct ir_function *f, FILE *out);

#endif
