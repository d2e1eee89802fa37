/* SPDX-License-Identifier: Apache-2.0 */
/* sg-use-after-completion: the port's SG list, or a pointer derived from it,
 * is read on a path after its SRB was completed. After RequestComplete the
 * port owns the SRB again and may free or reuse its SG list at once.
 * Contract: docs/rules/sg-use-after-completion.md. */
#include "rules.h"

void rule_sg_use_after_completion(const struct analysis *a, const struct rule_info *self,
                                  struct findings *out)
{
    for (int i = 0; i < a->nevents; i++) {
        const struct port_event *e = &a->events[i];
        if (e->kind != SG_READ || !e->after_completion)
            continue;
        const char *fn = a->model->functions[e->function].ir->name;
        struct finding *f;
        if (e->srb)
            f = findings_add(out, self->id, self->level, e->loc, fn,
                             "%s is read after SRB '%s' was completed; read what you need "
                             "before completing the request",
                             e->what, e->srb);
        else
            f = findings_add(out, self->id, self->level, e->loc, fn,
                             "%s is read after its SRB was completed; read what you need "
                             "before completing the request",
                             e->what);
        if (e->obtained_at.line)
            finding_step(f, e->obtained_at, "the SG list is obtained here");
        finding_step(f, e->completed_at, "the SRB is completed here by '%s'",
                     e->completed_by ? e->completed_by : "?");
        analysis_completion_steps(a, e->function, e->completed_by, f);
        if (e->via)
            finding_step(f, e->via_at, "'%s' reads through the list here", e->via);
        finding_step(f, e->loc, "the list is read here, after completion");
        /* Every read after one completion is the same early completion. */
        rule_group_key(a->model, e->function, f, e->srb ? e->srb : e->what, e->completed_at);
    }
}
