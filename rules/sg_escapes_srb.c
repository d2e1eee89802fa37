/* SPDX-License-Identifier: Apache-2.0 */
/* sg-escapes-srb: the port's SG list (or a derived pointer) is stored where
 * it outlives its SRB — the device or LU extension, a global or static, or
 * miniport pool. The SRB extension lives exactly as long as the SRB and is
 * allowed. Contract: docs/rules/sg-escapes-srb.md. */
#include "rules.h"

void rule_sg_escapes_srb(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    for (int i = 0; i < a->nevents; i++) {
        const struct port_event *e = &a->events[i];
        if (e->kind != SG_STORE)
            continue;
        const char *fn = a->model->functions[e->function].ir->name;
        struct finding *f;
        if (e->via)
            f = findings_add(out, self->id, self->level, e->loc, fn,
                             "%s is passed to '%s', which stores it in %s where it outlives "
                             "its SRB; keep it in the SRB extension or copy the elements instead",
                             e->what, e->via, e->place);
        else
            f = findings_add(out, self->id, self->level, e->loc, fn,
                             "%s is stored in %s ('%s') and outlives its SRB; keep it in the "
                             "SRB extension or copy the elements instead",
                             e->what, e->place, e->target ? e->target : "?");
        if (e->obtained_at.line)
            finding_step(f, e->obtained_at, "the SG list is obtained here");
        if (e->via)
            finding_step(f, e->via_at, "'%s' stores its parameter in %s here", e->via, e->place);
        finding_step(f, e->loc, "the list escapes here");
    }
}
