/* pool-result-unchecked: StorPortAllocatePool reports failure through its
 * status and leaves the buffer unset; a miniport that tests neither and then
 * uses the buffer (dereferences it, passes it on, frees it) uses garbage
 * whenever pool runs short. The routines are those marked "must_check" in
 * rules/ddi.json, with their "allocates_out" argument. A test of the status,
 * of the buffer, or of anything they are copied into counts as a check.
 * Contract: docs/rules/pool-result-unchecked.md. */
#include <string.h>

#include "ddi_calls.h"

/* Whether operand o (after copies) reads path p (any prefix of it). */
static bool reads(const struct model_function *mf, const struct ir_operand *o, const struct ir_path *p)
{
    o = ddi_calls_underlying(mf, o);
    if (o->kind != IR_OPND_VALUE)
        return false;
    if (o->path.nsteps < p->nsteps)
        return false;
    struct ir_path prefix = o->path;
    prefix.nsteps = p->nsteps;
    return ddi_calls_same_path(&prefix, p);
}

/* Whether any branch of the function tests path p, or a temporary whose
 * value comes from it (`if (!buf)`, `if (status != STOR_STATUS_SUCCESS)`). */
static bool tested(const struct model_function *mf, const struct ir_path *p)
{
    const struct ir_function *fn = mf->ir;
    for (int b = 0; b < fn->nblocks; b++) {
        const struct ir_block *blk = &fn->blocks[b];
        if (blk->term == IR_TERM_BRANCH || blk->term == IR_TERM_SWITCH || blk->term == IR_TERM_RETURN) {
            int sense = 0;
            const struct ir_operand *o = model_condition_operand(mf, &blk->cond, &sense);
            if (o && reads(mf, o, p))
                return true;
            if (reads(mf, &blk->cond, p))
                return true;
        }
        for (int i = 0; i < blk->ninsts; i++) {
            const struct ir_inst *in = &blk->insts[i];
            /* a comparison, or a copy into something else (then tested or returned there) */
            if (in->kind == IR_COMPUTE || (in->kind == IR_ASSIGN && in->has_dst && in->dst.base != IR_BASE_TEMP))
                for (int s = 0; s < in->nsrcs; s++)
                    if (reads(mf, &in->srcs[s], p))
                        return true;
        }
    }
    return false;
}

/* The first instruction after `call` that reads the value of p, or NULL. */
static const struct ir_inst *first_use(const struct model_function *mf, const struct ir_inst *call,
                                       const struct ir_path *p)
{
    const struct ir_function *fn = mf->ir;
    bool after = false;
    for (int b = 0; b < fn->nblocks; b++)
        for (int i = 0; i < fn->blocks[b].ninsts; i++) {
            const struct ir_inst *in = &fn->blocks[b].insts[i];
            if (in == call) {
                after = true;
                continue;
            }
            if (!after)
                continue;
            for (int s = 0; s < in->nsrcs; s++)
                if (in->srcs[s].kind == IR_OPND_VALUE && reads(mf, &in->srcs[s], p))
                    return in;
            if (in->has_dst && in->dst.nsteps > p->nsteps) {
                struct ir_path prefix = in->dst;
                prefix.nsteps = p->nsteps;
                if (ddi_calls_same_path(&prefix, p))
                    return in;
            }
        }
    return NULL;
}

void rule_pool_result_unchecked(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    const struct program_model *m = a->model;
    for (int f = 0; f < m->nfunctions; f++) {
        const struct model_function *mf = &m->functions[f];
        const struct ir_function *fn = mf->ir;
        for (int b = 0; b < fn->nblocks; b++)
            for (int i = 0; i < fn->blocks[b].ninsts; i++) {
                const struct ir_inst *in = &fn->blocks[b].insts[i];
                if (in->kind != IR_CALL || !in->callee)
                    continue;
                int d = ddi_find(m->ddi, in->callee);
                if (d < 0 || !m->ddi->functions[d].must_check)
                    continue;
                int arg = m->ddi->functions[d].allocates_out;
                if (arg < 0 || arg >= in->nsrcs)
                    continue;
                const struct ir_operand *buf = ddi_calls_underlying(mf, &in->srcs[arg]);
                if (buf->kind != IR_OPND_ADDR)
                    continue;
                if (in->has_dst && tested(mf, &in->dst))
                    continue;
                if (tested(mf, &buf->path))
                    continue;
                const struct ir_inst *use = first_use(mf, in, &buf->path);
                if (!use)
                    continue;
                struct finding *fd = findings_add(out, self->id, self->level, in->loc, fn->name,
                                                  "neither the status of '%s' nor the buffer it returns is "
                                                  "checked before the buffer is used; test for "
                                                  "STOR_STATUS_SUCCESS or NULL first",
                                                  in->callee);
                const struct model_context *ctx = ddi_calls_context(m, f, NULL, 0);
                if (ctx)
                    rule_context_trace(m, f, ctx, fd);
                finding_step(fd, in->loc, "'%s' may fail here", in->callee);
                finding_step(fd, use->loc, "the buffer is used here without a check");
            }
    }
}
