/* SPDX-License-Identifier: Apache-2.0 */
/* test_summaries.c — the worklist fixpoint of the analysis gives the same
 * summaries and events as whole rounds over every function, on every
 * driver of the corpus reference and cases. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis.h"
#include "check.h"
#include "options.h"
#include "scan.h"

static bool same_loc(const struct ir_loc *x, const struct ir_loc *y)
{
    return x->line == y->line && x->column == y->column &&
           ((!x->file && !y->file) || (x->file && y->file && strcmp(x->file, y->file) == 0));
}

static bool same_str(const char *x, const char *y)
{
    return (!x && !y) || (x && y && strcmp(x, y) == 0);
}

static void compare_tree(const char *tree)
{
    char *argv[] = {"storcheck", "--no-cache", "-j2", (char *)tree};
    struct options o;
    char *err = NULL;
    CHECK(options_parse(4, argv, &o, &err) == 0);
    struct scan_result r;
    scan_run(&o, &r);
    int drivers = 0;
    for (int d = 0; d < r.drivers.count; d++) {
        const struct program_model *m = r.drivers.items[d].model;
        if (!m)
            continue;
        drivers++;
        struct analysis rounds, worklist;
        analysis_init_with(&rounds, m, false);
        analysis_init_with(&worklist, m, true);
        for (int f = 0; f < m->nfunctions; f++)
            if (!analysis_summary_equal(&rounds.summaries[f], &worklist.summaries[f])) {
                fprintf(stderr, "%s: summary of %s differs\n", tree, m->functions[f].ir->name);
                CHECK(false);
            }
        CHECK(rounds.nevents == worklist.nevents);
        for (int e = 0; e < rounds.nevents && e < worklist.nevents; e++) {
            const struct port_event *x = &rounds.events[e], *y = &worklist.events[e];
            CHECK(x->kind == y->kind && x->function == y->function && same_loc(&x->loc, &y->loc) &&
                  same_str(x->what, y->what) && same_str(x->srb, y->srb) &&
                  x->after_completion == y->after_completion && same_loc(&x->completed_at, &y->completed_at));
        }
        CHECK(rounds.pool_fields.count == worklist.pool_fields.count);
        CHECK(rounds.sg_fields.count == worklist.sg_fields.count);
        CHECK(rounds.own_list_fields.count == worklist.own_list_fields.count);
        analysis_free(&rounds);
        analysis_free(&worklist);
    }
    CHECK(drivers > 0);
    scan_result_free(&r);
    options_free(&o);
}

int main(void)
{
    compare_tree(STORCHECK_SOURCE_DIR "/corpus/reference");
    compare_tree(STORCHECK_SOURCE_DIR "/corpus/cases");
    return CHECK_DONE();
}
