/* SPDX-License-Identifier: Apache-2.0 */
/* loop.h — which loop of a function a place sits in. A defect read on
 * several lines of one loop (an SG list translated element by element) is
 * one defect; the loop is what ties those lines together when nothing else
 * (a fetch or completion site) does. */
#ifndef STORCHECK_LOOP_H
#define STORCHECK_LOOP_H

#include "ir.h"

/* Where the innermost natural loop of fn that holds the instruction at
 * `use` starts (its header's test, or its first instruction); outside every
 * loop, the use's own statement, {file, line, 0}. Loops are found from the
 * back edges of a depth-first walk of the CFG, so a loop built with goto
 * counts as long as it is entered at one block. */
struct ir_loc loop_anchor(const struct ir_function *fn, struct ir_loc use);

#endif
