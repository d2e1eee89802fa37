/* SPDX-License-Identifier: Apache-2.0 */
/* replay.c — runs a harness on the files named on the command line, without
 * libFuzzer: the regression inputs under tests/fuzz/regressions are replayed
 * by every build (and under the asan preset, with the sanitizers that first
 * caught them). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    for (int i = 1; i < argc; i++) {
        size_t len = 0;
        char *data = read_file(argv[i], &len);
        if (!data) {
            fprintf(stderr, "replay: %s: cannot be read\n", argv[i]);
            return 2;
        }
        LLVMFuzzerTestOneInput((const uint8_t *)data, len);
        free(data);
        printf("replayed %s\n", argv[i]);
    }
    return 0;
}
