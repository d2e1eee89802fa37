/* SPDX-License-Identifier: Apache-2.0 */
/* srb-use-after-completion: once an SRB is completed the port owns it, its
 * SRB extension and its data again; the miniport must not read or write
 * them, nor complete the SRB a second time.
 * Contract: docs/rules/srb-use-after-completion.md. */
#include "rules.h"

void rule_srb_use_after_completion(const struct analysis *a, const struct rule_info *self,
                                   struct findings *out)
{
    for (int i = 0; i < a->nevents; i++) {
        const struct port_event *e = &a->events[i];
        const char *fn = a->model->functions[e->function].ir->name;
        struct finding *f;
        if (e->kind == SRB_COMPLETED_TWICE) {
            f = findings_add(out, self->id, self->level, e->loc, fn,
                             "SRB '%s' is completed again by '%s' after it was completed; complete each "
                             "request exactly once",
                             e->srb ? e->srb : "?", e->routine ? e->routine : "?");
            finding_step(f, e->completed_at, "the SRB is first completed here by '%s'",
                         e->completed_by ? e->completed_by : "?");
            analysis_completion_steps(a, e->function, e->completed_by, f);
            finding_step(f, e->loc, "and completed again here");
        } else if (e->kind == SRB_TOUCH) {
            bool srb = e->place && e->place[0] == 't'; /* "the SRB" */
            if (srb)
                f = findings_add(out, self->id, self->level, e->loc, fn,
                                 "SRB '%s' is used after it was completed; the port owns it again, so "
                                 "set its status and read it before completing",
                                 e->what);
            else
                f = findings_add(out, self->id, self->level, e->loc, fn,
                                 "'%s' points into the SRB extension of '%s', which is used after the SRB "
                                 "was completed; finish with the extension before completing",
                                 e->what, e->srb ? e->srb : "?");
            finding_step(f, e->completed_at, "the SRB is completed here by '%s'",
                         e->completed_by ? e->completed_by : "?");
            analysis_completion_steps(a, e->function, e->completed_by, f);
            if (e->via)
                finding_step(f, e->via_at, "'%s' uses its parameter here", e->via);
            finding_step(f, e->loc, "%s is used here, after completion", srb ? "the SRB" : "the extension");
        } else {
            continue;
        }
        /* Every use of the SRB (or its extension), and every second
         * completion, after one completion is the same early completion:
         * one defect, fixed at that completion. */
        rule_group_key(a->model, e->function, f, e->srb ? e->srb : e->what, e->completed_at);
    }
}
