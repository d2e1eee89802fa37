/* SPDX-License-Identifier: Apache-2.0 */
/* port-memory-freed: memory the port allocated and owns — the uncached
 * extension, the device, SRB and LU extensions, SRBs and their data and
 * sense buffers — is released by the miniport. Contract:
 * docs/rules/port-memory-freed.md. */
#include <string.h>

#include "rules.h"

/* The most specific description of what the pointer designates. */
static const char *what_kind(int kinds)
{
    if (kinds & DDI_PORT_UNCACHED)
        return "the uncached extension";
    if (kinds & DDI_PORT_SRB_DATA)
        return "an SRB's data or sense buffer";
    if (kinds & DDI_PORT_SRB_EXT)
        return "an SRB extension";
    if (kinds & DDI_PORT_LU_EXT)
        return "an LU extension";
    if (kinds & DDI_PORT_SRB)
        return "an SRB";
    return "the device extension";
}

/* Whether the release inside the wrapper is itself reported: then its
 * callers' findings would only repeat it. */
static bool reported_inside(const struct analysis *a, const struct port_event *e)
{
    for (int i = 0; i < a->nevents; i++) {
        const struct port_event *d = &a->events[i];
        if (d->kind == PORT_MEMORY_RELEASE && !d->via && d->loc.line == e->via_at.line &&
            d->loc.file && e->via_at.file && strcmp(d->loc.file, e->via_at.file) == 0)
            return true;
    }
    return false;
}

void rule_port_memory_freed(const struct analysis *a, const struct rule_info *self, struct findings *out)
{
    /* Only a miniport is handed memory the port owns. A driver that the
     * port never calls (a class driver, a multipath DSM, a filter) builds
     * its own SRBs and sense buffers and must free them; every miniport,
     * physical or virtual, registers a HwFindAdapter. */
    if (!model_has_role(a->model, "HwFindAdapter"))
        return;
    for (int i = 0; i < a->nevents; i++) {
        const struct port_event *e = &a->events[i];
        if (e->kind != PORT_MEMORY_RELEASE || (e->via && reported_inside(a, e)))
            continue;
        const char *fn = a->model->functions[e->function].ir->name;
        const char *kind = what_kind(e->port_kind);
        struct finding *f = findings_add(
            out, self->id, self->level, e->loc, fn,
            "'%s' points to %s, which the port owns, and is released with '%s'; the port frees "
            "it, release only memory the miniport allocated",
            e->what, kind, e->routine ? e->routine : "?");
        if (e->via)
            finding_step(f, e->via_at, "'%s' releases its parameter here", e->via);
        finding_step(f, e->loc, "%s is released here", kind);
    }
}
