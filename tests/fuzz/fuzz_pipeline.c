/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzzes the whole pipeline on one source buffer, in this process: include
 * planning, libclang, lowering, linking, analysis and every report format. */
#include "fuzz_util.h"
#include "report.h"
#include "scan.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    setenv("STORCHECK_IN_PROCESS", "1", 1);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *path = fuzz_write("miniport.c", data, size);
    char *argv[] = {"storcheck", "--no-config", "--unit-timeout", "10", path, NULL};
    struct options o;
    char *err = NULL;
    if (options_parse(5, argv, &o, &err) == 0) {
        struct scan_result r;
        memset(&r, 0, sizeof r);
        scan_run(&o, &r);
        struct report_data d;
        memset(&d, 0, sizeof d);
        char *rerr = NULL;
        if (report_prepare(&d, &r, &o, &rerr) == 0) {
            for (int fmt = 0; fmt < 8; fmt++) {
                char *buf = NULL;
                size_t len = 0;
                FILE *f = open_memstream(&buf, &len);
                report_write(&d, (enum output_format)fmt, false, f);
                fclose(f);
                free(buf);
            }
        }
        free(rerr);
        report_data_free(&d);
        scan_result_free(&r);
    }
    free(err);
    options_free(&o);
    free(path);
    return 0;
}
