/* SPDX-License-Identifier: Apache-2.0 */
/*
 * memory.h - storcheck model header.
 * The Microsoft C runtime's buffer-manipulation header; the routines
 * (memcpy, memset, _memicmp, ...) are the ones <string.h> declares
 * (learn.microsoft.com: /cpp/c-runtime-library/buffer-manipulation).
 */
#ifndef STORCHECK_MEMORY_H
#define STORCHECK_MEMORY_H

#include <string.h>

#endif /* STORCHECK_MEMORY_H */
