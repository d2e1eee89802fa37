/* options.h — the command line, read once into plain settings. */
#ifndef STORCHECK_OPTIONS_H
#define STORCHECK_OPTIONS_H

#include <stdio.h>

#include "finding.h"
#include "util.h"

enum output_format { FORMAT_TEXT, FORMAT_JSON };

struct options {
    struct strlist paths;   /* files or folders; "." when none given */
    int jobs;               /* worker threads */
    char *compdb;           /* -p */
    char *vcxproj;          /* --vcxproj */
    char *configuration;    /* --configuration */
    bool no_vcxproj;
    char *sdk;              /* --sdk: a WDK include folder instead of the model headers */
    struct strlist includes; /* -I */
    struct strlist defines;  /* -D NAME[=V] and -U NAME (kept with their flag) */
    bool stats;
    bool dump_model;
    bool dump_ir;
    char *print_args;       /* --print-args UNIT */
    enum output_format format;
    int fail_on;            /* a level; LEVEL_NEVER disables failing */
    struct strlist enable, disable; /* rule ids or globs */
    char *output;           /* -o */
    char *ddi;              /* --ddi-model: alternative rules/ddi.json */
    bool help, version, list_rules;
};

/* Returns 0, or -1 with a one-line message in *err (owned) on a usage error. */
int options_parse(int argc, char **argv, struct options *o, char **err);
void options_free(struct options *o);
void options_usage(FILE *out);

#endif
