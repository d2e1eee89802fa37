/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzzes baseline reading (baseline.c) against a scan with no findings. */
#include "baseline.h"
#include "fuzz_util.h"
#include "scan.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *path = fuzz_write("baseline.json", data, size);
    struct scan_result r;
    memset(&r, 0, sizeof r);
    struct report_data d;
    memset(&d, 0, sizeof d);
    d.scan = &r;
    char *err = NULL;
    baseline_apply(path, &d, &err);
    free(err);
    free(path);
    return 0;
}
