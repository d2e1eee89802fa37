/* SPDX-License-Identifier: Apache-2.0 */
/* sg-port-owned-freed: the list from StorPortGetScatterGatherList belongs to
 * the port; releasing it (StorPortFreePool, ExFreePool*,
 * StorPortPutScatterGatherList, or a wrapper of these) corrupts the port's
 * memory. Contract: docs/rules/sg-port-owned-freed.md. */
#include "rules.h"

void rule_sg_port_owned_freed(const struct analysis *a, const struct rule_info *self,
                              struct findings *out)
{
    for (int i = 0; i < a->nevents; i++) {
        const struct port_event *e = &a->events[i];
        if (e->kind != SG_RELEASE)
            continue;
        const char *fn = a->model->functions[e->function].ir->name;
        struct finding *f = findings_add(
            out, self->id, self->level, e->loc, fn,
            "%s is owned by the port and is released with '%s'; the port frees it "
            "when the SRB completes, so do not release it",
            e->what, e->routine ? e->routine : "?");
        if (e->obtained_at.line)
            finding_step(f, e->obtained_at, "the SG list is obtained here from the port");
        if (e->via)
            finding_step(f, e->via_at, "'%s' releases its parameter here", e->via);
        finding_step(f, e->loc, "the port's list is released here");
    }
}
