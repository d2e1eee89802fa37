/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
/* Facts in the driver's storage, as reach follows them: the crash-dump mode
 * copied from ConfigInfo->DumpMode and read through a predicate, latched
 * from DriverEntry's NULL arguments in a global, a start-up flag set by the
 * passive-initialization routine, a flag cleared elsewhere (no fact), and a
 * field set on the path before a call. */
#include "check.h"
#include "model.h"
#include "parse_util.h"
#include "reach.h"

static const char *SOURCE =
    "typedef unsigned char BOOLEAN; typedef unsigned char UCHAR; typedef unsigned long ULONG;\n"
    "typedef void *PVOID;\n"
    "typedef struct _PORT_CONFIGURATION_INFORMATION { ULONG Length; UCHAR DumpMode; } PORT_CONFIGURATION_INFORMATION;\n"
    "typedef BOOLEAN HW_INITIALIZE(PVOID); typedef BOOLEAN HW_INTERRUPT(PVOID);\n"
    "typedef BOOLEAN HW_STARTIO(PVOID, PVOID); typedef BOOLEAN HW_PASSIVE_INITIALIZE_ROUTINE(PVOID);\n"
    "typedef ULONG HW_FIND_ADAPTER(PVOID, PVOID, PVOID, char *, PORT_CONFIGURATION_INFORMATION *, BOOLEAN *);\n"
    "typedef struct _HW_INITIALIZATION_DATA { ULONG HwInitializationDataSize; HW_INITIALIZE *HwInitialize;\n"
    "  HW_STARTIO *HwStartIo; HW_INTERRUPT *HwInterrupt; HW_FIND_ADAPTER *HwFindAdapter;\n"
    "  ULONG DeviceExtensionSize; } HW_INITIALIZATION_DATA;\n"
    "ULONG StorPortInitialize(PVOID, PVOID, HW_INITIALIZATION_DATA *, PVOID);\n"
    "BOOLEAN StorPortEnablePassiveInitialization(PVOID, HW_PASSIVE_INITIALIZE_ROUTINE *);\n"
    "typedef struct _EXT { UCHAR Dump; BOOLEAN Ready; BOOLEAN Cleared; ULONG Level; } EXT;\n"
    "void Work(int);\n"
    "static BOOLEAN g_crash;\n"
    "static BOOLEAN IsDump(EXT *e) { return e->Dump > 0; }\n"
    "static void Leaf(EXT *e) { if (e->Level == 0) Work(5); }\n"
    "static void Mid(EXT *e, BOOLEAN high) { e->Level = high ? 1 : 0; Leaf(e); }\n"
    "ULONG FindAdapter(PVOID d, PVOID c, PVOID b, char *a, PORT_CONFIGURATION_INFORMATION *ci, BOOLEAN *again)\n"
    "{ ((EXT *)d)->Dump = ci->DumpMode; return 0; }\n"
    "BOOLEAN Passive(PVOID d) { ((EXT *)d)->Ready = 1; ((EXT *)d)->Cleared = 1; return 1; }\n"
    "BOOLEAN Init(PVOID d) { return StorPortEnablePassiveInitialization(d, Passive); }\n"
    "BOOLEAN StartIo(PVOID d, PVOID s) { ((EXT *)d)->Cleared = 0; Mid((EXT *)d, 0); return 1; }\n"
    "BOOLEAN Isr(PVOID d) {\n"
    "  EXT *e = (EXT *)d;\n"
    "  if (IsDump(e)) Work(1);\n"
    "  if (g_crash) Work(2);\n"
    "  if (!e->Ready) Work(3);\n"
    "  if (e->Cleared) Work(4);\n"
    "  Mid(e, 1);\n"
    "  return 1;\n"
    "}\n"
    "ULONG Entry(PVOID drv, PVOID reg) {\n"
    "  HW_INITIALIZATION_DATA h = {0};\n"
    "  g_crash = 0;\n"
    "  if (reg == 0) g_crash = 1;\n"
    "  h.HwFindAdapter = FindAdapter; h.HwInitialize = Init; h.HwStartIo = StartIo; h.HwInterrupt = Isr;\n"
    "  h.DeviceExtensionSize = sizeof(EXT);\n"
    "  return StorPortInitialize(drv, reg, &h, 0);\n"
    "}\n";

/* Bit n: Work(n) was reached. */
static void visit(void *ctx, const struct reach_state *states, int s, const struct ir_inst *call)
{
    (void)states;
    (void)s;
    unsigned *seen = ctx;
    if (call->callee && strcmp(call->callee, "Work") == 0 && call->nsrcs == 1 && call->srcs[0].kind == IR_OPND_CONST)
        *seen |= 1U << call->srcs[0].value;
}

static unsigned walk(const struct program_model *m, const char *role, int mode)
{
    unsigned seen = 0;
    for (int r = 0; r < m->nroles; r++)
        if (strcmp(m->roles[r].role, role) == 0)
            CHECK(reach_calls(m, r, mode, visit, &seen));
    return seen;
}

int main(void)
{
    char *err = NULL;
    struct ddi_model *ddi = ddi_load(STORCHECK_SOURCE_DIR "/rules/ddi.json", &err);
    CHECK(ddi != NULL);
    if (!ddi) {
        fprintf(stderr, "%s\n", err);
        return CHECK_DONE();
    }
    struct frontend *fe = frontend_new();
    struct ir_unit *units = xcalloc(1, sizeof *units);
    parse_text(fe, "a.c", SOURCE, &units[0]);
    CHECK(units[0].nerrors == 0);
    for (int i = 0; i < units[0].nerrors; i++)
        fprintf(stderr, "a.c:%d: %s\n", units[0].errors[i].loc.line, units[0].errors[i].message);
    struct program_model *m = model_link(units, 1, ddi);
    CHECK(facts_knows_mode(m->facts));

    /* Normal operation: neither dump test holds, the passive-init flag is
     * set, the flag StartIo clears is unknown, and Mid(e, 1) stores 1. */
    unsigned normal = walk(m, "HwInterrupt", FACT_MODE_NORMAL);
    CHECK(normal == (1U << 4));
    /* Dump mode: both dump tests hold; passive initialization never ran. */
    unsigned dump = walk(m, "HwInterrupt", FACT_MODE_DUMP);
    CHECK(dump == ((1U << 1) | (1U << 2) | (1U << 3) | (1U << 4)));
    /* StartIo passes 0, so the field is 0 on its path. */
    CHECK(walk(m, "HwStartIo", FACT_MODE_NORMAL) == (1U << 5));

    model_free(m);
    frontend_free(fe);
    ddi_free(ddi);
    return CHECK_DONE();
}
