/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
/* options.c — command-line parsing; see options.h. */
#include "options.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "suggest.h"

/* The options --help lists, for "did you mean": read from the usage text
 * itself, so a new option is suggested as soon as it is documented. The
 * option column of a usage line is what precedes the first two spaces. */
static struct strlist documented_options(void)
{
    struct strlist names = {0};
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f)
        return names;
    options_usage(f);
    fclose(f);
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        if (strncmp(line, "  -", 3) != 0)
            continue;
        char *end = strstr(line + 2, "  ");
        if (end)
            *end = '\0';
        for (char *w = line; (w = strchr(w, '-'));) {
            size_t n = strspn(w, "-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
            bool starts_word = w == line || w[-1] == ' ';
            if (starts_word && n > 1 && (w[n] == '\0' || strchr(" ,=", w[n]))) {
                char *name = xstrndup(w, n);
                if (!strlist_contains(&names, name))
                    strlist_add_owned(&names, name);
                else
                    free(name);
            }
            w += n ? n : 1;
        }
    }
    free(text);
    return names;
}

/* "unknown rule 'X'", with the nearest rule id when one is close. */
static char *unknown_rule(const char *pattern)
{
    const char **ids = xmalloc((size_t)rules_count * sizeof *ids);
    for (int i = 0; i < rules_count; i++)
        ids[i] = rules_table[i].id;
    const char *near = suggest_nearest(pattern, ids, rules_count);
    char *msg = near ? xasprintf("unknown rule '%s'; did you mean '%s'? (see --list-rules)", pattern, near)
                     : xasprintf("unknown rule '%s' (see --list-rules)", pattern);
    free(ids);
    return msg;
}

void options_usage(FILE *out)
{
    fputs("usage: storcheck [options] [PATH...]\n"
          "\n"
          "Checks Windows Storport miniport source for breaches of the Storport contract.\n"
          "PATH is a source file or a folder (default: the current folder). A file given\n"
          "alone is analysed with the rest of its driver; only its findings are reported.\n"
          "\n"
          "input:\n"
          "  -p FILE|DIR            use a JSON compilation database (its units and flags)\n"
          "  --vcxproj FILE         take units, include folders and defines from this project\n"
          "  --configuration C|P    project configuration (default: a Release|x64 one)\n"
          "  --no-vcxproj           do not look for *.vcxproj files in scanned folders\n"
          "  --exclude PATH|GLOB    do not scan these files or folders (repeatable)\n"
          "  --sdk DIR              parse against a real WDK include folder, not the model headers\n"
          "  -I DIR, -D NAME[=V], -U NAME   passed to the parser for every unit\n"
          "  -j N                   parse in N worker processes (default: number of processors)\n"
          "  --unit-timeout S       give up on a unit whose parse takes over S seconds (default\n"
          "                         120); it is tried once more, then reported incomplete\n"
          "  --unit-memory MB       bound each parse worker's memory (default 4096)\n"
          "  --cache DIR            keep parsed units in DIR and parse again only what changed\n"
          "                         (default: $XDG_CACHE_HOME/storcheck or ~/.cache/storcheck)\n"
          "  --no-cache             parse every unit, and read or write no cache\n"

          "  --follow-symlinks      follow symbolic links out of the scanned folders, and read\n"
          "                         headers outside the repository\n"
          "  --max-file-size MB     refuse source files and headers larger than MB (default 16)\n"
          "  --max-include-depth N  refuse #include nested deeper than N (default 200)\n"
          "  --max-units N          scan at most N translation units (default 20000)\n"
          "\n"
          "rules and results:\n"
          "  --enable ID|GLOB       enable rules (repeatable; default: all)\n"
          "  --disable ID|GLOB      disable rules (repeatable)\n"
          "  --fail-on LEVEL        exit 1 on findings at or above error|warning|note, or never\n"
          "                         (default: warning)\n"
          "  --allow-incomplete     let the findings decide the exit status even when a\n"
          "                         unit is incomplete (errors remain after guessing)\n"
          "  --list-rules           print the rules and their default levels (--format json:\n"
          "                         as JSON)\n"
          "  --explain RULE         print a rule's documentation page\n"
          "\n"
          "reports:\n"
          "  --format FMT           text, json, sarif, html, github, azure, gitlab or junit\n"
          "                         (default: text)\n"
          "  -o FILE                write that report to FILE instead of standard output\n"
          "  --output FMT:FILE      also write a report in FMT to FILE (repeatable)\n"
          "  -q, --quiet            print the findings only: no summary lines\n"
          "  --color auto|always|never  colour text on a terminal (default: auto; NO_COLOR\n"
          "                         turns it off)\n"
          "  --automation-id ID     SARIF run id, for several scans of one repository\n"
          "  --source-root DIR      report paths relative to DIR (default: the git work tree\n"
          "                         holding the scanned paths, else the scanned folder)\n"
          "  --baseline FILE        report only findings that are not in FILE\n"
          "  --write-baseline FILE  record the findings of this scan in FILE\n"
          "  --report-unused-suppressions  warn about storcheck-ignore comments that\n"
          "                         suppress nothing\n"
          "  --changed-lines FILE   report only findings on these lines (clang-tidy\n"
          "                         -line-filter JSON: [{\"name\":F,\"lines\":[[a,b]]}])\n"
          "  --diff-base REF        report only findings on lines changed since git REF\n"
          "\n"
          "configuration:\n"
          "  --config FILE          read FILE instead of the nearest .storcheck.json\n"
          "  --no-config            do not read .storcheck.json\n"
          "  --dump-config          print the settings in effect and exit\n"
          "\n"
          "inspection:\n"
          "  --stats                print parse statistics\n"
          "  -v, --verbose          print on stderr the discovery notes (projects and\n"
          "                         configurations read, units skipped, headers guessed),\n"
          "                         each unit's parse and where the time went\n"
          "  --dump-model           print roles, contexts and extension types\n"
          "  --dump-ir              print the IR of every function\n"
          "  --print-args UNIT      print a clang command (with a VFS overlay of the in-memory\n"
          "                         fixes) that reproduces storcheck's parse of UNIT\n"
          "  --ddi-model FILE       use FILE instead of the bundled DDI model (rules/ddi.json)\n"
          "  -h, --help             this text\n"
          "  --version              print the version\n"
          "\n"
          "exit status: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration\n"
          "error, 3 incomplete scan (a unit could not be parsed, or errors remain after\n"
          "guessing unknown names; not with --allow-incomplete)\n",
          out);
}

int options_level_parse(const char *s)
{
    static const struct { const char *name; int level; } names[] = {
        {"error", LEVEL_ERROR}, {"warning", LEVEL_WARNING}, {"note", LEVEL_NOTE}, {"never", LEVEL_NEVER},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strcmp(s, names[i].name) == 0)
            return names[i].level;
    return -1;
}

static int parse_level(const char *s, int *out)
{
    int l = options_level_parse(s);
    if (l < 0)
        return -1;
    *out = l;
    return 0;
}

static const char *const format_names[] = {
    [FORMAT_TEXT] = "text", [FORMAT_JSON] = "json",     [FORMAT_SARIF] = "sarif",
    [FORMAT_HTML] = "html", [FORMAT_GITHUB] = "github", [FORMAT_AZURE] = "azure",
    [FORMAT_GITLAB] = "gitlab", [FORMAT_JUNIT] = "junit",
};

int options_format_parse(const char *name)
{
    for (size_t i = 0; i < sizeof format_names / sizeof *format_names; i++)
        if (strcmp(name, format_names[i]) == 0)
            return (int)i;
    return -1;
}

int options_rule_level(const struct options *o, const char *rule_id, int default_level)
{
    int level = default_level;
    for (int i = 0; i < o->nlevels; i++)
        if (fnmatch(o->levels[i].pattern, rule_id, 0) == 0)
            level = o->levels[i].level;
    return level;
}

/* --output FMT:FILE; FILE "-" is standard output. */
static char *add_output(struct options *o, const char *v)
{
    const char *colon = strchr(v, ':');
    char *name = colon ? xstrndup(v, (size_t)(colon - v)) : xstrdup(v);
    int f = options_format_parse(name);
    char *err = NULL;
    if (!colon || !colon[1])
        err = xasprintf("--output needs FORMAT:FILE, not '%s'", v);
    else if (f < 0)
        err = xasprintf("unknown format '%s' in --output (expected text, json, sarif, html, github, azure, gitlab or junit)", name);
    free(name);
    if (err)
        return err;
    o->extra_outputs = xrealloc(o->extra_outputs, (size_t)(o->nextra_outputs + 1) * sizeof *o->extra_outputs);
    struct output_spec *spec = &o->extra_outputs[o->nextra_outputs++];
    spec->format = (enum output_format)f;
    spec->path = strcmp(colon + 1, "-") == 0 ? NULL : xstrdup(colon + 1);
    return NULL;
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
    o->color = -1;
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
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            o->quiet = true;
        } else if (strcmp(a, "--stats") == 0) {
            o->stats = true;
        } else if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) {
            o->verbose = true;
        } else if (strcmp(a, "--dump-model") == 0) {
            o->dump_model = true;
        } else if (strcmp(a, "--dump-ir") == 0) {
            o->dump_ir = true;
        } else if (strcmp(a, "--no-vcxproj") == 0) {
            o->no_vcxproj = true;
        } else if (strcmp(a, "--allow-incomplete") == 0) {
            o->allow_incomplete = true;
        } else if (strcmp(a, "--report-unused-suppressions") == 0) {
            o->report_unused_suppressions = true;
        } else if (strcmp(a, "--no-cache") == 0) {
            o->no_cache = true;
        } else if (strcmp(a, "--no-config") == 0) {
            o->no_config = true;
        } else if (strcmp(a, "--dump-config") == 0) {
            o->dump_config = true;
        } else if (is_opt(a, "--output")) {
            if ((v = value_of(argc, argv, &i, "--output", err)))
                *err = add_output(o, v);
        } else if (is_opt(a, "--color")) {
            if ((v = value_of(argc, argv, &i, "--color", err))) {
                if (strcmp(v, "auto") == 0)
                    o->color = -1;
                else if (strcmp(v, "always") == 0)
                    o->color = 1;
                else if (strcmp(v, "never") == 0)
                    o->color = 0;
                else
                    *err = xasprintf("unknown value '%s' for --color (expected auto, always or never)", v);
            }
        } else if (is_opt(a, "--baseline")) {
            if ((v = value_of(argc, argv, &i, "--baseline", err)))
                free(o->baseline), o->baseline = xstrdup(v);
        } else if (is_opt(a, "--write-baseline")) {
            if ((v = value_of(argc, argv, &i, "--write-baseline", err)))
                free(o->write_baseline), o->write_baseline = xstrdup(v);
        } else if (is_opt(a, "--changed-lines")) {
            if ((v = value_of(argc, argv, &i, "--changed-lines", err)))
                free(o->changed_lines), o->changed_lines = xstrdup(v);
        } else if (is_opt(a, "--diff-base")) {
            if ((v = value_of(argc, argv, &i, "--diff-base", err)))
                free(o->diff_base), o->diff_base = xstrdup(v);
        } else if (is_opt(a, "--automation-id")) {
            if ((v = value_of(argc, argv, &i, "--automation-id", err)))
                free(o->automation_id), o->automation_id = xstrdup(v);
        } else if (is_opt(a, "--source-root")) {
            if ((v = value_of(argc, argv, &i, "--source-root", err))) {
                free(o->source_root), o->source_root = xstrdup(v);
                if (!path_is_dir(v))
                    *err = xasprintf("%s: --source-root is not a folder", v);
            }
        } else if (is_opt(a, "--config")) {
            if ((v = value_of(argc, argv, &i, "--config", err)))
                free(o->config), o->config = xstrdup(v);
        } else if (is_opt(a, "-j")) {
            if ((v = value_of(argc, argv, &i, "-j", err))) {
                char *end;
                long n = strtol(v, &end, 10);
                if (*end || n < 1 || n > 256)
                    *err = xasprintf("-j needs a number from 1 to 256, not '%s'", v);
                else
                    o->jobs = (int)n;
            }
        } else if (is_opt(a, "--unit-timeout") || is_opt(a, "--unit-memory")) {
            bool timeout = is_opt(a, "--unit-timeout");
            const char *name = timeout ? "--unit-timeout" : "--unit-memory";
            if ((v = value_of(argc, argv, &i, name, err))) {
                char *end;
                long n = strtol(v, &end, 10);
                if (*end || n < 1 || n > 1000000)
                    *err = xasprintf("%s needs a whole number from 1 to 1000000, not '%s'", name, v);
                else if (timeout)
                    o->unit_timeout = (int)n;
                else
                    o->unit_memory_mb = (int)n;
            }
        } else if (strcmp(a, "--follow-symlinks") == 0) {
            o->follow_symlinks = true;
        } else if (is_opt(a, "--max-file-size") || is_opt(a, "--max-include-depth") ||
                   is_opt(a, "--max-units")) {
            const char *name = is_opt(a, "--max-file-size") ? "--max-file-size"
                               : is_opt(a, "--max-units") ? "--max-units" : "--max-include-depth";
            if ((v = value_of(argc, argv, &i, name, err))) {
                char *end;
                long n = strtol(v, &end, 10);
                if (*end || n < 1 || n > 100000000)
                    *err = xasprintf("%s needs a whole number from 1 to 100000000, not '%s'", name, v);
                else if (name[6] == 'f')
                    o->max_file_mb = (int)n;
                else if (name[6] == 'u')
                    o->max_units = (int)n;
                else
                    o->max_include_depth = (int)n;
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
        } else if (is_opt(a, "--exclude")) {
            /* Like .storcheck.json "exclude", but relative to where storcheck runs. */
            if ((v = value_of(argc, argv, &i, "--exclude", err)))
                strlist_add_owned(&o->exclude, path_absolute(v));
        } else if (is_opt(a, "--cache")) {
            if ((v = value_of(argc, argv, &i, "--cache", err)))
                free(o->cache_dir), o->cache_dir = xstrdup(v);
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
                int f = options_format_parse(v);
                if (f < 0)
                    *err = xasprintf("unknown format '%s' (expected text, json, sarif, html, github, azure, gitlab or junit)", v);
                else
                    o->format = (enum output_format)f;
            }
        } else if (is_opt(a, "--fail-on")) {
            if ((v = value_of(argc, argv, &i, "--fail-on", err)) && parse_level(v, &o->fail_on) < 0)
                *err = xasprintf("unknown level '%s' for --fail-on (expected error, warning, note or never)", v);
            o->fail_on_set = true;
        } else if (is_opt(a, "--enable") || is_opt(a, "--disable")) {
            bool en = is_opt(a, "--enable");
            if ((v = value_of(argc, argv, &i, en ? "--enable" : "--disable", err))) {
                if (!rules_match_any(v))
                    *err = unknown_rule(v);
                else
                    strlist_add(en ? &o->enable : &o->disable, v);
                o->enable_set = true;
            }
        } else if (is_opt(a, "--explain")) {
            if ((v = value_of(argc, argv, &i, "--explain", err))) {
                free(o->explain), o->explain = xstrdup(v);
                bool known = false;
                for (int r = 0; r < rules_count; r++)
                    known |= strcmp(rules_table[r].id, v) == 0;
                if (!known)
                    *err = unknown_rule(v);
            }
        } else {
            char *name = xstrndup(a, strcspn(a, "="));
            struct strlist known = documented_options();
            const char *near = suggest_nearest(name, (const char *const *)known.items, known.count);
            *err = near ? xasprintf("unknown option '%s'; did you mean '%s'? (see --help)", a, near)
                        : xasprintf("unknown option '%s' (see --help)", a);
            strlist_free(&known);
            free(name);
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
    free(o->cache_dir);
    free(o->print_args);
    free(o->explain);
    free(o->output);
    free(o->ddi);
    for (int i = 0; i < o->nextra_outputs; i++)
        free(o->extra_outputs[i].path);
    free(o->extra_outputs);
    free(o->baseline);
    free(o->write_baseline);
    free(o->changed_lines);
    free(o->diff_base);
    free(o->automation_id);
    free(o->source_root);
    free(o->config);
    free(o->config_file);
    strlist_free(&o->exclude);
    for (int i = 0; i < o->nlevels; i++)
        free(o->levels[i].pattern);
    free(o->levels);
    memset(o, 0, sizeof *o);
}
