/* SPDX-License-Identifier: Apache-2.0 */
/* workers.h — run one job per item in worker processes.
 *
 * libclang cannot be interrupted and a crash inside it takes its process
 * down (a stack overflow on a deeply nested expression, for one). So each
 * unit is parsed in a process of its own, forked from the main process: it
 * writes its result as bytes to a pipe and exits. A worker that crashes,
 * runs past the timeout or past its memory bound costs that one item: it is
 * tried once more in a fresh process, then reported as failed with the
 * reason. Results are handed back by item index, so what the caller builds
 * from them does not depend on how many workers ran or in which order they
 * finished.
 */
#ifndef STORCHECK_WORKERS_H
#define STORCHECK_WORKERS_H

#include <stdbool.h>
#include <stddef.h>

#include "ir_serial.h"

struct worker_options {
    int jobs;             /* processes at once (>= 1) */
    double timeout;       /* seconds per attempt; <= 0: none */
    size_t memory_mb;     /* address-space bound per worker; 0: none (always none under ASan) */
    double slow_seconds;  /* name an item still running after this long, once; <= 0: never */
    bool progress;        /* a "parsed N of M" line on standard error */
    const char *const *names; /* item names for messages (file paths) */
};

/* Runs in the child: does item i's work and appends its result to out. */
typedef void worker_job(int item, void *ctx, struct bytes *out);
/* Runs in the main process, once per item: data/len on success, or failure
 * set to a one-line reason ("crashed (signal 11, SIGSEGV) twice"). */
typedef void worker_done(int item, void *ctx, const unsigned char *data, size_t len, const char *failure);

void workers_run(int count, const struct worker_options *o, worker_job *job, worker_done *done, void *ctx);

#endif
