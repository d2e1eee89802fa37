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
static const char *BROKEN = "int Broken(void) { return undeclared_variable; }\n";

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

    /* --exclude leaves the broken unit out: nothing is incomplete any more. */
    a = xasprintf("--exclude %s/b.c %s", mixed, mixed);
    r = run(a);
    CHECK(r.status == 1 && strstr(r.out, "[sg-escapes-srb]") && strstr(r.out, "1 unit,") != NULL);
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
    /* Without it, the header is not found: a stand-in, and an error for the type. */
    r = run(sdkunit);
    CHECK(r.status == 3);
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
    CHECK(r.status == 0 && strstr(r.out, "1 unit,") != NULL);
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

    /* A missing baseline names its path, with no made-up position. */
    a = xasprintf("--baseline %s/no-such-baseline.json %s", clean, clean);
    r = run(a);
    CHECK(r.status == 2 && lines(r.err) == 1 && strstr(r.err, "no-such-baseline.json: baseline cannot be read") &&
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

    /* --print-args gives a command plain clang accepts. */
    a = xasprintf("--print-args %s/a.c %s", clean, clean);
    r = run(a);
    CHECK(r.status == 0 && strncmp(r.out, "clang -fsyntax-only", 19) == 0);
    CHECK(strstr(r.out, "--target=x86_64-pc-windows-msvc") != NULL);
    run_free(&r);
    free(a);

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

    free(clean);
    free(bad);
    free(mixed);
    return CHECK_DONE();
}
