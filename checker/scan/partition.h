/* SPDX-License-Identifier: Apache-2.0 */
/* partition.h — which parsed units make one driver.
 *
 * A repository often holds several drivers. Linked into one program, one
 * driver's calls and callback registrations would bind to another driver's
 * functions of the same name, silently. partition_units groups the units so
 * that each driver is linked on its own (model_link_subset):
 *
 *  - units named by one project file (tu_spec.origin "<kind>:<project path>",
 *    any kind but "walk" and "compdb") form one piece; walked units form one
 *    piece per driver root (the folder of a unit that calls
 *    StorPortInitialize or defines DriverEntry), each unit joining the
 *    deepest root that holds it;
 *  - a piece holding such an initializing unit is a driver;
 *  - every other unit (a library project, a shared helper folder) joins each
 *    driver that references a function it defines and the driver itself does
 *    not define, transitively — so a helper used by two drivers is linked
 *    into both programs;
 *  - a walked unit that no driver references joins the nearest driver by
 *    folder distance (all of the nearest, on a tie), unless it defines a
 *    function that driver already defines; what is left (an unreferenced
 *    library unit, an orphan with no driver to join) is a program of its own
 *    per project or, for walked units, one for all of them;
 *  - with no driver at all, every unit is one program, as before.
 */
#ifndef STORCHECK_PARTITION_H
#define STORCHECK_PARTITION_H

#include <stdio.h>

#include "ddi.h"
#include "discover.h"
#include "ir.h"
#include "model.h"

struct driver {
    char *name;     /* the project's target name, or the root folder relative to the scan root */
    char *root;     /* absolute folder: the project file's, or the driver root */
    char *project;  /* the project file, or NULL */
    bool initializes; /* holds the unit that calls StorPortInitialize or defines DriverEntry;
                         false for a library or loose files analysed on their own */
    int *units;     /* indices into the scan's units, ascending */
    int nunits;
    struct program_model *model; /* filled by the caller: the units linked alone */
};

struct partition {
    struct driver *items; /* sorted by name */
    int count;
};

/* Groups the units: specs[i] and units[i] describe one unit; root is the
 * scan root (for names). Fills *out (zeroed by the caller). */
void partition_units(const struct tu_spec *specs, const struct ir_unit *units, int nunits,
                     const struct ddi_model *ddi, const char *root, struct partition *out);
/* Whether driver d holds unit u. */
bool partition_has_unit(const struct driver *d, int u);
/* --dump-model: each driver (name, root, project, units) and its model, in
 * text or JSON ({drivers: [...], and roles, functions each naming its
 * driver, and extensions when there is one driver}). Paths relative to root. */
void partition_dump(const struct partition *p, const struct ir_unit *units, const char *root, bool json,
                    FILE *out);
/* Frees the drivers and their models. */
void partition_free(struct partition *p);

/* The folder a file given alone should be scanned from so that its driver is
 * analysed whole: walking up from the file's folder to the repository root
 * (the nearest folder holding .git; without one, the file's own folder), the
 * first folder below which a C source names StorPortInitialize or
 * DriverEntry, or that holds a project building a program of its own (not a
 * static library); one folder higher when that folder's parent holds the
 * project file (sources in src/). Returns NULL when none is found (scan the
 * file as given). Owned. */
char *partition_scope_of_file(const char *file);

#endif
