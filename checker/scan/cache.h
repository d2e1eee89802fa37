/* SPDX-License-Identifier: Apache-2.0 */
/* cache.h — each unit's parse result kept on disk between runs.
 *
 * A rescan of a tree where little changed should parse only what changed.
 * Each unit's result (the bytes its worker sent: status and ir_unit) is kept
 * in one file per unit, named by the run's key (tool, DDI model, the
 * repository's header listing) and the unit's own (its path and clang
 * arguments). The entry lists every file the parse read with a hash of its
 * content; it is used only while every one of them still hashes the same.
 * Nothing in an entry is trusted: a bad magic, checksum, key or length makes
 * it a miss, and the unit is parsed and written again. Entries are written to
 * a temporary file and renamed, so a reader never sees half of one; the
 * folder is kept under a size bound, the least recently used entries going
 * first.
 */
#ifndef STORCHECK_CACHE_H
#define STORCHECK_CACHE_H

#include <stdbool.h>
#include <stddef.h>

#include "ir_serial.h"
#include "util.h"

struct unit_cache;

/* The default folder: $XDG_CACHE_HOME/storcheck, else ~/.cache/storcheck;
 * NULL when neither can be named. Owned. */
char *unit_cache_default_dir(void);

/* Opens (creating) the folder; NULL if it cannot be used (then every lookup
 * misses and nothing is written). run_key holds what every entry depends on;
 * max_bytes bounds the folder (0: the default, 512 MiB). */
struct unit_cache *unit_cache_open(const char *dir, const struct bytes *run_key, size_t max_bytes);

/* The unit's entry, when one exists and every file it read is unchanged:
 * its payload is appended to out. */
bool unit_cache_get(struct unit_cache *c, const char *file, const struct strlist *args, struct bytes *out);

/* Stores a unit's payload with the files its parse read (absolute paths; a
 * file that does not exist, such as an in-memory stand-in, counts as
 * absent and must stay absent). */
void unit_cache_put(struct unit_cache *c, const char *file, const struct strlist *args,
                    char *const *read_files, int nread_files, const unsigned char *payload, size_t len);

/* Hits and misses so far, for --stats. */
void unit_cache_counts(const struct unit_cache *c, int *hits, int *misses);

/* Trims the folder to its bound and frees c (NULL is fine). */
void unit_cache_close(struct unit_cache *c);

#endif
