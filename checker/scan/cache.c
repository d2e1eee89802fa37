/* SPDX-License-Identifier: Apache-2.0 */
/* cache.c — the on-disk cache of parsed units; see cache.h. */
#define _GNU_SOURCE
#include "cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define ENTRY_MAGIC 0x31434353u /* "SCC1" */
#define ENTRY_SUFFIX ".unit"
#define DEFAULT_MAX_BYTES ((size_t)512 << 20)

/* A file's content as two independent 64-bit hashes, so that a collision
 * needs both to collide. */
struct content_hash {
    bool present;
    unsigned long long a, b;
};

struct memo_entry {
    char *path;
    struct content_hash h;
};

struct unit_cache {
    char *dir;
    unsigned long long run_a, run_b;
    size_t max_bytes;
    int hits, misses, puts;
    /* Many units read the same headers: each file is hashed once per run. */
    struct memo_entry *memo;
    size_t memo_cap, memo_count;
};

char *unit_cache_default_dir(void)
{
    const char *xdg = getenv("XDG_CACHE_HOME");
    if (xdg && xdg[0] == '/')
        return path_join(xdg, "storcheck");
    const char *home = getenv("HOME");
    if (home && home[0] == '/')
        return xasprintf("%s/.cache/storcheck", home);
    return NULL;
}

static int make_dirs(const char *dir)
{
    if (path_is_dir(dir))
        return 0;
    char *parent = path_dirname(dir);
    if (strcmp(parent, dir) != 0)
        make_dirs(parent);
    free(parent);
    return mkdir(dir, 0777) == 0 || errno == EEXIST ? 0 : -1;
}

struct unit_cache *unit_cache_open(const char *dir, const struct bytes *run_key, size_t max_bytes)
{
    if (!dir || make_dirs(dir) != 0 || access(dir, W_OK | X_OK) != 0)
        return NULL;
    struct unit_cache *c = xcalloc(1, sizeof *c);
    c->dir = xstrdup(dir);
    c->run_a = hash_fnv1a(run_key->data, run_key->len, HASH_FNV1A_SEED);
    c->run_b = hash_fnv1a(run_key->data, run_key->len, ~HASH_FNV1A_SEED);
    c->max_bytes = max_bytes ? max_bytes : DEFAULT_MAX_BYTES;
    return c;
}

static struct content_hash hash_file(const char *path)
{
    struct content_hash h = {0};
    size_t len = 0;
    char *data = read_file(path, &len);
    if (!data)
        return h;
    h.present = true;
    h.a = hash_fnv1a(data, len, HASH_FNV1A_SEED);
    h.b = hash_fnv1a(data, len, ~HASH_FNV1A_SEED) ^ (unsigned long long)len;
    free(data);
    return h;
}

static struct content_hash file_hash(struct unit_cache *c, const char *path)
{
    if (c->memo_count * 2 >= c->memo_cap) {
        size_t cap = c->memo_cap ? c->memo_cap * 2 : 256;
        struct memo_entry *tab = xcalloc(cap, sizeof *tab);
        for (size_t i = 0; i < c->memo_cap; i++) {
            if (!c->memo[i].path)
                continue;
            size_t k = hash_fnv1a(c->memo[i].path, strlen(c->memo[i].path), HASH_FNV1A_SEED) & (cap - 1);
            while (tab[k].path)
                k = (k + 1) & (cap - 1);
            tab[k] = c->memo[i];
        }
        free(c->memo);
        c->memo = tab;
        c->memo_cap = cap;
    }
    size_t k = hash_fnv1a(path, strlen(path), HASH_FNV1A_SEED) & (c->memo_cap - 1);
    while (c->memo[k].path) {
        if (strcmp(c->memo[k].path, path) == 0)
            return c->memo[k].h;
        k = (k + 1) & (c->memo_cap - 1);
    }
    c->memo[k].path = xstrdup(path);
    c->memo[k].h = hash_file(path);
    c->memo_count++;
    return c->memo[k].h;
}

/* The unit's key: the run's, its file and its arguments. */
static void unit_key(const struct unit_cache *c, const char *file, const struct strlist *args,
                     unsigned long long *a, unsigned long long *b)
{
    *a = c->run_a;
    *b = c->run_b;
    *a = hash_fnv1a(file, strlen(file) + 1, *a);
    *b = hash_fnv1a(file, strlen(file) + 1, *b);
    for (int i = 0; args && i < args->count; i++) {
        *a = hash_fnv1a(args->items[i], strlen(args->items[i]) + 1, *a);
        *b = hash_fnv1a(args->items[i], strlen(args->items[i]) + 1, *b);
    }
}

static char *entry_path(const struct unit_cache *c, unsigned long long a, unsigned long long b)
{
    return xasprintf("%s/%016llx%016llx" ENTRY_SUFFIX, c->dir, a, b);
}

static void put_raw(struct bytes *b, const void *data, size_t n)
{
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n)
            cap *= 2;
        b->data = xrealloc(b->data, cap);
        b->cap = cap;
    }
    memcpy(b->data + b->len, data, n);
    b->len += n;
}

bool unit_cache_get(struct unit_cache *c, const char *file, const struct strlist *args, struct bytes *out)
{
    if (!c)
        return false;
    unsigned long long ka, kb;
    unit_key(c, file, args, &ka, &kb);
    char *path = entry_path(c, ka, kb);
    size_t len = 0;
    unsigned char *data = (unsigned char *)read_file(path, &len);
    bool ok = false;
    if (data && len >= 8) {
        unsigned long long sum;
        memcpy(&sum, data + len - 8, 8);
        struct bytes_reader r = {data, len - 8, hash_fnv1a(data, len - 8, HASH_FNV1A_SEED) != sum};
        ok = bytes_get_u32(&r) == ENTRY_MAGIC;
        ok = ok && (unsigned long long)bytes_get_i64(&r) == ka && (unsigned long long)bytes_get_i64(&r) == kb;
        unsigned ndeps = ok ? bytes_get_u32(&r) : 0;
        for (unsigned i = 0; ok && !r.bad && i < ndeps; i++) {
            char *dep = bytes_get_str(&r);
            bool present = bytes_get_u32(&r) != 0;
            unsigned long long a = (unsigned long long)bytes_get_i64(&r);
            unsigned long long b = (unsigned long long)bytes_get_i64(&r);
            if (!dep || r.bad) {
                ok = false;
            } else {
                struct content_hash now = file_hash(c, dep);
                ok = now.present == present && (!present || (now.a == a && now.b == b));
            }
            free(dep);
        }
        long long plen = ok && !r.bad ? bytes_get_i64(&r) : -1;
        ok = ok && !r.bad && plen >= 0 && (size_t)plen == r.left;
        if (ok) {
            put_raw(out, r.p, r.left);
            utimensat(AT_FDCWD, path, NULL, 0); /* recently used: trimmed last */
        }
    }
    free(data);
    free(path);
    if (ok)
        c->hits++;
    else
        c->misses++;
    return ok;
}

void unit_cache_put(struct unit_cache *c, const char *file, const struct strlist *args,
                    char *const *read_files, int nread_files, const unsigned char *payload, size_t len)
{
    if (!c)
        return;
    unsigned long long ka, kb;
    unit_key(c, file, args, &ka, &kb);
    struct bytes e = {0};
    bytes_put_u32(&e, ENTRY_MAGIC);
    bytes_put_i64(&e, (long long)ka);
    bytes_put_i64(&e, (long long)kb);
    bytes_put_u32(&e, (unsigned)nread_files);
    for (int i = 0; i < nread_files; i++) {
        struct content_hash h = file_hash(c, read_files[i]);
        bytes_put_str(&e, read_files[i]);
        bytes_put_u32(&e, h.present);
        bytes_put_i64(&e, (long long)h.a);
        bytes_put_i64(&e, (long long)h.b);
    }
    bytes_put_i64(&e, (long long)len);
    put_raw(&e, payload, len);
    unsigned long long sum = hash_fnv1a(e.data, e.len, HASH_FNV1A_SEED);
    put_raw(&e, &sum, 8);

    char *path = entry_path(c, ka, kb);
    char *tmp = xasprintf("%s.%ld.tmp", path, (long)getpid());
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    bool ok = fd >= 0;
    for (size_t off = 0; ok && off < e.len;) {
        ssize_t n = write(fd, e.data + off, e.len - off);
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        off += ok ? (size_t)n : 0;
    }
    if (fd >= 0 && close(fd) != 0)
        ok = false;
    if (!ok || rename(tmp, path) != 0)
        unlink(tmp);
    else
        c->puts++;
    free(tmp);
    free(path);
    bytes_free(&e);
}

void unit_cache_counts(const struct unit_cache *c, int *hits, int *misses)
{
    *hits = c ? c->hits : 0;
    *misses = c ? c->misses : 0;
}

struct aged {
    char *path;
    time_t used;
    long nsec;
    size_t size;
};

static int cmp_oldest(const void *x, const void *y)
{
    const struct aged *a = x, *b = y;
    if (a->used != b->used)
        return a->used < b->used ? -1 : 1;
    return a->nsec < b->nsec ? -1 : a->nsec > b->nsec;
}

/* Removes the least recently used entries until the folder fits its bound,
 * and temporary files a killed run left behind. */
static void trim(const struct unit_cache *c)
{
    DIR *d = opendir(c->dir);
    if (!d)
        return;
    struct aged *items = NULL;
    int n = 0, cap = 0;
    size_t total = 0;
    time_t now = time(NULL);
    for (struct dirent *e; (e = readdir(d));) {
        size_t l = strlen(e->d_name);
        bool tmp = l > 4 && strcmp(e->d_name + l - 4, ".tmp") == 0;
        bool entry = l > strlen(ENTRY_SUFFIX) && strcmp(e->d_name + l - strlen(ENTRY_SUFFIX), ENTRY_SUFFIX) == 0;
        if (!tmp && !entry)
            continue;
        char *full = path_join(c->dir, e->d_name);
        struct stat st;
        if (stat(full, &st) != 0) {
            free(full);
            continue;
        }
        if (tmp) { /* another run may be writing it: only an old one is debris */
            if (now - st.st_mtime > 3600)
                unlink(full);
            free(full);
            continue;
        }
        VEC_GROW(items, n, cap);
        items[n++] = (struct aged){full, st.st_mtim.tv_sec, st.st_mtim.tv_nsec, (size_t)st.st_size};
        total += (size_t)st.st_size;
    }
    closedir(d);
    if (total > c->max_bytes) {
        qsort(items, (size_t)n, sizeof *items, cmp_oldest);
        /* down to 90% of the bound, so the next runs do not trim again */
        for (int i = 0; i < n && total > c->max_bytes / 10 * 9; i++)
            if (unlink(items[i].path) == 0)
                total -= items[i].size;
    }
    for (int i = 0; i < n; i++)
        free(items[i].path);
    free(items);
}

void unit_cache_close(struct unit_cache *c)
{
    if (!c)
        return;
    if (c->puts > 0)
        trim(c);
    for (size_t i = 0; i < c->memo_cap; i++)
        free(c->memo[i].path);
    free(c->memo);
    free(c->dir);
    free(c);
}
