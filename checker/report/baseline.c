/* SPDX-License-Identifier: Apache-2.0 */
/* baseline.c — see baseline.h. */
#include "baseline.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static const char *str_of(json_t *o, const char *key)
{
    const char *s = json_string_value(json_object_get(o, key));
    return s ? s : "";
}

static int cmp_entry(const void *pa, const void *pb)
{
    json_t *a = *(json_t *const *)pa, *b = *(json_t *const *)pb;
    static const char *const keys[] = {"file", "rule", "function", "fingerprint", "message"};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++) {
        int c = strcmp(str_of(a, keys[i]), str_of(b, keys[i]));
        if (c)
            return c;
    }
    return 0;
}

static void dump_to(void *ctx, FILE *f)
{
    char *s = json_dumps(ctx, JSON_INDENT(2) | JSON_SORT_KEYS);
    fprintf(f, "%s\n", s);
    free(s);
}

int baseline_write(const char *path, const struct report_data *d, char **err)
{
    const struct findings *fs = &d->scan->findings;
    json_t **entries = xcalloc((size_t)fs->count + 1, sizeof *entries);
    int n = 0;
    for (int i = 0; i < fs->count; i++) {
        if (d->state[i].disposition == DISP_SUPPRESSED_IN_SOURCE)
            continue;
        const struct finding *f = &fs->items[i];
        json_t *e = json_object();
        char *rel = report_relpath(d, f->loc.file);
        json_object_set_new(e, "file", report_jstr(rel));
        free(rel);
        json_object_set_new(e, "rule", json_string(f->rule));
        json_object_set_new(e, "function", report_jstr(f->function));
        json_object_set_new(e, "fingerprint", json_string(f->fingerprint ? f->fingerprint : ""));
        json_object_set_new(e, "message", report_jstr(f->message));
        entries[n++] = e;
    }
    if (n > 1)
        qsort(entries, (size_t)n, sizeof *entries, cmp_entry);
    json_t *arr = json_array();
    for (int i = 0; i < n; i++)
        json_array_append_new(arr, entries[i]);
    free(entries);
    json_t *root = json_object();
    json_object_set_new(root, "version", json_integer(1));
    json_object_set_new(root, "tool", json_string("storcheck"));
    json_object_set_new(root, "findings", arr);
    int rc = report_atomic_write(path, dump_to, root, err);
    json_decref(root);
    return rc;
}

int baseline_apply(const char *path, struct report_data *d, char **err)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    if (!root) {
        /* Jansson puts -1:-1 on a file it could not open: that is no position. */
        if (jerr.line < 1)
            *err = xasprintf("%s: baseline cannot be read: %s", path,
                             path_is_file(path) ? jerr.text : "no such file (write one with --write-baseline)");
        else
            *err = xasprintf("%s:%d:%d: baseline is not valid JSON: %s", path, jerr.line, jerr.column, jerr.text);
        return -1;
    }
    json_t *arr = json_object_get(root, "findings");
    if (!json_is_array(arr) || json_integer_value(json_object_get(root, "version")) != 1) {
        *err = xasprintf("%s: not a storcheck baseline (expected version 1 and a \"findings\" array)", path);
        json_decref(root);
        return -1;
    }
    size_t n = json_array_size(arr);
    bool *taken = xcalloc(n + 1, sizeof *taken);
    const struct findings *fs = &d->scan->findings;
    d->baseline_used = true;
    d->baseline_matched = 0;
    for (int i = 0; i < fs->count; i++) {
        if (d->state[i].disposition != DISP_REPORTED || !fs->items[i].fingerprint)
            continue;
        for (size_t k = 0; k < n; k++) {
            json_t *e = json_array_get(arr, k);
            if (taken[k] || strcmp(str_of(e, "fingerprint"), fs->items[i].fingerprint) != 0 ||
                strcmp(str_of(e, "rule"), fs->items[i].rule) != 0)
                continue;
            taken[k] = true;
            d->state[i].disposition = DISP_SUPPRESSED_BASELINE;
            d->baseline_matched++;
            break;
        }
    }
    d->baseline_gone = 0;
    for (size_t k = 0; k < n; k++)
        d->baseline_gone += !taken[k];
    free(taken);
    json_decref(root);
    return 0;
}
