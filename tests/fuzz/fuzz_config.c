/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzzes .storcheck.json reading (config.c). */
#include "config.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *path = fuzz_write(".storcheck.json", data, size);
    char *argv[] = {"storcheck", "--config", path, (char *)fuzz_scratch(), NULL};
    struct options o;
    char *err = NULL;
    if (options_parse(4, argv, &o, &err) == 0) {
        free(err);
        err = NULL;
        config_apply(&o, &err);
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        config_dump(&o, f);
        fclose(f);
        free(buf);
    }
    free(err);
    options_free(&o);
    free(path);
    return 0;
}
