/* SPDX-License-Identifier: Apache-2.0 */
/* changes.c — see changes.h. */
#define _GNU_SOURCE
#include "changes.h"

#include <jansson.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

extern char **environ;

static struct changed_file *add_file(struct changes *c, char *name)
{
    VEC_GROW(c->files, c->count, c->cap);
    struct changed_file *f = &c->files[c->count++];
    memset(f, 0, sizeof *f);
    f->name = name;
    return f;
}

static void add_range(struct changed_file *f, int a, int b)
{
    f->ranges = xrealloc(f->ranges, (size_t)(f->nranges + 1) * sizeof *f->ranges);
    f->ranges[f->nranges][0] = a;
    f->ranges[f->nranges][1] = b;
    f->nranges++;
}

int changes_load_line_filter(const char *path, struct changes *out, char **err)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    if (!root) {
        *err = xasprintf("%s:%d:%d: %s", path, jerr.line, jerr.column, jerr.text);
        return -1;
    }
    int rc = -1;
    if (!json_is_array(root)) {
        *err = xasprintf("%s: a line filter is an array of {\"name\": FILE, \"lines\": [[FIRST, LAST], ...]}", path);
        goto done;
    }
    size_t i;
    json_t *e;
    json_array_foreach(root, i, e)
    {
        const char *name = json_string_value(json_object_get(e, "name"));
        json_t *lines = json_object_get(e, "lines");
        if (!name || (lines && !json_is_array(lines))) {
            *err = xasprintf("%s: entry %zu needs a \"name\" string and a \"lines\" array", path, i);
            goto done;
        }
        struct changed_file *f = add_file(out, xstrdup(name));
        f->all_lines = !lines || json_array_size(lines) == 0;
        size_t k;
        json_t *r;
        json_array_foreach(lines, k, r)
        {
            json_t *a = json_array_get(r, 0), *b = json_array_get(r, 1);
            if (json_array_size(r) != 2 || !json_is_integer(a) || !json_is_integer(b)) {
                *err = xasprintf("%s: entry %zu: each of \"lines\" is [FIRST, LAST]", path, i);
                goto done;
            }
            add_range(f, (int)json_integer_value(a), (int)json_integer_value(b));
        }
    }
    rc = 0;
done:
    json_decref(root);
    return rc;
}

/* Runs argv in dir and returns its standard output (NULL on failure). */
static char *run_capture(const char *dir, char *const argv[], int *status)
{
    int fds[2];
    if (pipe(fds) < 0)
        return NULL;
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
    posix_spawn_file_actions_addclose(&fa, fds[0]);
    posix_spawn_file_actions_addclose(&fa, fds[1]);
    posix_spawn_file_actions_addchdir_np(&fa, dir);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fds[1]);
    if (rc != 0) {
        close(fds[0]);
        return NULL;
    }
    struct strbuf sb = {0};
    char buf[65536];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0)
        sb_appendn(&sb, buf, (size_t)n);
    close(fds[0]);
    waitpid(pid, status, 0);
    return sb_steal(&sb);
}

/* A path from a diff header: plain, or C-quoted by git ("b/a\tb.c"). */
static char *diff_path(const char *s)
{
    if (*s != '"')
        return xstrdup(s);
    struct strbuf sb = {0};
    for (s++; *s && *s != '"'; s++) {
        if (*s != '\\' || !s[1]) {
            sb_appendn(&sb, s, 1);
            continue;
        }
        s++;
        char c = *s;
        if (c >= '0' && c <= '7') {
            int v = 0;
            for (int k = 0; k < 3 && *s >= '0' && *s <= '7'; k++, s++)
                v = v * 8 + (*s - '0');
            s--;
            c = (char)v;
        } else {
            c = c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c == 'a' ? '\a' : c == 'b' ? '\b'
              : c == 'f' ? '\f' : c == 'v' ? '\v' : c;
        }
        sb_appendn(&sb, &c, 1);
    }
    return sb_steal(&sb);
}

int changes_from_git(const char *root, const char *ref, struct changes *out, char **err)
{
    int status = 0;
    char *top_argv[] = {"git", "rev-parse", "--show-toplevel", NULL};
    char *top = run_capture(root, top_argv, &status);
    if (!top || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || !*top) {
        free(top);
        *err = xasprintf("%s: --diff-base needs a git work tree (and git on PATH)", root);
        return -1;
    }
    top[strcspn(top, "\n")] = '\0';
    char *refarg = xstrdup(ref);
    char *argv[] = {"git", "-c", "core.quotePath=true", "diff", "--no-color", "--no-ext-diff",
                    "--no-renames", "-U0", refarg, "--", NULL};
    char *diff = run_capture(top, argv, &status);
    free(refarg);
    if (!diff || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        free(diff);
        free(top);
        *err = xasprintf("git diff %s failed in %s (is '%s' a commit?)", ref, root, ref);
        return -1;
    }
    struct changed_file *cur = NULL;
    char *save = NULL;
    for (char *line = strtok_r(diff, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (strncmp(line, "+++ ", 4) == 0) {
            cur = NULL;
            char *p = diff_path(line + 4);
            if (strncmp(p, "b/", 2) == 0) {
                char *abs = path_join(top, p + 2);
                cur = add_file(out, path_absolute(abs));
                free(abs);
            }
            free(p);
        } else if (cur && strncmp(line, "@@ ", 3) == 0) {
            const char *plus = strstr(line, " +");
            if (!plus)
                continue;
            char *end;
            long start = strtol(plus + 2, &end, 10);
            long count = 1;
            if (*end == ',')
                count = strtol(end + 1, NULL, 10);
            if (count > 0)
                add_range(cur, (int)start, (int)(start + count - 1));
        }
    }
    free(diff);
    free(top);
    return 0;
}

static bool ends_with_path(const char *file, const char *name)
{
    size_t a = strlen(file), b = strlen(name);
    if (b > a || strcmp(file + a - b, name) != 0)
        return false;
    return b == a || name[0] == '/' || file[a - b - 1] == '/';
}

bool changes_cover(const struct changes *c, const char *file, int line)
{
    for (int i = 0; i < c->count; i++) {
        const struct changed_file *f = &c->files[i];
        if (!file || !ends_with_path(file, f->name))
            continue;
        if (f->all_lines)
            return true;
        for (int r = 0; r < f->nranges; r++)
            if (line >= f->ranges[r][0] && line <= f->ranges[r][1])
                return true;
    }
    return false;
}

void changes_free(struct changes *c)
{
    for (int i = 0; i < c->count; i++) {
        free(c->files[i].name);
        free(c->files[i].ranges);
    }
    free(c->files);
    memset(c, 0, sizeof *c);
}
