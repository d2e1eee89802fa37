/* SPDX-License-Identifier: Apache-2.0 */
/* facts.h — what a driver's own fields and globals say about where it runs.
 *
 * Miniports keep two kinds of facts in storage that branch conditions test:
 *
 * - The execution mode. A miniport loaded for crash dump or hibernation is
 *   told so (PORT_CONFIGURATION_INFORMATION.DumpMode, NULL DriverEntry
 *   arguments: rules/ddi.json "dump_mode"), copies it into a device-extension
 *   field or a global, and tests it directly or through a predicate function
 *   of its own. Such a *mode cell* is nonzero exactly in dump mode (or
 *   exactly in normal mode).
 * - A flag set once during start-up (`devExt->DpcReady = TRUE` at the end of
 *   the passive-initialization routine) and never cleared. Callbacks that
 *   run after that start-up phase (I/O, interrupts, adapter control) see it
 *   set. Phases come from rules/ddi.json ("phase").
 *
 * facts_find computes both once per program; facts_condition then says which
 * way a branch goes in a walk from a given callback in a given mode. reach.c
 * is the one user, so every rule that walks with reach gets the same pruning.
 */
#ifndef STORCHECK_FACTS_H
#define STORCHECK_FACTS_H

#include <stdbool.h>

#include "ir.h"

struct program_model;

/* The two execution modes a miniport is loaded in. */
enum { FACT_MODE_NORMAL = 0, FACT_MODE_DUMP = 1 };

struct model_facts;

/* Computed from the linked model (calls, roles and contexts must be set). */
struct model_facts *facts_find(const struct program_model *m);
void facts_free(struct model_facts *f);

/* Whether the driver tests its mode anywhere: without a mode cell or
 * predicate, a walk in dump mode would only repeat the normal one. */
bool facts_knows_mode(const struct model_facts *f);

/* The facts found, one line each ("dump-mode cell struct _EXT.Dump: nonzero
 * in dump mode"), for --dump-model. Returns the count; the caller owns the
 * array and its strings. */
int facts_describe(const struct program_model *m, char ***lines);

/* Fields a walk has seen set on its way down, with the values stored
 * (`port->AtDirql = 1;` before the call that leads here). */
#define FACT_MAX_FIELDS 8
struct fact_fields {
    int n;
    int key[FACT_MAX_FIELDS]; /* a field, as an index into the program's tested fields */
    long long value[FACT_MAX_FIELDS];
};

/* What a walk knows at a point of one function. */
struct fact_env {
    int function;
    unsigned known;          /* parameters with a constant value (bit i: parameter i) */
    const long long *value;  /* their values */
    const struct fact_fields *fields;
    int mode;                /* FACT_MODE_NORMAL or FACT_MODE_DUMP */
    const char *root_role;   /* the callback the walk started from */
};

/* The value of a branch condition of env->function: 1 true, 0 false, -1
 * unknown. Reads the mode, start-up flags, known parameters and fields. */
int facts_condition(const struct program_model *m, const struct fact_env *env, const struct ir_operand *cond);

/* The value of an operand (a call argument) where env says, if known. */
bool facts_value(const struct program_model *m, const struct fact_env *env, const struct ir_operand *o,
                 long long *out);

/* The fields known at `call` in env->function: those known on entry, with
 * the stores that surely precede the call applied and those that may
 * precede it forgotten. */
void facts_fields_at(const struct program_model *m, const struct fact_env *env, const struct ir_inst *call,
                     struct fact_fields *out);

#endif
