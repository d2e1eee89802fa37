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

/* The value of the branch condition `cond` of function `function` in a walk
 * from a callback of `root_role` in `mode`: 1 true, 0 false, -1 unknown. */
int facts_condition(const struct program_model *m, int function, const struct ir_operand *cond, int mode,
                    const char *root_role);

#endif
