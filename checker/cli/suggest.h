/* SPDX-License-Identifier: Apache-2.0 */
/* suggest.h — "did you mean": the nearest of a set of known words.
 *
 * Used for misspelled options and rule ids, where a one-letter slip should
 * cost the user a glance, not a trip to --help.
 */
#ifndef STORCHECK_SUGGEST_H
#define STORCHECK_SUGGEST_H

/* The candidate closest to word by edit distance (insertions, deletions,
 * substitutions and adjacent transpositions), or NULL when none is close
 * enough to be a plausible slip: at most a third of the word's length, and
 * at least one edit allowed; failing that, the first candidate that the word
 * begins (three characters at least). Ties keep the earlier candidate. */
const char *suggest_nearest(const char *word, const char *const *candidates, int count);

#endif
