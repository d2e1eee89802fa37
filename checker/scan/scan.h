/* SPDX-License-Identifier: Apache-2.0 */
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
#include "partition.h"

/* What became of a unit. */
enum unit_state {
    UNIT_CLEAN,      /* parsed with no error and no guess */
    UNIT_GUESSED,    /* parsed with no error once some names were guessed (guess.h) */
    UNIT_SKIPPED,    /* not parsed: discovery decided it is not kernel code */
    UNIT_INCOMPLETE, /* errors remain after guessing, or no parse at all */
};

/* "clean", "guessed", "skipped", "incomplete"; static storage. */
const char *unit_state_name(enum unit_state s);

/* One name the unit was parsed with although nothing declared it. */
struct unit_guess {
    char *name;
    const char *kind; /* static: guess_kind_name() */
    char *file;       /* the first use that needed it; absolute */
    int line, column;
};

struct unit_status {
    enum unit_state state;
    char *skip_reason;  /* UNIT_SKIPPED: why, from the tu_spec */
    struct unit_guess *guesses;
    int nguesses;
    char *file;      /* absolute */
    char *origin;    /* "walk", "compdb:...", "vcxproj:..." */
    bool failed;     /* no unit at all: unreadable, or libclang failed */
    int nerrors;     /* clang errors */
    char *first_error; /* "file:line:col: message", or NULL */
    char *failure;   /* failed: "file: why" (unreadable, libclang refused it, its worker crashed...) */
    int nstubbed;    /* distinct include stand-ins the unit used */
    char **stub_directives; /* "includer:line: name" for every directive given a stand-in */
    int nstub_directives;
    int nfixed;      /* includes resolved by case or backslash */
    char **header_guesses; /* "includer:line: name -> path": headers found by name in the repository */
    int nheader_guesses;
    char **tolerated; /* "file:line:col: message" for constructs only MSVC accepts */
    int ntolerated;
    int nfunctions;
    double seconds;
    bool from_cache; /* taken from the cache, not parsed in this run */
};

struct scan_result {
    char *root;                  /* absolute source root (--source-root, else the git work tree
                                  * holding the scanned paths, else `scanned`): report paths and
                                  * fingerprints are relative to it */
    char *scanned;               /* the deepest folder holding every scanned path */
    struct unit_status *units;
    int nunits;
    struct ir_unit *ir;          /* one per unit, owned; the drivers' models borrow them */
    struct partition drivers;    /* the units grouped into drivers, each linked alone (model
                                    NULL for a driver that holds no file given alone) */
    struct strlist focus;        /* files given alone: findings elsewhere are not reported */
    struct ddi_model *ddi;
    struct findings findings;
    struct strlist diagnostics;  /* one-line tool diagnostics, "path: problem" */
    struct strlist notes;        /* informational (discovery notes) */
    bool config_error;           /* exit 2 */
    bool nothing_to_scan;        /* exit 2 */
    bool incomplete;             /* exit 3 (unless --allow-incomplete): a unit is
                                  * incomplete, or a path could not be read */
    int nstate[4];               /* units in each enum unit_state */
    int nguesses;                /* guesses over all units */
    int cache_hits, cache_misses; /* units taken from the cache, units looked up and parsed */
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

/* --print-args: parses `unit` as a scan would (include plan, computed
 * includes, guesses), writes the in-memory files and a clang VFS overlay
 * into outdir (an existing folder), and fills *command with a clang command
 * line (the clang of the libclang storcheck links) that reproduces the
 * parse. 0, or -1 with *err. */
int scan_reproduce(const struct options *o, const char *unit, const char *outdir, struct strlist *command,
                   char **err);

/* Runs the whole pipeline. Returns 0; every problem is recorded in *out. */
int scan_run(const struct options *o, struct scan_result *out);
void scan_result_free(struct scan_result *r);

#endif
