/* test_discover.c — walks, compilation databases and .vcxproj files built at run time. */
#define _GNU_SOURCE
#include "check.h"
#include "discover.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static char root[] = "/tmp/storcheck_disc_XXXXXX";

static void put(const char *rel, const char *text)
{
    char *dir = path_dirname(rel);
    char *cmd = xasprintf("mkdir -p '%s/%s'", root, dir);
    if (system(cmd) != 0)
        fprintf(stderr, "mkdir failed: %s\n", cmd);
    free(cmd);
    free(dir);
    char *p = path_join(root, rel);
    FILE *f = fopen(p, "wb");
    fputs(text, f);
    fclose(f);
    free(p);
}

static char *at(const char *rel)
{
    return path_join(root, rel);
}

static const struct tu_spec *unit(const struct discovery *d, const char *rel)
{
    char *p = at(rel);
    const struct tu_spec *u = NULL;
    for (int i = 0; i < d->count; i++)
        if (strcmp(d->units[i].file, p) == 0)
            u = &d->units[i];
    free(p);
    return u;
}

static bool has_arg(const struct tu_spec *u, const char *fmt, const char *rel)
{
    char *p = rel ? at(rel) : NULL;
    char *want = xasprintf(fmt, p ? p : "");
    bool found = u && strlist_contains(&u->args, want);
    free(want);
    free(p);
    return found;
}

static bool has_line(const struct strlist *l, const char *text)
{
    for (int i = 0; i < l->count; i++)
        if (strstr(l->items[i], text))
            return true;
    return false;
}

static int run(const char *const *paths, int n, const char *compdb, const char *vcx,
               const char *conf, bool no_vcx, struct discovery *d)
{
    struct discover_options o = {.paths = paths, .npaths = n, .compdb = compdb, .vcxproj = vcx,
                                 .configuration = conf, .no_vcxproj = no_vcx};
    memset(d, 0, sizeof *d);
    return discover_units(&o, d);
}

static void make_walk_tree(void)
{
    put("a/drv.c", "int a;\n");
    put("a/util.CPP", "int b;\n");
    put("a/readme.txt", "\n");
    put("a/hdr.h", "\n");
    put("a/sub/s.c", "int s;\n");
    put("a/sub/inc/x.HPP", "\n");
    put("a/build/gen.c", "\n");
    put("a/.git/hidden.c", "\n");
    put("a/Debug/dbg.c", "\n");
    put("a/x64/Release/rel.c", "\n");
    put("a/CMakeFiles/cm.c", "\n");
}

static void test_walk(void)
{
    struct discovery d;
    const char *p1[] = {"a"};
    CHECK(run(p1, 1, NULL, NULL, NULL, true, &d) == 0);
    CHECK(d.count == 3);
    if (d.count == 3) {
        char *f = at("a/drv.c");
        CHECK_STR(d.units[0].file, f);
        free(f);
        f = at("a/sub/s.c");
        CHECK_STR(d.units[1].file, f);
        free(f);
        f = at("a/util.CPP");
        CHECK_STR(d.units[2].file, f);
        free(f);
        CHECK_STR(d.units[0].origin, "walk");
        CHECK(d.units[0].args.count == 0);
    }
    CHECK(d.header_dirs.count == 2);
    if (d.header_dirs.count == 2) {
        char *h = at("a");
        CHECK_STR(d.header_dirs.items[0], h);
        free(h);
        h = at("a/sub/inc");
        CHECK_STR(d.header_dirs.items[1], h);
        free(h);
    }
    CHECK(d.errors.count == 0);
    discovery_free(&d);

    /* the same folder given twice, once through "..": no duplicates */
    const char *p2[] = {"a", "a/sub/../sub", "a/drv.c"};
    CHECK(run(p2, 3, NULL, NULL, NULL, true, &d) == 0);
    CHECK(d.count == 3);
    discovery_free(&d);

    /* a missing path is an error line; the other path is still scanned */
    const char *p3[] = {"missing", "a/sub"};
    CHECK(run(p3, 2, NULL, NULL, NULL, true, &d) == 0);
    CHECK(d.count == 1 && unit(&d, "a/sub/s.c"));
    CHECK(d.errors.count == 1);
    CHECK(d.errors.count == 1 && strcmp(d.errors.items[0], "missing: no such file or directory") == 0);
    discovery_free(&d);

    /* nothing to scan */
    put("n/build/gen.c", "\n");
    put("n/obj/gen.c", "\n");
    const char *p4[] = {"n"};
    CHECK(run(p4, 1, NULL, NULL, NULL, true, &d) == 1);
    discovery_free(&d);
}

static void test_compdb(void)
{
    char *a = at("a");
    char *json = xasprintf(
        "[\n"
        " {\"directory\": \"%s\", \"file\": \"drv.c\",\n"
        "  \"arguments\": [\"gcc\", \"-Iinc\", \"-isystem\", \"/sys/inc\", \"-DFOO=1\", \"-U\", \"BAR\",\n"
        "                \"-c\", \"drv.c\", \"-o\", \"drv.o\", \"-Wall\", \"-include\", \"pre.h\"]},\n"
        " {\"directory\": \"%s\", \"file\": \"sub/s.c\",\n"
        "  \"command\": \"C:\\\\bin\\\\cl.exe /nologo /I ..\\\\Inc /Isub\\\\inc /D X /DY#2 /FI\\\"pre.h\\\" sub\\\\s.c\"},\n"
        " {\"directory\": \"%s\", \"file\": \"util.CPP\",\n"
        "  \"command\": \"cc -I'my dir' -D'Q=\\\"a b\\\"' -c util.CPP\"},\n"
        " {\"directory\": \"%s\", \"file\": \"drv.c\", \"command\": \"cc -DSECOND -c drv.c\"},\n"
        " {\"directory\": \"/elsewhere\", \"file\": \"gone.c\", \"command\": \"cc -c gone.c\"}\n"
        "]\n",
        a, a, a, a);
    put("cdb/compile_commands.json", json);
    put("a/pre.h", "\n");
    free(json);

    struct discovery d;
    const char *dot[] = {"."};
    CHECK(run(dot, 1, "cdb", NULL, NULL, false, &d) == 0);
    CHECK(d.count == 3);
    const struct tu_spec *u = unit(&d, "a/drv.c");
    CHECK(u != NULL);
    CHECK(has_arg(u, "-I%s", "a/inc"));
    CHECK(has_arg(u, "-I/sys/inc", NULL));
    CHECK(has_arg(u, "-DFOO=1", NULL));
    CHECK(has_arg(u, "-UBAR", NULL));
    CHECK(has_arg(u, "-include", NULL) && has_arg(u, "%s", "a/pre.h"));
    CHECK(!has_arg(u, "-DSECOND", NULL) && !has_arg(u, "-Wall", NULL) && !has_arg(u, "-c", NULL));
    char *origin = xasprintf("compdb:%s/cdb/compile_commands.json", root);
    CHECK(u && strcmp(u->origin, origin) == 0);
    CHECK(u && strcmp(u->directory, a) == 0);
    free(origin);

    u = unit(&d, "a/sub/s.c");
    CHECK(u != NULL);
    CHECK(has_arg(u, "-I%s", "Inc"));
    CHECK(has_arg(u, "-I%s", "a/sub/inc"));
    CHECK(has_arg(u, "-DX", NULL));
    CHECK(has_arg(u, "-DY=2", NULL));
    CHECK(has_arg(u, "%s", "a/pre.h"));
    CHECK(u && u->args.count == 6);

    u = unit(&d, "a/util.CPP");
    CHECK(has_arg(u, "-I%s", "a/my dir"));
    CHECK(has_arg(u, "-DQ=\"a b\"", NULL));
    /* listed but absent: reported, not fatal */
    CHECK(has_line(&d.errors, "/elsewhere/gone.c: no such file"));
    discovery_free(&d);

    /* explicit paths besides "." restrict the database's units */
    const char *sub[] = {"a/sub"};
    CHECK(run(sub, 1, "cdb/compile_commands.json", NULL, NULL, false, &d) == 0);
    CHECK(d.count == 1 && unit(&d, "a/sub/s.c"));
    discovery_free(&d);

    /* malformed databases are configuration errors naming the file */
    put("bad1/compile_commands.json", "[\n {\"directory\": \"/x\",\n  \"file\": }\n]\n");
    CHECK(run(dot, 1, "bad1", NULL, NULL, false, &d) == -1);
    CHECK(d.errors.count == 1);
    CHECK(d.errors.count == 1 &&
          strncmp(d.errors.items[0], "bad1/compile_commands.json: line 3: ", 36) == 0);
    CHECK(d.errors.count == 1 && !strchr(d.errors.items[0], '\n'));
    discovery_free(&d);

    put("bad2/cc.json", "{\"directory\": \"/x\"}\n");
    CHECK(run(dot, 1, "bad2/cc.json", NULL, NULL, false, &d) == -1);
    CHECK(d.errors.count == 1 && strstr(d.errors.items[0], "bad2/cc.json: ") == d.errors.items[0]);
    discovery_free(&d);

    put("bad3/cc.json", "[{\"directory\": \"/x\", \"command\": \"cc -c a.c\"}]\n");
    CHECK(run(dot, 1, "bad3/cc.json", NULL, NULL, false, &d) == -1);
    CHECK(d.errors.count == 1 && strcmp(d.errors.items[0], "bad3/cc.json: entry 1 has no \"file\"") == 0);
    discovery_free(&d);

    CHECK(run(dot, 1, "nowhere/cc.json", NULL, NULL, false, &d) == -1);
    CHECK(d.errors.count == 1 && strstr(d.errors.items[0], "nowhere/cc.json: no such file"));
    discovery_free(&d);
    free(a);
}

static const char project_text[] =
    "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<Project DefaultTargets=\"Build\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n"
    "  <ItemGroup Label=\"ProjectConfigurations\">\n"
    "    <ProjectConfiguration Include=\"Debug|x64\"><Configuration>Debug</Configuration><Platform>x64</Platform></ProjectConfiguration>\n"
    "    <ProjectConfiguration Include=\"Release|Win32\"><Configuration>Release</Configuration><Platform>Win32</Platform></ProjectConfiguration>\n"
    "    <ProjectConfiguration Include=\"Release|x64\"><Configuration>Release</Configuration><Platform>x64</Platform></ProjectConfiguration>\n"
    "  </ItemGroup>\n"
    "  <PropertyGroup Label=\"Globals\">\n"
    "    <Configuration>Debug</Configuration>\n"
    "    <Shared>..\\Shared</Shared>\n"
    "  </PropertyGroup>\n"
    "  <PropertyGroup Condition=\"'$(Configuration)|$(Platform)'=='Release|x64'\">\n"
    "    <Flavor>fre</Flavor>\n"
    "  </PropertyGroup>\n"
    "  <Import Project=\"$(MSBuildThisFileDirectory)Common.props\" />\n"
    "  <Import Project=\"$(MSBuildProjectDirectory)\\missing.props\" />\n"
    "  <Import Project=\"$(VCTargetsPath)\\Microsoft.Cpp.props\" />\n"
    "  <ItemDefinitionGroup>\n"
    "    <ClCompile>\n"
    "      <AdditionalIncludeDirectories>$(IntDir);..\\Inc;$(Shared);%(AdditionalIncludeDirectories)</AdditionalIncludeDirectories>\n"
    "      <PreprocessorDefinitions>COMMON;%(PreprocessorDefinitions)</PreprocessorDefinitions>\n"
    "    </ClCompile>\n"
    "  </ItemDefinitionGroup>\n"
    "  <ItemDefinitionGroup Condition=\"'$(Configuration)|$(Platform)'=='Release|x64'\">\n"
    "    <ClCompile><PreprocessorDefinitions>REL64;FLAVOR_$(Flavor);%(PreprocessorDefinitions)</PreprocessorDefinitions></ClCompile>\n"
    "  </ItemDefinitionGroup>\n"
    "  <ItemDefinitionGroup Condition=\"'$(Configuration)|$(Platform)'=='Debug|x64'\">\n"
    "    <ClCompile><PreprocessorDefinitions>DBG=1;%(PreprocessorDefinitions)</PreprocessorDefinitions></ClCompile>\n"
    "  </ItemDefinitionGroup>\n"
    "  <ItemGroup>\n"
    "    <ClCompile Include=\"Src\\Main.C\" />\n"
    "    <ClCompile Include=\"other.c\" />\n"
    "    <ClCompile Include=\"old.c\"><ExcludedFromBuild Condition=\"'$(Configuration)'=='Release'\">true</ExcludedFromBuild></ClCompile>\n"
    "  </ItemGroup>\n"
    "</Project>\n";

static const char props_text[] =
    "<Project xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n"
    "  <ItemDefinitionGroup>\n"
    "    <ClCompile>\n"
    "      <AdditionalIncludeDirectories>$(ProjectDir)gen;%(AdditionalIncludeDirectories)</AdditionalIncludeDirectories>\n"
    "      <PreprocessorDefinitions>IMPORTED;%(PreprocessorDefinitions)</PreprocessorDefinitions>\n"
    "    </ClCompile>\n"
    "  </ItemDefinitionGroup>\n"
    "</Project>\n";

static void test_vcxproj(void)
{
    put("w/p/drv.vcxproj", project_text);
    put("w/p/common.props", props_text);
    put("w/p/src/main.c", "int m;\n");
    put("w/p/other.c", "int o;\n");
    put("w/p/old.c", "int old;\n");
    put("w/p/loose.c", "int l;\n");
    put("w/inc/w.h", "\n");
    put("w/shared/s.h", "\n");

    struct discovery d;
    const char *w[] = {"w"};
    CHECK(run(w, 1, NULL, NULL, NULL, false, &d) == 0);
    CHECK(d.count == 4);
    char *proj = at("w/p/drv.vcxproj");
    char *origin = xasprintf("vcxproj:%s", proj);
    const struct tu_spec *u = unit(&d, "w/p/src/main.c");
    CHECK(u && strcmp(u->origin, origin) == 0);
    CHECK(has_arg(u, "-I%s", "w/inc"));
    CHECK(has_arg(u, "-I%s", "w/shared"));
    CHECK(has_arg(u, "-I%s", "w/p/gen"));
    CHECK(has_arg(u, "-DCOMMON", NULL));
    CHECK(has_arg(u, "-DREL64", NULL));
    CHECK(has_arg(u, "-DFLAVOR_fre", NULL));
    CHECK(has_arg(u, "-DIMPORTED", NULL));
    CHECK(!has_arg(u, "-DDBG=1", NULL));
    CHECK(u && strcmp(u->directory, "") != 0);
    for (int i = 0; u && i < u->args.count; i++)
        CHECK(strstr(u->args.items[i], "$(") == NULL && strstr(u->args.items[i], "%(") == NULL);
    u = unit(&d, "w/p/other.c");
    CHECK(u && strcmp(u->origin, origin) == 0);
    /* excluded from the Release build, so the project does not claim it */
    u = unit(&d, "w/p/old.c");
    CHECK(u && strcmp(u->origin, "walk") == 0 && u->args.count == 0);
    u = unit(&d, "w/p/loose.c");
    CHECK(u && strcmp(u->origin, "walk") == 0);
    CHECK(has_line(&d.notes, "w/p/drv.vcxproj: dropped include folder '$(IntDir)' (property IntDir is not known)"));
    CHECK(has_line(&d.notes, "w/p/drv.vcxproj: skipped import"));
    CHECK(has_line(&d.notes, "missing.props"));
    CHECK(has_line(&d.notes, "using configuration 'Release|x64'"));
    CHECK(d.errors.count == 0);
    discovery_free(&d);

    /* an explicit project and configuration: exactly its units */
    CHECK(run(w, 1, NULL, "w/p/drv.vcxproj", "Debug|x64", false, &d) == 0);
    CHECK(d.count == 3);
    u = unit(&d, "w/p/src/main.c");
    CHECK(has_arg(u, "-DDBG=1", NULL));
    CHECK(!has_arg(u, "-DREL64", NULL));
    CHECK(unit(&d, "w/p/old.c") != NULL);
    CHECK(unit(&d, "w/p/loose.c") == NULL);
    discovery_free(&d);

    /* no_vcxproj: the walk alone */
    CHECK(run(w, 1, NULL, NULL, NULL, true, &d) == 0);
    CHECK(d.count == 4);
    for (int i = 0; i < d.count; i++)
        CHECK_STR(d.units[i].origin, "walk");
    discovery_free(&d);

    /* a project without ClCompile items takes the sources of its folder */
    put("e/empty.vcxproj", "<Project xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n"
                           "<ItemDefinitionGroup><ClCompile><PreprocessorDefinitions>E</PreprocessorDefinitions></ClCompile></ItemDefinitionGroup>\n"
                           "</Project>\n");
    put("e/one.c", "\n");
    const char *e[] = {"e"};
    CHECK(run(e, 1, NULL, "e/empty.vcxproj", NULL, false, &d) == 0);
    CHECK(d.count == 1 && has_arg(&d.units[0], "-DE", NULL));
    discovery_free(&d);

    /* a malformed project is a configuration error naming file and line */
    put("bad/bad.vcxproj", "<Project>\n  <ItemGroup>\n    <ClCompile Include=\"a.c\">\n  </ItemGroup>\n</Project>\n");
    put("bad/a.c", "\n");
    const char *b[] = {"bad"};
    CHECK(run(b, 1, NULL, NULL, NULL, false, &d) == -1);
    CHECK(d.errors.count == 1 && strncmp(d.errors.items[0], "bad/bad.vcxproj: line 4: ", 25) == 0);
    discovery_free(&d);

    free(origin);
    free(proj);
}

int main(void)
{
    if (!mkdtemp(root) || chdir(root) != 0) {
        perror(root);
        return 1;
    }
    make_walk_tree();
    test_walk();
    test_compdb();
    test_vcxproj();
    if (chdir("/") != 0)
        perror("chdir");
    char *cmd = xasprintf("rm -rf '%s'", root);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", root);
    free(cmd);
    return CHECK_DONE();
}
