/* SPDX-License-Identifier: Apache-2.0 */
/* check.h — the smallest assertion kit for unit tests: CHECK keeps going and
 * counts, CHECK_DONE returns the exit status. */
#ifndef STORCHECK_TEST_CHECK_H
#define STORCHECK_TEST_CHECK_H
#include <stdio.h>
#include <string.h>

static int check_failures, check_count;
#define CHECK(cond)                                                                                \
    do {                                                                                           \
        check_count++;                                                                             \
        if (!(cond)) {                                                                             \
            check_failures++;                                                                      \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                                          \
    } while (0)
#define CHECK_STR(a, b)                                                                            \
    do {                                                                                           \
        const char *a_ = (a), *b_ = (b);                                                           \
        check_count++;                                                                             \
        if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                                   \
            check_failures++;                                                                      \
            fprintf(stderr, "%s:%d: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__,            \
                    b_ ? b_ : "(null)", a_ ? a_ : "(null)");                                       \
        }                                                                                          \
    } while (0)
#define CHECK_DONE()                                                                               \
    (printf("%d checks, %d failed\n", check_count, check_failures), check_failures ? 1 : 0)
#endif
