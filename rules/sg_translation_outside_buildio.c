/* SPDX-License-Identifier: Apache-2.0 */
/* sg-translation-outside-buildio: the SG list should be fetched and
 * translated into the hardware's format in HwBuildIo, which runs without the
 * StartIo lock and in parallel on several processors. Doing it in StartIo,
 * the ISR or a DPC holds locks longer and serialises I/O. Flags calls to
 * StorPortGetScatterGatherList, and reads through the port's list (fetched
 * there, or kept in the SRB extension), in code that a callback other than
 * HwBuildIo reaches; and any of these when the driver registers no HwBuildIo.
 * Contract: docs/rules/sg-translation-outside-buildio.md. */
#include <string.h>

#include "rules.h"

static const char *BUILDIO = "HwBuildIo";

/* The shallowest context of f that is not HwBuildIo. */
static const struct model_context *other_context(const struct program_model *m, int f)
{
    const struct model_context *best = NULL;
    const struct model_function *mf = &m->functions[f];
    for (int i = 0; i < mf->ncontexts; i++) {
        const struct model_context *c = &mf->contexts[i];
        if (strcmp(c->role, BUILDIO) == 0)
            continue;
        if (!best || c->depth < best->depth)
            best = c;
    }
    return best;
}

/* The fetch and every read of the list it returns are one translation in the
 * wrong place: they group by the fetch site. A list whose fetch is not seen
 * (kept in the SRB extension) groups by loop or statement. */
static void group(const struct program_model *m, const struct port_event *e, struct finding *f)
{
    struct ir_loc cause = e->kind == SG_GET ? e->loc : e->obtained_at;
    rule_group_key(m, e->function, f, e->srb ? e->srb : e->what, cause);
}

void rule_sg_translation_outside_buildio(const struct analysis *a, const struct rule_info *self,
                                         struct findings *out)
{
    const struct program_model *m = a->model;
    bool has_buildio = model_has_role(m, BUILDIO);
    for (int i = 0; i < a->nevents; i++) {
        const struct port_event *e = &a->events[i];
        /* Reads through a callee are reported in the callee, where the list
         * is read, when the callee fetched it itself. */
        bool site = e->kind == SG_GET || (e->kind == SG_READ && !e->via);
        if (!site)
            continue;
        const char *fn = m->functions[e->function].ir->name;
        const char *what = e->kind == SG_GET ? "the SG list is fetched" : "the SG list's elements are read";
        if (!has_buildio) {
            if (m->functions[e->function].ncontexts == 0)
                continue;
            struct finding *f = findings_add(out, self->id, self->level, e->loc, fn,
                                             "%s in '%s' but the driver registers no HwBuildIo; "
                                             "register one and translate the SG list there",
                                             what, fn);
            rule_context_trace(m, e->function, &m->functions[e->function].contexts[0], f);
            group(m, e, f);
            continue;
        }
        const struct model_context *ctx = other_context(m, e->function);
        if (!ctx)
            continue;
        struct finding *f = findings_add(out, self->id, self->level, e->loc, fn,
                                         "%s in code reachable from %s; translate the SG list in "
                                         "HwBuildIo, which runs without the StartIo lock",
                                         what, ctx->role);
        rule_context_trace(m, e->function, ctx, f);
        finding_step(f, e->loc, "%s here", what);
        group(m, e, f);
    }
}
