/* SPDX-License-Identifier: Apache-2.0 */
/* test_includes.c — include planning on a small Windows-style tree built at run time. */
#define _GNU_SOURCE
#include "check.h"
#include "includes.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char root[] = "/tmp/storcheck_inc_XXXXXX";

static void mkdirs(const char *rel)
{
    char *p = path_join(root, rel);
    for (char *s = p + strlen(root) + 1; *s; s++)
        if (*s == '/') {
            *s = '\0';
            mkdir(p, 0755);
            *s = '/';
        }
    mkdir(p, 0755);
    free(p);
}

static char *put(const char *rel, const char *text)
{
    char *p = path_join(root, rel);
    char *dir = path_dirname(rel);
    mkdirs(dir);
    free(dir);
    FILE *f = fopen(p, "wb");
    fputs(text, f);
    fclose(f);
    return p;
}

static char *at(const char *rel)
{
    return path_join(root, rel);
}

static const struct unsaved_file *find_file(const struct include_plan *p, const char *path)
{
    for (int i = 0; i < p->count; i++)
        if (strcmp(p->files[i].path, path) == 0)
            return &p->files[i];
    return NULL;
}

static int count_lines(const char *s, size_t n)
{
    int lines = 0;
    for (size_t i = 0; i < n; i++)
        lines += s[i] == '\n';
    return lines;
}

/* Line `no` (1-based) of s without its line break; caller frees. */
static char *line_of(const char *s, int no)
{
    for (int i = 1; i < no && s; i++) {
        s = strchr(s, '\n');
        s = s ? s + 1 : NULL;
    }
    if (!s)
        return xstrdup("");
    size_t n = strcspn(s, "\r\n");
    return xstrndup(s, n);
}

static void check_line(const char *text, int no, const char *want)
{
    char *l = line_of(text, no);
    CHECK_STR(l, want);
    free(l);
}

static void test_main_unit(void)
{
    char *main_c = put("drv/src/main.c", "// unit\n"
                                         "#include \"..\\\\Inc\\\\Foo.H\"\n"
                                         "#include \"local.h\"\n"
                                         "#include \"trace.tmh\"\n"
                                         "/* #include \"never.h\" */\n"
                                         "  #  include <Bar.h> // the bar\n"
                                         "#include \"byname.h\"\n"
                                         "#include FOO_H\n"
                                         "#include <sysh.h>\n"
                                         "#include \"open.TMH\" /* still\n"
                                         "   a comment */\n"
                                         "const char *s = \"#include <nope.h>\";\n"
                                         "int x;\n");
    /* the header on disk is inc/foo.h: the spelling differs in case and slashes */
    free(put("drv/inc/foo.h", "int foo;\n"));
    free(put("drv/inc/bar.h", "int bar;\n"));
    /* local.h has a bad include of its own: it must be rewritten too */
    free(put("drv/src/local.h", "#include \"SUB\\\\deep.H\"\n"));
    free(put("drv/src/sub/Deep.h", "int deep;\n"));
    free(put("drv/other/x/byname.h", "int byname;\n"));
    /* model headers are known-good: never scanned, so this bad include is not stubbed */
    free(put("model/sysh.h", "#include \"does_not_exist.h\"\n"));

    struct include_search s = {0};
    strlist_add_owned(&s.quote_dirs, at("drv/inc"));
    strlist_add_owned(&s.system_dirs, at("model"));
    strlist_add_owned(&s.name_dirs, at("drv/other/x"));

    struct include_plan p = {0};
    char *err = NULL;
    CHECK(includes_plan(main_c, &s, &p, &err) == 0);
    CHECK(err == NULL);

    const struct unsaved_file *m = find_file(&p, main_c);
    CHECK(m != NULL);
    if (m) {
        size_t orig_len = 0;
        char *orig = read_file(main_c, &orig_len);
        CHECK(count_lines(m->contents, m->length) == count_lines(orig, orig_len));
        CHECK(strlen(m->contents) == m->length);
        char *want = xasprintf("#include \"%s/drv/inc/foo.h\"", root);
        check_line(m->contents, 2, want);
        free(want);
        check_line(m->contents, 3, "#include \"local.h\"");
        check_line(m->contents, 4, "#include \"" INCLUDES_STUB_DIR "/1/trace.tmh\"");
        check_line(m->contents, 5, "/* #include \"never.h\" */");
        want = xasprintf("  #include \"%s/drv/inc/bar.h\"", root);
        check_line(m->contents, 6, want);
        free(want);
        want = xasprintf("#include \"%s/drv/other/x/byname.h\"", root);
        check_line(m->contents, 7, want);
        free(want);
        check_line(m->contents, 8, "#include FOO_H");
        check_line(m->contents, 9, "#include <sysh.h>");
        /* the comment opened on the directive's line stays open */
        check_line(m->contents, 10, "#include \"" INCLUDES_STUB_DIR "/2/open.TMH\" /* still");
        check_line(m->contents, 11, "   a comment */");
        check_line(m->contents, 12, "const char *s = \"#include <nope.h>\";");
        free(orig);
    }

    const struct unsaved_file *stub = find_file(&p, INCLUDES_STUB_DIR "/1/trace.tmh");
    CHECK(stub != NULL);
    /* a WPP header's stand-in holds the WPP entry points (test_wpp) */
    CHECK(stub && stub->contents && strstr(stub->contents, "WPP_INIT_TRACING") &&
          stub->length == strlen(stub->contents));
    CHECK(includes_is_stub(INCLUDES_STUB_DIR "/1/trace.tmh"));
    CHECK(!includes_is_stub(main_c));

    CHECK(p.stubbed.count == 2);
    char *want = xasprintf("%s:4: \"trace.tmh\"", main_c);
    CHECK(p.stubbed.count > 0 && strcmp(p.stubbed.items[0], want) == 0);
    free(want);
    for (int i = 0; i < p.stubbed.count; i++)
        CHECK(strstr(p.stubbed.items[i], "does_not_exist") == NULL &&
              strstr(p.stubbed.items[i], "never.h") == NULL &&
              strstr(p.stubbed.items[i], "nope.h") == NULL);

    /* recursion: local.h rewritten to the real sub/Deep.h, same line */
    char *local = at("drv/src/local.h");
    const struct unsaved_file *l = find_file(&p, local);
    CHECK(l != NULL);
    if (l) {
        want = xasprintf("#include \"%s/drv/src/sub/Deep.h\"", root);
        check_line(l->contents, 1, want);
        free(want);
        CHECK(count_lines(l->contents, l->length) == 1);
    }
    free(local);
    char *sysh = at("model/sysh.h");
    CHECK(find_file(&p, sysh) == NULL);
    free(sysh);
    char *foo = at("drv/inc/foo.h");
    CHECK(find_file(&p, foo) == NULL); /* resolved, and nothing in it changed */
    free(foo);

    /* foo, bar, deep fixed by case and slashes; byname is a guess, kept apart */
    CHECK(p.fixed.count == 3);
    want = xasprintf("%s:7: \"byname.h\" -> %s/drv/other/x/byname.h", main_c, root);
    CHECK(p.guessed.count == 1 && strcmp(p.guessed.items[0], want) == 0);
    free(want);

    /* the same input plans the same output */
    struct include_plan q = {0};
    CHECK(includes_plan(main_c, &s, &q, &err) == 0);
    CHECK(q.count == p.count);
    for (int i = 0; i < p.count && i < q.count; i++) {
        CHECK_STR(q.files[i].path, p.files[i].path);
        CHECK(q.files[i].length == p.files[i].length &&
              memcmp(q.files[i].contents, p.files[i].contents, p.files[i].length) == 0);
    }
    include_plan_free(&q);
    include_plan_free(&p);
    free(main_c);

    /* a clean unit needs nothing */
    char *clean = put("drv/src/clean.c", "#include \"local2.h\"\nint y;\n");
    free(put("drv/src/local2.h", "#include <sysh.h>\n"));
    struct include_plan c = {0};
    CHECK(includes_plan(clean, &s, &c, &err) == 0);
    CHECK(c.count == 0 && c.stubbed.count == 0 && c.fixed.count == 0);
    include_plan_free(&c);
    free(clean);

    for (int i = 0; i < 3; i++) {
        struct strlist *l2 = i == 0 ? &s.quote_dirs : i == 1 ? &s.system_dirs : &s.name_dirs;
        strlist_free(l2);
    }
}

/* A WPP-generated header's stand-in defines the tracing macros that the
 * trace configuration comments in the unit's headers declare, and the WPP
 * entry points, as calls that still evaluate their arguments. */
static void test_wpp(void)
{
    char *unit = put("wpp/io.c", "#include \"trace.h\"\n#include \"io.tmh\"\n"
                                 "void f(int x) { MyTrace(1, \"%d\", x); EnterFn(); }\n");
    free(put("wpp/trace.h", "// begin_wpp config\n"
                            "// FUNC MyTrace(LEVEL, MSG, ...);\n"
                            "// FUNC EnterFn{LEVEL=4}(...);\n"
                            "// end_wpp\n"
                            "/* FUNC NotWpp(x) outside a wpp block is ignored */\n"));
    struct include_search s = {0};
    struct include_plan p = {0};
    char *err = NULL;
    CHECK(includes_plan(unit, &s, &p, &err) == 0);
    const struct unsaved_file *tmh = NULL;
    for (int i = 0; i < p.count; i++)
        if (p.files[i].stub && strstr(p.files[i].path, "io.tmh"))
            tmh = &p.files[i];
    CHECK(tmh && strstr(tmh->contents, "#define MyTrace(...) storcheck_wpp_trace(0, ##__VA_ARGS__)"));
    CHECK(tmh && strstr(tmh->contents, "#define EnterFn(...)") && strstr(tmh->contents, "#define WPP_INIT_TRACING(...)"));
    CHECK(tmh && !strstr(tmh->contents, "NotWpp"));
    include_plan_free(&p);
    free(unit);
}

static void test_crlf(void)
{
    char *f = put("crlf/unit.c", "#include \"Hdr.H\"\r\n"
                                 "#include \"gone.tmh\"   \r\n"
                                 "int z;\r\n");
    free(put("crlf/hdr.h", "int h;\r\n"));
    struct include_search s = {0};
    struct include_plan p = {0};
    char *err = NULL;
    CHECK(includes_plan(f, &s, &p, &err) == 0);
    const struct unsaved_file *u = find_file(&p, f);
    CHECK(u != NULL);
    if (u) {
        char *want = xasprintf("#include \"%s/crlf/hdr.h\"\r\n"
                               "#include \"" INCLUDES_STUB_DIR "/1/gone.tmh\"\r\n"
                               "int z;\r\n",
                               root);
        CHECK_STR(u->contents, want);
        free(want);
    }
    CHECK(p.stubbed.count == 1);
    include_plan_free(&p);
    free(f);
}

static void test_name_dirs_nearest(void)
{
    /* two headers with the name: the one sharing the longest folder prefix wins */
    char *f = put("near/a/b/unit.c", "#include \"Common.h\"\n");
    free(put("near/a/common.h", "\n"));
    free(put("near/z/common.h", "\n"));
    struct include_search s = {0};
    strlist_add_owned(&s.name_dirs, at("near/z"));
    strlist_add_owned(&s.name_dirs, at("near/a/b/../../a"));
    struct include_plan p = {0};
    char *err = NULL;
    CHECK(includes_plan(f, &s, &p, &err) == 0);
    CHECK(p.fixed.count == 0);
    char *want = xasprintf("%s:1: \"Common.h\" -> %s/near/a/common.h", f, root);
    CHECK(p.guessed.count == 1 && strcmp(p.guessed.items[0], want) == 0);
    free(want);
    include_plan_free(&p);
    strlist_free(&s.name_dirs);
    free(f);
}

/* A repository index: headers no folder names are found by sub-path and
 * nearest first, never across repositories, and the index is shared. */
static void test_repository_headers(void)
{
    free(put("repo/.git/HEAD", "ref\n"));
    char *unit = put("repo/src/sys/driver.c", "#include <winspd/ioctl.h>\n"
                                              "#include \"sys/kmem.h\"\n"
                                              "#include \"util.h\"\n"
                                              "#include \"Other.h\"\n"
                                              "#include \"..\\..\\inc\\Shared.h\"\n"
                                              "#include <stdlib.h>\n"
                                              "#include <linux/errno.h>\n"
                                              "#include <atomic.h>\n"
                                              "int x;\n");
    free(put("repo/inc/winspd/ioctl.h", "int ioctl;\n"));
    free(put("repo/inc/ioctl.h", "int wrong;\n"));
    /* kmem.h twice: the one ending in the spelled sub-path wins over a nearer one */
    free(put("repo/src/sys/inc/kmem.h", "int near_but_wrong;\n"));
    free(put("repo/lib/include/os/windows/sys/kmem.h", "int kmem;\n"));
    /* util.h twice: the nearer folder wins */
    free(put("repo/src/lib/util.h", "int near;\n"));
    free(put("repo/tools/far/away/util.h", "int far;\n"));
    /* in an output folder: not indexed */
    free(put("repo/src/build/other.h", "int built;\n"));
    /* in another repository: never found from this one */
    free(put("repo2/Other.h", "int other;\n"));
    free(put("repo/inc/shared.h", "int shared;\n"));
    /* a wrapper of a C library header, a header by name only in another
     * folder, and one only under another system's folder: none is a guess */
    free(put("repo/lib/include/stdlib.h", "#include_next <stdlib.h>\n"));
    free(put("repo/src/sys/errno.h", "int e;\n"));
    free(put("repo/include/os/linux/atomic.h", "int a;\n"));

    struct strlist roots = {0};
    strlist_add_owned(&roots, at("repo"));
    strlist_add_owned(&roots, at("repo2"));
    struct include_index *ix = includes_index_new(&roots, NULL);
    CHECK(includes_index_size(ix) == 12);
    struct include_search s = {.index = ix};
    struct include_plan p = {0};
    char *err = NULL;
    CHECK(includes_plan(unit, &s, &p, &err) == 0);
    const struct unsaved_file *m = find_file(&p, unit);
    CHECK(m != NULL);
    if (m) {
        char *want = xasprintf("#include \"%s/repo/inc/winspd/ioctl.h\"", root);
        check_line(m->contents, 1, want);
        free(want);
        want = xasprintf("#include \"%s/repo/lib/include/os/windows/sys/kmem.h\"", root);
        check_line(m->contents, 2, want);
        free(want);
        want = xasprintf("#include \"%s/repo/src/lib/util.h\"", root);
        check_line(m->contents, 3, want);
        free(want);
        check_line(m->contents, 4, "#include \"" INCLUDES_STUB_DIR "/1/Other.h\"");
        want = xasprintf("#include \"%s/repo/inc/shared.h\"", root);
        check_line(m->contents, 5, want);
        free(want);
        check_line(m->contents, 6, "#include \"" INCLUDES_STUB_DIR "/2/stdlib.h\"");
        check_line(m->contents, 7, "#include \"" INCLUDES_STUB_DIR "/3/errno.h\"");
        check_line(m->contents, 8, "#include \"" INCLUDES_STUB_DIR "/4/atomic.h\"");
        CHECK(count_lines(m->contents, m->length) == 9);
    }
    /* the relative spelling resolves by case and slashes: a fix, not a guess */
    CHECK(p.fixed.count == 1);
    CHECK(p.guessed.count == 3);
    CHECK(p.stubbed.count == 4);
    include_plan_free(&p);

    /* the same index serves another unit */
    char *second = put("repo/src/sys/second.c", "#include \"winspd/ioctl.h\"\n");
    CHECK(includes_plan(second, &s, &p, &err) == 0);
    CHECK(p.guessed.count == 1);
    include_plan_free(&p);
    free(second);

    includes_index_free(ix);
    strlist_free(&roots);
    free(unit);
}

static void test_missing_unit(void)
{
    struct include_search s = {0};
    struct include_plan p = {0};
    char *err = NULL;
    char *f = at("no/such.c");
    CHECK(includes_plan(f, &s, &p, &err) == -1);
    CHECK(err && strstr(err, "no such file or directory"));
    free(err);
    free(f);
    include_plan_free(&p);
}

static void test_computed_include(void)
{
    /* `#include STRINGIFY(VENDOR_VER)` names a file the textual plan cannot
     * see; after the parse reports it missing, the plan serves it at the
     * path clang looked for, with the real file's contents (found by case). */
    char *inc = put("computed/build/vendor.ver", "#include NAME_OF(VENDOR)\n");
    free(put("computed/build/rhel.ver", "#define VENDOR_NAME 1\n"));
    struct include_search s = {0};
    struct include_plan p = {0};
    CHECK(includes_add_computed(&p, &s, inc, "RHEL.ver", false));
    char *want = at("computed/build/RHEL.ver");
    const struct unsaved_file *uf = find_file(&p, want);
    CHECK(uf && !uf->stub && uf->length == strlen("#define VENDOR_NAME 1\n"));
    CHECK(!includes_plan_is_stub(&p, want));
    /* Asking again changes nothing: the caller's retry loop ends. */
    CHECK(!includes_add_computed(&p, &s, inc, "RHEL.ver", false));
    /* A name found nowhere becomes an empty stand-in at that path. */
    CHECK(includes_add_computed(&p, &s, inc, "Missing.ver", false));
    char *missing = at("computed/build/Missing.ver");
    uf = find_file(&p, missing);
    CHECK(uf && uf->stub && uf->length == 0 && includes_plan_is_stub(&p, missing));
    CHECK(p.stubbed.count == 1);
    free(missing);
    /* an angled name is not looked for beside the includer: it goes where
     * an angled search reads first, the first -I folder */
    strlist_add_owned(&s.quote_dirs, at("computed/inc"));
    CHECK(includes_add_computed(&p, &s, inc, "gen.h", true));
    char *gen = at("computed/inc/gen.h");
    uf = find_file(&p, gen);
    CHECK(uf && uf->stub);
    free(gen);
    strlist_free(&s.quote_dirs);
    free(want);
    free(inc);
    include_plan_free(&p);
}

static void test_rooted_include(void)
{
    /* `#include </sys/mod.h>` has no drive letter: clang-cl on Windows joins
     * it to each search folder, so the plan must too. */
    char *unit = put("rooted/src/a.c", "#include </sys/mod_x.h>\nint a;\n");
    free(put("rooted/inc/sys/mod_x.h", "#define MOD_X 1\n"));
    struct include_search s = {0};
    strlist_add_owned(&s.quote_dirs, at("rooted/inc"));
    struct include_plan p = {0};
    char *err = NULL;
    CHECK(includes_plan(unit, &s, &p, &err) == 0);
    CHECK(p.stubbed.count == 0 && p.fixed.count == 1);
    const struct unsaved_file *m = find_file(&p, unit);
    CHECK(m != NULL);
    if (m) {
        char *want = xasprintf("#include \"%s/rooted/inc/sys/mod_x.h\"", root);
        check_line(m->contents, 1, want);
        free(want);
    }
    include_plan_free(&p);
    strlist_free(&s.quote_dirs);
    free(unit);
}

int main(void)
{
    if (!mkdtemp(root)) {
        perror("mkdtemp");
        return 1;
    }
    test_main_unit();
    test_crlf();
    test_name_dirs_nearest();
    test_repository_headers();
    test_missing_unit();
    test_computed_include();
    test_rooted_include();
    test_wpp();
    char *cmd = xasprintf("rm -rf '%s'", root);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", root);
    free(cmd);
    return CHECK_DONE();
}
