/* SPDX-License-Identifier: Apache-2.0 */
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
    CHECK(d.errors.count == 1 && strcmp(d.errors.items[0], "bad3/cc.json: entry 1 has no \"file\" (or not as a string); skipped") == 0);
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

/* IncludePath, Directory.Build.props, an imported configuration and
 * forced includes; the project's kind and driver settings on each unit. */
static void test_vcxproj_imports(void)
{
    put("m/repo.sln", "\n");
    put("m/Directory.Build.props",
        "<Project><PropertyGroup><RepoInc>$(MSBuildThisFileDirectory)common</RepoInc></PropertyGroup>\n"
        "<ItemDefinitionGroup><ClCompile><PreprocessorDefinitions>FROM_DIRECTORY_BUILD;%(PreprocessorDefinitions)</PreprocessorDefinitions></ClCompile></ItemDefinitionGroup>\n"
        "</Project>\n");
    put("m/common/c.h", "\n");
    put("m/props/configs.props",
        "<Project><ItemGroup Label=\"ProjectConfigurations\">\n"
        "<ProjectConfiguration Include=\"Debug|x64\"><Configuration>Debug</Configuration><Platform>x64</Platform></ProjectConfiguration>\n"
        "<ProjectConfiguration Include=\"Release|x64\"><Configuration>Release</Configuration><Platform>x64</Platform></ProjectConfiguration>\n"
        "</ItemGroup>\n"
        "<PropertyGroup Condition=\"'$(Configuration)|$(Platform)'=='Release|x64'\"><Flavor>fre</Flavor></PropertyGroup>\n"
        "</Project>\n");
    put("m/drv/drv.vcxproj",
        "<Project>\n"
        "<Import Project=\"$(SolutionDir)props\\configs.props\" />\n"
        "<PropertyGroup><ConfigurationType>Driver</ConfigurationType><DriverType>Miniport</DriverType>\n"
        "<TargetVersion>Windows10</TargetVersion><PlatformToolset>WindowsKernelModeDriver10.0</PlatformToolset></PropertyGroup>\n"
        "<PropertyGroup><IncludePath>$(RepoInc);..\\sdkish;$(VC_IncludePath);missing_dir</IncludePath></PropertyGroup>\n"
        "<ItemDefinitionGroup><ClCompile>\n"
        "<PreprocessorDefinitions>FLAVOR_$(Flavor);%(PreprocessorDefinitions)</PreprocessorDefinitions>\n"
        "<ForcedIncludeFiles>..\\common\\c.h;missing.h</ForcedIncludeFiles>\n"
        "</ClCompile></ItemDefinitionGroup>\n"
        "<ItemGroup><ClCompile Include=\"drv.c\" /></ItemGroup>\n"
        "</Project>\n");
    put("m/drv/drv.c", "int d;\n");
    put("m/sdkish/s.h", "\n");
    put("m/app/app.vcxproj",
        "<Project><PropertyGroup><ConfigurationType>Application</ConfigurationType></PropertyGroup>\n"
        "<ItemGroup><ClCompile Include=\"main.c\" /></ItemGroup></Project>\n");
    put("m/app/main.c", "int main(void) { return 0; }\n");
    put("m/kl/kl.vcxproj",
        "<Project><PropertyGroup><ConfigurationType>StaticLibrary</ConfigurationType>\n"
        "<PlatformToolset>WindowsKernelModeDriver10.0</PlatformToolset></PropertyGroup>\n"
        "<ItemGroup><ClCompile Include=\"lib.c\" /></ItemGroup></Project>\n");
    put("m/kl/lib.c", "int l;\n");

    struct discovery d;
    const char *m[] = {"m"};
    CHECK(run(m, 1, NULL, NULL, NULL, false, &d) == 0);
    CHECK(d.count == 3);
    const struct tu_spec *u = unit(&d, "m/drv/drv.c");
    CHECK(u && u->kind == PROJECT_DRIVER && u->is_driver && !u->skip);
    CHECK(u && u->project && strstr(u->project, "m/drv/drv.vcxproj"));
    CHECK(u && u->target && !strcmp(u->target, "drv"));
    CHECK(u && u->project_type && !strcmp(u->project_type, "Driver"));
    CHECK(u && u->driver_type && !strcmp(u->driver_type, "Miniport"));
    CHECK(u && u->target_version && !strcmp(u->target_version, "Windows10"));
    /* the configuration came from the imported file, its property too */
    CHECK(has_arg(u, "-DFLAVOR_fre", NULL));
    CHECK(has_arg(u, "-DFROM_DIRECTORY_BUILD", NULL));
    CHECK(has_arg(u, "-I%s", "m/common"));
    CHECK(has_arg(u, "-I%s", "m/sdkish"));
    bool forced = false;
    for (int i = 0; u && i + 1 < u->args.count; i++)
        forced |= !strcmp(u->args.items[i], "-include") && strstr(u->args.items[i + 1], "m/common/c.h");
    CHECK(forced);
    CHECK(has_line(&d.notes, "dropped forced include 'missing.h' (no such file)"));
    CHECK(has_line(&d.notes, "using configuration 'Release|x64' (the first Release build for x64 it declares)"));
    CHECK(has_line(&d.notes, "m/drv/drv.vcxproj: imports m/Directory.Build.props"));
    CHECK(has_line(&d.notes, "$(SolutionDir) taken as"));
    CHECK(has_line(&d.notes, "nearest folder above the project holding a .sln"));
    CHECK(has_line(&d.notes, "IncludePath: dropped $(VC_IncludePath)"));
    CHECK(has_line(&d.notes, "IncludePath folder 'missing_dir' does not exist"));
    CHECK(has_line(&d.notes, "ConfigurationType Driver, PlatformToolset WindowsKernelModeDriver10.0, "
                             "DriverType Miniport, TargetVersion Windows10: driver"));
    u = unit(&d, "m/app/main.c");
    CHECK(u && u->kind == PROJECT_USER && !u->is_driver && u->skip &&
          strstr(u->skip, "user-mode project (ConfigurationType Application)"));
    u = unit(&d, "m/kl/lib.c");
    CHECK(u && u->kind == PROJECT_KERNEL_LIBRARY && !u->skip);
    discovery_free(&d);

    /* asked for by name: Debug, so no FLAVOR */
    CHECK(run(m, 1, NULL, "m/drv/drv.vcxproj", "Debug|x64", false, &d) == 0);
    u = unit(&d, "m/drv/drv.c");
    CHECK(u && !has_arg(u, "-DFLAVOR_fre", NULL));
    CHECK(has_line(&d.notes, "dropped define 'FLAVOR_$(Flavor)' (property Flavor is not known)"));
    CHECK(has_line(&d.notes, "(asked for with --configuration)"));
    discovery_free(&d);
}

/* A project outside the scanned folder (build/VStudio) claims its units. */
static void test_vcxproj_elsewhere(void)
{
    put("r/.git/HEAD", "\n");
    put("r/src/sys/drv.c", "int d;\n");
    put("r/inc/r.h", "\n");
    put("r/build/VStudio/r_sys.vcxproj",
        "<Project><PropertyGroup><ConfigurationType>Driver</ConfigurationType></PropertyGroup>\n"
        "<ItemDefinitionGroup><ClCompile><AdditionalIncludeDirectories>..\\..\\inc</AdditionalIncludeDirectories></ClCompile></ItemDefinitionGroup>\n"
        "<ItemGroup><ClCompile Include=\"..\\..\\src\\sys\\drv.c\" /></ItemGroup></Project>\n");
    struct discovery d;
    const char *p[] = {"r/src/sys"};
    CHECK(run(p, 1, NULL, NULL, NULL, false, &d) == 0);
    CHECK(d.count == 1);
    const struct tu_spec *u = unit(&d, "r/src/sys/drv.c");
    CHECK(u && u->kind == PROJECT_DRIVER && has_arg(u, "-I%s", "r/inc"));
    CHECK(d.repo_roots.count == 1 && strstr(d.repo_roots.items[0], "/r") != NULL);
    discovery_free(&d);
}

static void test_sources_file(void)
{
    put("wdk/dirs", "DIRS=kernel\n");
    put("wdk/kernel/SOURCES",
        "TARGETNAME=mini\n"
        "TARGETTYPE=MINIPORT\n"
        "# a comment \\\n"
        "COMMON=..\\inc\n"
        "!if $(_NT_TOOLS_VERSION) != 0x700\n"
        "NEWTOOLS=1\n"
        "!endif\n"
        "!if defined(DDK_TARGET_OS) && \"$(DDK_TARGET_OS)\"==\"WinXP\"\n"
        "C_DEFINES=$(C_DEFINES) -DWinXP\n"
        "!else\n"
        "C_DEFINES=$(C_DEFINES) -DMODERN \\\n"
        "\t/DSECOND=2\n"
        "!endif\n"
        "!IFDEF NOT_SET\n"
        "C_DEFINES=$(C_DEFINES) -DNEVER\n"
        "!ENDIF\n"
        "!include ..\\common.inc\n"
        "SOURCES= mini.rc \\\n"
        "\tMini.C \\\n"
        "\tio.c\n"
        "INCLUDES=$(COMMON);$(DDK_INC_PATH);..\\nowhere;\n");
    put("wdk/kernel/mini.c", "int m;\n");
    put("wdk/kernel/io.c", "int io;\n");
    put("wdk/kernel/unlisted.c", "int u;\n");
    put("wdk/inc/i.h", "\n");
    put("wdk/tool/sources", "TARGETNAME=tool\nTARGETTYPE=PROGRAM\nSOURCES=tool.c\n");
    put("wdk/tool/tool.c", "int t;\n");

    struct discovery d;
    const char *p[] = {"wdk"};
    CHECK(run(p, 1, NULL, NULL, NULL, false, &d) == 0);
    CHECK(d.count == 4);
    char *src = at("wdk/kernel/SOURCES");
    char *origin = xasprintf("sources:%s", src);
    const struct tu_spec *u = unit(&d, "wdk/kernel/mini.c");
    CHECK(u && !strcmp(u->origin, origin) && u->kind == PROJECT_DRIVER && u->is_driver);
    CHECK(u && u->target && !strcmp(u->target, "mini") && !strcmp(u->project_type, "MINIPORT"));
    CHECK(has_arg(u, "-DMODERN", NULL) && has_arg(u, "-DSECOND=2", NULL));
    CHECK(!has_arg(u, "-DWinXP", NULL) && !has_arg(u, "-DNEVER", NULL));
    CHECK(has_arg(u, "-I%s", "wdk/inc"));
    CHECK(u && u->args.count == 3);
    u = unit(&d, "wdk/kernel/io.c");
    CHECK(u && !strcmp(u->origin, origin));
    u = unit(&d, "wdk/kernel/unlisted.c");
    CHECK(u && !strcmp(u->origin, "walk"));
    u = unit(&d, "wdk/tool/tool.c");
    CHECK(u && u->kind == PROJECT_USER && u->skip && strstr(u->skip, "TARGETTYPE PROGRAM"));
    CHECK(has_line(&d.notes, "'!include ..\\common.inc' is not followed"));
    CHECK(has_line(&d.notes, "include folder '..\\nowhere' does not exist"));
    CHECK(has_line(&d.notes, "taken as empty: _NT_TOOLS_VERSION, DDK_TARGET_OS, NOT_SET, DDK_INC_PATH"));
    CHECK(has_line(&d.notes, "TARGETNAME mini, TARGETTYPE MINIPORT: driver, 2 sources"));
    /* the dirs file marks the top of the tree */
    char *top = at("wdk");
    CHECK(d.repo_roots.count == 1 && !strcmp(d.repo_roots.items[0], top));
    free(top);
    free(origin);
    free(src);
    discovery_free(&d);
}

static void test_cmake(void)
{
    put("cm/.git/HEAD", "\n");
    put("cm/CMakeLists.txt",
        "cmake_minimum_required(VERSION 3.13)\n"
        "project(Top C)\n"
        "if(CMAKE_SIZEOF_VOID_P EQUAL 4)\n"
        "  add_definitions(-D__i386__)\n"
        "elseif(CMAKE_SIZEOF_VOID_P EQUAL 8)\n"
        "  add_definitions(-D__x86_64__ /DLP64)\n"
        "endif()\n"
        "function(use_forced)\n"
        "  add_compile_options(/FI ${CMAKE_SOURCE_DIR}/include/config.h)\n"
        "  set(CMAKE_C_COMPILER clang-cl.exe PARENT_SCOPE)\n"
        "endfunction()\n"
        "include_directories(\"${CMAKE_SOURCE_DIR}/include\")\n"
        "add_subdirectory(module)\n"
        "include_directories(${CMAKE_SOURCE_DIR}/late) # after the child was added: not inherited\n");
    put("cm/include/config.h", "\n");
    put("cm/late/l.h", "\n");
    put("cm/module/CMakeLists.txt",
        "set(MOD_INC ${CMAKE_CURRENT_SOURCE_DIR}/modinc)\n"
        "list(APPEND WDK_COMPILE_DEFINITIONS -D_KERNEL)\n"
        "include_directories(${MOD_INC} ${UNKNOWN_DIR}/x)\n"
        "add_subdirectory(os/windows)\n");
    put("cm/module/modinc/m.h", "\n");
    put("cm/module/os/windows/CMakeLists.txt",
        "use_forced()\n"
        "wdk_add_driver(drv KMDF 1.9\n  driver.c\n  res.rc\n)\n"
        "target_include_directories(drv PRIVATE \"${CMAKE_CURRENT_SOURCE_DIR}/priv\" INTERFACE iface)\n"
        "target_compile_definitions(drv PRIVATE ZFS_DRIVER=1 INTERFACE NOT_MINE)\n"
        "add_executable(tool tool.c)\n"
        "add_library(helper STATIC helper.c)\n");
    put("cm/module/os/windows/driver.c", "int d;\n");
    put("cm/module/os/windows/tool.c", "int t;\n");
    put("cm/module/os/windows/helper.c", "int h;\n");
    put("cm/module/os/windows/priv/p.h", "\n");
    /* beside the CMakeLists.txt that lists its neighbours, but not listed */
    put("cm/module/os/windows/retired.c", "#include <ntddk.h>\nint r;\n");

    struct discovery d;
    const char *p[] = {"cm/module/os/windows"};
    CHECK(run(p, 1, NULL, NULL, NULL, false, &d) == 0);
    CHECK(d.count == 4);
    char *lists = at("cm/module/os/windows/CMakeLists.txt");
    char *origin = xasprintf("cmake:%s", lists);
    const struct tu_spec *u = unit(&d, "cm/module/os/windows/driver.c");
    CHECK(u && !strcmp(u->origin, origin) && u->kind == PROJECT_DRIVER && u->is_driver);
    CHECK(u && u->target && !strcmp(u->target, "drv") && !strcmp(u->project_type, "wdk_add_driver"));
    CHECK(has_arg(u, "-I%s", "cm/include"));
    CHECK(has_arg(u, "-I%s", "cm/module/modinc"));
    CHECK(has_arg(u, "-I%s", "cm/module/os/windows/priv"));
    CHECK(!has_arg(u, "-I%s", "cm/late"));
    CHECK(!has_arg(u, "-I%s", "cm/module/os/windows/iface"));
    CHECK(has_arg(u, "-D__x86_64__", NULL) && has_arg(u, "-DLP64", NULL) && !has_arg(u, "-D__i386__", NULL));
    CHECK(has_arg(u, "-DZFS_DRIVER=1", NULL) && !has_arg(u, "-DNOT_MINE", NULL));
    CHECK(has_arg(u, "-D_KERNEL", NULL));
    /* the function set the folder's compiler to clang-cl (PARENT_SCOPE) */
    CHECK(has_arg(u, "-D__clang__=1", NULL));
    bool forced = false;
    for (int i = 0; u && i + 1 < u->args.count; i++)
        forced |= !strcmp(u->args.items[i], "-include") && strstr(u->args.items[i + 1], "cm/include/config.h");
    CHECK(forced);
    for (int i = 0; u && i < u->args.count; i++)
        CHECK(strstr(u->args.items[i], "${") == NULL && strstr(u->args.items[i], "/x") == NULL);
    CHECK(has_line(&d.notes, "UNKNOWN_DIR"));
    u = unit(&d, "cm/module/os/windows/tool.c");
    CHECK(u && u->kind == PROJECT_USER && u->skip && strstr(u->skip, "add_executable"));
    u = unit(&d, "cm/module/os/windows/helper.c");
    /* beside wdk_add_* kernel targets, a plain library is user mode */
    CHECK(u && u->kind == PROJECT_USER && u->skip && has_arg(u, "-I%s", "cm/include"));
    u = unit(&d, "cm/module/os/windows/retired.c");
    CHECK(u && u->kind == PROJECT_NONE && u->skip && strstr(u->skip, "not a source of"));
    free(origin);
    free(lists);
    discovery_free(&d);
}

static void test_user_mode_sources(void)
{
    const struct tu_spec *u;
    static const struct {
        const char *text;
        const char *reason; /* NULL: kernel code (or nothing says otherwise) */
    } cases[] = {
        {"#include <windows.h>\nint f(void);\n", "includes <windows.h>"},
        {"#include \"stdafx.h\"\n#include <afxwin.h>\n", "includes <afxwin.h>"},
        {"#include <tchar.h>\nint _tmain(int c, TCHAR **v)\n{\n return 0;\n}\n", "includes <tchar.h> and defines _tmain"},
        {"#include <stdio.h>\nint main(int argc, char **argv) { return 0; }\n", "defines main and includes no kernel header"},
        {"#include <stdio.h>\nint domain(void) { return 0; }\nvoid g(void) { main(); }\n", NULL},
        {"#ifdef _KERNEL_MODE\n#include <ntddk.h>\n#else\n#include <windows.h>\n#endif\n", NULL},
        {"#include <storport.h>\nint main_loop(void) { return 0; }\n", NULL},
        {"// #include <windows.h>\n/* int main(void) { } */\n#include \"driver.h\"\n", NULL},
        {"BOOL WINAPI DllMain(HINSTANCE h, DWORD r, LPVOID p) { return TRUE; }\n", "defines DllMain"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *r = discover_user_mode_reason(cases[i].text, strlen(cases[i].text));
        if (cases[i].reason)
            CHECK(r && strstr(r, cases[i].reason));
        else
            CHECK(r == NULL);
        if ((r != NULL) != (cases[i].reason != NULL))
            fprintf(stderr, "case %zu: %s\n", i, r ? r : "(null)");
        free(r);
    }
    /* in a walk, only units no project describes are judged by their text */
    put("um/tool.c", "#include <windows.h>\nint main(void) { return 0; }\n");
    put("um/drv.c", "#include <ntddk.h>\n");
    put("um/os/linux/l.c", "#include <linux/module.h>\n");
    /* a source that another unit includes is compiled as part of it */
    put("um/all_src.c", "#include \"common\\part.C\"\n");
    put("um/common/part.c", "int part;\n");
    struct discovery d;
    const char *p[] = {"um"};
    CHECK(run(p, 1, NULL, NULL, NULL, false, &d) == 0);
    CHECK(d.count == 5);
    u = unit(&d, "um/common/part.c");
    CHECK(u && u->skip && strstr(u->skip, "included by um/all_src.c, which compiles it"));
    CHECK(unit(&d, "um/all_src.c") && !unit(&d, "um/all_src.c")->skip);
    u = unit(&d, "um/os/linux/l.c");
    CHECK(u && u->skip && strstr(u->skip, "another system's source (under a 'linux' folder)"));
    u = unit(&d, "um/tool.c");
    CHECK(u && u->skip && u->kind == PROJECT_NONE && !u->project);
    u = unit(&d, "um/drv.c");
    CHECK(u && !u->skip);
    discovery_free(&d);
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
    test_vcxproj_imports();
    test_vcxproj_elsewhere();
    test_sources_file();
    test_cmake();
    test_user_mode_sources();
    if (chdir("/") != 0)
        perror("chdir");
    char *cmd = xasprintf("rm -rf '%s'", root);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", root);
    free(cmd);
    return CHECK_DONE();
}
