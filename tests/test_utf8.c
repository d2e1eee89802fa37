/* SPDX-License-Identifier: Apache-2.0 */
/* The one UTF-8 decoder: valid sequences, invalid spans as WHATWG counts
 * them (GitHub's line hashes depend on it), character counts, sanitizing. */
#include "check.h"
#include "utf8.h"

#include <stdlib.h>
#include <string.h>

static size_t decode(const char *s, uint32_t *cp)
{
    return utf8_decode((const unsigned char *)s, strlen(s), cp);
}

int main(void)
{
    uint32_t cp;
    CHECK(decode("A", &cp) == 1 && cp == 'A');
    CHECK(decode("\xC3\xA9", &cp) == 2 && cp == 0xE9);
    CHECK(decode("\xE2\x82\xAC", &cp) == 3 && cp == 0x20AC);
    CHECK(decode("\xF0\x9F\x98\x80", &cp) == 4 && cp == 0x1F600);
    /* invalid: a lone continuation, an overlong, a surrogate, a truncated
     * sequence (its maximal subpart), a byte past U+10FFFF */
    CHECK(decode("\x80x", &cp) == 1 && cp == UTF8_REPLACEMENT);
    CHECK(decode("\xC0\xAF", &cp) == 1 && cp == UTF8_REPLACEMENT);
    CHECK(decode("\xED\xA0\x80", &cp) == 1 && cp == UTF8_REPLACEMENT);
    CHECK(decode("\xE2\x82x", &cp) == 2 && cp == UTF8_REPLACEMENT);
    CHECK(decode("\xF4\x90\x80\x80", &cp) == 1 && cp == UTF8_REPLACEMENT);
    CHECK(utf8_valid_length((const unsigned char *)"\xEF\xBF\xBD", 3) == 3); /* a real U+FFFD is valid */
    CHECK(utf8_count("a\xC3\xA9\xE2\x82x", 6) == 4);
    char *s = utf8_sanitize("ok \xE2\x82 \xFF end \xC3\xA9");
    CHECK(strcmp(s, "ok \xEF\xBF\xBD \xEF\xBF\xBD end \xC3\xA9") == 0);
    free(s);
    s = utf8_sanitize(NULL);
    CHECK(s && s[0] == '\0');
    free(s);
    s = utf8_sanitize("");
    CHECK(s && s[0] == '\0');
    free(s);
    return CHECK_DONE();
}
