/* SPDX-License-Identifier: Apache-2.0 */
/* suggest.c — see suggest.h. */
#include "suggest.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Optimal string alignment distance; words are short (option names, rule
 * ids), so the full table is fine. */
static int edit_distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    int *d = xmalloc((n + 1) * (m + 1) * sizeof *d);
#define D(i, j) d[(i) * (m + 1) + (j)]
    for (size_t i = 0; i <= n; i++)
        D(i, 0) = (int)i;
    for (size_t j = 0; j <= m; j++)
        D(0, j) = (int)j;
    for (size_t i = 1; i <= n; i++)
        for (size_t j = 1; j <= m; j++) {
            int cost = a[i - 1] != b[j - 1];
            int best = D(i - 1, j) + 1;
            if (D(i, j - 1) + 1 < best)
                best = D(i, j - 1) + 1;
            if (D(i - 1, j - 1) + cost < best)
                best = D(i - 1, j - 1) + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && D(i - 2, j - 2) + 1 < best)
                best = D(i - 2, j - 2) + 1;
            D(i, j) = best;
        }
    int r = D(n, m);
#undef D
    free(d);
    return r;
}

const char *suggest_nearest(const char *word, const char *const *candidates, int count)
{
    int limit = (int)strlen(word) / 3;
    if (limit < 1)
        limit = 1;
    const char *best = NULL;
    int best_d = limit + 1;
    for (int i = 0; i < count; i++) {
        int dist = edit_distance(word, candidates[i]);
        if (dist < best_d)
            best = candidates[i], best_d = dist;
    }
    /* A truncated name ("--dump", "sg-escapes") is a plausible slip too. */
    size_t n = strlen(word);
    for (int i = 0; !best && n >= 3 && i < count; i++)
        if (strncmp(candidates[i], word, n) == 0)
            best = candidates[i];
    return best;
}
