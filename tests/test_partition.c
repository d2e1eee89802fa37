/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
/* Grouping units into drivers (partition.c): driver roots, shared helpers,
 * loose files, project pieces and the libraries a project names, and the
 * scan scope of a file given alone. */
#include <sys/stat.h>

#include "check.h"
#include "parse_util.h"
#include "partition.h"

static struct frontend *fe;

struct tree {
    struct tu_spec specs[16];
    struct ir_unit units[16];
    int count;
};

static void add(struct tree *t, const char *name, const char *origin, const char *text)
{
    char *dir = path_join(tmpdir_get(), name);
    char *folder = path_dirname(dir);
    char *cmd = xasprintf("mkdir -p %s", folder);
    CHECK(system(cmd) == 0);
    free(cmd);
    parse_text(fe, name, text, &t->units[t->count]);
    t->specs[t->count].file = dir;
    t->specs[t->count].directory = folder;
    t->specs[t->count].origin = xstrdup(origin);
    t->count++;
}

static void tree_free(struct tree *t)
{
    for (int i = 0; i < t->count; i++) {
        ir_unit_free(&t->units[i]);
        free(t->specs[i].file);
        free(t->specs[i].directory);
        free(t->specs[i].origin);
    }
}

/* The driver's units as "name:file file ...", files relative to the scratch folder. */
static char *describe(const struct partition *p, const struct tree *t)
{
    struct strbuf sb = {0};
    for (int i = 0; i < p->count; i++) {
        sb_appendf(&sb, "%s%s:", i ? "; " : "", p->items[i].name);
        for (int k = 0; k < p->items[i].nunits; k++) {
            char *rel = path_relative(t->specs[p->items[i].units[k]].file, tmpdir_get());
            sb_appendf(&sb, " %s", rel);
            free(rel);
        }
    }
    return sb_steal(&sb);
}

static const char *ENTRY = "typedef struct { int Size; void *StartIo; } HW_INITIALIZATION_DATA;\n"
                           "long StorPortInitialize(void *, void *, HW_INITIALIZATION_DATA *, void *);\n"
                           "int Foo(void); int Shared(void);\n"
                           "static int StartIo(void) { return Foo() + Shared(); }\n"
                           "long DriverEntry(void *d, void *r) { HW_INITIALIZATION_DATA h = {0};\n"
                           "  h.StartIo = (void *)StartIo; return StorPortInitialize(d, r, &h, 0); }\n";

int main(void)
{
    fe = frontend_new();
    char *err = NULL;
    struct ddi_model *ddi = ddi_load(STORCHECK_SOURCE_DIR "/rules/ddi.json", &err);
    CHECK(ddi != NULL);

    /* Two walked drivers with the same names, a shared folder: the helper
     * goes to the driver that calls it (and what it calls, transitively);
     * an unreferenced file to the nearest drivers. */
    struct tree t = {0};
    add(&t, "w/a/entry.c", "walk", ENTRY);
    add(&t, "w/a/foo.c", "walk", "int Foo(void) { return 1; }\nint Shared(void) { return 0; }\n");
    add(&t, "w/b/entry.c", "walk", ENTRY);
    add(&t, "w/b/foo.c", "walk", "int Foo(void) { return 2; }\n");
    add(&t, "w/common/shared.c", "walk", "int Helper(void);\nint Shared(void) { return Helper(); }\n");
    add(&t, "w/common/helper.c", "walk", "int Helper(void) { return 3; }\n");
    add(&t, "w/common/unused.c", "walk", "int Unused(void) { return 4; }\n");
    add(&t, "w/b/sub/deep.c", "walk", "int Deep(void) { return 5; }\n");
    struct partition p = {0};
    char *root = path_join(tmpdir_get(), "w");
    partition_units(t.specs, t.units, t.count, ddi, root, &p);
    char *got = describe(&p, &t);
    CHECK_STR(got, "a: w/a/entry.c w/a/foo.c w/common/unused.c; "
                   "b: w/b/entry.c w/b/foo.c w/common/shared.c w/common/helper.c w/common/unused.c w/b/sub/deep.c");
    free(got);
    CHECK(p.count == 2 && partition_has_unit(&p.items[1], 4) && !partition_has_unit(&p.items[0], 4));
    partition_free(&p);
    free(root);
    tree_free(&t);

    /* Projects, whatever the origin's kind: a project's driver takes the
     * library it names, not the one it does not, nor a loose file. */
    memset(&t, 0, sizeof t);
    free(write_source("drv.vcxproj", "<Project><AdditionalDependencies>storport.lib;mylib.lib</AdditionalDependencies></Project>"));
    char *proj = path_join(tmpdir_get(), "drv.vcxproj");
    char *mylib = path_join(tmpdir_get(), "lib/mylib.vcxproj");
    char *other = path_join(tmpdir_get(), "other/sources");
    char *o1 = xasprintf("vcxproj:%s", proj), *o2 = xasprintf("sources:%s", mylib), *o3 = xasprintf("cmake:%s", other);
    add(&t, "entry.c", o1, ENTRY);
    add(&t, "lib/foo.c", o2, "int Foo(void) { return 1; }\n");
    add(&t, "lib/spare.c", o2, "int Spare(void) { return 1; }\n");
    add(&t, "other/shared.c", o3, "int Shared(void) { return 1; }\n");
    add(&t, "loose.c", "walk", "int Shared(void) { return 2; }\n");
    root = xstrdup(tmpdir_get());
    partition_units(t.specs, t.units, t.count, ddi, root, &p);
    got = describe(&p, &t);
    /* the loose file is a program of its own, named by its folder */
    const char *want_projects = "drv: entry.c lib/foo.c; mylib: lib/spare.c; other: other/shared.c; storcheck-test-";
    CHECK(strncmp(got, want_projects, strlen(want_projects)) == 0 && strstr(got, ": loose.c"));
    if (strncmp(got, want_projects, strlen(want_projects)) != 0)
        fprintf(stderr, "got: %s\n", got);
    free(got);
    partition_free(&p);
    tree_free(&t);
    free(proj);
    free(mylib);
    free(other);
    free(o1);
    free(o2);
    free(o3);
    free(root);

    /* A source listed by two projects (discovered under the first) is in
     * both drivers. */
    memset(&t, 0, sizeof t);
    char *two = path_join(tmpdir_get(), "two");
    mkdir(two, 0755);
    free(two);
    free(write_source("two/p1.vcxproj", "<Project><ItemGroup><ClCompile Include=\"a.c\" />"
                                        "<ClCompile Include=\"..\\two\\Shared.c\" /></ItemGroup></Project>"));
    free(write_source("two/p2.vcxproj", "<Project><ItemGroup><ClCompile Include=\"b.c;shared.c\" /></ItemGroup></Project>"));
    char *p1 = path_join(tmpdir_get(), "two/p1.vcxproj"), *p2 = path_join(tmpdir_get(), "two/p2.vcxproj");
    o1 = xasprintf("vcxproj:%s", p1);
    o2 = xasprintf("vcxproj:%s", p2);
    add(&t, "two/a.c", o1, ENTRY);
    add(&t, "two/shared.c", o1, "int Shared(void) { return 1; }\n");
    add(&t, "two/b.c", o2, ENTRY);
    root = path_join(tmpdir_get(), "two");
    partition_units(t.specs, t.units, t.count, ddi, root, &p);
    got = describe(&p, &t);
    CHECK_STR(got, "p1: two/a.c two/shared.c; p2: two/shared.c two/b.c");
    free(got);
    partition_free(&p);
    tree_free(&t);
    free(p1);
    free(p2);
    free(o1);
    free(o2);
    free(root);

    /* A file given alone: the first folder up whose sources initialize. */
    char *cmd = xasprintf("mkdir -p %s/r/.git %s/r/drv/src %s/r/drv/init %s/r/tools", tmpdir_get(), tmpdir_get(),
                          tmpdir_get(), tmpdir_get());
    CHECK(system(cmd) == 0);
    free(cmd);
    free(write_source("r/drv/src/io.c", "int Io(void) { return 0; }\n"));
    free(write_source("r/drv/init/entry.c", "long DriverEntry(void *d, void *r) { return 0; }\n"));
    free(write_source("r/tools/tool.c", "int main(void) { return 0; }\n"));
    char *io = path_join(tmpdir_get(), "r/drv/src/io.c");
    char *scope = partition_scope_of_file(io);
    char *want = path_join(tmpdir_get(), "r/drv");
    CHECK_STR(scope, want);
    free(scope);
    free(want);
    free(io);
    char *tool = path_join(tmpdir_get(), "r/tools/tool.c");
    scope = partition_scope_of_file(tool);
    want = path_join(tmpdir_get(), "r");
    CHECK_STR(scope, want);
    free(scope);
    free(want);
    free(tool);
    /* A project that builds a program of its own stops the walk; a static
     * library's does not (its users are elsewhere). */
    cmd = xasprintf("mkdir -p %s/r/app %s/r/lib", tmpdir_get(), tmpdir_get());
    CHECK(system(cmd) == 0);
    free(cmd);
    free(write_source("r/app/app.vcxproj", "<Project><ConfigurationType>Application</ConfigurationType></Project>"));
    free(write_source("r/lib/lib.vcxproj", "<Project><ConfigurationType>StaticLibrary</ConfigurationType></Project>"));
    const char *files[][2] = {{"r/app/app.c", "r/app"}, {"r/lib/lib.c", "r"}};
    for (int i = 0; i < 2; i++) {
        free(write_source(files[i][0], "int F(void) { return 0; }\n"));
        char *file = path_join(tmpdir_get(), files[i][0]);
        scope = partition_scope_of_file(file);
        want = path_join(tmpdir_get(), files[i][1]);
        CHECK_STR(scope, want);
        free(scope);
        free(want);
        free(file);
    }

    ddi_free(ddi);
    frontend_free(fe);
    return CHECK_DONE();
}
