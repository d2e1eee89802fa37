/* SPDX-License-Identifier: Apache-2.0 */
/* ddi.c — loading and querying the DDI model; see ddi.h. */
#include "ddi.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "util.h"

static int int_or(json_t *o, const char *key, int dflt)
{
    json_t *v = json_object_get(o, key);
    return json_is_integer(v) ? (int)json_integer_value(v) : dflt;
}

static char *str_or_null(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? xstrdup(json_string_value(v)) : NULL;
}

static char **string_list(json_t *a, int *n)
{
    *n = (int)json_array_size(a);
    if (*n == 0)
        return NULL;
    char **l = xcalloc((size_t)*n, sizeof(char *));
    for (int i = 0; i < *n; i++)
        l[i] = xstrdup(json_string_value(json_array_get(a, (size_t)i)) ?: "");
    return l;
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

bool ddi_prohibited_in_physical(const struct ddi_model *m, const char *name)
{
    if (!name || m->nprohibited_names == 0)
        return false;
    return bsearch(&name, m->prohibited_names, (size_t)m->nprohibited_names, sizeof(char *), cmp_names) != NULL;
}

static int load_function(json_t *f, struct ddi_function *out, char **problem)
{
    memset(out, 0, sizeof *out);
    out->name = str_or_null(f, "name");
    if (!out->name) {
        *problem = xstrdup("a function entry has no \"name\"");
        return -1;
    }
    json_t *when = json_object_get(f, "when");
    out->when_arg = when ? int_or(when, "arg", -1) : -1;
    out->when_is = when ? str_or_null(when, "is") : NULL;
    json_t *c = json_object_get(f, "completes");
    out->completes = json_is_integer(c) ? (int)json_integer_value(c) : -1;
    out->completes_all = json_is_string(c) && strcmp(json_string_value(c), "all") == 0;
    out->releases = int_or(f, "releases", -1);
    out->returns_sg_of = int_or(f, "returns_sg_of", -1);
    out->allocates_out = int_or(f, "allocates_out", -1);
    out->allocates_return = json_is_true(json_object_get(f, "allocates_return"));
    out->initializes = int_or(f, "initializes", -1);
    out->returns_extension_of = int_or(f, "returns_extension_of", -1);
    json_t *copies = json_object_get(f, "copies");
    out->copies_to = copies ? int_or(copies, "to", -1) : -1;
    out->copies_from = copies ? int_or(copies, "from", -1) : -1;
    char *port = str_or_null(f, "returns_port_memory");
    out->returns_port_memory = port ? ddi_port_kind(port) : 0;
    if (port && !out->returns_port_memory) {
        *problem = xasprintf("'%s': unknown \"returns_port_memory\" '%s'", out->name, port);
        free(port);
        return -1;
    }
    free(port);
    out->only_in = string_list(json_object_get(f, "only_in"), &out->nonly_in);
    out->not_in = string_list(json_object_get(f, "not_in"), &out->nnot_in);
    char *irql = str_or_null(f, "max_irql");
    out->irql_not_stated = irql && strcmp(irql, "not_stated") == 0;
    out->max_irql = irql && !out->irql_not_stated ? ddi_irql_rank(irql) : -1;
    if (irql && out->max_irql < 0 && !out->irql_not_stated) {
        *problem = xasprintf("'%s': unknown \"max_irql\" '%s'", out->name, irql);
        free(irql);
        return -1;
    }
    free(irql);
    json_t *dump = json_object_get(f, "dump_mode");
    out->dump_forbidden = json_is_string(dump) && strcmp(json_string_value(dump), "forbidden") == 0;
    out->doc = str_or_null(f, "doc");
    out->deprecated = str_or_null(f, "deprecated");
    json_t *po = json_object_get(f, "port_only");
    if (po) {
        out->port_only = str_or_null(po, "instead");
        if (!out->port_only)
            out->port_only = xstrdup("");
        out->port_only_except_in = string_list(json_object_get(po, "except_in"), &out->nport_only_except_in);
    }
    json_t *vals = json_object_get(f, "documented_values");
    out->values_arg = vals ? int_or(vals, "arg", -1) : -1;
    out->values = vals ? string_list(json_object_get(vals, "names"), &out->nvalues) : NULL;
    json_t *limit = json_object_get(f, "limit");
    out->limit_arg = limit ? int_or(limit, "arg", -1) : -1;
    json_t *below = limit ? json_object_get(limit, "below") : NULL;
    out->limit_below = json_is_integer(below) ? json_integer_value(below) : -1;
    out->waits = json_is_true(json_object_get(f, "waits"));
    json_t *nn = json_object_get(f, "non_null");
    out->non_null_arg = nn ? int_or(nn, "arg", -1) : -1;
    out->non_null_what = nn ? str_or_null(nn, "what") : NULL;
    out->must_check = json_is_true(json_object_get(f, "must_check"));
    out->physical_evidence = json_is_true(json_object_get(f, "physical_evidence"));
    json_t *req = json_object_get(f, "requires_setting");
    const char *spec = req ? json_string_value(json_object_get(req, "field")) : NULL;
    const char *dot = spec ? strchr(spec, '.') : NULL;
    if (dot) {
        out->requires_record = xstrndup(spec, (size_t)(dot - spec));
        out->requires_field = xstrdup(dot + 1);
        out->requires_value = str_or_null(req, "is");
    }
    json_t *regs = json_object_get(f, "registers");
    size_t n = json_array_size(regs);
    if (n) {
        out->registers = xcalloc(n, sizeof *out->registers);
        for (size_t i = 0; i < n; i++) {
            json_t *r = json_array_get(regs, i);
            out->registers[i].arg = int_or(r, "arg", -1);
            out->registers[i].role = str_or_null(r, "role");
            if (out->registers[i].arg < 0 || !out->registers[i].role) {
                *problem = xasprintf("'%s': a registration needs \"arg\" and \"role\"", out->name);
                out->nregisters = (int)i + 1;
                return -1;
            }
        }
        out->nregisters = (int)n;
    }
    return 0;
}

/* A list of "RECORD.field" strings. */
static void load_fields(json_t *root, const char *key, struct ddi_field_role **out, int *n, char **problem)
{
    json_t *list = json_object_get(root, key);
    size_t count = json_array_size(list);
    *out = xcalloc(count + 1, sizeof **out);
    for (size_t i = 0; i < count; i++) {
        const char *spec = json_string_value(json_array_get(list, i));
        const char *dot = spec ? strchr(spec, '.') : NULL;
        if (!dot) {
            if (!*problem)
                *problem = xasprintf("\"%s\" entries are \"RECORD.field\" strings", key);
            continue;
        }
        struct ddi_field_role *fr = &(*out)[(*n)++];
        fr->record = xstrndup(spec, (size_t)(dot - spec));
        fr->field = xstrdup(dot + 1);
        fr->role = xstrdup("");
    }
}

static void free_fields(struct ddi_field_role *f, int n)
{
    for (int i = 0; i < n; i++) {
        free(f[i].record);
        free(f[i].field);
        free(f[i].role);
    }
    free(f);
}

/* ddi_find runs for every call of every function, once per rule: an index
 * of the names, not a walk of every entry. */
static const struct ddi_model *sorting;

static int cmp_entry_name(const void *a, const void *b)
{
    return strcmp(sorting->functions[*(const int *)a].name, sorting->functions[*(const int *)b].name);
}

/* Returns a name whose entries are not adjacent (ddi_find's contract), or NULL. */
static const char *index_names(struct ddi_model *m)
{
    m->by_name = xcalloc((size_t)m->nfunctions + 1, sizeof *m->by_name);
    for (int i = 0; i < m->nfunctions; i++)
        if (i == 0 || strcmp(m->functions[i].name, m->functions[i - 1].name) != 0)
            m->by_name[m->nnames++] = i;
    sorting = m;
    qsort(m->by_name, (size_t)m->nnames, sizeof *m->by_name, cmp_entry_name);
    sorting = NULL;
    for (int i = 1; i < m->nnames; i++)
        if (strcmp(m->functions[m->by_name[i]].name, m->functions[m->by_name[i - 1]].name) == 0)
            return m->functions[m->by_name[i]].name;
    return NULL;
}

struct ddi_model *ddi_load(const char *path, char **err)
{
    json_error_t je;
    json_t *root = json_load_file(path, 0, &je);
    if (!root) {
        *err = xasprintf("%s:%d: %s", path, je.line, je.text);
        return NULL;
    }
    struct ddi_model *m = xcalloc(1, sizeof *m);
    char *problem = NULL;
    json_t *funcs = json_object_get(root, "functions");
    size_t nf = json_array_size(funcs);
    m->functions = xcalloc(nf ? nf : 1, sizeof *m->functions);
    for (size_t i = 0; i < nf && !problem; i++) {
        load_function(json_array_get(funcs, i), &m->functions[i], &problem);
        m->nfunctions = (int)i + 1;
    }
    json_t *roles = json_object_get(root, "roles");
    size_t nr = json_array_size(roles);
    m->roles = xcalloc(nr ? nr : 1, sizeof *m->roles);
    for (size_t i = 0; i < nr && !problem; i++) {
        json_t *r = json_array_get(roles, i);
        struct ddi_role *role = &m->roles[m->nroles++];
        role->name = str_or_null(r, "name");
        role->irql = str_or_null(r, "irql");
        role->device_extension_arg = int_or(r, "device_extension_arg", -1);
        role->phase = int_or(r, "phase", -1);
        role->not_in_dump_mode = json_is_false(json_object_get(r, "dump_mode"));
        role->virtual_only = json_is_true(json_object_get(r, "virtual_only"));
        role->physical_evidence = json_is_true(json_object_get(r, "physical_evidence"));
        json_t *tds = json_object_get(r, "typedefs");
        role->ntypedefs = (int)json_array_size(tds);
        role->typedefs = xcalloc((size_t)role->ntypedefs + 1, sizeof(char *));
        for (int j = 0; j < role->ntypedefs; j++)
            role->typedefs[j] = xstrdup(json_string_value(json_array_get(tds, (size_t)j)) ?: "");
        if (!role->name)
            problem = xstrdup("a role has no \"name\"");
    }
    json_t *regf = json_object_get(root, "registration_fields");
    const char *rec;
    json_t *fields;
    json_object_foreach(regf, rec, fields) {
        const char *field;
        json_t *role;
        json_object_foreach(fields, field, role) {
            m->field_roles = xrealloc(m->field_roles, (size_t)(m->nfield_roles + 1) * sizeof *m->field_roles);
            struct ddi_field_role *fr = &m->field_roles[m->nfield_roles++];
            fr->record = xstrdup(rec);
            fr->field = xstrdup(field);
            fr->role = xstrdup(json_string_value(role) ?: "");
        }
    }
    load_fields(root, "srb_extension_fields", &m->srb_extension_fields, &m->nsrb_extension_fields, &problem);
    load_fields(root, "srb_buffer_fields", &m->srb_buffer_fields, &m->nsrb_buffer_fields, &problem);
    json_t *dump = json_object_get(root, "dump_mode");
    load_fields(dump, "fields", &m->dump_mode_fields, &m->ndump_mode_fields, &problem);
    m->dump_null_arguments_of = str_or_null(dump, "null_arguments_of");
    json_t *prohibited = json_object_get(root, "prohibited_in_physical");
    m->prohibited_names = string_list(json_object_get(prohibited, "names"), &m->nprohibited_names);
    if (m->nprohibited_names > 1)
        qsort(m->prohibited_names, (size_t)m->nprohibited_names, sizeof(char *), cmp_names);
    m->prohibited_doc = prohibited ? str_or_null(prohibited, "doc") : NULL;
    json_t *ext = json_object_get(root, "extension_fields");
    m->extension_record = str_or_null(ext, "record");
    const char *key;
    json_t *val;
    json_object_foreach(ext, key, val) {
        const char *kind = json_string_value(val);
        if (!kind || strcmp(key, "record") == 0)
            continue;
        if (strcmp(kind, "device") == 0)
            m->device_size_field = xstrdup(key);
        else if (strcmp(kind, "srb") == 0)
            m->srb_size_field = xstrdup(key);
        else if (strcmp(kind, "lu") == 0)
            m->lu_size_field = xstrdup(key);
    }
    json_decref(root);
    if (problem) {
        *err = xasprintf("%s: %s", path, problem);
        free(problem);
        ddi_free(m);
        return NULL;
    }
    const char *split = index_names(m);
    if (split) {
        *err = xasprintf("%s: the entries for \"%s\" must be next to each other", path, split);
        ddi_free(m);
        return NULL;
    }
    return m;
}

void ddi_free(struct ddi_model *m)
{
    if (!m)
        return;
    free(m->by_name);
    for (int i = 0; i < m->nfunctions; i++) {
        free(m->functions[i].name);
        free(m->functions[i].when_is);
        for (int j = 0; j < m->functions[i].nregisters; j++)
            free(m->functions[i].registers[j].role);
        free(m->functions[i].registers);
        for (int j = 0; j < m->functions[i].nonly_in; j++)
            free(m->functions[i].only_in[j]);
        free(m->functions[i].only_in);
        for (int j = 0; j < m->functions[i].nnot_in; j++)
            free(m->functions[i].not_in[j]);
        free(m->functions[i].not_in);
        free(m->functions[i].doc);
        free(m->functions[i].deprecated);
        free(m->functions[i].non_null_what);
        free(m->functions[i].requires_record);
        free(m->functions[i].requires_field);
        free(m->functions[i].requires_value);
        free(m->functions[i].port_only);
        for (int j = 0; j < m->functions[i].nport_only_except_in; j++)
            free(m->functions[i].port_only_except_in[j]);
        free(m->functions[i].port_only_except_in);
        for (int j = 0; j < m->functions[i].nvalues; j++)
            free(m->functions[i].values[j]);
        free(m->functions[i].values);
    }
    free(m->functions);
    for (int i = 0; i < m->nroles; i++) {
        free(m->roles[i].name);
        free(m->roles[i].irql);
        for (int j = 0; j < m->roles[i].ntypedefs; j++)
            free(m->roles[i].typedefs[j]);
        free(m->roles[i].typedefs);
    }
    free(m->roles);
    for (int i = 0; i < m->nfield_roles; i++) {
        free(m->field_roles[i].record);
        free(m->field_roles[i].field);
        free(m->field_roles[i].role);
    }
    free(m->field_roles);
    free_fields(m->srb_extension_fields, m->nsrb_extension_fields);
    free_fields(m->srb_buffer_fields, m->nsrb_buffer_fields);
    free_fields(m->dump_mode_fields, m->ndump_mode_fields);
    free(m->dump_null_arguments_of);
    for (int i = 0; i < m->nprohibited_names; i++)
        free(m->prohibited_names[i]);
    free(m->prohibited_names);
    free(m->prohibited_doc);
    free(m->extension_record);
    free(m->device_size_field);
    free(m->srb_size_field);
    free(m->lu_size_field);
    free(m);
}

int ddi_find(const struct ddi_model *m, const char *name)
{
    int lo = 0, hi = m->nnames - 1;
    while (name && lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        int c = strcmp(name, m->functions[m->by_name[mid]].name);
        if (c == 0)
            return m->by_name[mid];
        if (c < 0)
            hi = mid - 1;
        else
            lo = mid + 1;
    }
    return -1;
}

bool ddi_initializes(const struct ddi_model *m, const char *name)
{
    for (int d = ddi_find(m, name); d >= 0 && d < m->nfunctions && strcmp(m->functions[d].name, name) == 0; d++)
        if (m->functions[d].initializes >= 0)
            return true;
    return false;
}

const char *ddi_role_of_typedef(const struct ddi_model *m, const char *typedef_name)
{
    for (int i = 0; i < m->nroles; i++)
        for (int j = 0; j < m->roles[i].ntypedefs; j++)
            if (strcmp(m->roles[i].typedefs[j], typedef_name) == 0)
                return m->roles[i].name;
    return NULL;
}

bool ddi_record_is(const char *record, const char *name)
{
    if (!record)
        return false;
    if (strncmp(record, "struct ", 7) == 0)
        record += 7;
    else if (strncmp(record, "union ", 6) == 0)
        record += 6;
    while (*record == '_')
        record++;
    while (*name == '_')
        name++;
    return strcmp(record, name) == 0;
}

const char *ddi_role_of_field(const struct ddi_model *m, const char *record, const char *field)
{
    for (int i = 0; i < m->nfield_roles; i++)
        if (strcmp(m->field_roles[i].field, field) == 0 &&
            ddi_record_is(record, m->field_roles[i].record))
            return m->field_roles[i].role;
    return NULL;
}

static bool field_in(const struct ddi_field_role *l, int n, const char *record, const char *field)
{
    for (int i = 0; i < n; i++)
        if (strcmp(l[i].field, field) == 0 && ddi_record_is(record, l[i].record))
            return true;
    return false;
}

bool ddi_is_extension_field(const struct ddi_model *m, const char *record, const char *field)
{
    return field_in(m->srb_extension_fields, m->nsrb_extension_fields, record, field);
}

bool ddi_is_buffer_field(const struct ddi_model *m, const char *record, const char *field)
{
    return field_in(m->srb_buffer_fields, m->nsrb_buffer_fields, record, field);
}

bool ddi_is_dump_mode_field(const struct ddi_model *m, const char *record, const char *field)
{
    return field_in(m->dump_mode_fields, m->ndump_mode_fields, record, field);
}

int ddi_role_phase(const struct ddi_model *m, const char *role)
{
    for (int i = 0; i < m->nroles; i++)
        if (strcmp(m->roles[i].name, role) == 0)
            return m->roles[i].phase;
    return -1;
}

bool ddi_role_in_dump_mode(const struct ddi_model *m, const char *role)
{
    for (int i = 0; i < m->nroles; i++)
        if (strcmp(m->roles[i].name, role) == 0)
            return !m->roles[i].not_in_dump_mode;
    return true;
}

int ddi_port_kind(const char *name)
{
    static const struct {
        const char *name;
        int kind;
    } kinds[] = {{"uncached", DDI_PORT_UNCACHED}, {"device_extension", DDI_PORT_DEVICE_EXT},
                 {"srb", DDI_PORT_SRB}, {"srb_extension", DDI_PORT_SRB_EXT},
                 {"srb_data", DDI_PORT_SRB_DATA}, {"lu_extension", DDI_PORT_LU_EXT}};
    for (size_t i = 0; name && i < sizeof kinds / sizeof kinds[0]; i++)
        if (strcmp(kinds[i].name, name) == 0)
            return kinds[i].kind;
    return 0;
}

int ddi_irql_rank(const char *name)
{
    static const struct {
        const char *name;
        int rank;
    } levels[] = {{"PASSIVE_LEVEL", IRQL_PASSIVE}, {"APC_LEVEL", IRQL_APC},
                  {"DISPATCH_LEVEL", IRQL_DISPATCH}, {"DIRQL", IRQL_DIRQL}};
    for (size_t i = 0; name && i < sizeof levels / sizeof levels[0]; i++)
        if (strcmp(levels[i].name, name) == 0)
            return levels[i].rank;
    return -1;
}

const char *ddi_role_irql(const struct ddi_model *m, const char *role)
{
    for (int i = 0; i < m->nroles; i++)
        if (strcmp(m->roles[i].name, role) == 0)
            return m->roles[i].irql;
    return NULL;
}

bool ddi_when_matches(const struct ddi_function *d, const struct ir_inst *call)
{
    if (d->when_arg < 0)
        return true;
    if (d->when_arg >= call->nsrcs)
        return false;
    const struct ir_operand *o = &call->srcs[d->when_arg];
    return o->kind == IR_OPND_CONST && o->name && d->when_is && strcmp(o->name, d->when_is) == 0;
}

int ddi_role_device_extension_arg(const struct ddi_model *m, const char *role)
{
    for (int i = 0; i < m->nroles; i++)
        if (strcmp(m->roles[i].name, role) == 0)
            return m->roles[i].device_extension_arg;
    return -1;
}
