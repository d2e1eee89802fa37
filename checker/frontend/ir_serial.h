/* SPDX-License-Identifier: Apache-2.0 */
/* ir_serial.h — a translation unit's facts as bytes, and back.
 *
 * Units are parsed in worker processes (a libclang crash or hang costs one
 * unit, not the scan), which hand their ir_unit back to the main process as
 * plain bytes; the same encoding can hold a unit in a cache. The reader
 * trusts nothing: every length is checked against what is left, so a
 * truncated or corrupt buffer is refused, never read past.
 */
#ifndef STORCHECK_IR_SERIAL_H
#define STORCHECK_IR_SERIAL_H

#include <stddef.h>

#include "ir.h"

/* A growable byte buffer. */
struct bytes {
    unsigned char *data;
    size_t len, cap;
};
void bytes_free(struct bytes *b);

/* Low-level fields, for callers that frame a unit with their own data. */
void bytes_put_u32(struct bytes *b, unsigned v);
void bytes_put_i64(struct bytes *b, long long v);
void bytes_put_str(struct bytes *b, const char *s); /* NULL is kept apart from "" */

struct bytes_reader {
    const unsigned char *p;
    size_t left;
    bool bad; /* set on the first read past the end or malformed field */
};
unsigned bytes_get_u32(struct bytes_reader *r);
long long bytes_get_i64(struct bytes_reader *r);
char *bytes_get_str(struct bytes_reader *r); /* owned; NULL for NULL or on error */

/* Appends the unit to b. */
void ir_unit_write(const struct ir_unit *u, struct bytes *b);
/* Reads one unit into *u (zeroed first). 0, or -1 when the bytes are not a
 * whole, well-formed unit (then *u holds nothing to free). */
int ir_unit_read(struct bytes_reader *r, struct ir_unit *u);

#endif
