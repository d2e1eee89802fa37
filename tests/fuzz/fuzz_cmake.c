/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzzes CMakeLists.txt reading (cmake_file.c). */
#include "fuzz_util.h"
#include "projects.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const uint8_t unit[] = "int f(void) { return 0; }\n";
    free(fuzz_write("a.c", unit, sizeof unit - 1));
    free(fuzz_write("CMakeLists.txt", data, size));
    struct project_targets t;
    memset(&t, 0, sizeof t);
    struct strlist notes = {0}, errors = {0};
    cmake_read(fuzz_scratch(), fuzz_scratch(), &t, &notes, &errors);
    project_targets_free(&t);
    strlist_free(&notes);
    strlist_free(&errors);
    return 0;
}
