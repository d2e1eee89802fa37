/* srb-completed-pending: SRB_STATUS_PENDING (0) is the status of an SRB the
 * miniport still holds; completing an SRB with it tells the port the
 * request is finished and still pending at once. Flags a completion
 * (StorPortNotification(RequestComplete), or a miniport routine whose
 * summary completes that parameter without setting a status of its own) of an SRB whose SrbStatus was last set
 * to SRB_STATUS_PENDING earlier in the same block of straight-line code.
 * Contract: docs/rules/srb-completed-pending.md. */
#include <string.h>

#include "ddi_calls.h"

#define SRB_STATUS_PENDING_VALUE 0

/* The SRB path whose SrbStatus an instruction sets, and the constant, or NULL. */
static const struct ir_path *status_store(const struct model_function *mf, const struct ir_inst *in, long long *value,
                                          bool *known, struct ir_path *scratch)
{
    if (in->kind == IR_ASSIGN && in->has_dst && in->dst.nsteps >= 2 && in->nsrcs == 1) {
        const struct ir_step *last = &in->dst.steps[in->dst.nsteps - 1];
        if (last->kind != IR_STEP_FIELD || !last->field || strcmp(last->field, "SrbStatus") != 0 ||
            in->dst.steps[in->dst.nsteps - 2].kind != IR_STEP_DEREF)
            return NULL;
        const struct ir_operand *src = ddi_calls_underlying(mf, &in->srcs[0]);
        *known = src->kind == IR_OPND_CONST;
        *value = src->value;
        *scratch = in->dst;
        scratch->nsteps -= 2;
        return scratch;
    }
    /* SrbSetSrbStatus(Srb, status), the srbhelper.h setter */
    if (in->kind == IR_CALL && in->callee && strcmp(in->callee, "SrbSetSrbStatus") == 0 && in->nsrcs == 2) {
        const struct ir_operand *srb = ddi_calls_underlying(mf, &in->srcs[0]);
        const struct ir_operand *st = ddi_calls_underlying(mf, &in->srcs[1]);
        if (srb->kind != IR_OPND_VALUE)
            return NULL;
        *known = st->kind == IR_OPND_CONST;
        *value = st->value;
        return &srb->path;
    }
    return NULL;
}

/* Whether a miniport function sets an SrbStatus itself (a completion
 * wrapper that takes the final status as an argument). */
static bool sets_status(const struct model_function *mf)
{
    const struct ir_function *fn = mf->ir;
    for (int b = 0; b < fn->nblocks; b++)
        for (int i = 0; i < fn->blocks[b].ninsts; i++) {
            long long v;
            bool known;
            struct ir_path scratch;
            if (status_store(mf, &fn->blocks[b].insts[i], &v, &known, &scratch))
                return true;
        }
    return false;
}

/* The SRB argument a call completes, or -1. */
static int completed_arg(const struct analysis *a, const struct ir_inst *in, int caller)
{
    const struct program_model *m = a->model;
    for (int d = ddi_find(m->ddi, in->callee);
         d >= 0 && d < m->ddi->nfunctions && strcmp(m->ddi->functions[d].name, in->callee) == 0; d++)
        if (m->ddi->functions[d].completes >= 0 && ddi_when_matches(&m->ddi->functions[d], in))
            return m->ddi->functions[d].completes;
    int g = model_find_function(m, in->callee, m->functions[caller].unit);
    if (g < 0 || sets_status(&m->functions[g]))
        return -1;
    for (int p = 0; p < SUMMARY_MAX_PARAMS && p < in->nsrcs; p++)
        if (a->summaries[g].completes[p].set && a->summaries[g].completes_when[p] == COMPLETES_ALWAYS)
            return p;
    return -1;
}

void rule_srb_completed_pending(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    const struct program_model *m = a->model;
    for (int f = 0; f < m->nfunctions; f++) {
        const struct model_function *mf = &m->functions[f];
        const struct ir_function *fn = mf->ir;
        for (int b = 0; b < fn->nblocks; b++) {
            const struct ir_block *blk = &fn->blocks[b];
            const struct ir_inst *pending_at = NULL;
            struct ir_path pending = {0};
            for (int i = 0; i < blk->ninsts; i++) {
                const struct ir_inst *in = &blk->insts[i];
                long long value = 0;
                bool known = false;
                struct ir_path scratch;
                const struct ir_path *srb = status_store(mf, in, &value, &known, &scratch);
                if (srb) {
                    if (known && value == SRB_STATUS_PENDING_VALUE) {
                        pending = *srb;
                        pending_at = in;
                    } else if (pending_at && ddi_calls_same_path(srb, &pending)) {
                        pending_at = NULL;
                    }
                    continue;
                }
                if (!pending_at || in->kind != IR_CALL || !in->callee)
                    continue;
                int arg = completed_arg(a, in, f);
                if (arg < 0 || arg >= in->nsrcs)
                    continue;
                const struct ir_operand *o = ddi_calls_underlying(mf, &in->srcs[arg]);
                if (o->kind != IR_OPND_VALUE || !ddi_calls_same_path(&o->path, &pending))
                    continue;
                struct finding *fd = findings_add(out, self->id, self->level, in->loc, fn->name,
                                                  "the SRB is completed with SRB_STATUS_PENDING; set its final "
                                                  "status before completing it, or keep it until it is done");
                const struct model_context *ctx = ddi_calls_context(m, f, NULL, 0);
                if (ctx)
                    rule_context_trace(m, f, ctx, fd);
                finding_step(fd, pending_at->loc, "its status is set to SRB_STATUS_PENDING here");
                finding_step(fd, in->loc, "it is completed here by '%s'", in->callee);
                pending_at = NULL;
            }
        }
    }
}
