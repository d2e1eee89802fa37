/* SPDX-License-Identifier: Apache-2.0 */
/* ddi.h — the DDI model: facts about Storport and kernel routines, read from
 * rules/ddi.json, so that a new routine or a driver's own wrapper is a line of
 * data, not code. Immutable once loaded. */
#ifndef STORCHECK_DDI_H
#define STORCHECK_DDI_H

#include <stdbool.h>

struct ddi_registration {
    int arg;
    char *role;
};

struct ddi_function {
    char *name;
    int when_arg;     /* -1: always applies; else applies when arg when_arg is enumerator when_is */
    char *when_is;
    int completes;    /* index of the SRB argument completed, or -1 */
    bool completes_all;
    int releases;     /* index of the argument released, or -1 */
    int returns_sg_of; /* the SRB argument whose port SG list is returned, or -1 */
    int allocates_out; /* the PVOID* argument that receives new pool, or -1 */
    bool allocates_return;
    int initializes;   /* the HW_INITIALIZATION_DATA argument of StorPortInitialize, or -1 */
    int returns_extension_of; /* the SRB argument whose SRB extension is returned, or -1 */
    int returns_port_memory;  /* DDI_PORT_* kind of port-owned memory returned, or 0 */
    int copies_to, copies_from; /* copies the bytes at argument from to argument to (memcpy), or -1 */
    struct ddi_registration *registers;
    int nregisters;
    char **only_in;  /* the roles it may be called from; NULL: any */
    int nonly_in;
    char **not_in;   /* the roles it must not be called from */
    int nnot_in;
    int max_irql;    /* IRQL_* rank it may be called at, or -1 */
    bool dump_forbidden; /* must not be called in crash-dump mode at all ("dump_mode": "forbidden") */
    char *doc;       /* the documentation page that says so */
    char *deprecated; /* "deprecated": what to call instead; NULL if not deprecated */
    char *port_only;  /* "port_only": what a miniport does instead; NULL if a miniport may call it */
    char **port_only_except_in; /* roles in which the port-only call is the documented duty */
    int nport_only_except_in;
    int values_arg;          /* "documented_values": the argument whose enumerator must be one of */
    char **values;           /* these names (StorPortNotification's types), or -1 / NULL */
    int nvalues;
    int limit_arg;           /* "limit": a constant in this argument must be below */
    long long limit_below;   /* this value (StorPortStallExecution < 1000 us), or -1 */
    bool waits;              /* "waits": puts the thread to sleep or busy-waits */
    bool must_check;         /* "must_check": the status and allocates_out buffer are checked before use */
    int non_null_arg;        /* "non_null": {"arg": N, "what": ...}: argument N must not be NULL, or -1 */
    char *non_null_what;     /* what it must point to */
    bool irql_not_stated;    /* "max_irql": "not_stated": the documentation gives no IRQL */
    bool physical_evidence;  /* "physical_evidence": only a physical miniport calls it (miniport_kind.h) */
    /* "requires_setting": {"field": "RECORD.field", "is": "Enumerator"}: the
     * routine may be called only by a driver that stores that enumerator
     * into that field (StorPortAcquireMSISpinLock: per-message interrupt
     * synchronisation); NULL if none. */
    char *requires_record, *requires_field, *requires_value;
};

/* Kinds of memory the port owns (bits). */
enum {
    DDI_PORT_UNCACHED = 1,   /* StorPortGetUncachedExtension */
    DDI_PORT_DEVICE_EXT = 2,
    DDI_PORT_SRB = 4,
    DDI_PORT_SRB_EXT = 8,
    DDI_PORT_SRB_DATA = 16,  /* an SRB's data or sense buffer */
    DDI_PORT_LU_EXT = 32,
};
/* "uncached" -> DDI_PORT_UNCACHED ...; 0 if unknown. */
int ddi_port_kind(const char *name);

/* IRQL ranks, for comparing a routine's limit with a callback's level. */
enum { IRQL_PASSIVE = 0, IRQL_APC = 1, IRQL_DISPATCH = 2, IRQL_DIRQL = 3 };
/* "PASSIVE_LEVEL" -> IRQL_PASSIVE ...; -1 for "varies" or unknown. */
int ddi_irql_rank(const char *name);

struct ddi_role {
    char *name;
    char **typedefs;
    int ntypedefs;
    char *irql;
    int device_extension_arg; /* the callback's HwDeviceExtension parameter, or -1 */
    int phase;                /* start-up order (DriverEntry 0, HwFindAdapter 1, ...), or -1: after start-up */
    bool not_in_dump_mode;    /* never called when the miniport is loaded for crash dump or hibernation */
    bool virtual_only;        /* "virtual_only": documented for virtual miniports (miniport_kind.h) */
    bool physical_evidence;   /* "physical_evidence": only a physical miniport has one */
};

struct ddi_field_role {
    char *record; /* "HW_INITIALIZATION_DATA" */
    char *field;
    char *role;
};

struct ddi_model {
    struct ddi_function *functions;
    int nfunctions;
    int *by_name; /* the first entry of each routine name, sorted by name (ddi_find) */
    int nnames;
    struct ddi_role *roles;
    int nroles;
    struct ddi_field_role *field_roles;
    int nfield_roles;
    char *extension_record;
    struct ddi_field_role *srb_extension_fields; /* Srb->SrbExtension and the like (role unused) */
    int nsrb_extension_fields;
    struct ddi_field_role *srb_buffer_fields;    /* Srb->DataBuffer, Srb->SenseInfoBuffer */
    int nsrb_buffer_fields;
    char *device_size_field, *srb_size_field, *lu_size_field;
    struct ddi_field_role *dump_mode_fields; /* PORT_CONFIGURATION_INFORMATION.DumpMode: nonzero in dump mode */
    int ndump_mode_fields;
    char *dump_null_arguments_of; /* the role whose arguments are NULL in dump mode (DriverEntry), or NULL */
    /* "prohibited_in_physical": the kernel routines a physical miniport must
     * not call, sorted (ddi_prohibited_in_physical), and the page that lists them. */
    char **prohibited_names;
    int nprohibited_names;
    char *prohibited_doc;
};

/* Loads the model; on failure returns NULL and sets *err to "FILE: problem" (owned). */
struct ddi_model *ddi_load(const char *path, char **err);
void ddi_free(struct ddi_model *m);

/* The entries for a routine name, in file order (a routine can have several,
 * distinguished by `when`). Returns the first index or -1; entries with the
 * same name are contiguous. */
int ddi_find(const struct ddi_model *m, const char *name);
/* Whether a routine of this name takes the HW_INITIALIZATION_DATA
 * (StorPortInitialize): the call that makes its caller a driver's entry. */
bool ddi_initializes(const struct ddi_model *m, const char *name);
/* Whether an entry applies to a call: its `when` argument, if any, is the
 * named enumerator (StorPortNotification(RequestComplete, ...)). */
struct ir_inst;
bool ddi_when_matches(const struct ddi_function *d, const struct ir_inst *call);
/* The role's HwDeviceExtension parameter, or -1. */
int ddi_role_device_extension_arg(const struct ddi_model *m, const char *role);
/* The documented entry IRQL of a role ("DISPATCH_LEVEL"), or NULL. */
const char *ddi_role_irql(const struct ddi_model *m, const char *role);
/* The role's place in the start-up order, or -1 for a role that runs after
 * start-up (I/O, interrupts, DPCs, timers, adapter control). */
int ddi_role_phase(const struct ddi_model *m, const char *role);
/* Whether the role's callbacks are called when the miniport runs in
 * crash-dump or hibernation mode. */
bool ddi_role_in_dump_mode(const struct ddi_model *m, const char *role);
/* Whether a physical miniport must not call the routine `name`. */
bool ddi_prohibited_in_physical(const struct ddi_model *m, const char *name);
/* Whether record.field tells the miniport it runs in dump mode. */
bool ddi_is_dump_mode_field(const struct ddi_model *m, const char *record, const char *field);
/* The role a typedef names (HW_BUILDIO -> HwBuildIo), or NULL. */
const char *ddi_role_of_typedef(const struct ddi_model *m, const char *typedef_name);
/* The role a field of a registration record takes, or NULL. `record` is a
 * canonical type spelling such as "struct _HW_INITIALIZATION_DATA". */
const char *ddi_role_of_field(const struct ddi_model *m, const char *record, const char *field);
/* Whether a canonical record spelling names the model's record `name`
 * ("struct _HW_INITIALIZATION_DATA" names HW_INITIALIZATION_DATA). */
bool ddi_record_is(const char *record, const char *name);
/* Whether record.field is an SRB's pointer to its SRB extension. */
bool ddi_is_extension_field(const struct ddi_model *m, const char *record, const char *field);
/* Whether record.field is an SRB's pointer to its data or sense buffer. */
bool ddi_is_buffer_field(const struct ddi_model *m, const char *record, const char *field);

#endif
