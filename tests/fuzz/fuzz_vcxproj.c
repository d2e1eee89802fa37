/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzzes .vcxproj reading (discover.c, libxml2). */
#include "discover.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const uint8_t unit[] = "int f(void) { return 0; }\n";
    free(fuzz_write("a.c", unit, sizeof unit - 1));
    char *path = fuzz_write("drv.vcxproj", data, size);
    const char *paths[] = {fuzz_scratch()};
    struct discover_options o = {.paths = paths, .npaths = 1, .vcxproj = path};
    struct discovery d;
    memset(&d, 0, sizeof d);
    discover_units(&o, &d);
    discovery_free(&d);
    free(path);
    return 0;
}
