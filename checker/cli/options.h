/* SPDX-License-Identifier: Apache-2.0 */
/* options.h — the command line, read once into plain settings. */
#ifndef STORCHECK_OPTIONS_H
#define STORCHECK_OPTIONS_H

#include <stdio.h>

#include "finding.h"
#include "util.h"

enum output_format {
    FORMAT_TEXT,   /* gcc style, with the trace as notes */
    FORMAT_JSON,   /* docs/report.schema.json */
    FORMAT_SARIF,  /* SARIF 2.1.0 */
    FORMAT_HTML,   /* one self-contained page */
    FORMAT_GITHUB, /* GitHub Actions workflow commands */
    FORMAT_AZURE,  /* Azure Pipelines logging commands */
    FORMAT_GITLAB, /* GitLab Code Quality JSON */
    FORMAT_JUNIT,  /* JUnit XML */
};

/* Parses "text", "json", ...; -1 if unknown. */
int options_format_parse(const char *name);

/* One report to write: --format/-o give the first, --output FMT:FILE more. */
struct output_spec {
    enum output_format format;
    char *path; /* NULL: standard output */
};

/* A level given to the rules an id or glob names (.storcheck.json "rules"). */
struct rule_level {
    char *pattern;
    int level;
};

/* Bounds on what a tree may make storcheck read (see docs/security.md). */
#define DEFAULT_MAX_FILE_MB 16
#define DEFAULT_MAX_INCLUDE_DEPTH 200
#define DEFAULT_MAX_UNITS 20000

struct options {
    struct strlist paths;   /* files or folders; "." when none given */
    int jobs;               /* worker processes */
    int unit_timeout;       /* --unit-timeout seconds; 0: the default */
    int unit_memory_mb;     /* --unit-memory MiB; 0: the default */
    char *cache_dir;        /* --cache DIR; NULL: the default folder */
    bool no_cache;          /* --no-cache */
    int max_file_mb;        /* --max-file-size MiB: a source or header larger is refused; 0: default */
    int max_include_depth;  /* --max-include-depth: nesting of #include; 0: the default */
    bool follow_symlinks;   /* --follow-symlinks: walk links out of the scanned folders */
    bool config_ignored;    /* the configuration file was broken and left out (exit 3) */
    int max_units;          /* --max-units: translation units scanned at most; 0: the default */
    char *compdb;           /* -p */
    char *vcxproj;          /* --vcxproj */
    char *configuration;    /* --configuration */
    bool no_vcxproj;
    char *sdk;              /* --sdk: a WDK include folder instead of the model headers */
    struct strlist includes; /* -I */
    struct strlist defines;  /* -D NAME[=V] and -U NAME (kept with their flag) */
    bool stats;
    bool verbose;           /* -v: discovery notes on stderr */
    bool dump_model;
    bool dump_ir;
    char *print_args;       /* --print-args UNIT */
    char *explain;          /* --explain RULE */
    enum output_format format;
    int fail_on;            /* a level; LEVEL_NEVER disables failing */
    bool allow_incomplete;  /* --allow-incomplete: an incomplete scan does not exit 3 */
    struct strlist enable, disable; /* rule ids or globs */
    char *output;           /* -o */
    char *ddi;              /* --ddi-model: alternative rules/ddi.json */
    bool help, version, list_rules;
    bool quiet;             /* -q: findings only, no summary lines */

    /* reports */
    struct output_spec *extra_outputs; /* --output FMT:FILE */
    int nextra_outputs;
    int color;              /* --color: -1 auto (a terminal without NO_COLOR), 0 never, 1 always */
    char *baseline;         /* --baseline FILE */
    char *write_baseline;   /* --write-baseline FILE */
    bool report_unused_suppressions;
    char *changed_lines;    /* --changed-lines FILE (clang-tidy line-filter JSON) */
    char *diff_base;        /* --diff-base REF */
    char *automation_id;    /* --automation-id: SARIF runAutomationDetails.id */
    char *source_root;      /* --source-root: report paths relative to this folder */

    /* configuration (.storcheck.json); what the command line set wins */
    char *config;           /* --config FILE */
    bool no_config;
    bool dump_config;
    char *config_file;      /* the file that was read, or NULL */
    struct strlist exclude; /* paths or globs relative to the scan root */
    struct rule_level *levels;
    int nlevels;
    bool fail_on_set, enable_set;
};

/* The level findings of `rule_id` are reported at: the last matching
 * override, else `default_level`. LEVEL_NEVER means the rule is off. */
int options_rule_level(const struct options *o, const char *rule_id, int default_level);
/* Parses error|warning|note|never; -1 if unknown. */
int options_level_parse(const char *s);

/* Returns 0, or -1 with a one-line message in *err (owned) on a usage error. */
int options_parse(int argc, char **argv, struct options *o, char **err);
void options_free(struct options *o);
void options_usage(FILE *out);

#endif
