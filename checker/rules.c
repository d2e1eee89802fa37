/* rules.c — the rule table; see rules.h. */
#include "rules.h"

#include <fnmatch.h>

const struct rule_info rules_table[] = {
#define RULE(sym, id, level, summary) {id, level, summary, rule_##sym},
#include "../rules/rules.def"
#undef RULE
};
const int rules_count = (int)(sizeof rules_table / sizeof rules_table[0]);

bool rules_match_any(const char *pattern)
{
    for (int i = 0; i < rules_count; i++)
        if (fnmatch(pattern, rules_table[i].id, 0) == 0)
            return true;
    return false;
}

static bool matches(const struct strlist *l, const char *id)
{
    for (int i = 0; i < l->count; i++)
        if (fnmatch(l->items[i], id, 0) == 0)
            return true;
    return false;
}

bool rules_selected(const struct rule_info *r, const struct strlist *enable,
                    const struct strlist *disable)
{
    if (enable->count > 0 && !matches(enable, r->id))
        return false;
    return !matches(disable, r->id);
}
