/* options.c — command-line parsing; see options.h. */
#include "options.h"

#include <stdlib.h>
#include <string.h>

#include "rules.h"

void options_usage(FILE *out)
{
    fputs("usage: storcheck [options] [PATH...]\n"
          "\n"
          "Checks Windows Storport miniport source for breaches of the Storport contract.\n"
          "PATH is a source file or a folder (default: the current folder).\n"
          "\n"
          "input:\n"
          "  -p FILE|DIR            use a JSON compilation database (its units and flags)\n"
          "  --vcxproj FILE         take units, include folders and defines from this project\n"
          "  --configuration C|P    project configuration (default: a Release|x64 one)\n"
          "  --no-vcxproj           do not look for *.vcxproj files in scanned folders\n"
          "  --sdk DIR              parse against a real WDK include folder, not the model headers\n"
          "  -I DIR, -D NAME[=V], -U NAME   passed to the parser for every unit\n"
          "  -j N                   parse with N threads (default: number of processors)\n"
          "\n"
          "rules and results:\n"
          "  --enable ID|GLOB       enable rules (repeatable; default: all)\n"
          "  --disable ID|GLOB      disable rules (repeatable)\n"
          "  --fail-on LEVEL        exit 1 on findings at or above error|warning|note, or never\n"
          "                         (default: warning)\n"
          "  --format text|json     output format (default: text)\n"
          "  -o FILE                write the report to FILE instead of standard output\n"
          "  --list-rules           print the rules and their default levels\n"
          "\n"
          "inspection:\n"
          "  --stats                print parse statistics\n"
          "  --dump-model           print roles, contexts and extension types\n"
          "  --dump-ir              print the IR of every function\n"
          "  --print-args UNIT      print the clang arguments used for UNIT and exit\n"
          "  --ddi-model FILE       use FILE instead of the bundled DDI model (rules/ddi.json)\n"
          "  -h, --help             this text\n"
          "  --version              print the version\n"
          "\n"
          "exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration\n"
          "error, 3 incomplete scan (a unit could not be parsed or analysed)\n",
          out);
}

static int parse_level(const char *s, int *out)
{
    if (strcmp(s, "error") == 0)
        *out = LEVEL_ERROR;
    else if (strcmp(s, "warning") == 0)
        *out = LEVEL_WARNING;
    else if (strcmp(s, "note") == 0)
        *out = LEVEL_NOTE;
    else if (strcmp(s, "never") == 0)
        *out = LEVEL_NEVER;
    else
        return -1;
    return 0;
}

/* Accepts "--opt value", "--opt=value", and for short options "-Xvalue". */
static const char *value_of(int argc, char **argv, int *i, const char *name, char **err)
{
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (strncmp(a, name, n) == 0 && a[n] == '=')
        return a + n + 1;
    if (name[1] != '-' && a[n] != '\0')
        return a + n;
    if (*i + 1 >= argc) {
        *err = xasprintf("option '%s' needs a value", name);
        return NULL;
    }
    return argv[++*i];
}

static bool is_opt(const char *a, const char *name)
{
    size_t n = strlen(name);
    if (strncmp(a, name, n) != 0)
        return false;
    if (a[n] == '\0' || a[n] == '=')
        return true;
    return name[1] != '-' && strlen(name) == 2; /* -Ifoo */
}

int options_parse(int argc, char **argv, struct options *o, char **err)
{
    memset(o, 0, sizeof *o);
    o->jobs = 0;
    o->fail_on = LEVEL_WARNING;
    o->format = FORMAT_TEXT;
    *err = NULL;
    bool only_paths = false;
    for (int i = 1; i < argc && !*err; i++) {
        const char *a = argv[i];
        const char *v = NULL;
        if (only_paths || a[0] != '-' || strcmp(a, "-") == 0) {
            strlist_add(&o->paths, a);
        } else if (strcmp(a, "--") == 0) {
            only_paths = true;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            o->help = true;
        } else if (strcmp(a, "--version") == 0) {
            o->version = true;
        } else if (strcmp(a, "--list-rules") == 0) {
            o->list_rules = true;
        } else if (strcmp(a, "--stats") == 0) {
            o->stats = true;
        } else if (strcmp(a, "--dump-model") == 0) {
            o->dump_model = true;
        } else if (strcmp(a, "--dump-ir") == 0) {
            o->dump_ir = true;
        } else if (strcmp(a, "--no-vcxproj") == 0) {
            o->no_vcxproj = true;
        } else if (is_opt(a, "-j")) {
            if ((v = value_of(argc, argv, &i, "-j", err))) {
                char *end;
                long n = strtol(v, &end, 10);
                if (*end || n < 1 || n > 256)
                    *err = xasprintf("-j needs a number from 1 to 256, not '%s'", v);
                else
                    o->jobs = (int)n;
            }
        } else if (is_opt(a, "-p")) {
            if ((v = value_of(argc, argv, &i, "-p", err)))
                free(o->compdb), o->compdb = xstrdup(v);
        } else if (is_opt(a, "-I")) {
            if ((v = value_of(argc, argv, &i, "-I", err)))
                strlist_add(&o->includes, v);
        } else if (is_opt(a, "-D")) {
            if ((v = value_of(argc, argv, &i, "-D", err)))
                strlist_add_owned(&o->defines, xasprintf("-D%s", v));
        } else if (is_opt(a, "-U")) {
            if ((v = value_of(argc, argv, &i, "-U", err)))
                strlist_add_owned(&o->defines, xasprintf("-U%s", v));
        } else if (is_opt(a, "-o")) {
            if ((v = value_of(argc, argv, &i, "-o", err)))
                free(o->output), o->output = xstrdup(v);
        } else if (is_opt(a, "--vcxproj")) {
            if ((v = value_of(argc, argv, &i, "--vcxproj", err)))
                free(o->vcxproj), o->vcxproj = xstrdup(v);
        } else if (is_opt(a, "--configuration")) {
            if ((v = value_of(argc, argv, &i, "--configuration", err)))
                free(o->configuration), o->configuration = xstrdup(v);
        } else if (is_opt(a, "--sdk")) {
            if ((v = value_of(argc, argv, &i, "--sdk", err)))
                free(o->sdk), o->sdk = xstrdup(v);
        } else if (is_opt(a, "--print-args")) {
            if ((v = value_of(argc, argv, &i, "--print-args", err)))
                free(o->print_args), o->print_args = xstrdup(v);
        } else if (is_opt(a, "--ddi-model")) {
            if ((v = value_of(argc, argv, &i, "--ddi-model", err)))
                free(o->ddi), o->ddi = xstrdup(v);
        } else if (is_opt(a, "--format")) {
            if ((v = value_of(argc, argv, &i, "--format", err))) {
                if (strcmp(v, "text") == 0)
                    o->format = FORMAT_TEXT;
                else if (strcmp(v, "json") == 0)
                    o->format = FORMAT_JSON;
                else
                    *err = xasprintf("unknown format '%s' (expected text or json)", v);
            }
        } else if (is_opt(a, "--fail-on")) {
            if ((v = value_of(argc, argv, &i, "--fail-on", err)) && parse_level(v, &o->fail_on) < 0)
                *err = xasprintf("unknown level '%s' for --fail-on (expected error, warning, note or never)", v);
        } else if (is_opt(a, "--enable") || is_opt(a, "--disable")) {
            bool en = is_opt(a, "--enable");
            if ((v = value_of(argc, argv, &i, en ? "--enable" : "--disable", err))) {
                if (!rules_match_any(v))
                    *err = xasprintf("unknown rule '%s' (see --list-rules)", v);
                else
                    strlist_add(en ? &o->enable : &o->disable, v);
            }
        } else {
            *err = xasprintf("unknown option '%s' (see --help)", a);
        }
    }
    if (*err)
        return -1;
    if (o->paths.count == 0)
        strlist_add(&o->paths, ".");
    return 0;
}

void options_free(struct options *o)
{
    strlist_free(&o->paths);
    strlist_free(&o->includes);
    strlist_free(&o->defines);
    strlist_free(&o->enable);
    strlist_free(&o->disable);
    free(o->compdb);
    free(o->vcxproj);
    free(o->configuration);
    free(o->sdk);
    free(o->print_args);
    free(o->output);
    free(o->ddi);
    memset(o, 0, sizeof *o);
}
