/* SPDX-License-Identifier: Apache-2.0 */
/* test_report.c — the pieces of the report stage that need no scan: GitHub's
 * line hash (reference values from tests/linehash.js, itself a restatement of
 * github/codeql-action's fingerprints.ts), UTF-8 repair, suppression comments,
 * changed-line filters and the --output option. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "changes.h"
#include "check.h"
#include "options.h"
#include "report.h"
#include "source.h"
#include "suppress.h"
#include "util.h"

static char *write_tmp(const char *name, const char *data, size_t n)
{
    char *path = xasprintf("/tmp/storcheck-test-%d-%s", (int)getpid(), name);
    FILE *f = fopen(path, "wb");
    fwrite(data, 1, n, f);
    fclose(f);
    return path;
}

static void test_line_hash(void)
{
    /* CR, CRLF, invalid bytes, a 2-byte and a 4-byte (surrogate pair) character */
    static const char text[] = "int a;\n\xff\xfe x\n\xc3\xa9 \xf0\x9f\x98\x80 y\r\nz\rw\n";
    char *path = write_tmp("hash.c", text, sizeof text - 1);
    struct source_cache c = {0};
    const struct source *s = source_get(&c, path);
    static const char *const want[] = {"8a958703a62ed4a:1", "6780d323e44354d1:1", "c81b1e55c2711d01:1",
                                       "be7550027fcbc5c:1", "f8df28d694955710:1"};
    for (int l = 1; l <= 5; l++) {
        char *h = report_line_hash(s, l);
        CHECK_STR(h, want[l - 1]);
        free(h);
    }
    char *none = report_line_hash(s, 99);
    CHECK(none == NULL);
    /* lines whose next 100 characters are the same count their occurrences */
    struct strbuf dup = {0};
    for (int i = 0; i < 150; i++)
        sb_append(&dup, "a\n");
    char *p2 = write_tmp("dup.c", dup.data, dup.len);
    sb_free(&dup);
    const struct source *s2 = source_get(&c, p2);
    char *h1 = report_line_hash(s2, 1), *h52 = report_line_hash(s2, 52);
    CHECK_STR(h1, "83d4df87b9db256:1");
    CHECK_STR(h52, "83d4df87b9db256:52");
    free(h1);
    free(h52);
    unlink(path);
    unlink(p2);
    free(path);
    free(p2);
    source_cache_free(&c);
}

static void test_utf8(void)
{
    char *u = utf8_sanitize("ok \xc3\xa9 \xff \xe2\x82 end \xed\xa0\x80");
    CHECK_STR(u, "ok \xc3\xa9 \xef\xbf\xbd \xef\xbf\xbd end \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
    free(u);
}

static void test_suppress(void)
{
    static const char text[] = "a(); // storcheck-ignore[sg-escapes-srb]: kept alive by the port\n"
                               "/* storcheck-ignore[sg-*, sg-port-owned-freed]: two ids */\n"
                               "b(); // storcheck-ignore[sg-escapes-srb]:   \n"
                               "c(\"storcheck-ignore[sg-escapes-srb]: in a string, not a comment\");\n"
                               "// storcheck-ignore-file[sg-use-after-completion]: generated\n"
                               "// storcheck-ignore sg-escapes-srb: malformed\n";
    char *path = write_tmp("sup.c", text, sizeof text - 1);
    struct source_cache c = {0};
    struct suppressions s = {0};
    struct strlist diags = {0};
    suppress_scan(source_get(&c, path), "sup.c", &s, &diags);
    CHECK(s.count == 4);
    if (s.count == 4) {
        CHECK_STR(s.items[0].reason, "kept alive by the port");
        CHECK(s.items[0].line == 1 && !s.items[0].whole_file);
        CHECK_STR(s.items[1].rule, "sg-*");
        CHECK_STR(s.items[2].rule, "sg-port-owned-freed");
        CHECK_STR(s.items[1].reason, "two ids");
        CHECK(s.items[3].whole_file);
    }
    CHECK(diags.count == 2);
    if (diags.count == 2) {
        CHECK(strstr(diags.items[0], "sup.c:3: suppression of 'sg-escapes-srb' has no reason") != NULL);
        CHECK(strstr(diags.items[1], "sup.c:6: malformed suppression") != NULL);
    }
    CHECK(suppress_match(&s, "sg-escapes-srb", path, 1) != NULL);
    CHECK(suppress_match(&s, "sg-escapes-srb", path, 2) != NULL); /* the line below */
    CHECK(suppress_match(&s, "sg-escapes-srb", path, 4) == NULL);
    CHECK(suppress_match(&s, "sg-use-after-completion", path, 400) != NULL);
    CHECK(suppress_match(&s, "sg-use-after-completion", "/other.c", 400) == NULL);
    suppressions_free(&s);
    strlist_free(&diags);
    source_cache_free(&c);
    unlink(path);
    free(path);
}

static void test_changes(void)
{
    static const char lf[] = "[{\"name\": \"drv/io.c\", \"lines\": [[10, 12], [20, 20]]}, {\"name\": \"hw.c\"}]";
    char *path = write_tmp("lines.json", lf, sizeof lf - 1);
    struct changes c = {0};
    char *err = NULL;
    CHECK(changes_load_line_filter(path, &c, &err) == 0);
    CHECK(changes_cover(&c, "/src/drv/io.c", 11));
    CHECK(changes_cover(&c, "/src/drv/io.c", 20));
    CHECK(!changes_cover(&c, "/src/drv/io.c", 13));
    CHECK(!changes_cover(&c, "/src/xdrv/io.c", 11)); /* a suffix on a path boundary */
    CHECK(changes_cover(&c, "/src/hw.c", 999));
    changes_free(&c);
    unlink(path);
    free(path);
    free(err);
}

static void test_options(void)
{
    char *argv[] = {"storcheck", "--format", "sarif", "--output", "html:r.html", "--output", "json:-", "--color=never", "x"};
    struct options o;
    char *err = NULL;
    CHECK(options_parse(9, argv, &o, &err) == 0);
    CHECK(o.format == FORMAT_SARIF && o.nextra_outputs == 2 && o.color == 0);
    if (o.nextra_outputs == 2) {
        CHECK(o.extra_outputs[0].format == FORMAT_HTML);
        CHECK_STR(o.extra_outputs[0].path, "r.html");
        CHECK(o.extra_outputs[1].path == NULL);
    }
    options_free(&o);
    char *bad[] = {"storcheck", "--output", "pdf:x"};
    CHECK(options_parse(3, bad, &o, &err) < 0 && err && strstr(err, "pdf"));
    free(err);
    options_free(&o);
}

int main(void)
{
    test_line_hash();
    test_utf8();
    test_suppress();
    test_changes();
    test_options();
    return CHECK_DONE();
}
