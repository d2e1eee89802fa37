/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzzes the clang-tidy line filter reader (changes.c). */
#include "changes.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *path = fuzz_write("lines.json", data, size);
    struct changes c;
    memset(&c, 0, sizeof c);
    char *err = NULL;
    if (changes_load_line_filter(path, &c, &err) == 0) {
        changes_cover(&c, "/src/a.c", 10);
        changes_cover(&c, "a.c", 1);
    }
    free(err);
    changes_free(&c);
    free(path);
    return 0;
}
