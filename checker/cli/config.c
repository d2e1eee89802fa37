/* SPDX-License-Identifier: Apache-2.0 */
/* config.c — see config.h. */
#include "config.h"

#include <fnmatch.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "util.h"


char *config_find(const struct strlist *paths)
{
    char *dir = path_common_ancestor(paths);
    for (;;) {
        char *probe = path_join(dir, CONFIG_FILE_NAME);
        if (path_is_file(probe)) {
            free(dir);
            return probe;
        }
        free(probe);
        if (strcmp(dir, "/") == 0 || !*dir)
            break;
        char *up = path_dirname(dir);
        bool same = strcmp(up, dir) == 0;
        free(dir);
        dir = up;
        if (same)
            break;
    }
    free(dir);
    return NULL;
}

bool config_pattern_excludes(const char *pattern, const char *path)
{
    size_t n = strlen(pattern);
    /* a glob, or a folder: its whole subtree */
    return fnmatch(pattern, path, 0) == 0 || (strncmp(path, pattern, n) == 0 && path[n] == '/');
}

bool config_excluded(const struct strlist *exclude, const char *path)
{
    for (int i = 0; i < exclude->count; i++)
        if (config_pattern_excludes(exclude->items[i], path))
            return true;
    return false;
}

/* An array of strings, or an error naming the key. */
static int string_array(const char *file, const char *key, json_t *v, char **err)
{
    if (!json_is_array(v)) {
        *err = xasprintf("%s: \"%s\" must be an array of strings", file, key);
        return -1;
    }
    size_t i;
    json_t *e;
    json_array_foreach(v, i, e) if (!json_is_string(e))
    {
        *err = xasprintf("%s: \"%s\"[%zu] must be a string", file, key, i);
        return -1;
    }
    return 0;
}

static char *absolute_under(const char *dir, const char *p)
{
    if (p[0] == '/')
        return path_absolute(p);
    char *j = path_join(dir, p);
    char *abs = path_absolute(j);
    free(j);
    return abs;
}

static void add_level(struct options *o, const char *pattern, int level)
{
    o->levels = xrealloc(o->levels, (size_t)(o->nlevels + 1) * sizeof *o->levels);
    o->levels[o->nlevels].pattern = xstrdup(pattern);
    o->levels[o->nlevels].level = level;
    o->nlevels++;
}

static bool cli_enables(const struct options *o, const char *id)
{
    for (int i = 0; i < o->enable.count; i++)
        if (fnmatch(o->enable.items[i], id, 0) == 0)
            return true;
    return false;
}

static int read_config(struct options *o, const char *file, char **err)
{
    json_error_t jerr;
    json_t *root = json_load_file(file, 0, &jerr);
    if (!root) {
        *err = xasprintf("%s:%d:%d: %s", file, jerr.line, jerr.column, jerr.text);
        return -1;
    }
    int rc = -1;
    char *dir = path_dirname(file);
    struct strlist includes = {0}, defines = {0};
    if (!json_is_object(root)) {
        *err = xasprintf("%s: the configuration must be a JSON object", file);
        goto out;
    }
    const char *key;
    json_t *v;
    json_object_foreach(root, key, v)
    {
        if (strcmp(key, "$schema") == 0) {
            continue;
        } else if (strcmp(key, "rules") == 0) {
            if (!json_is_object(v)) {
                *err = xasprintf("%s: \"rules\" must be an object of rule id or glob to off, on, error, warning or note", file);
                goto out;
            }
            const char *id;
            json_t *lv;
            json_object_foreach(v, id, lv)
            {
                if (!rules_match_any(id)) {
                    *err = xasprintf("%s: \"rules\": unknown rule '%s' (see --list-rules)", file, id);
                    goto out;
                }
                const char *s = json_string_value(lv);
                int level = !s ? -1 : strcmp(s, "off") == 0 ? LEVEL_NEVER : strcmp(s, "on") == 0 ? 0
                                                                             : options_level_parse(s);
                if (level < 0 || (s && strcmp(s, "never") == 0)) {
                    *err = xasprintf("%s: \"rules\": \"%s\" must be off, on, error, warning or note", file, id);
                    goto out;
                }
                for (int r = 0; r < rules_count; r++) {
                    if (fnmatch(id, rules_table[r].id, 0) != 0)
                        continue;
                    /* --enable on the command line wins over "off" here */
                    if (level == LEVEL_NEVER && cli_enables(o, rules_table[r].id))
                        continue;
                    add_level(o, rules_table[r].id, level ? level : rules_table[r].level);
                }
            }
        } else if (strcmp(key, "fail_on") == 0) {
            const char *s = json_string_value(v);
            int level = s ? options_level_parse(s) : -1;
            if (level < 0) {
                *err = xasprintf("%s: \"fail_on\" must be error, warning, note or never", file);
                goto out;
            }
            if (!o->fail_on_set)
                o->fail_on = level;
        } else if (strcmp(key, "exclude") == 0 || strcmp(key, "include_dirs") == 0 ||
                   strcmp(key, "defines") == 0) {
            if (string_array(file, key, v, err) < 0)
                goto out;
            size_t i;
            json_t *e;
            json_array_foreach(v, i, e)
            {
                const char *s = json_string_value(e);
                if (key[0] == 'e')
                    strlist_add_owned(&o->exclude, absolute_under(dir, s));
                else if (key[0] == 'i')
                    strlist_add_owned(&includes, absolute_under(dir, s));
                else
                    strlist_add_owned(&defines, xasprintf("-D%s", s));
            }
        } else {
            *err = xasprintf("%s: unknown key \"%s\" (expected rules, fail_on, exclude, include_dirs or defines)", file, key);
            goto out;
        }
    }
    /* The command line's -I and -D come after the file's, so they win. */
    for (int i = 0; i < o->includes.count; i++)
        strlist_add(&includes, o->includes.items[i]);
    for (int i = 0; i < o->defines.count; i++)
        strlist_add(&defines, o->defines.items[i]);
    strlist_free(&o->includes);
    strlist_free(&o->defines);
    o->includes = includes;
    o->defines = defines;
    memset(&includes, 0, sizeof includes);
    memset(&defines, 0, sizeof defines);
    rc = 0;
out:
    strlist_free(&includes);
    strlist_free(&defines);
    free(dir);
    json_decref(root);
    return rc;
}

int config_apply(struct options *o, char **err)
{
    *err = NULL;
    char *file = NULL;
    if (o->config) {
        if (!path_is_file(o->config)) {
            *err = xasprintf("%s: configuration file not found", o->config);
            return -1;
        }
        file = path_absolute(o->config);
    } else if (!o->no_config) {
        file = config_find(&o->paths);
    }
    if (file && read_config(o, file, err) < 0) {
        free(file);
        return -1;
    }
    free(o->config_file);
    o->config_file = file;
    /* Rules the configuration turns off run no more. */
    for (int r = 0; r < rules_count; r++)
        if (options_rule_level(o, rules_table[r].id, rules_table[r].level) == LEVEL_NEVER &&
            !strlist_contains(&o->disable, rules_table[r].id))
            strlist_add(&o->disable, rules_table[r].id);
    return 0;
}

void config_dump(const struct options *o, FILE *out)
{
    json_t *root = json_object();
    json_t *rules = json_object();
    for (int r = 0; r < rules_count; r++) {
        const struct rule_info *ri = &rules_table[r];
        int level = options_rule_level(o, ri->id, ri->level);
        bool on = rules_selected(ri, &o->enable, &o->disable) && level != LEVEL_NEVER;
        json_object_set_new(rules, ri->id, json_string(on ? level_name(level) : "off"));
    }
    json_object_set_new(root, "rules", rules);
    json_object_set_new(root, "fail_on", json_string(level_name(o->fail_on)));
    json_t *a = json_array();
    for (int i = 0; i < o->exclude.count; i++)
        json_array_append_new(a, json_string(o->exclude.items[i]));
    json_object_set_new(root, "exclude", a);
    a = json_array();
    for (int i = 0; i < o->includes.count; i++)
        json_array_append_new(a, json_string(o->includes.items[i]));
    json_object_set_new(root, "include_dirs", a);
    a = json_array();
    for (int i = 0; i < o->defines.count; i++)
        json_array_append_new(a, json_string(o->defines.items[i] + 2));
    json_object_set_new(root, "defines", a);
    char *s = json_dumps(root, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    if (o->config_file)
        fprintf(stderr, "storcheck: settings from %s and the command line\n", o->config_file);
    fprintf(out, "%s\n", s);
    free(s);
    json_decref(root);
}
