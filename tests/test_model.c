/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
/* Linking: roles from every registration path, calls across units and
 * through function-pointer fields, contexts with shortest paths, and the
 * extension types. */
#include "check.h"
#include "model.h"
#include "parse_util.h"

static const char *COMMON =
    "typedef unsigned char BOOLEAN; typedef unsigned long ULONG; typedef void *PVOID;\n"
    "typedef BOOLEAN HW_BUILDIO(PVOID, PVOID); typedef BOOLEAN HW_STARTIO(PVOID, PVOID);\n"
    "typedef BOOLEAN HW_INTERRUPT(PVOID); typedef void HW_DPC_ROUTINE(PVOID, PVOID, PVOID, PVOID);\n"
    "typedef void HW_TIMER(PVOID); typedef BOOLEAN HW_INITIALIZE(PVOID);\n"
    "typedef struct _HW_INITIALIZATION_DATA { ULONG HwInitializationDataSize; HW_INITIALIZE *HwInitialize;\n"
    "  HW_STARTIO *HwStartIo; HW_INTERRUPT *HwInterrupt; HW_BUILDIO *HwBuildIo; ULONG DeviceExtensionSize;\n"
    "  ULONG SrbExtensionSize; ULONG SpecificLuExtensionSize; } HW_INITIALIZATION_DATA;\n"
    "typedef enum _SCSI_NOTIFICATION_TYPE { RequestComplete, NextRequest, RequestTimerCall = 5 } SCSI_NOTIFICATION_TYPE;\n"
    "typedef struct _STOR_DPC { int x; } STOR_DPC;\n"
    "void StorPortNotification(SCSI_NOTIFICATION_TYPE, ...);\n"
    "BOOLEAN StorPortInitializeDpc(PVOID, STOR_DPC *, HW_DPC_ROUTINE *);\n"
    "ULONG StorPortInitialize(PVOID, PVOID, HW_INITIALIZATION_DATA *, PVOID);\n"
    "typedef struct _ADAPTER { STOR_DPC Dpc; struct { int depth; } q; void (*Complete)(PVOID); } ADAPTER;\n"
    "typedef struct _SRB_EXT { int prd; } SRB_EXT;\n"
    "typedef struct _LU_EXT { int lun; } LU_EXT;\n"
    "void Shared(PVOID e); void TimerFn(PVOID e); void DpcFn(PVOID, PVOID, PVOID, PVOID);\n"
    "void Leaf(PVOID e);\n";

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
    struct ir_unit *units = xcalloc(2, sizeof *units);
    struct strbuf a = {0};
    sb_append(&a, COMMON);
    sb_append(&a,
              "HW_BUILDIO BuildIo;\n"
              "BOOLEAN BuildIo(PVOID e, PVOID s) { Shared(e); return 1; }\n"
              "BOOLEAN StartIo(PVOID e, PVOID s) { Shared(e); StorPortNotification(RequestTimerCall, e, TimerFn, 100); return 1; }\n"
              "BOOLEAN Isr(PVOID e) { ((ADAPTER *)e)->Complete(e); return 1; }\n"
              "BOOLEAN Init(PVOID e) { StorPortInitializeDpc(e, &((ADAPTER *)e)->Dpc, DpcFn); return 1; }\n"
              "ULONG MyEntry(PVOID d, PVOID r) {\n"
              "  HW_INITIALIZATION_DATA h = {0};\n"
              "  HW_STARTIO *start = StartIo;\n"
              "  h.HwStartIo = start;\n"
              "  h.HwInterrupt = Isr;\n"
              "  h.DeviceExtensionSize = sizeof(ADAPTER);\n"
              "  h.SrbExtensionSize = sizeof(SRB_EXT) + 16;\n"
              "  h.SpecificLuExtensionSize = sizeof(LU_EXT);\n"
              "  return StorPortInitialize(d, r, &h, 0);\n"
              "}\n"
              "HW_INITIALIZATION_DATA g_other = { .HwInitialize = Init, .HwBuildIo = BuildIo };\n");
    parse_text(fe, "a.c", a.data, &units[0]);
    struct strbuf b = {0};
    sb_append(&b, COMMON);
    sb_append(&b,
              "void Shared(PVOID e) { Leaf(e); }\n"
              "void Leaf(PVOID e) { }\n"
              "void TimerFn(PVOID e) { Leaf(e); }\n"
              "void DpcFn(PVOID e, PVOID a, PVOID b, PVOID c) { }\n"
              "static void OnComplete(PVOID e) { Leaf(e); }\n"
              "void Setup(ADAPTER *ad) { ad->Complete = OnComplete; }\n");
    parse_text(fe, "b.c", b.data, &units[1]);
    CHECK(units[0].nerrors == 0 && units[1].nerrors == 0);
    for (int i = 0; i < units[0].nerrors; i++)
        fprintf(stderr, "a.c:%d: %s\n", units[0].errors[i].loc.line, units[0].errors[i].message);
    struct program_model *m = model_link(units, 2, ddi);

    int start = model_find_function(m, "StartIo", &m->units[0]);
    int leaf = model_find_function(m, "Leaf", &m->units[0]);
    int shared = model_find_function(m, "Shared", &m->units[0]);
    int oncomplete = model_find_function(m, "OnComplete", &m->units[1]);
    CHECK(start >= 0 && leaf >= 0 && shared >= 0 && oncomplete >= 0);
    /* A static function binds only within its own unit. */
    CHECK(model_find_function(m, "OnComplete", &m->units[0]) < 0);

    /* Roles from every path. */
    CHECK(model_context_of(m, start, "HwStartIo") != NULL);           /* through a local pointer */
    CHECK(model_context_of(m, model_find_function(m, "Isr", NULL), "HwInterrupt"));
    CHECK(model_context_of(m, model_find_function(m, "BuildIo", NULL), "HwBuildIo")); /* designated + typedef */
    CHECK(model_context_of(m, model_find_function(m, "Init", NULL), "HwInitialize"));
    CHECK(model_context_of(m, model_find_function(m, "DpcFn", NULL), "HwDpcRoutine"));
    CHECK(model_context_of(m, model_find_function(m, "TimerFn", NULL), "HwTimer"));
    CHECK(model_context_of(m, model_find_function(m, "MyEntry", NULL), "DriverEntry"));

    /* Contexts through calls across units, with shortest depth. */
    const struct model_context *c = model_context_of(m, leaf, "HwBuildIo");
    CHECK(c && c->depth == 2);
    c = model_context_of(m, leaf, "HwStartIo");
    CHECK(c && c->depth == 2);
    c = model_context_of(m, leaf, "HwTimer");
    CHECK(c && c->depth == 1);
    /* A call through a function-pointer field reaches what was stored into it. */
    c = model_context_of(m, oncomplete, "HwInterrupt");
    CHECK(c && c->depth == 1);
    CHECK(model_context_of(m, leaf, "HwInterrupt") != NULL);
    /* Nothing registers Setup, so it has no context. */
    CHECK(m->functions[model_find_function(m, "Setup", NULL)].ncontexts == 0);

    /* Extension types, also through an arithmetic size expression. */
    CHECK(m->device_ext && strcmp(m->device_ext, "struct _ADAPTER") == 0);
    CHECK(m->srb_ext && strcmp(m->srb_ext, "struct _SRB_EXT") == 0);
    CHECK(m->lu_ext && strcmp(m->lu_ext, "struct _LU_EXT") == 0);
    /* A struct nested by value, anonymous or not, is within the extension. */
    CHECK(model_record_within(m, "struct _STOR_DPC", "struct _ADAPTER"));
    CHECK(!model_record_within(m, "struct _SRB_EXT", "struct _ADAPTER"));

    /* Value tests: what one admits, and what it rules out. */
    struct value_test eq2 = {VALUE_EQ, 2}, ne0 = {VALUE_NE, 0}, lt2 = {VALUE_LT, 2}, ge2 = {VALUE_GE, 2},
                      eq0 = {VALUE_EQ, 0}, ne2 = {VALUE_NE, 2};
    CHECK(model_test_compatible(&eq2, &ne0) && model_test_implies(&eq2, &ne0));
    CHECK(!model_test_compatible(&eq2, &lt2) && !model_test_compatible(&lt2, &ge2));
    CHECK(model_test_implies(&ge2, &ne0) && !model_test_implies(&lt2, &ne0));
    CHECK(!model_test_compatible(&eq0, &ne0) && model_test_compatible(&ne2, &ne0));
    CHECK(!model_test_compatible(&ne2, &eq2) && !model_test_implies(&ne0, &ne2));
    /* -1 stored into a ULONG may be compared with 0xFFFFFFFF; orderings on
     * such constants are not trusted. */
    struct value_test eqm1 = {VALUE_EQ, -1}, eqmax = {VALUE_EQ, 0xFFFFFFFFLL}, gt5 = {VALUE_GT, 5};
    CHECK(model_test_compatible(&eqm1, &eqmax) && model_test_compatible(&eqm1, &gt5));
    CHECK(!model_test_compatible(&eqm1, &eq2));

    /* The dump names roles and context paths; JSON has the documented keys. */
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    model_dump(m, tmpdir_get(), true, f);
    fclose(f);
    CHECK(strstr(buf, "\"role\": \"HwBuildIo\"") != NULL);
    CHECK(strstr(buf, "\"extensions\"") != NULL);
    CHECK(strstr(buf, "\"StartIo -> Shared -> Leaf\"") != NULL);
    free(buf);

    model_free(m);
    sb_free(&a);
    sb_free(&b);
    frontend_free(fe);
    ddi_free(ddi);
    return CHECK_DONE();
}
