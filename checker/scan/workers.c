/* SPDX-License-Identifier: Apache-2.0 */
/* workers.c — see workers.h. */
#define _GNU_SOURCE
#include "workers.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "util.h"

#if defined(__SANITIZE_ADDRESS__)
#define UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define UNDER_ASAN 1
#endif
#endif

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

struct slot {
    pid_t pid;   /* 0: free */
    int fd;      /* read end of the result pipe */
    int item;
    int attempt; /* 0 first, 1 retry */
    double started;
    bool timed_out, warned;
    struct bytes buf;
};

static void child(int item, int fd, const struct worker_options *o, worker_job *job, void *ctx)
{
#ifndef UNDER_ASAN
    if (o->memory_mb) {
        struct rlimit rl = {(rlim_t)o->memory_mb << 20, (rlim_t)o->memory_mb << 20};
        setrlimit(RLIMIT_AS, &rl);
    }
#endif
    struct bytes out = {0};
    job(item, ctx, &out);
    size_t off = 0;
    while (off < out.len) {
        ssize_t n = write(fd, out.data + off, out.len - off);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            _exit(70);
        off += (size_t)n;
    }
    /* _exit: no atexit handlers, no flushing of the parent's stdio buffers,
     * no leak report for memory the process is about to give back. */
    _exit(0);
}

static bool spawn(struct slot *s, int item, int attempt, const struct worker_options *o, worker_job *job, void *ctx)
{
    int p[2];
    if (pipe(p) < 0)
        return false;
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        close(p[0]);
        close(p[1]);
        return false;
    }
    if (pid == 0) {
        close(p[0]);
        child(item, p[1], o, job, ctx);
    }
    close(p[1]);
    fcntl(p[0], F_SETFD, FD_CLOEXEC);
    memset(s, 0, sizeof *s);
    s->pid = pid;
    s->fd = p[0];
    s->item = item;
    s->attempt = attempt;
    s->started = now();
    return true;
}

static char *describe(int status, bool timed_out, const struct worker_options *o)
{
    if (timed_out)
        return xasprintf("took longer than %g seconds (--unit-timeout)", o->timeout);
    if (WIFSIGNALED(status)) {
        int sig = WTERMSIG(status);
        return xasprintf("crashed (signal %d, %s)", sig, sigabbrev_np(sig) ? sigabbrev_np(sig) : "?");
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 3)
        return xasprintf("ran out of memory (the bound is %zu MiB, --unit-memory)", o->memory_mb);
    return xasprintf("worker exited with status %d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
}

void workers_run(int count, const struct worker_options *o, worker_job *job, worker_done *done, void *ctx)
{
    /* In-process mode, for fuzzing the whole pipeline under one process's
     * coverage and sanitizers: no isolation, no bounds. */
    if (getenv("STORCHECK_IN_PROCESS")) {
        for (int i = 0; i < count; i++) {
            struct bytes b = {0};
            job(i, ctx, &b);
            done(i, ctx, b.data, b.len, NULL);
            bytes_free(&b);
        }
        return;
    }
    int jobs = o->jobs < 1 ? 1 : o->jobs;
    if (jobs > count)
        jobs = count;
    struct slot *slots = xcalloc((size_t)(jobs ? jobs : 1), sizeof *slots);
    int *retry = xcalloc((size_t)count + 1, sizeof *retry); /* items waiting for their second try */
    int nretry = 0, next = 0, active = 0, finished = 0;
    double t0 = now();
    struct pollfd *pfd = xcalloc((size_t)(jobs ? jobs : 1), sizeof *pfd);
    /* The pool's own SIGPIPE would kill the scan if a worker vanished mid-write. */
    struct sigaction ign = {.sa_handler = SIG_IGN}, old;
    sigaction(SIGPIPE, &ign, &old);

    while (finished < count) {
        for (int k = 0; k < jobs && (next < count || nretry); k++) {
            if (slots[k].pid)
                continue;
            bool again = nretry > 0;
            int item = again ? retry[--nretry] : next++;
            if (spawn(&slots[k], item, again ? 1 : 0, o, job, ctx)) {
                active++;
            } else {
                done(item, ctx, NULL, 0, "a worker process could not be started");
                finished++;
            }
        }
        for (int k = 0; k < jobs; k++)
            pfd[k] = (struct pollfd){.fd = slots[k].pid ? slots[k].fd : -1, .events = POLLIN};
        if (active == 0)
            continue;
        poll(pfd, (nfds_t)jobs, 200);
        double t = now();
        for (int k = 0; k < jobs; k++) {
            struct slot *s = &slots[k];
            if (!s->pid)
                continue;
            if (o->timeout > 0 && !s->timed_out && t - s->started > o->timeout) {
                s->timed_out = true;
                kill(s->pid, SIGKILL);
            }
            if (o->slow_seconds > 0 && !s->warned && t - s->started > o->slow_seconds) {
                s->warned = true;
                fprintf(stderr, "%sstorcheck: %s: still parsing after %g seconds\n", o->progress ? "\r\033[K" : "",
                        o->names ? o->names[s->item] : "a unit", o->slow_seconds);
            }
            if (!(pfd[k].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            /* One read per wake-up: poll said it will not block. */
            unsigned char chunk[65536];
            ssize_t got;
            bool eof = false;
            while ((got = read(s->fd, chunk, sizeof chunk)) != 0) {
                if (got < 0) {
                    if (errno == EINTR)
                        continue;
                    got = 0; /* a broken pipe ends the result like EOF */
                    break;
                }
                if (s->buf.len + (size_t)got > s->buf.cap) {
                    size_t cap = s->buf.cap ? s->buf.cap : 65536;
                    while (cap < s->buf.len + (size_t)got)
                        cap *= 2;
                    s->buf.data = xrealloc(s->buf.data, cap);
                    s->buf.cap = cap;
                }
                memcpy(s->buf.data + s->buf.len, chunk, (size_t)got);
                s->buf.len += (size_t)got;
                struct pollfd one = {.fd = s->fd, .events = POLLIN};
                if (poll(&one, 1, 0) <= 0)
                    break; /* nothing more right now: serve the other workers */
            }
            if (got == 0)
                eof = true;
            if (!eof)
                continue;
            int status = 0;
            while (waitpid(s->pid, &status, 0) < 0 && errno == EINTR)
                ;
            close(s->fd);
            active--;
            bool ok = !s->timed_out && WIFEXITED(status) && WEXITSTATUS(status) == 0;
            if (ok) {
                done(s->item, ctx, s->buf.data, s->buf.len, NULL);
                finished++;
            } else if (s->attempt == 0) {
                retry[nretry++] = s->item; /* once more, in a fresh process */
            } else {
                char *why = describe(status, s->timed_out, o);
                char *msg = xasprintf("%s, twice; the unit is not analysed", why);
                done(s->item, ctx, NULL, 0, msg);
                free(msg);
                free(why);
                finished++;
            }
            bytes_free(&s->buf);
            s->pid = 0;
            if (o->progress && now() - t0 > 0.5)
                fprintf(stderr, "\rstorcheck: parsed %d of %d units\033[K", finished, count);
        }
    }
    if (o->progress && now() - t0 > 0.5)
        fputs("\r\033[K", stderr);
    sigaction(SIGPIPE, &old, NULL);
    free(pfd);
    free(retry);
    free(slots);
}
