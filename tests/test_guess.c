/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
/* Guesses for unknown names (guess.h): the module on plain diagnostics, and
 * each kind end to end on a small unit through the built binary, with the
 * unit's state. */
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "check.h"
#include "guess.h"
#include "parse_util.h"
#include "report.h"
#include "scan.h"

/* ---- the module on plain data ----------------------------------------- */

static struct ir_name_diag diag(int severity, const char *message, int line, const char *before,
                                const char *after)
{
    struct ir_name_diag d = {0};
    d.diag.severity = severity;
    d.diag.message = (char *)message;
    d.diag.loc.file = "/u/a.c";
    d.diag.loc.line = line;
    d.diag.loc.column = 1;
    d.before = (char *)before;
    d.after = (char *)after;
    return d;
}

static const struct guess *named(const struct guess_set *g, const char *name)
{
    for (int i = 0; i < g->count; i++)
        if (strcmp(g->items[i].name, name) == 0)
            return &g->items[i];
    return NULL;
}

static void plain_data(void)
{
    struct guess_set g = {0};
    struct ir_name_diag d[] = {
        diag(3, "unknown type name 'PTHING'", 1, "int f(", "PTHING *p);"),
        diag(3, "unknown type name '_In_opt_'", 2, "int g(", "_In_opt_ PVOID p);"),
        diag(3, "unknown type name 'DECL_ALIGN'", 3, "", "DECL_ALIGN(8) int x;"),
        diag(3, "use of undeclared identifier 'MODE_A'", 4, "switch (x) { case ", "MODE_A: break;"),
        diag(3, "use of undeclared identifier 'MODE_B'", 5, "return x == ", "MODE_B;"),
        diag(3, "use of undeclared identifier 'g_count'", 6, "{ ", "g_count++;"),
        diag(2, "call to undeclared function 'HelperOf'; ISO C99 and later do not support implicit function "
                "declarations", 7, "x = ", "HelperOf(1);"),
    };
    int n = (int)(sizeof d / sizeof *d);
    /* Round one finds types and annotations; objects wait for the next parse. */
    CHECK(guess_update(&g, d, n));
    CHECK(named(&g, "PTHING") && named(&g, "PTHING")->kind == GUESS_OPAQUE_TYPE);
    CHECK(named(&g, "_In_opt_") && named(&g, "_In_opt_")->kind == GUESS_ANNOTATION);
    CHECK(named(&g, "DECL_ALIGN") && named(&g, "DECL_ALIGN")->kind == GUESS_ANNOTATION_CALL);
    CHECK(named(&g, "HelperOf") && named(&g, "HelperOf")->kind == GUESS_FUNCTION);
    CHECK(named(&g, "MODE_A") == NULL && named(&g, "g_count") == NULL);
    CHECK(named(&g, "PTHING")->line == 1 && strcmp(named(&g, "PTHING")->file, "/u/a.c") == 0);
    /* The same diagnostics again: now the objects. */
    CHECK(guess_update(&g, d + 3, 3));
    CHECK(named(&g, "MODE_A") && named(&g, "MODE_A")->kind == GUESS_CONSTANT);
    CHECK(named(&g, "MODE_B") && named(&g, "MODE_B")->kind == GUESS_CONSTANT);
    CHECK(named(&g, "MODE_A")->value != named(&g, "MODE_B")->value);
    CHECK(named(&g, "g_count") && named(&g, "g_count")->kind == GUESS_VARIABLE);
    /* Nothing new: no reason to parse again. */
    CHECK(!guess_update(&g, d + 3, 3));

    char *prelude = guess_prelude(&g);
    CHECK(strstr(prelude, "typedef struct __storcheck_guess_PTHING PTHING;\n") != NULL);
    CHECK(strstr(prelude, "#define _In_opt_\n") != NULL);
    CHECK(strstr(prelude, "#define DECL_ALIGN(...)\n") != NULL);
    CHECK(strstr(prelude, "enum { MODE_A = 0x5C000001 };\n") != NULL);
    CHECK(strstr(prelude, "enum { MODE_B = 0x5C000002 };\n") != NULL);
    CHECK(strstr(prelude, "extern long long g_count;\n") != NULL);
    CHECK(strstr(prelude, "HelperOf") == NULL); /* C: clang's implicit declaration stands */
    free(prelude);

    /* A later parse needs the opaque type complete, then uses it as a number. */
    struct ir_name_diag more[] = {
        diag(3, "variable has incomplete type 'PTHING' (aka 'struct __storcheck_guess_PTHING')", 9, "", "v;"),
    };
    CHECK(guess_update(&g, more, 1));
    CHECK(named(&g, "PTHING")->kind == GUESS_STRUCT_TYPE);
    more[0] = diag(3, "invalid operands to binary expression ('PTHING' (aka 'struct __storcheck_guess_PTHING') "
                      "and 'int')", 10, "", "v + 1");
    CHECK(guess_update(&g, more, 1));
    CHECK(named(&g, "PTHING")->kind == GUESS_SCALAR_TYPE);
    /* Member access never makes members up. */
    more[0] = diag(3, "no member named 'f' in 'struct __storcheck_guess_PTHING'", 11, "", "f");
    CHECK(!guess_update(&g, more, 1));

    /* A collision with a later declaration withdraws the guess for good. */
    more[0] = diag(3, "redefinition of 'g_count' as different kind of symbol", 12, "int ", "g_count(void)");
    CHECK(guess_update(&g, more, 1));
    CHECK(named(&g, "g_count")->withdrawn);
    more[0] = diag(3, "use of undeclared identifier 'g_count'", 13, "{ ", "g_count = 1;");
    CHECK(!guess_update(&g, more, 1));
    prelude = guess_prelude(&g);
    CHECK(strstr(prelude, "g_count") == NULL);
    free(prelude);
    CHECK(guess_count(&g) == g.count - 1);

    /* An error inside the prelude withdraws the guess on that line. */
    struct guess_set h = {0};
    struct ir_name_diag one = diag(3, "unknown type name 'T1'", 1, "", "T1 *p;");
    CHECK(guess_update(&h, &one, 1));
    struct ir_name_diag bad = diag(3, "some error", 2, "", "");
    bad.diag.loc.file = GUESS_PRELUDE_PATH;
    CHECK(guess_update(&h, &bad, 1));
    CHECK(h.items[0].withdrawn);
    guess_set_free(&h);

    /* A name the message does not spell at its location is not guessed. */
    struct ir_name_diag odd = diag(3, "unknown type name 'T2'", 1, "", "OTHER *p;");
    CHECK(!guess_update(&h, &odd, 1) && h.count == 0);
    guess_set_free(&h);

    /* Only the diagnostics that name names are read. */
    CHECK(guess_reads(3, "unknown type name 'X'"));
    CHECK(guess_reads(2, "call to undeclared function 'X'; ISO C99"));
    CHECK(!guess_reads(3, "expected expression"));
    CHECK(!guess_reads(2, "unused variable 'x'"));
    guess_set_free(&g);
}

/* ---- end to end ------------------------------------------------------- */

struct run {
    int status;
    char *out;
};

/* Writes `text` as dir/name and runs --stats on it. */
static struct run stats_of(const char *dir, const char *name, const char *text)
{
    char *d = path_join(tmpdir_get(), dir);
    mkdir(d, 0755);
    char *p = path_join(d, name);
    FILE *f = fopen(p, "w");
    fputs(text, f);
    fclose(f);
    char *outf = path_join(tmpdir_get(), "stdout");
    char *cmd = xasprintf("%s --stats %s >%s 2>/dev/null", STORCHECK_BINARY, d, outf);
    int st = system(cmd);
    struct run r = {WIFEXITED(st) ? WEXITSTATUS(st) : -1, read_file(outf, NULL)};
    free(cmd);
    free(outf);
    free(p);
    free(d);
    return r;
}

/* The unit's row says `state`, and every "kind 'name'" is among its guesses. */
static bool has(const struct run *r, const char *state, const char *const *guesses)
{
    char *row = xasprintf(" %s ", state);
    bool ok = r->out && strstr(r->out, row) != NULL;
    free(row);
    for (int i = 0; ok && guesses[i]; i++) {
        char *line = xasprintf("guess: %s", guesses[i]);
        ok = strstr(r->out, line) != NULL;
        if (!ok)
            fprintf(stderr, "missing \"%s\" in:\n%s", line, r->out);
        free(line);
    }
    return ok;
}

#define EXPECT(dir, name, text, state, status_, ...)                                               \
    do {                                                                                           \
        static const char *const want_[] = {__VA_ARGS__, NULL};                                    \
        struct run r_ = stats_of(dir, name, text);                                                 \
        if (r_.status != (status_)) fprintf(stderr, "status %d:\n%s", r_.status, r_.out ? r_.out : "");\
        CHECK(r_.status == (status_));                                                             \
        CHECK(has(&r_, state, want_));                                                             \
        free(r_.out);                                                                              \
    } while (0)

static void end_to_end(void)
{
    EXPECT("opaque", "a.c", "void Use(FOO_CONTEXT *p) { (void)p; }\n", "guessed", 0,
           "opaque type 'FOO_CONTEXT' (first needed at a.c:1:10)");
    EXPECT("struct", "a.c", "BAR_INFO MakeInfo(void);\nunsigned long Size(void) { return sizeof(BAR_INFO); }\n",
           "guessed", 0, "struct type 'BAR_INFO'");
    EXPECT("scalar", "a.c", "int Narrow(int x) { return (UINT8_T)x; }\n", "guessed", 0, "scalar type 'UINT8_T'");
    /* `->` makes a by-value guess a pointer; its members stay unknown: an error. */
    EXPECT("pointer", "a.c", "int Cancelled(PREQUEST r) { return r->Cancel; }\n", "incomplete", 3,
           "pointer type 'PREQUEST'");
    /* Callbacks declared with a role-like typedef nothing defines. */
    /* C++: a by-value guess given a pointer ends as a pointer any object pointer converts to. */
    EXPECT("pointer_cpp", "a.cpp", "struct Cmd { int a; };\nint F(Cmd *c) { PCMD_T p = c; return p != 0; }\n",
           "guessed", 0, "pointer type 'PCMD_T'");
    /* Called through: a function pointer type. */
    EXPECT("funcptr", "a.c", "void Run(DTOR_FN d, void *p) { if (d != 0) d(p); }\n", "guessed", 0,
           "function pointer type 'DTOR_FN'");
    EXPECT("functype", "a.c", "THING_CALLBACK OnThing;\nint OnThing(int a) { return a; }\n", "guessed", 0,
           "function type 'THING_CALLBACK'");
    EXPECT("annotation", "a.c", "int Get(_In_reads_ok_ int *p) { return *p; }\n", "guessed", 0,
           "annotation '_In_reads_ok_'");
    EXPECT("annotation_call", "a.c", "MY_ALIGNED(8) void Go(void);\nint x;\n", "guessed", 0,
           "annotation call 'MY_ALIGNED'");
    EXPECT("annotation_call_cpp", "a.cpp", "MY_ALIGNED(8) void Go(void);\nint x;\n", "guessed", 0,
           "annotation call 'MY_ALIGNED'");
    EXPECT("packing", "a.c", "typedef struct _WIRE { int a; } PACKED_SUFFIX WIRE;\nWIRE w;\n", "guessed", 0,
           "annotation 'PACKED_SUFFIX'");
    EXPECT("function_c", "a.c", "int Call(void) { return ExternalHelper(1); }\n", "guessed", 0,
           "function 'ExternalHelper'");
    EXPECT("function_cpp", "a.cpp", "int Call(void) { return ExternalHelper(1); }\n", "guessed", 0,
           "function 'ExternalHelper'");
    EXPECT("variable", "a.c", "void Count(void) { g_requests = 1; }\n", "guessed", 0, "variable 'g_requests'");
    EXPECT("array", "a.c", "int Slot(void) { return g_slots[2]; }\n", "guessed", 0, "array 'g_slots'");
    /* Two guessed constants in one switch: distinct values, no duplicate case. */
    EXPECT("constants", "a.c",
           "int Mode(int x) {\n  switch (x) { case MODE_READ: return 1; case MODE_WRITE: return 2; }\n"
           "  return x == MODE_READ;\n}\n",
           "guessed", 0, "constant 'MODE_READ'", "constant 'MODE_WRITE'");
    /* Flags or-ed in case labels stay distinct from each other. */
    EXPECT("flags", "a.c",
           "int Disposition(int flags) {\n  switch (flags & (O_CREATE_X | O_TRUNC_X | O_EXCL_X)) {\n"
           "  case O_CREATE_X: return 1;\n  case O_TRUNC_X: return 2;\n  case O_CREATE_X | O_TRUNC_X: return 3;\n"
           "  case O_CREATE_X | O_EXCL_X: return 4;\n  case O_EXCL_X: return 5;\n  }\n  return 0;\n}\n",
           "guessed", 0, "constant 'O_CREATE_X'", "constant 'O_TRUNC_X'", "constant 'O_EXCL_X'");
    /* Array bounds and bit-field widths get values they can hold. */
    EXPECT("bounds", "a.c",
           "struct Table { char cells[ROWS_MAX][COLS_MAX][DEPTH_MAX]; unsigned flag : FLAG_BITS; };\n"
           "struct Table t;\n",
           "guessed", 0, "constant 'ROWS_MAX'", "constant 'COLS_MAX'", "constant 'FLAG_BITS'");
    /* C: a local of an unknown type is not a variable of its own. */
    {
        struct run r = stats_of("local", "a.c", "int F(void) { LOCAL_T v; v = 3; return v; }\n");
        static const char *const want[] = {"scalar type 'LOCAL_T'", NULL};
        CHECK(r.status == 0 && has(&r, "guessed", want) && strstr(r.out, "'v'") == NULL);
        free(r.out);
    }
    /* A name the model headers or the tree declare is never guessed: the
     * misuse stays an error. */
    {
        struct run r = stats_of("shadow_model", "a.c",
                                "#include <storport.h>\nint F(void) { StorPortNotification v; return 0; }\n");
        CHECK(r.status == 3 && strstr(r.out, " incomplete ") && strstr(r.out, "guess:") == NULL);
        free(r.out);
        r = stats_of("shadow_tree", "a.c", "int Known(void);\nint F(void) { Known v; return 0; }\n");
        CHECK(r.status == 3 && strstr(r.out, " incomplete ") && strstr(r.out, "guess:") == NULL);
        free(r.out);
        /* Used before the tree declares it: the guess would collide, so it is withdrawn. */
        r = stats_of("shadow_later", "a.c", "LATE_T *p;\nint LATE_T(void);\n");
        CHECK(r.status == 3 && strstr(r.out, "guess:") == NULL);
        free(r.out);
    }
    /* Clean stays clean. */
    {
        struct run r = stats_of("clean", "a.c", "int Add(int a, int b) { return a + b; }\n");
        CHECK(r.status == 0 && strstr(r.out, " clean ") && strstr(r.out, "guess:") == NULL);
        free(r.out);
    }
}

/* A unit discovery marks as not kernel code is skipped: --stats says so and why. */
static void skipped_state(void)
{
    struct unit_status st = {0};
    st.state = UNIT_SKIPPED;
    st.skip_reason = "user-mode test program";
    st.file = "/t/tools/cli.c";
    st.origin = "walk";
    struct scan_result r = {0};
    r.root = "/t";
    r.units = &st;
    r.nunits = 1;
    r.nstate[UNIT_SKIPPED] = 1;
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    report_stats(&r, FORMAT_TEXT, f);
    fclose(f);
    CHECK(strstr(text, "tools/cli.c") && strstr(text, " skipped ") &&
          strstr(text, "skipped: user-mode test program") && strstr(text, "skipped 1, incomplete 0"));
    free(text);
    f = open_memstream(&text, &len);
    report_stats(&r, FORMAT_JSON, f);
    fclose(f);
    CHECK(strstr(text, "\"state\": \"skipped\"") && strstr(text, "\"skip_reason\": \"user-mode test program\""));
    free(text);
}

int main(void)
{
    skipped_state();
    plain_data();
    end_to_end();
    return CHECK_DONE();
}
