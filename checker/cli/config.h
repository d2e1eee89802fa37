/* SPDX-License-Identifier: Apache-2.0 */
/* config.h — .storcheck.json, the per-tree settings, merged into the options
 * the command line gave (the command line wins).
 *
 *   {
 *     "rules":        {"sg-translation-*": "error", "sg-escapes-srb": "off"},
 *     "fail_on":      "error",
 *     "exclude":      ["third_party", "gen_*.c"],
 *     "include_dirs": ["inc"],
 *     "defines":      ["MY_DRIVER=1"]
 *   }
 *
 * "rules" maps an id or glob to off, on, error, warning or note; later
 * entries override earlier ones. Paths are relative to the file's folder.
 * An unknown key or a value of the wrong type is an error naming it.
 */
#ifndef STORCHECK_CONFIG_H
#define STORCHECK_CONFIG_H

#include <stdio.h>

#include "options.h"

#define CONFIG_FILE_NAME ".storcheck.json"

/* The nearest .storcheck.json at or above the folder that holds all the
 * scan paths; NULL if none. Caller owns. */
char *config_find(const struct strlist *paths);

/* Reads --config, or the file config_find names (unless --no-config), and
 * merges it into *o; sets o->config_file. Returns 0, or -1 with a one-line
 * message in *err (owned). */
int config_apply(struct options *o, char **err);

/* Whether an absolute path is excluded by the patterns (absolute globs, or
 * folders whose whole subtree is excluded). */
/* Whether one exclusion (a glob, or a folder) covers path. */
bool config_pattern_excludes(const char *pattern, const char *path);
bool config_excluded(const struct strlist *exclude, const char *path);

/* --dump-config: the settings in effect, as .storcheck.json would give them. */
void config_dump(const struct options *o, FILE *out);

#endif
