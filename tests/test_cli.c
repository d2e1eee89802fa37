/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
/* The command line end to end: exit codes, one-line diagnostics naming the
 * file, and bad input that costs nothing else. Runs the built binary. */
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "check.h"
#include "parse_util.h"

/* Self-contained sources: the declarations a rule needs, and nothing else. */
static const char *ESCAPE =
    "typedef struct _STOR_SCATTER_GATHER_LIST { unsigned long NumberOfElements; } STOR_SCATTER_GATHER_LIST,"
    " *PSTOR_SCATTER_GATHER_LIST;\n"
    "PSTOR_SCATTER_GATHER_LIST StorPortGetScatterGatherList(void *, void *);\n"
    "static PSTOR_SCATTER_GATHER_LIST g_last;\n"
    "void Keep(void *e, void *s) { g_last = StorPortGetScatterGatherList(e, s); }\n";
static const char *CLEAN = "int Add(int a, int b) { return a + b; }\n";
/* An error that no guess can mend: a syntax error. */
static const char *BROKEN = "int Broken(void) { return (1 + ; }\n";

struct run {
    int status;
    char *out, *err;
};

static struct run run(const char *args)
{
    struct run r = {0};
    char *outf = path_join(tmpdir_get(), "stdout"), *errf = path_join(tmpdir_get(), "stderr");
    char *cmd = xasprintf("%s %s >%s 2>%s", STORCHECK_BINARY, args, outf, errf);
    int st = system(cmd);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    r.out = read_file(outf, NULL);
    r.err = read_file(errf, NULL);
    free(cmd);
    free(outf);
    free(errf);
    return r;
}

static void run_free(struct run *r)
{
    free(r->out);
    free(r->err);
}

static int lines(const char *s)
{
    int n = 0;
    for (; s && *s; s++)
        n += *s == '\n';
    return n;
}

static char *dir_with(const char *dir, const char *name, const char *text)
{
    char *d = path_join(tmpdir_get(), dir);
    mkdir(d, 0755);
    char *p = path_join(d, name);
    FILE *f = fopen(p, "w");
    fputs(text, f);
    fclose(f);
    free(p);
    return d;
}

static int count_of(const char *s, const char *what)
{
    int n = 0;
    for (const char *p = s; p && (p = strstr(p, what)); p += strlen(what))
        n++;
    return n;
}

/* Two drivers in one tree (corpus case bad-two-drivers-same-names: the same
 * function names in drva/ and drvb/, a helper shared by both), and files
 * given alone. */
static void check_drivers(void)
{
    const char *two = STORCHECK_SOURCE_DIR "/corpus/cases/ddi-wrong-context/bad-two-drivers-same-names";

    /* --dump-model names each driver, the shared helper is in both. */
    /* Paths in the model are relative to the source root: pinned here, since
     * the case sits inside this repository's work tree. */
    char *a = xasprintf("--dump-model --format json --source-root %s %s", two, two);
    struct run r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "\"name\": \"drva\"") && strstr(r.out, "\"name\": \"drvb\""));
    CHECK(count_of(r.out, "\"tunables.c\"\n") == 2); /* in each driver's units */
    CHECK(count_of(r.out, "\"driver\": \"drva\"") > 0 && count_of(r.out, "\"driver\": \"drvb\"") > 0);
    run_free(&r);
    free(a);
    a = xasprintf("--dump-model --source-root %s %s", two, two);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "driver drva  (root drva,") && strstr(r.out, "driver drvb  (root drvb,"));
    run_free(&r);
    free(a);

    /* Each finding names its driver; the helper's is reported once, for both. */
    a = xasprintf("--format json --fail-on never %s", two);
    r = run(a);
    CHECK(r.status == 0 && count_of(r.out, "\"rule\": \"ddi-wrong-context\"") == 3);
    CHECK(strstr(r.out, "\"driver\": \"drva, drvb\"") && strstr(r.out, "\"driver\": \"drva\"") &&
          strstr(r.out, "\"driver\": \"drvb\""));
    run_free(&r);
    free(a);
    /* Text names the driver when there are several. */
    a = xasprintf("--fail-on never %s", two);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "[ddi-wrong-context] (driver drvb)"));
    run_free(&r);
    free(a);

    /* A file given alone: its defect depends on the DPC registered in
     * drva/driver.c; the other files' findings are not reported. */
    a = xasprintf("--fail-on never %s/tunables.c", two);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "tunables.c:16:9: error:") && !strstr(r.out, "program.c:") &&
          strstr(r.out, "3 units") == NULL && strstr(r.out, "1 error,"));
    run_free(&r);
    free(a);
    /* drvb/program.c alone: its finding needs MpStartIo's registration in
     * drvb/driver.c, and is found in driver drvb's program only. */
    a = xasprintf("--format json --fail-on never %s/drvb/program.c", two);
    r = run(a);
    CHECK(r.status == 0 && count_of(r.out, "\"rule\": \"ddi-wrong-context\"") == 1 &&
          strstr(r.out, "\"line\": 12") && strstr(r.out, "\"driver\": \"drvb\""));
    run_free(&r);
    free(a);

    /* The shared helper in a sibling folder, common/, of a repository. */
    char *tree = path_join(tmpdir_get(), "sibling");
    char *cmd = xasprintf("mkdir -p %s/.git %s/common && cp -r %s/drva %s/drvb %s/mp.h %s && "
                          "sed 's|\"mp.h\"|\"../mp.h\"|' %s/tunables.c > %s/common/tunables.c",
                          tree, tree, two, two, two, tree, two, tree);
    CHECK(system(cmd) == 0);
    free(cmd);
    a = xasprintf("--format json --fail-on never %s", tree);
    r = run(a);
    CHECK(r.status == 0 && count_of(r.out, "\"rule\": \"ddi-wrong-context\"") == 3 &&
          strstr(r.out, "\"file\": \"common/tunables.c\"") && strstr(r.out, "\"driver\": \"drva, drvb\""));
    run_free(&r);
    free(a);
    a = xasprintf("--format json --fail-on never %s/common/tunables.c", tree);
    r = run(a);
    CHECK(r.status == 0 && count_of(r.out, "\"rule\": \"ddi-wrong-context\"") == 1 &&
          strstr(r.out, "\"file\": \"common/tunables.c\""));
    run_free(&r);
    free(a);
    free(tree);
}

int main(void)
{
    char *clean = dir_with("clean", "a.c", CLEAN);
    char *bad = dir_with("bad", "a.c", ESCAPE);
    char *mixed = dir_with("mixed", "a.c", ESCAPE);
    free(dir_with("mixed", "b.c", BROKEN));

    struct run r = run(clean);
    CHECK(r.status == 0);
    run_free(&r);

    /* A finding at or above --fail-on: 1; below it, or never: 0. */
    char *a = xasprintf("%s", bad);
    r = run(a);
    CHECK(r.status == 1);
    CHECK(strstr(r.out, "a.c:4:") && strstr(r.out, "[sg-escapes-srb]"));
    CHECK(strstr(r.out, "note: the SG list is obtained here") != NULL);
    run_free(&r);
    free(a);
    a = xasprintf("--fail-on never %s", bad);
    r = run(a);
    CHECK(r.status == 0);
    run_free(&r);
    free(a);
    a = xasprintf("--disable 'sg-*' %s", bad);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "0 errors") != NULL);
    run_free(&r);
    free(a);

    /* A unit with parse errors: 3, one line naming it, and the other unit's
     * finding still reported. */
    r = run(mixed);
    CHECK(r.status == 3);
    CHECK(strstr(r.err, "b.c: 1 parse error") != NULL && lines(r.err) == 1);
    CHECK(strstr(r.out, "[sg-escapes-srb]") != NULL);
    run_free(&r);

    /* --allow-incomplete: the findings decide, the broken unit is still listed. */
    a = xasprintf("--allow-incomplete %s", mixed);
    r = run(a);
    CHECK(r.status == 1 && strstr(r.out, "2 units (1 clean, 1 incomplete)") != NULL);
    run_free(&r);
    free(a);
    a = xasprintf("--allow-incomplete --fail-on never %s", mixed);
    r = run(a);
    CHECK(r.status == 0);
    run_free(&r);
    free(a);
    a = xasprintf("--stats --allow-incomplete %s", mixed);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "incomplete") != NULL);
    run_free(&r);
    free(a);

    /* A unit that parses once its unknown names are guessed is not
     * incomplete: exit 0 with no findings, and its state and guesses shown. */
    char *guessed = dir_with("guessed", "a.c",
                             "int Status(PUNKNOWN_THING t) { if (!t) return UNKNOWN_STATUS; return 0; }\n");
    r = run(guessed);
    CHECK(r.status == 0 && strstr(r.out, "1 unit (1 with guesses)") != NULL &&
          strstr(r.out, "2 names guessed") != NULL);
    run_free(&r);
    a = xasprintf("--stats %s", guessed);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "guessed") && strstr(r.out, "guess: opaque type 'PUNKNOWN_THING'") == NULL);
    CHECK(strstr(r.out, "guess: scalar type 'PUNKNOWN_THING' (first needed at a.c:1:12)") != NULL);
    CHECK(strstr(r.out, "guess: constant 'UNKNOWN_STATUS' (first needed at a.c:1:47)") != NULL);
    run_free(&r);
    free(a);
    a = xasprintf("--format json %s", guessed);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "\"state\": \"guessed\"") != NULL &&
          strstr(r.out, "\"kind\": \"constant\"") != NULL);
    run_free(&r);
    free(a);
    free(guessed);

    /* A finding whose path calls a function nothing declares says so. */
    char *traced = dir_with("traced", "a.c",
                            "typedef struct _STOR_SCATTER_GATHER_LIST { unsigned long NumberOfElements; } "
                            "STOR_SCATTER_GATHER_LIST, *PSTOR_SCATTER_GATHER_LIST;\n"
                            "PSTOR_SCATTER_GATHER_LIST StorPortGetScatterGatherList(void *, void *);\n"
                            "static PSTOR_SCATTER_GATHER_LIST g_last;\n"
                            "void Keep(void *e, void *s) { g_last = StorPortGetScatterGatherList(e, s); VendorLog(s); }\n");
    r = run(traced);
    CHECK(r.status == 1 && strstr(r.out, "the path calls 'VendorLog', which nothing the scan could see declares") != NULL);
    run_free(&r);
    free(traced);

    /* --exclude leaves the broken unit out: nothing is incomplete any more. */
    a = xasprintf("--exclude %s/b.c %s", mixed, mixed);
    r = run(a);
    CHECK(r.status == 1 && strstr(r.out, "[sg-escapes-srb]") && strstr(r.out, "1 unit (1 clean)") != NULL);
    run_free(&r);
    free(a);

    /* A missing path next to a good one: named on one line, the rest scanned, 3. */
    a = xasprintf("%s/does-not-exist %s", tmpdir_get(), bad);
    r = run(a);
    CHECK(r.status == 3);
    CHECK(strstr(r.err, "does-not-exist") != NULL && lines(r.err) == 1);
    CHECK(strstr(r.out, "[sg-escapes-srb]") != NULL);
    run_free(&r);
    free(a);
    /* Only a missing path: nothing to scan, 2. */
    a = xasprintf("%s/does-not-exist", tmpdir_get());
    r = run(a);
    CHECK(r.status == 2 && lines(r.err) == 1);
    run_free(&r);
    free(a);

    /* An unreadable unit (a dangling link named like a source file). */
    char *dangling = path_join(bad, "gone.c");
    CHECK(symlink("/nonexistent/storcheck/gone.c", dangling) == 0);
    r = run(bad);
    CHECK(r.status == 3);
    CHECK(strstr(r.err, "gone.c") != NULL && lines(r.err) == 1);
    CHECK(strstr(r.out, "[sg-escapes-srb]") != NULL);
    run_free(&r);
    unlink(dangling);
    free(dangling);

    /* A malformed compilation database: 2, naming the file. */
    char *db = path_join(tmpdir_get(), "compile_commands.json");
    FILE *f = fopen(db, "w");
    fputs("[ { \"directory\": \"/tmp\", \"file\": ", f);
    fclose(f);
    a = xasprintf("-p %s %s", db, bad);
    r = run(a);
    CHECK(r.status == 2);
    CHECK(strstr(r.err, "compile_commands.json") != NULL && lines(r.err) == 1);
    run_free(&r);
    free(a);
    free(db);

    /* A broken DDI model: 2, one line naming the file and where. */
    char *ddi = path_join(tmpdir_get(), "ddi.json");
    f = fopen(ddi, "w");
    fputs("{ \"functions\": [ { \"name\": 3 } ] }\n", f);
    fclose(f);
    a = xasprintf("--ddi-model %s %s", ddi, bad);
    r = run(a);
    CHECK(r.status == 2 && lines(r.err) == 1 && strstr(r.err, "ddi.json") != NULL);
    run_free(&r);
    free(a);
    /* Entries for one routine apart: the name index could not find them all. */
    f = fopen(ddi, "w");
    fputs("{ \"functions\": [ { \"name\": \"A\" }, { \"name\": \"B\" }, { \"name\": \"A\" } ] }\n", f);
    fclose(f);
    a = xasprintf("--ddi-model %s %s", ddi, bad);
    r = run(a);
    CHECK(r.status == 2 && lines(r.err) == 1 && strstr(r.err, "\"A\" must be next to each other") != NULL);
    run_free(&r);
    free(a);
    free(ddi);

    /* A unit that is not C at all (binary bytes): named once, the other unit's
     * finding still reported, 3. */
    char *binary = dir_with("binary", "good.c", ESCAPE);
    char *junk = path_join(binary, "junk.c");
    f = fopen(junk, "wb");
    for (int i = 0; i < 4096; i++)
        fputc((i * 7919) & 0xff, f);
    fclose(f);
    r = run(binary);
    CHECK(r.status == 3 && lines(r.err) == 1 && strstr(r.err, "junk.c") != NULL);
    CHECK(strstr(r.out, "[sg-escapes-srb]") != NULL);
    run_free(&r);
    free(junk);
    free(binary);

    /* --sdk: a WDK-shaped include folder (km/, shared/) replaces the model
     * headers; the unit parses against it. */
    char *sdk = path_join(tmpdir_get(), "wdk");
    char *km = path_join(sdk, "km");
    mkdir(sdk, 0755);
    mkdir(km, 0755);
    char *hdr = path_join(km, "wdkonly.h");
    f = fopen(hdr, "w");
    fputs("typedef int WDK_ONLY_TYPE;\n", f);
    fclose(f);
    char *sdkunit = dir_with("sdkunit", "a.c", "#include <wdkonly.h>\nWDK_ONLY_TYPE g;\n");
    a = xasprintf("--sdk %s %s", sdk, sdkunit);
    r = run(a);
    CHECK(r.status == 0);
    run_free(&r);
    free(a);
    a = xasprintf("--print-args %s/a.c %s --sdk %s", sdkunit, sdkunit, sdk);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "/wdk/km") != NULL && strstr(r.out, "rules/include") == NULL);
    run_free(&r);
    free(a);
    /* Without it, the header is not found: a stand-in, and a guess for the type. */
    r = run(sdkunit);
    CHECK(r.status == 0 && strstr(r.out, "1 unit (1 with guesses)") != NULL);
    run_free(&r);
    a = xasprintf("--sdk %s/no-such-wdk %s", tmpdir_get(), sdkunit);
    r = run(a);
    CHECK(r.status == 2 && lines(r.err) == 1 && strstr(r.err, "no-such-wdk") != NULL);
    run_free(&r);
    free(a);
    free(sdkunit);
    free(hdr);
    free(km);
    free(sdk);

    /* A compilation database: exactly its units, with their flags. */
    char *cdbdir = dir_with("cdb", "x.c", "#ifndef NEED\n#error NEED is not defined\n#endif\nint ok;\n");
    free(dir_with("cdb", "unlisted.c", "this is not C;\n"));
    char *cdb = path_join(cdbdir, "compile_commands.json");
    f = fopen(cdb, "w");
    fprintf(f, "[{\"directory\": \"%s\", \"file\": \"x.c\", \"arguments\": [\"cl.exe\", \"/DNEED=1\", \"/c\", \"x.c\"]}]\n", cdbdir);
    fclose(f);
    a = xasprintf("-p %s %s", cdb, cdbdir);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "1 unit (1 clean)") != NULL);
    run_free(&r);
    free(a);
    free(cdb);
    free(cdbdir);

    /* Usage errors: 2, one line. */
    r = run("--no-such-option");
    CHECK(r.status == 2 && lines(r.err) == 1 && strstr(r.err, "--no-such-option"));
    run_free(&r);
    r = run("--enable no-such-rule .");
    CHECK(r.status == 2 && strstr(r.err, "no-such-rule"));
    run_free(&r);
    r = run("--format yaml .");
    CHECK(r.status == 2);
    run_free(&r);

    /* A slip of one or two letters gets the nearest name; nonsense gets none. */
    r = run("--fial-on error .");
    CHECK(r.status == 2 && lines(r.err) == 1 && strstr(r.err, "did you mean '--fail-on'"));
    run_free(&r);
    r = run("--enable sg-escape-srb .");
    CHECK(r.status == 2 && strstr(r.err, "did you mean 'sg-escapes-srb'"));
    run_free(&r);
    r = run("--zzzzzzzz .");
    CHECK(r.status == 2 && strstr(r.err, "did you mean") == NULL);
    run_free(&r);

    /* clang-tidy's habit `--disable '*' --enable X` leaves no rule here (disable
     * wins): that is an error, not a clean scan. */
    r = run("--disable '*' --enable 'srb-*' .");
    CHECK(r.status == 2 && lines(r.err) == 1 && strstr(r.err, "no rule enabled"));
    run_free(&r);

    /* A unit that crashes its parse worker (a 200,000-term expression
     * overflows libclang's stack) or runs past --unit-timeout (an
     * exponential macro) costs that unit only: it is named with the reason,
     * the scan is incomplete, and the good unit's finding is still reported. */
    {
        struct strbuf big = {0};
        sb_append(&big, "int f(int x) { return x");
        for (int k = 0; k < 200000; k++)
            sb_append(&big, "+x");
        sb_append(&big, "; }\n");
        char *hostile = dir_with("hostile", "long.c", big.data);
        sb_free(&big);
        char *good = path_join(hostile, "good.c");
        FILE *gf = fopen(good, "w");
        fputs(ESCAPE, gf);
        fclose(gf);
        struct strbuf expo = {0};
        sb_append(&expo, "#define A0 x\n");
        for (int k = 1; k <= 40; k++)
            sb_appendf(&expo, "#define A%d A%d+A%d\n", k, k - 1, k - 1);
        sb_append(&expo, "int g(int x) { return A40; }\n");
        char *slow = dir_with("slow", "good.c", ESCAPE);
        char *ex = path_join(slow, "expo.c");
        FILE *xf = fopen(ex, "w");
        fputs(expo.data, xf);
        fclose(xf);
        sb_free(&expo);
        /* No timeout for the crash: on a loaded machine the parse may take a
         * while before it overflows. */
        a = xasprintf("%s", hostile);
        r = run(a);
        CHECK(r.status == 3 && strstr(r.out, "[sg-escapes-srb]") != NULL);
        CHECK(strstr(r.err, "long.c: crashed (signal") != NULL);
        run_free(&r);
        free(a);
        a = xasprintf("--unit-timeout 2 %s", slow);
        r = run(a);
        CHECK(r.status == 3 && strstr(r.out, "[sg-escapes-srb]") != NULL);
        CHECK(strstr(r.err, "expo.c: took longer than 2 seconds") != NULL || strstr(r.err, "expo.c: ran out of memory"));
        run_free(&r);
        free(a);
        /* The same report whatever the number of workers. */
        a = xasprintf("--format json -j1 %s", hostile);
        struct run r1 = run(a);
        free(a);
        a = xasprintf("--format json -j3 %s", hostile);
        struct run r3 = run(a);
        CHECK(r1.out && r3.out && strcmp(r1.out, r3.out) == 0);
        run_free(&r1);
        run_free(&r3);
        free(a);
        free(slow);
        free(ex);
        free(good);
        free(hostile);
    }

    /* A configuration the project does not declare is an error that lists
     * the ones it does; a declared one scans. */
    {
        char *proj = dir_with("proj", "drv.vcxproj",
                              "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                              "<Project xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n"
                              "  <ItemGroup Label=\"ProjectConfigurations\">\n"
                              "    <ProjectConfiguration Include=\"Release|x64\"><Configuration>Release</Configuration>"
                              "<Platform>x64</Platform></ProjectConfiguration>\n"
                              "  </ItemGroup>\n"
                              "  <ItemGroup><ClCompile Include=\"a.c\" /></ItemGroup>\n"
                              "</Project>\n");
        free(dir_with("proj", "a.c", CLEAN));
        a = xasprintf("--configuration 'Relase|x64' %s", proj);
        r = run(a);
        CHECK(r.status == 2 && strstr(r.err, "has no configuration 'Relase|x64'; it declares 'Release|x64'"));
        run_free(&r);
        free(a);
        a = xasprintf("--configuration 'Release|x64' %s", proj);
        r = run(a);
        CHECK(r.status == 0);
        run_free(&r);
        free(a);
        free(proj);
    }

    /* A missing baseline names its path, with no made-up position; it costs
     * the baseline, not the report: the scan is incomplete (3). */
    a = xasprintf("--baseline %s/no-such-baseline.json %s", clean, clean);
    r = run(a);
    CHECK(r.status == 3 && lines(r.err) >= 1 && strstr(r.err, "no-such-baseline.json: baseline cannot be read") &&
          strstr(r.err, "the baseline is not applied") &&
          strstr(r.err, ":-1") == NULL);
    run_free(&r);
    free(a);

    /* An exclusion that matches nothing is a warning; the scan goes on. */
    a = xasprintf("--exclude %s/not-there %s", clean, clean);
    r = run(a);
    CHECK(r.status == 0 && lines(r.err) == 1 && strstr(r.err, "warning: exclusion") && strstr(r.err, "not-there"));
    run_free(&r);
    free(a);

    /* --explain prints the rule's page as text; an unknown rule is a usage error. */
    r = run("--explain sg-escapes-srb");
    CHECK(r.status == 0 && strncmp(r.out, "sg-escapes-srb\n==============\n", 30) == 0 &&
          strstr(r.out, "\nBad\n---\n") && strstr(r.out, "```") == NULL && strstr(r.out, "**") == NULL);
    run_free(&r);
    r = run("--explain sg-escapes");
    CHECK(r.status == 2 && strstr(r.err, "did you mean 'sg-escapes-srb'"));
    run_free(&r);

    /* --list-rules --format json: an array of {id, level, summary}. */
    r = run("--list-rules --format json");
    CHECK(r.status == 0 && r.out[0] == '[' && strstr(r.out, "\"id\": \"sg-escapes-srb\"") &&
          strstr(r.out, "\"level\": \"error\"") && strstr(r.out, "\"summary\""));
    run_free(&r);

    /* A .cpp unit is parsed as C++, not as C. */
    char *cpp = dir_with("cpp", "unit.cpp", "namespace ns { class C { public: int f() const { return 1; } }; }\n");
    r = run(cpp);
    CHECK(r.status == 0);
    run_free(&r);
    free(cpp);

    /* --print-args reproduces the parse: on a unit that needs an include
     * fixed by case, a WPP stand-in and a guessed type, the printed command
     * (the linked clang, with the fixes in a VFS overlay) runs clean, as
     * storcheck's own parse is; without the overlay it would fail. */
    {
        char *fix = dir_with("fixes", "unit.c", "#include \"Local.H\"\n#include \"unit.tmh\"\n"
                                                "int f(MYSTERY_T *p) { return local_value + (p != 0); }\n");
        free(dir_with("fixes", "local.h", "static int local_value = 1;\n"));
        a = xasprintf("--stats %s", fix);
        r = run(a);
        CHECK(r.status == 0 && strstr(r.out, "guessed") != NULL);
        run_free(&r);
        free(a);
        a = xasprintf("--print-args %s/unit.c %s", fix, fix);
        r = run(a);
        CHECK(r.status == 0 && strstr(r.out, "/bin/clang -fsyntax-only -ivfsoverlay ") != NULL &&
              strstr(r.out, "--target=x86_64-pc-windows-msvc") != NULL);
        const char *cmd = r.out ? strchr(r.out, '\n') : NULL;
        if (cmd) {
            char *line = xstrndup(cmd + 1, strcspn(cmd + 1, "\n"));
            char *sh = xasprintf("%s >/dev/null 2>&1", line);
            CHECK(system(sh) == 0);
            free(sh);
            free(line);
        } else {
            CHECK(cmd != NULL);
        }
        run_free(&r);
        free(a);
        free(fix);
    }

    /* --stats and --dump-model in JSON carry the documented keys. */
    a = xasprintf("--stats --format json %s", bad);
    r = run(a);
    /* Inspection modes report the scan's state, they do not gate: 0. */
    CHECK(r.status == 0 && strstr(r.out, "\"units\": 1") && strstr(r.out, "\"units_with_errors\": 0") &&
          strstr(r.out, "\"stubbed_includes\": 0") && strstr(r.out, "\"functions\": 1"));
    run_free(&r);
    free(a);
    a = xasprintf("--dump-model --format json %s", bad);
    r = run(a);
    CHECK(strstr(r.out, "\"roles\"") && strstr(r.out, "\"functions\"") && strstr(r.out, "\"extensions\"") &&
          strstr(r.out, "\"name\": \"Keep\"") && strstr(r.out, "\"contexts\": []") &&
          strstr(r.out, "\"device\": null"));
    run_free(&r);
    free(a);

    /* JSON output carries the documented keys. */
    a = xasprintf("--format json --fail-on never %s", bad);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "\"findings\"") && strstr(r.out, "\"trace\"") &&
          strstr(r.out, "\"rule\": \"sg-escapes-srb\"") && strstr(r.out, "\"file\": \"a.c\""));
    run_free(&r);
    free(a);

    /* Discovery notes: on stderr with -v only, and in the JSON and SARIF
     * notifications; a user-mode program is skipped, listed, not incomplete. */
    char *user = dir_with("user", "tool.c", "#include <windows.h>\n#include <stdio.h>\n"
                                             "int main(void) { return undeclared; }\n");
    free(dir_with("user", "a.c", CLEAN));
    a = xasprintf("--fail-on never %s", user);
    r = run(a);
    CHECK(r.status == 0 && !strstr(r.err, "note:"));
    run_free(&r);
    free(a);
    a = xasprintf("-v --fail-on never %s", user);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.err, "storcheck: note: ") &&
          strstr(r.err, "tool.c: skipped: user-mode source: includes <windows.h> and defines main"));
    /* -v also gives each unit's parse and where the time went */
    CHECK(strstr(r.err, "storcheck: parse: ") && strstr(r.err, "a.c: clean, 0 errors") &&
          strstr(r.err, "storcheck: time: "));
    run_free(&r);
    free(a);
    a = xasprintf("--stats %s", user);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "skipped: user-mode source") && strstr(r.out, "skipped 1,"));
    run_free(&r);
    free(a);
    a = xasprintf("--format json --fail-on never %s", user);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "\"note: ") && strstr(r.out, "skipped: user-mode source"));
    run_free(&r);
    free(a);
    a = xasprintf("--format sarif --fail-on never %s", user);
    r = run(a);
    CHECK(r.status == 0 && strstr(r.out, "\"id\": \"discovery\"") && strstr(r.out, "skipped: user-mode"));
    run_free(&r);
    free(a);
    free(user);

    check_drivers();

    free(clean);
    free(bad);
    free(mixed);
    return CHECK_DONE();
}
