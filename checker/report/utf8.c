/* SPDX-License-Identifier: Apache-2.0 */
/* utf8.c — see utf8.h. */
#include "utf8.h"

#include <string.h>

#include "util.h"

static int lead_length(unsigned c)
{
    return c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
}

/* The range the second byte may take after lead c (no overlongs, no
 * surrogates, nothing above U+10FFFF). */
static void second_range(unsigned c, unsigned *lo, unsigned *hi)
{
    *lo = 0x80;
    *hi = 0xBF;
    if (c == 0xE0)
        *lo = 0xA0;
    else if (c == 0xED)
        *hi = 0x9F;
    else if (c == 0xF0)
        *lo = 0x90;
    else if (c == 0xF4)
        *hi = 0x8F;
}

int utf8_valid_length(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    int len = lead_length(c);
    if (!len || (size_t)len > n)
        return 0;
    for (int k = 1; k < len; k++) {
        unsigned lo = 0x80, hi = 0xBF;
        if (k == 1)
            second_range(c, &lo, &hi);
        if (s[k] < lo || s[k] > hi)
            return 0;
    }
    return len;
}

size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    int len = utf8_valid_length(s, n);
    if (len) {
        uint32_t v = len == 1 ? s[0] : len == 2 ? s[0] & 0x1Fu : len == 3 ? s[0] & 0x0Fu : s[0] & 0x07u;
        for (int k = 1; k < len; k++)
            v = (v << 6) | (s[k] & 0x3Fu);
        *cp = v;
        return (size_t)len;
    }
    *cp = UTF8_REPLACEMENT;
    unsigned c = s[0];
    int want = lead_length(c);
    size_t k = 1;
    while (want > 1 && k < (size_t)want && k < n) {
        unsigned lo = 0x80, hi = 0xBF;
        if (k == 1)
            second_range(c, &lo, &hi);
        if (s[k] < lo || s[k] > hi)
            break;
        k++;
    }
    return k;
}

size_t utf8_count(const char *s, size_t n)
{
    size_t chars = 0;
    for (size_t i = 0; i < n; chars++) {
        uint32_t cp;
        i += utf8_decode((const unsigned char *)s + i, n - i, &cp);
    }
    return chars;
}

char *utf8_sanitize(const char *s)
{
    if (!s)
        return xstrdup("");
    struct strbuf sb = {0};
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t len = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (cp == UTF8_REPLACEMENT && !utf8_valid_length((const unsigned char *)s + i, n - i))
            sb_append(&sb, "\xEF\xBF\xBD");
        else
            sb_appendn(&sb, s + i, len);
        i += len;
    }
    if (!sb.data)
        return xstrdup("");
    return sb_steal(&sb);
}
