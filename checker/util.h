/* SPDX-License-Identifier: Apache-2.0 */
/* util.h — the allocation funnel, growable buffers and small path helpers.
 *
 * Every allocation in storcheck goes through xmalloc/xcalloc/xrealloc so that
 * running out of memory is handled in one place (a one-line message and exit
 * code 3: the scan is incomplete). Functions named *_new or x*dup return
 * memory the caller owns and frees with free().
 */
#ifndef STORCHECK_UTIL_H
#define STORCHECK_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Grow a dynamic array: VEC_PUSH(items, count, cap, value). */
#define VEC_GROW(items, count, cap)                                                                \
    do {                                                                                           \
        if ((count) >= (cap)) {                                                                    \
            (cap) = (cap) ? (cap) * 2 : 8;                                                         \
            (items) = xrealloc((items), (size_t)(cap) * sizeof *(items));                          \
        }                                                                                          \
    } while (0)
#define VEC_PUSH(items, count, cap, value)                                                         \
    do {                                                                                           \
        VEC_GROW(items, count, cap);                                                               \
        (items)[(count)++] = (value);                                                              \
    } while (0)

/* A growable NUL-terminated string. */
struct strbuf {
    char *data;
    size_t len, cap;
};
void sb_append(struct strbuf *sb, const char *s);
void sb_appendn(struct strbuf *sb, const char *s, size_t n);
void sb_appendf(struct strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *sb_steal(struct strbuf *sb); /* caller owns the result; sb is reset */
void sb_free(struct strbuf *sb);

/* A list of owned strings. */
struct strlist {
    char **items;
    int count, cap;
};
void strlist_add(struct strlist *l, const char *s); /* copies s */
void strlist_add_owned(struct strlist *l, char *s);
bool strlist_contains(const struct strlist *l, const char *s);
void strlist_free(struct strlist *l);

/* Reads a whole file; NULL with errno set on failure. Caller owns. */
char *read_file(const char *path, size_t *len_out);

/* Paths. All results are owned by the caller. */
char *path_join(const char *dir, const char *name);
char *path_dirname(const char *path);
char *path_absolute(const char *path);           /* lexically normalized, no symlink resolution */
char *path_relative(const char *path, const char *root); /* path under root, or a copy of path */
bool path_is_dir(const char *path);
/* The deepest folder holding every path (a file counts by its folder). */
char *path_common_ancestor(const struct strlist *paths);
bool path_is_file(const char *path);
/* Whether a folder name is a build output (build, obj, x64, objfre_*...):
 * copies and generated files, never sources worth a scan. */
bool path_is_build_output(const char *name);
/* Portable trees keep each system's code under a folder named for it
 * (os/linux, freebsd, macos...), which a Windows build never reads: the first
 * such folder name in path after its first `from` characters, or NULL. */
const char *path_other_os(const char *path, size_t from);

/* 64-bit FNV-1a, for fingerprints and hashing. */
unsigned long long hash_fnv1a(const void *data, size_t n, unsigned long long seed);
#define HASH_FNV1A_SEED 0xcbf29ce484222325ULL

#endif
