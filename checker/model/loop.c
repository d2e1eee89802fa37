/* SPDX-License-Identifier: Apache-2.0 */
/* loop.c — see loop.h. */
#include "loop.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static bool same_place(struct ir_loc a, struct ir_loc b, bool column)
{
    return a.line == b.line && (!column || a.column == b.column) && a.file && b.file &&
           (a.file == b.file || strcmp(a.file, b.file) == 0);
}

static bool inst_at(const struct ir_inst *in, struct ir_loc use, bool column)
{
    if (same_place(in->loc, use, column) || same_place(in->target.loc, use, column))
        return true;
    for (int s = 0; s < in->nsrcs; s++)
        if (same_place(in->srcs[s].loc, use, column))
            return true;
    return false;
}

/* The block that holds the use: an exact match first, then one on its line. */
static int block_of(const struct ir_function *fn, struct ir_loc use)
{
    for (int pass = 0; pass < 2; pass++)
        for (int b = 0; b < fn->nblocks; b++) {
            const struct ir_block *bl = &fn->blocks[b];
            for (int i = 0; i < bl->ninsts; i++)
                if (inst_at(&bl->insts[i], use, pass == 0))
                    return b;
            if (same_place(bl->term_loc, use, pass == 0) || same_place(bl->cond.loc, use, pass == 0))
                return b;
        }
    return -1;
}

struct cfg {
    const struct ir_function *fn;
    int n;
    int **preds;
    int *npreds;
};

static void cfg_init(struct cfg *g, const struct ir_function *fn)
{
    g->fn = fn;
    g->n = fn->nblocks;
    g->preds = xcalloc((size_t)g->n + 1, sizeof *g->preds);
    g->npreds = xcalloc((size_t)g->n + 1, sizeof *g->npreds);
    for (int b = 0; b < g->n; b++)
        for (int s = 0; s < fn->blocks[b].nsuccs; s++) {
            int t = fn->blocks[b].succs[s];
            if (t < 0 || t >= g->n)
                continue;
            g->preds[t] = xrealloc(g->preds[t], (size_t)(g->npreds[t] + 1) * sizeof **g->preds);
            g->preds[t][g->npreds[t]++] = b;
        }
}

static void cfg_free(struct cfg *g)
{
    for (int b = 0; b < g->n; b++)
        free(g->preds[b]);
    free(g->preds);
    free(g->npreds);
}

/* Marks in `mark` (value v) every block that reaches `from` going backwards
 * (forward = false) or is reached from it (forward = true), without entering
 * blocks already marked. */
static void flood(const struct cfg *g, int from, bool forward, char *mark, char v, int *stack)
{
    int n = 0;
    if (mark[from])
        return;
    mark[from] = v;
    stack[n++] = from;
    while (n > 0) {
        int x = stack[--n];
        int cnt = forward ? g->fn->blocks[x].nsuccs : g->npreds[x];
        for (int i = 0; i < cnt; i++) {
            int y = forward ? g->fn->blocks[x].succs[i] : g->preds[x][i];
            if (y < 0 || y >= g->n || mark[y])
                continue;
            mark[y] = v;
            stack[n++] = y;
        }
    }
}

/* The loop headed by h, with the sources of its back edges in latch[]: its
 * blocks in `region`. That is the natural loop (the blocks that reach a
 * latch without passing h) and the paths that leave it early and never
 * rejoin its normal exit (`return` or a `goto` out of the loop body), which
 * the source writes inside the loop's braces. Returns the region's size. */
static int loop_region(const struct cfg *g, int h, const char *latch, char *region, int *stack)
{
    int n = g->n;
    char *post = xcalloc((size_t)n + 1, 1);
    memset(region, 0, (size_t)n);
    region[h] = 1;
    for (int b = 0; b < n; b++)
        if (latch[b])
            flood(g, b, false, region, 1, stack);
    /* The normal exit: where the header's test and the latches go outside. */
    for (int b = 0; b < n; b++) {
        if (!(b == h || latch[b]))
            continue;
        for (int s = 0; s < g->fn->blocks[b].nsuccs; s++) {
            int t = g->fn->blocks[b].succs[s];
            if (t >= 0 && t < n && !region[t])
                flood(g, t, true, post, 1, stack);
        }
    }
    /* Early exits: blocks the body reaches that the normal exit does not.
     * A loop with no normal exit (`for (;;)`) leaves only by break, which
     * reaches the code after it: nothing tells the two apart, so none count. */
    bool exits = false;
    for (int b = 0; b < n && !exits; b++)
        exits = post[b];
    if (!exits) {
        free(post);
        int size = 0;
        for (int b = 0; b < n; b++)
            size += region[b];
        return size;
    }
    char *early = xcalloc((size_t)n + 1, 1);
    memcpy(early, post, (size_t)n);
    for (int b = 0; b < n; b++)
        if (region[b] && b != h)
            for (int s = 0; s < g->fn->blocks[b].nsuccs; s++) {
                int t = g->fn->blocks[b].succs[s];
                if (t >= 0 && t < n && !region[t] && !early[t])
                    flood(g, t, true, early, 2, stack);
            }
    int size = 0;
    for (int b = 0; b < n; b++) {
        if (early[b] == 2)
            region[b] = 1;
        size += region[b];
    }
    free(early);
    free(post);
    return size;
}

static struct ir_loc header_loc(const struct ir_function *fn, int best, struct ir_loc fallback)
{
    /* A loop with no test (`for (;;)`) can start in an empty block that
     * only jumps on: its first written code names it. */
    const struct ir_block *h = &fn->blocks[best];
    for (int hops = 0; hops < fn->nblocks && h->ninsts == 0 && h->term == IR_TERM_GOTO && h->nsuccs == 1 &&
                       h->term_loc.line <= 0 && h->succs[0] >= 0 && h->succs[0] < fn->nblocks;
         hops++)
        h = &fn->blocks[h->succs[0]];
    if (h->term == IR_TERM_BRANCH && h->term_loc.line > 0)
        return h->term_loc;
    if (h->ninsts > 0 && h->insts[0].loc.line > 0)
        return h->insts[0].loc;
    if (h->term_loc.line > 0)
        return h->term_loc;
    return fallback;
}

struct ir_loc loop_anchor(const struct ir_function *fn, struct ir_loc use)
{
    struct ir_loc statement = {use.file, use.line, 0};
    int target = fn && fn->nblocks > 0 ? block_of(fn, use) : -1;
    if (target < 0)
        return statement;
    struct cfg g;
    cfg_init(&g, fn);
    int nb = g.n;
    /* Depth-first walk from the entry: an edge to a block still on the stack
     * is a back edge; latches[h] marks the sources of those into h. */
    char *state = xcalloc((size_t)nb + 1, 1); /* 0 new, 1 on the stack, 2 done */
    int *stack = xcalloc((size_t)nb + 1, sizeof *stack), *next = xcalloc((size_t)nb + 1, sizeof *next);
    char **latches = xcalloc((size_t)nb + 1, sizeof *latches);
    int n = 0;
    stack[n++] = 0;
    state[0] = 1;
    while (n > 0) {
        int x = stack[n - 1];
        if (next[x] >= fn->blocks[x].nsuccs) {
            state[x] = 2;
            n--;
            continue;
        }
        int y = fn->blocks[x].succs[next[x]++];
        if (y < 0 || y >= nb)
            continue;
        if (state[y] == 0) {
            state[y] = 1;
            stack[n++] = y;
        } else if (state[y] == 1) {
            if (!latches[y])
                latches[y] = xcalloc((size_t)nb + 1, 1);
            latches[y][x] = 1;
        }
    }
    /* The innermost loop that holds the use: the smallest region. */
    char *region = xcalloc((size_t)nb + 1, 1);
    int best = -1, best_size = 0;
    for (int h = 0; h < nb; h++) {
        if (!latches[h])
            continue;
        int size = loop_region(&g, h, latches[h], region, stack);
        if (region[target] && (best < 0 || size < best_size)) {
            best = h;
            best_size = size;
        }
        free(latches[h]);
    }
    free(region);
    free(latches);
    free(next);
    free(stack);
    free(state);
    cfg_free(&g);
    return best < 0 ? statement : header_loc(fn, best, statement);
}
