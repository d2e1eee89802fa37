/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzzes the IR bytes reader (ir_serial.c): a unit that reads back whole is
 * written again and must read back the same. */
#include "fuzz_util.h"
#include "ir_serial.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct bytes_reader r = {.p = data, .left = size};
    struct ir_unit u;
    if (ir_unit_read(&r, &u) == 0) {
        struct bytes b = {0};
        ir_unit_write(&u, &b);
        struct bytes_reader again = {.p = b.data, .left = b.len};
        struct ir_unit v;
        if (ir_unit_read(&again, &v) != 0)
            abort();
        struct bytes b2 = {0};
        ir_unit_write(&v, &b2);
        if (b2.len != b.len || memcmp(b2.data, b.data, b.len) != 0)
            abort();
        bytes_free(&b2);
        ir_unit_free(&v);
        bytes_free(&b);
        ir_unit_free(&u);
    }
    return 0;
}
