/* SPDX-License-Identifier: Apache-2.0 */
/* rules.h — the rule table, built from rules/rules.def. */
#ifndef STORCHECK_RULES_H
#define STORCHECK_RULES_H

#include "analysis.h"
#include "finding.h"
#include "util.h"

struct rule_info;
typedef void rule_fn(const struct analysis *a, const struct rule_info *self, struct findings *out);

struct rule_info {
    const char *id;
    int level; /* default level */
    const char *summary;
    const char *sdv; /* the SDV rules it corresponds to, space-separated; "" for none */
    rule_fn *run;
};

#define RULE(sym, id, level, summary, sdv) rule_fn rule_##sym;
#include "../../rules/rules.def"
#undef RULE

extern const struct rule_info rules_table[];
extern const int rules_count;

/* Whether an id or glob ("sg-*") names at least one rule. */
bool rules_match_any(const char *pattern);
/* Whether a rule runs, given --enable and --disable lists (later flags do not
 * override earlier ones: disable wins). With no --enable, every rule runs. */
bool rules_selected(const struct rule_info *r, const struct strlist *enable,
                    const struct strlist *disable);

/* Adds the trace of a context to a finding: where the callback was
 * registered, then each call down to function f. */
void rule_context_trace(const struct program_model *m, int f, const struct model_context *ctx,
                        struct finding *out);

/* Names the defect f is one place of, for findings_group: `object` is the
 * SRB or list it is about; `cause` the site that makes every use a breach
 * (the completion, the fetch), or line 0 when the rule knows none — then
 * the uses of one object are tied by the innermost loop that holds f, or
 * else by f's own statement (loop.h). */
void rule_group_key(const struct program_model *m, int function, struct finding *f, const char *object,
                    struct ir_loc cause);

#endif
