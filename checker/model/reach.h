/* SPDX-License-Identifier: Apache-2.0 */
/* reach.h — which calls a callback reaches, with constant arguments followed.
 *
 * Contexts (model.h) say which callbacks reach a function at all. Drivers
 * often pass a flag that says where they run (`VioStorVQLock(..., isr)`,
 * `AhciCompleteRequest(..., AtDIRQL)`) and branch on it inside. reach walks
 * the call graph from one callback, carries the constant arguments of each
 * call into the callee, and skips the branches those constants rule out, so
 * that a call behind `if (!isr)` is not reached from the ISR that passes
 * TRUE; the same for comparisons with constants (`if (Mode == MODE_ISR)`,
 * `switch (Mode)`). The same goes for the facts the driver keeps in fields
 * and globals (facts.h): its crash-dump-mode flag, walked once per mode, and
 * flags set once during start-up. Everything else is as in the model: calls through
 * function pointers included, no other condition followed.
 */
#ifndef STORCHECK_REACH_H
#define STORCHECK_REACH_H

#include "model.h"

#define REACH_MAX_PARAMS 16

struct reach_state {
    int function;
    unsigned known;                       /* parameters with a constant value */
    long long value[REACH_MAX_PARAMS];
    int mode;   /* FACT_MODE_NORMAL or FACT_MODE_DUMP, the same for the whole walk */
    struct fact_fields fields; /* fields stored on the way here, with their values */
    int parent; /* the state that called this one, -1 at the callback */
    int via;    /* the model call (index into calls) from the parent, -1 at the callback */
    int depth;
    int same_function; /* the previous state of the same function, or -1 */
};

/* Called for every call instruction reached, once per state reaching it. */
typedef void reach_visit(void *ctx, const struct reach_state *states, int state, const struct ir_inst *call);

/* Walks from the callback m->roles[role] in one execution mode (facts.h):
 * branches on the driver's dump-mode flag, and on a start-up flag that the
 * callback's place in the start-up order decides, follow only the edge the
 * mode and the order allow. Returns false if the walk was cut short (too
 * many states), in which case some calls were not visited. */
bool reach_calls(const struct program_model *m, int role, int mode, reach_visit *visit, void *ctx);

#endif
