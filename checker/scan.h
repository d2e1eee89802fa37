/* scan.h — one run of storcheck: discover, parse (in parallel), link, analyse.
 *
 * scan_run drives the stages in order; the result is plain data that the
 * reporters read. Tool diagnostics (one line each, naming the file) are
 * collected, not printed, so that main decides where they go.
 */
#ifndef STORCHECK_SCAN_H
#define STORCHECK_SCAN_H

#include "finding.h"
#include "model.h"
#include "options.h"

struct unit_status {
    char *file;      /* absolute */
    char *origin;    /* "walk", "compdb:...", "vcxproj:..." */
    bool failed;     /* no unit at all: unreadable, or libclang failed */
    int nerrors;     /* clang errors */
    char *first_error; /* "file:line:col: message", or NULL */
    int nstubbed;    /* distinct include stand-ins the unit used */
    char **stub_directives; /* "includer:line: name" for every directive given a stand-in */
    int nstub_directives;
    int nfixed;      /* includes resolved by case, backslash or file name */
    char **tolerated; /* "file:line:col: message" for constructs only MSVC accepts */
    int ntolerated;
    int nfunctions;
    double seconds;
};

struct scan_result {
    char *root;                  /* absolute source root (--source-root, else the git work tree
                                  * holding the scanned paths, else `scanned`): report paths and
                                  * fingerprints are relative to it */
    char *scanned;               /* the deepest folder holding every scanned path */
    struct unit_status *units;
    int nunits;
    struct program_model *model; /* NULL if nothing was parsed */
    struct ddi_model *ddi;
    struct findings findings;
    struct strlist diagnostics;  /* one-line tool diagnostics, "path: problem" */
    struct strlist notes;        /* informational (discovery notes) */
    bool config_error;           /* exit 2 */
    bool nothing_to_scan;        /* exit 2 */
    bool incomplete;             /* exit 3: a unit failed or had errors */
    double seconds;
};

/* The folder that holds ddi.json and include/ (the model headers). */
char *scan_data_dir(void);

/* The full clang argument list for one unit (without the file name); the
 * language follows the file's extension. */
void scan_clang_args(const struct options *o, const char *data_dir, const char *file,
                     const struct strlist *unit_args, struct strlist *out);

/* Discovery with the options' paths, database, project and configuration;
 * returns what discover_units returns. */
struct discovery;
int scan_discover(const struct options *o, struct discovery *out);

/* Runs the whole pipeline. Returns 0; every problem is recorded in *out. */
int scan_run(const struct options *o, struct scan_result *out);
void scan_result_free(struct scan_result *r);

#endif
