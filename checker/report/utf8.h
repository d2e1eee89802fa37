/* SPDX-License-Identifier: Apache-2.0 */
/* utf8.h — the one place that decodes UTF-8.
 *
 * Source files and file names from a driver tree are bytes, not always
 * valid UTF-8. Every report needs the same answers about them: where a
 * sequence is valid, what an invalid one spans (as WHATWG's decoder counts
 * it, so that GitHub's line hashes match), how many characters a byte range
 * holds (SARIF and terminal columns), and a valid copy for JSON and XML.
 */
#ifndef STORCHECK_UTF8_H
#define STORCHECK_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFDu

/* Decodes one character at s (n > 0 bytes left): its code point in *cp and
 * the bytes it spans. An invalid sequence decodes to U+FFFD and spans its
 * maximal subpart (a lead byte and the continuation bytes that still fit). */
size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* Whether the character at s decoded from valid UTF-8 (not a replacement). */
int utf8_valid_length(const unsigned char *s, size_t n); /* 1..4, or 0 */

/* Characters (code points, an invalid span counting as one) in s[0..n). */
size_t utf8_count(const char *s, size_t n);

/* A copy of s that is valid UTF-8: each invalid span becomes U+FFFD. NULL
 * gives "". Caller owns. */
char *utf8_sanitize(const char *s);

#endif
