/* SPDX-License-Identifier: Apache-2.0 */
/* util.c — see util.h. */
#define _GNU_SOURCE
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <strings.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void out_of_memory(size_t n)
{
    fprintf(stderr, "storcheck: error: out of memory allocating %zu bytes\n", n);
    exit(3);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

void *xcalloc(size_t count, size_t size)
{
    void *p = calloc(count ? count : 1, size ? size : 1);
    if (!p)
        out_of_memory(count * size);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *xasprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0)
        out_of_memory(strlen(fmt));
    va_end(ap);
    return s;
}

void sb_appendn(struct strbuf *sb, const char *s, size_t n)
{
    if (sb->len + n + 1 > sb->cap) {
        size_t cap = sb->cap ? sb->cap : 64;
        while (cap < sb->len + n + 1)
            cap *= 2;
        sb->data = xrealloc(sb->data, cap);
        sb->cap = cap;
    }
    memcpy(sb->data + sb->len, s, n);
    sb->len += n;
    sb->data[sb->len] = '\0';
}

void sb_append(struct strbuf *sb, const char *s)
{
    sb_appendn(sb, s, strlen(s));
}

void sb_appendf(struct strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0)
        out_of_memory(strlen(fmt));
    va_end(ap);
    sb_append(sb, s);
    free(s);
}

char *sb_steal(struct strbuf *sb)
{
    char *s = sb->data ? sb->data : xstrdup("");
    sb->data = NULL;
    sb->len = sb->cap = 0;
    return s;
}

void sb_free(struct strbuf *sb)
{
    free(sb->data);
    sb->data = NULL;
    sb->len = sb->cap = 0;
}

void strlist_add(struct strlist *l, const char *s)
{
    strlist_add_owned(l, xstrdup(s));
}

void strlist_add_owned(struct strlist *l, char *s)
{
    VEC_PUSH(l->items, l->count, l->cap, s);
}

bool strlist_contains(const struct strlist *l, const char *s)
{
    for (int i = 0; i < l->count; i++)
        if (strcmp(l->items[i], s) == 0)
            return true;
    return false;
}

void strlist_free(struct strlist *l)
{
    for (int i = 0; i < l->count; i++)
        free(l->items[i]);
    free(l->items);
    l->items = NULL;
    l->count = l->cap = 0;
}

char *read_file(const char *path, size_t *len_out)
{
    /* Only regular files: a tree can name a device, a FIFO or a link to one
     * (/dev/zero never ends, a FIFO never opens); O_NONBLOCK so that opening
     * a FIFO cannot hang before it is refused. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        bool dir = S_ISDIR(st.st_mode);
        close(fd);
        errno = dir ? EISDIR : EINVAL;
        return NULL;
    }
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        close(fd);
        return NULL;
    }
    struct strbuf sb = {0};
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        sb_appendn(&sb, buf, n);
    int err = ferror(f);
    fclose(f);
    if (err) {
        sb_free(&sb);
        errno = EIO;
        return NULL;
    }
    if (len_out)
        *len_out = sb.len;
    return sb_steal(&sb);
}

char *path_join(const char *dir, const char *name)
{
    if (!dir || !*dir || name[0] == '/')
        return xstrdup(name);
    size_t n = strlen(dir);
    return xasprintf("%s%s%s", dir, dir[n - 1] == '/' ? "" : "/", name);
}

char *path_dirname(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return xstrdup(".");
    if (slash == path)
        return xstrdup("/");
    return xstrndup(path, (size_t)(slash - path));
}

/* Lexical normalization: collapse "//", "/./" and "dir/.." segments. */
char *path_absolute(const char *path)
{
    char *joined;
    if (path[0] == '/') {
        joined = xstrdup(path);
    } else {
        char cwd[PATH_MAX];
        if (!getcwd(cwd, sizeof cwd))
            strcpy(cwd, "/");
        joined = path_join(cwd, path);
    }
    char **segs = NULL;
    int nseg = 0, cap = 0;
    for (char *save = NULL, *tok = strtok_r(joined, "/", &save); tok; tok = strtok_r(NULL, "/", &save)) {
        if (strcmp(tok, ".") == 0)
            continue;
        if (strcmp(tok, "..") == 0) {
            if (nseg > 0)
                nseg--;
            continue;
        }
        VEC_PUSH(segs, nseg, cap, tok);
    }
    struct strbuf sb = {0};
    for (int i = 0; i < nseg; i++) {
        sb_append(&sb, "/");
        sb_append(&sb, segs[i]);
    }
    if (nseg == 0)
        sb_append(&sb, "/");
    free(segs);
    free(joined);
    return sb_steal(&sb);
}

char *path_relative(const char *path, const char *root)
{
    size_t n = strlen(root);
    if (n > 0 && strncmp(path, root, n) == 0) {
        if (root[n - 1] == '/')
            return xstrdup(path + n);
        if (path[n] == '/')
            return xstrdup(path + n + 1);
        if (path[n] == '\0')
            return xstrdup(".");
    }
    return xstrdup(path);
}

bool path_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

char *path_common_ancestor(const struct strlist *paths)
{
    char *root = NULL;
    for (int i = 0; i < paths->count; i++) {
        char *abs = path_absolute(paths->items[i]);
        char *dir = path_is_dir(abs) ? xstrdup(abs) : path_dirname(abs);
        free(abs);
        if (!root) {
            root = dir;
            continue;
        }
        while (strcmp(root, "/") != 0) {
            size_t n = strlen(root);
            if (strncmp(dir, root, n) == 0 && (dir[n] == '/' || dir[n] == '\0'))
                break;
            char *up = path_dirname(root);
            free(root);
            root = up;
        }
        free(dir);
    }
    return root ? root : path_absolute(".");
}

bool path_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool path_is_build_output(const char *name)
{
    static const char *const names[] = {"build", "debug", "release", "x64", "x86", "arm64",
                                        "win32", "obj",   "out",     "bin", "cmakefiles"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcasecmp(name, names[i]) == 0)
            return true;
    /* WDK build environments name their outputs objfre_* and objchk_*. */
    return strncasecmp(name, "objfre", 6) == 0 || strncasecmp(name, "objchk", 6) == 0;
}

const char *path_other_os(const char *path, size_t from)
{
    static const char *const oses[] = {"linux", "freebsd", "macos", "darwin", "osx", "illumos",
                                       "solaris", "netbsd", "openbsd", "posix", "unix", NULL};
    for (const char *p = path + from; *p; p++) {
        if (*p != '/')
            continue;
        const char *e = strchr(p + 1, '/');
        if (!e)
            break;
        for (int i = 0; oses[i]; i++)
            if ((size_t)(e - p - 1) == strlen(oses[i]) && !strncasecmp(p + 1, oses[i], (size_t)(e - p - 1)))
                return oses[i];
    }
    return NULL;
}

unsigned long long hash_fnv1a(const void *data, size_t n, unsigned long long seed)
{
    const unsigned char *p = data;
    unsigned long long h = seed;
    for (size_t i = 0; i < n; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}
