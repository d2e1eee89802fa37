/* SPDX-License-Identifier: Apache-2.0 */
/* partition.c — grouping units into drivers; see partition.h. */
#define _GNU_SOURCE
#include "partition.h"

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include <jansson.h>

#include "util.h"

/* ---- what each unit defines and references ----------------------------- */

struct name_set {
    char **items; /* borrowed from the IR; sorted and unique once sealed */
    int count, cap;
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void names_seal(struct name_set *s)
{
    if (s->count > 1)
        qsort(s->items, (size_t)s->count, sizeof *s->items, cmp_str);
    int kept = 0;
    for (int i = 0; i < s->count; i++)
        if (kept == 0 || strcmp(s->items[kept - 1], s->items[i]) != 0)
            s->items[kept++] = s->items[i];
    s->count = kept;
}

static bool names_has(const struct name_set *s, const char *name)
{
    return s->count > 0 &&
           bsearch(&name, s->items, (size_t)s->count, sizeof *s->items, cmp_str) != NULL;
}

struct unit_facts {
    struct name_set defines; /* functions with external linkage */
    struct name_set needs;   /* functions called or whose address is taken, not defined here */
    bool initializes;        /* calls StorPortInitialize or defines DriverEntry, in its own file */
    char *folder;
};

static void add_operand_refs(struct name_set *refs, const struct ir_operand *o)
{
    if ((o->kind == IR_OPND_VALUE || o->kind == IR_OPND_ADDR) && o->path.base == IR_BASE_FUNC &&
        o->path.name)
        VEC_PUSH(refs->items, refs->count, refs->cap, o->path.name);
}

static void add_function_refs(struct unit_facts *uf, const struct ddi_model *ddi, const struct ir_unit *u,
                              const struct ir_function *f, struct name_set *refs)
{
    bool own_file = f->loc.file && u->path && strcmp(f->loc.file, u->path) == 0;
    if (own_file && strcmp(f->name, "DriverEntry") == 0)
        uf->initializes = true;
    for (int b = 0; b < f->nblocks; b++) {
        const struct ir_block *bl = &f->blocks[b];
        for (int k = 0; k < bl->ninsts; k++) {
            const struct ir_inst *in = &bl->insts[k];
            if (in->kind == IR_CALL && in->callee) {
                VEC_PUSH(refs->items, refs->count, refs->cap, in->callee);
                if (own_file && ddi_initializes(ddi, in->callee))
                    uf->initializes = true;
            }
            if (in->kind == IR_CALL && !in->callee)
                add_operand_refs(refs, &in->target);
            for (int s = 0; s < in->nsrcs; s++)
                add_operand_refs(refs, &in->srcs[s]);
        }
        if (bl->term != IR_TERM_GOTO)
            add_operand_refs(refs, &bl->cond);
    }
}

static void unit_facts_compute(struct unit_facts *uf, const struct ddi_model *ddi, const struct ir_unit *u,
                               const char *file)
{
    struct name_set all_defined = {0}, refs = {0};
    for (int i = 0; i < u->nfunctions; i++) {
        const struct ir_function *f = &u->functions[i];
        VEC_PUSH(all_defined.items, all_defined.count, all_defined.cap, f->name);
        if (!f->is_static)
            VEC_PUSH(uf->defines.items, uf->defines.count, uf->defines.cap, f->name);
        add_function_refs(uf, ddi, u, f, &refs);
    }
    if (u->global_init)
        add_function_refs(uf, ddi, u, u->global_init, &refs);
    names_seal(&all_defined);
    names_seal(&uf->defines);
    names_seal(&refs);
    /* A unit's own static functions answer its own references. */
    for (int i = 0; i < refs.count; i++)
        if (!names_has(&all_defined, refs.items[i]))
            VEC_PUSH(uf->needs.items, uf->needs.count, uf->needs.cap, refs.items[i]);
    free(all_defined.items);
    free(refs.items);
    uf->folder = path_dirname(file);
}

/* ---- folders ------------------------------------------------------------ */

static bool folder_within(const char *folder, const char *root)
{
    size_t n = strlen(root);
    if (strcmp(root, "/") == 0)
        return true;
    return strncmp(folder, root, n) == 0 && (folder[n] == '/' || folder[n] == '\0');
}

static int folder_depth(const char *folder)
{
    int d = 0;
    for (const char *p = folder; *p; p++)
        d += *p == '/' && p[1] != '\0';
    return d;
}

/* Steps up from a to the common ancestor plus steps down to b. */
static int folder_distance(const char *a, const char *b)
{
    size_t common = 0, i = 0;
    for (; a[i] && a[i] == b[i]; i++)
        if (a[i] == '/')
            common = i;
    if ((a[i] == '\0' && (b[i] == '/' || b[i] == '\0')) || (b[i] == '\0' && a[i] == '/'))
        common = i;
    char *anc = xstrndup(a, common ? common : 1);
    int d = folder_depth(a) + folder_depth(b) - 2 * folder_depth(anc);
    free(anc);
    return d;
}

/* ---- the grouping ------------------------------------------------------- */

/* The project file named by a unit's origin, or NULL for walked and
 * compilation-database units. */
static const char *project_of(const struct tu_spec *s)
{
    const char *o = s->origin;
    const char *colon = o ? strchr(o, ':') : NULL;
    if (!colon || colon[1] == '\0')
        return NULL;
    if (strncmp(o, "walk", (size_t)(colon - o)) == 0 || strncmp(o, "compdb", (size_t)(colon - o)) == 0)
        return NULL;
    return colon + 1;
}

struct group {
    char *project; /* owned, or NULL */
    char *root;    /* owned */
    bool driver;
    int *units;
    int nunits, cap;
    struct name_set defines; /* union of the members' */
};

static bool group_has(const struct group *g, int u)
{
    for (int i = 0; i < g->nunits; i++)
        if (g->units[i] == u)
            return true;
    return false;
}

static void group_add(struct group *g, int u, const struct unit_facts *uf)
{
    VEC_PUSH(g->units, g->nunits, g->cap, u);
    for (int i = 0; i < uf[u].defines.count; i++)
        VEC_PUSH(g->defines.items, g->defines.count, g->defines.cap, uf[u].defines.items[i]);
    names_seal(&g->defines);
}

/* What the group's members reference and no member defines. */
static void group_open_needs(const struct group *g, const struct unit_facts *uf, struct name_set *out)
{
    for (int m = 0; m < g->nunits; m++) {
        const struct name_set *needs = &uf[g->units[m]].needs;
        for (int i = 0; i < needs->count; i++)
            if (!names_has(&g->defines, needs->items[i]))
                VEC_PUSH(out->items, out->count, out->cap, needs->items[i]);
    }
    names_seal(out);
}

static bool defines_any(const struct name_set *defines, const struct name_set *wanted)
{
    for (int i = 0; i < defines->count; i++)
        if (names_has(wanted, defines->items[i]))
            return true;
    return false;
}

static bool group_conflicts(const struct group *g, const struct unit_facts *uf, int u)
{
    for (int i = 0; i < uf[u].defines.count; i++)
        if (names_has(&g->defines, uf[u].defines.items[i]))
            return true;
    return false;
}

struct groups {
    struct group *items;
    int count, cap;
};

static struct group *groups_add(struct groups *gs, const char *project, const char *root)
{
    VEC_GROW(gs->items, gs->count, gs->cap);
    struct group *g = &gs->items[gs->count++];
    memset(g, 0, sizeof *g);
    g->project = project ? xstrdup(project) : NULL;
    g->root = xstrdup(root);
    return g;
}

static struct group *group_of_project(struct groups *gs, const char *project)
{
    for (int i = 0; i < gs->count; i++)
        if (gs->items[i].project && strcmp(gs->items[i].project, project) == 0)
            return &gs->items[i];
    char *dir = path_dirname(project);
    struct group *g = groups_add(gs, project, dir);
    free(dir);
    return g;
}

static char *lower_copy(const char *s)
{
    char *l = xstrdup(s);
    for (char *p = l; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return l;
}

/* The sources a .vcxproj lists (<ClCompile Include="...">), as absolute,
 * lower-cased paths, sorted: what a unit discovered under another project
 * is checked against. Items with properties or wildcards are left out. */
static void vcxproj_sources(const char *project, struct name_set *out, struct strlist *owner)
{
    const char *dot = strrchr(project, '.');
    if (!dot || strcasecmp(dot, ".vcxproj") != 0)
        return;
    char *text = read_file(project, NULL);
    if (!text)
        return;
    char *dir = path_dirname(project);
    for (const char *p = text; (p = strstr(p, "<ClCompile"));) {
        p += strlen("<ClCompile");
        const char *end = strchr(p, '>');
        const char *inc = strstr(p, "Include=\"");
        if (!end || !inc || inc > end)
            continue;
        inc += strlen("Include=\"");
        const char *close = strchr(inc, '"');
        if (!close)
            break;
        char *value = xstrndup(inc, (size_t)(close - inc));
        for (char *save = NULL, *it = strtok_r(value, ";", &save); it; it = strtok_r(NULL, ";", &save)) {
            if (!*it || strpbrk(it, "$*?%@"))
                continue;
            for (char *c = it; *c; c++)
                if (*c == '\\')
                    *c = '/';
            char *full = it[0] == '/' ? xstrdup(it) : path_join(dir, it);
            char *abs = path_absolute(full);
            strlist_add_owned(owner, lower_copy(abs));
            VEC_PUSH(out->items, out->count, out->cap, owner->items[owner->count - 1]);
            free(abs);
            free(full);
        }
        free(value);
    }
    free(dir);
    free(text);
    names_seal(out);
}

/* TARGETNAME=x in a WDK `sources` file. */
static char *sources_target_name(const char *path)
{
    size_t len = 0;
    char *text = read_file(path, &len);
    if (!text)
        return NULL;
    char *name = NULL;
    for (char *line = text; line && *line && !name;) {
        char *next = strchr(line, '\n');
        while (*line == ' ' || *line == '\t')
            line++;
        if (strncasecmp(line, "TARGETNAME", 10) == 0) {
            char *p = line + 10;
            while (*p == ' ' || *p == '\t')
                p++;
            if (*p == '=') {
                p++;
                while (*p == ' ' || *p == '\t')
                    p++;
                size_t n = 0;
                while (p[n] && !isspace((unsigned char)p[n]))
                    n++;
                if (n > 0 && !memchr(p, '$', n))
                    name = xstrndup(p, n);
            }
        }
        line = next ? next + 1 : NULL;
    }
    free(text);
    return name;
}

/* <TargetName>x</TargetName> in a .vcxproj, when it is a literal. */
static char *vcxproj_target_name(const char *path)
{
    char *text = read_file(path, NULL);
    if (!text)
        return NULL;
    char *name = NULL;
    const char *open = strcasestr(text, "<TargetName>");
    if (open) {
        open += strlen("<TargetName>");
        const char *close = strchr(open, '<');
        if (close && close > open && !memchr(open, '$', (size_t)(close - open)))
            name = xstrndup(open, (size_t)(close - open));
    }
    free(text);
    return name;
}

static char *folder_name(const char *folder, const char *root)
{
    char *rel = path_relative(folder, root);
    if (strcmp(rel, ".") != 0 && rel[0] != '/')
        return rel;
    free(rel);
    const char *slash = strrchr(folder, '/');
    return xstrdup(slash && slash[1] ? slash + 1 : folder);
}

static char *group_name(const struct group *g, const char *root)
{
    if (g->project) {
        const char *base = strrchr(g->project, '/');
        base = base ? base + 1 : g->project;
        if (strcasecmp(base, "sources") == 0) {
            char *t = sources_target_name(g->project);
            if (t)
                return t;
        } else if (strcasecmp(base, "CMakeLists.txt") != 0 && strcasecmp(base, "makefile") != 0) {
            const char *dot = strrchr(base, '.');
            char *t = dot && strcasecmp(dot, ".vcxproj") == 0 ? vcxproj_target_name(g->project) : NULL;
            if (t)
                return t;
            return dot && dot != base ? xstrndup(base, (size_t)(dot - base)) : xstrdup(base);
        }
    }
    return folder_name(g->root, root);
}

/* Whether a project file's text names a library project: its file
 * (ProjectReference) or its output, <name>.lib (AdditionalDependencies, a
 * sources file's TARGETLIBS). Compared without case, as Windows does. */
static bool project_names_library(const char *project_text, const char *library)
{
    if (!project_text)
        return false;
    const char *base = strrchr(library, '/');
    base = base ? base + 1 : library;
    const char *dot = strrchr(base, '.');
    char *stem = dot && dot != base ? xstrndup(base, (size_t)(dot - base)) : xstrdup(base);
    char *lib = xasprintf("%s.lib", stem);
    bool yes = strcasestr(project_text, base) || strcasestr(project_text, lib);
    free(lib);
    free(stem);
    return yes;
}

static int cmp_driver(const void *a, const void *b)
{
    const struct driver *da = a, *db = b;
    int c = strcmp(da->name, db->name);
    return c ? c : strcmp(da->root, db->root);
}

static int cmp_int(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

static void to_drivers(struct groups *gs, const char *root, struct partition *out)
{
    out->items = xcalloc((size_t)gs->count + 1, sizeof *out->items);
    for (int i = 0; i < gs->count; i++) {
        struct group *g = &gs->items[i];
        if (g->nunits == 0)
            continue;
        struct driver *d = &out->items[out->count++];
        d->name = group_name(g, root);
        d->root = xstrdup(g->root);
        d->project = g->project ? xstrdup(g->project) : NULL;
        d->initializes = g->driver;
        qsort(g->units, (size_t)g->nunits, sizeof *g->units, cmp_int);
        d->units = xmalloc((size_t)g->nunits * sizeof *d->units);
        memcpy(d->units, g->units, (size_t)g->nunits * sizeof *d->units);
        d->nunits = g->nunits;
    }
    /* Two projects of one name (package.vcxproj in several folders) are told
     * apart by their folder. */
    bool *clash = xcalloc((size_t)out->count + 1, sizeof *clash);
    for (int i = 0; i < out->count; i++)
        for (int k = 0; k < out->count; k++)
            clash[i] |= k != i && strcmp(out->items[k].name, out->items[i].name) == 0;
    for (int i = 0; i < out->count; i++) {
        if (!clash[i])
            continue;
        char *where = folder_name(out->items[i].root, root);
        char *both = strcmp(where, out->items[i].name) == 0 ? xstrdup(where)
                                                             : xasprintf("%s/%s", where, out->items[i].name);
        free(where);
        free(out->items[i].name);
        out->items[i].name = both;
    }
    free(clash);
    if (out->count > 1)
        qsort(out->items, (size_t)out->count, sizeof *out->items, cmp_driver);
}

void partition_units(const struct tu_spec *specs, const struct ir_unit *units, int nunits,
                     const struct ddi_model *ddi, const char *root, struct partition *out)
{
    memset(out, 0, sizeof *out);
    struct unit_facts *uf = xcalloc((size_t)nunits + 1, sizeof *uf);
    for (int i = 0; i < nunits; i++)
        unit_facts_compute(&uf[i], ddi, &units[i], specs[i].file);

    struct groups gs = {0};

    /* Projects: one piece each. */
    for (int i = 0; i < nunits; i++) {
        const char *project = project_of(&specs[i]);
        if (!project)
            continue;
        struct group *g = group_of_project(&gs, project);
        group_add(g, i, uf);
        g->driver |= uf[i].initializes;
    }
    /* A source two projects list is discovered under the first; it is part
     * of the other's build as well. */
    int nprojects = gs.count;
    for (int g = 0; g < nprojects; g++) {
        struct name_set listed = {0};
        struct strlist owner = {0};
        vcxproj_sources(gs.items[g].project, &listed, &owner);
        for (int i = 0; listed.count > 0 && i < nunits; i++) {
            const char *project = project_of(&specs[i]);
            if (!project || strcmp(project, gs.items[g].project) == 0 || group_has(&gs.items[g], i))
                continue;
            char *file = lower_copy(specs[i].file);
            if (names_has(&listed, file)) {
                group_add(&gs.items[g], i, uf);
                gs.items[g].driver |= uf[i].initializes;
            }
            free(file);
        }
        free(listed.items);
        strlist_free(&owner);
    }
    /* Walked units: a folder with an initializing unit is a driver root. */
    int first_walk_group = gs.count;
    for (int i = 0; i < nunits; i++) {
        if (project_of(&specs[i]) || !uf[i].initializes)
            continue;
        bool known = false;
        for (int g = first_walk_group; g < gs.count && !known; g++)
            known = strcmp(gs.items[g].root, uf[i].folder) == 0;
        if (!known)
            groups_add(&gs, NULL, uf[i].folder)->driver = true;
    }
    for (int i = 0; i < nunits; i++) {
        if (project_of(&specs[i]))
            continue;
        int best = -1;
        for (int g = first_walk_group; g < gs.count; g++)
            if (folder_within(uf[i].folder, gs.items[g].root) &&
                (best < 0 || strlen(gs.items[g].root) > strlen(gs.items[best].root)))
                best = g;
        if (best >= 0)
            group_add(&gs.items[best], i, uf);
    }

    int ndrivers = 0;
    for (int g = 0; g < gs.count; g++)
        ndrivers += gs.items[g].driver;
    if (ndrivers == 0) {
        /* Nothing says where one driver ends: one program, as before. */
        for (int g = 0; g < gs.count; g++) {
            free(gs.items[g].project);
            free(gs.items[g].root);
            free(gs.items[g].units);
            free(gs.items[g].defines.items);
        }
        gs.count = 0;
        struct group *all = groups_add(&gs, NULL, root);
        for (int i = 0; i < nunits; i++)
            group_add(all, i, uf);
    } else {
        /* Units outside every driver join each driver that needs what they
         * define, until nothing more is needed; a unit that is part of one
         * driver is never pulled into another. A driver built from a
         * project takes only the units of library projects its project file
         * names: a loose file, or a library it does not link, is not part
         * of its build. */
        bool *in_driver = xcalloc((size_t)nunits + 1, sizeof *in_driver);
        for (int g = 0; g < gs.count; g++)
            for (int k = 0; gs.items[g].driver && k < gs.items[g].nunits; k++)
                in_driver[gs.items[g].units[k]] = true;
        int *candidates = xmalloc((size_t)(nunits + 1) * sizeof *candidates);
        int ncandidates = 0;
        for (int i = 0; i < nunits; i++)
            if (!in_driver[i])
                candidates[ncandidates++] = i;
        for (int g = 0; g < gs.count; g++) {
            struct group *d = &gs.items[g];
            if (!d->driver)
                continue;
            char *project_text = d->project ? read_file(d->project, NULL) : NULL;
            for (bool changed = true; changed;) {
                changed = false;
                struct name_set open = {0};
                group_open_needs(d, uf, &open);
                for (int c = 0; c < ncandidates; c++) {
                    int i = candidates[c];
                    if (d->project && !(project_of(&specs[i]) &&
                                        project_names_library(project_text, project_of(&specs[i]))))
                        continue;
                    if (!defines_any(&uf[i].defines, &open) || group_has(d, i))
                        continue;
                    group_add(d, i, uf);
                    changed = true;
                }
                free(open.items);
            }
            free(project_text);
        }
        for (int g = 0; g < gs.count; g++)
            for (int k = 0; gs.items[g].driver && k < gs.items[g].nunits; k++)
                in_driver[gs.items[g].units[k]] = true;
        free(candidates);
        /* A walked unit nobody references joins the nearest walked driver(s)
         * that do not define what it defines. */
        for (int i = 0; i < nunits; i++) {
            if (in_driver[i] || project_of(&specs[i]))
                continue;
            int best = -1;
            for (int g = 0; g < gs.count; g++)
                if (gs.items[g].driver && !gs.items[g].project && !group_conflicts(&gs.items[g], uf, i)) {
                    int dist = folder_distance(uf[i].folder, gs.items[g].root);
                    if (best < 0 || dist < best)
                        best = dist;
                }
            for (int g = 0; best >= 0 && g < gs.count; g++)
                if (gs.items[g].driver && !gs.items[g].project && !group_conflicts(&gs.items[g], uf, i) &&
                    folder_distance(uf[i].folder, gs.items[g].root) == best) {
                    group_add(&gs.items[g], i, uf);
                    in_driver[i] = true;
                }
        }
        /* What is left is a program of its own: per project (a library no
         * driver uses), and per folder for walked units. */
        for (int g = 0; g < gs.count; g++) {
            struct group *p = &gs.items[g];
            if (p->driver)
                continue;
            int kept = 0;
            for (int k = 0; k < p->nunits; k++)
                if (!in_driver[p->units[k]])
                    p->units[kept++] = p->units[k];
            p->nunits = kept;
        }
        int first_rest = gs.count;
        for (int i = 0; i < nunits; i++) {
            if (in_driver[i] || project_of(&specs[i]))
                continue;
            int rest = -1;
            for (int g = first_rest; g < gs.count && rest < 0; g++)
                if (strcmp(gs.items[g].root, uf[i].folder) == 0)
                    rest = g;
            if (rest < 0) {
                groups_add(&gs, NULL, uf[i].folder);
                rest = gs.count - 1;
            }
            group_add(&gs.items[rest], i, uf);
        }
        free(in_driver);
    }
    to_drivers(&gs, root, out);

    for (int g = 0; g < gs.count; g++) {
        free(gs.items[g].project);
        free(gs.items[g].root);
        free(gs.items[g].units);
        free(gs.items[g].defines.items);
    }
    free(gs.items);
    for (int i = 0; i < nunits; i++) {
        free(uf[i].defines.items);
        free(uf[i].needs.items);
        free(uf[i].folder);
    }
    free(uf);
}

bool partition_has_unit(const struct driver *d, int u)
{
    return d->nunits > 0 &&
           bsearch(&u, d->units, (size_t)d->nunits, sizeof *d->units, cmp_int) != NULL;
}

void partition_free(struct partition *p)
{
    for (int i = 0; i < p->count; i++) {
        free(p->items[i].name);
        free(p->items[i].root);
        free(p->items[i].project);
        free(p->items[i].units);
        model_free(p->items[i].model);
    }
    free(p->items);
    memset(p, 0, sizeof *p);
}

/* ---- --dump-model ------------------------------------------------------- */

static json_t *tag_items(json_t *items, const char *driver, json_t *into)
{
    size_t i;
    json_t *it;
    json_array_foreach(items, i, it)
    {
        json_t *copy = json_deep_copy(it);
        json_object_set_new(copy, "driver", json_string(driver));
        json_array_append_new(into, copy);
    }
    return into;
}

void partition_dump(const struct partition *p, const struct ir_unit *units, const char *root, bool json,
                    FILE *out)
{
    json_t *jdrivers = json_array(), *jroles = json_array(), *jfuncs = json_array();
    json_t *only_ext = NULL;
    for (int i = 0; i < p->count; i++) {
        const struct driver *d = &p->items[i];
        char *where = path_relative(d->root, root);
        char *project = d->project ? path_relative(d->project, root) : NULL;
        if (!json) {
            fprintf(out, "%sdriver %s  (root %s, %s%s, %d unit%s%s)\n", i ? "\n" : "", d->name, where,
                    project ? "project " : "no project", project ? project : "", d->nunits,
                    d->nunits == 1 ? "" : "s", d->initializes ? "" : ", no entry point");
            for (int k = 0; k < d->nunits; k++) {
                char *rel = path_relative(units[d->units[k]].path ? units[d->units[k]].path : "", root);
                fprintf(out, "unit %s\n", rel);
                free(rel);
            }
            if (d->model)
                model_dump(d->model, root, false, out);
            else
                fputs("(not analysed: it holds none of the files given)\n", out);
            free(where);
            free(project);
            continue;
        }
        json_t *jd = d->model ? model_dump_json(d->model, root) : json_object();
        json_object_set_new(jd, "name", json_string(d->name));
        json_object_set_new(jd, "root", json_string(where));
        json_object_set_new(jd, "project", project ? json_string(project) : json_null());
        json_object_set_new(jd, "analysed", json_boolean(d->model != NULL));
        json_object_set_new(jd, "initializes", json_boolean(d->initializes));
        json_t *ju = json_array();
        for (int k = 0; k < d->nunits; k++) {
            char *rel = path_relative(units[d->units[k]].path ? units[d->units[k]].path : "", root);
            json_array_append_new(ju, json_string(rel));
            free(rel);
        }
        json_object_set_new(jd, "units", ju);
        if (d->model) {
            tag_items(json_object_get(jd, "roles"), d->name, jroles);
            tag_items(json_object_get(jd, "functions"), d->name, jfuncs);
            if (p->count == 1)
                only_ext = json_deep_copy(json_object_get(jd, "extensions"));
        }
        json_array_append_new(jdrivers, jd);
        free(where);
        free(project);
    }
    if (json) {
        /* roles, functions and (for a single driver) extensions stay at the top
         * for readers of one-driver trees; each item names its driver. */
        json_t *doc = json_object();
        json_object_set_new(doc, "drivers", jdrivers);
        json_object_set_new(doc, "roles", jroles);
        json_object_set_new(doc, "functions", jfuncs);
        if (!only_ext) {
            only_ext = json_object();
            json_object_set_new(only_ext, "device", json_null());
            json_object_set_new(only_ext, "srb", json_null());
            json_object_set_new(only_ext, "lu", json_null());
        }
        json_object_set_new(doc, "extensions", only_ext);
        char *text = json_dumps(doc, JSON_INDENT(2) | JSON_SORT_KEYS);
        fprintf(out, "%s\n", text);
        free(text);
        json_decref(doc);
    } else {
        json_decref(jdrivers);
        json_decref(jroles);
        json_decref(jfuncs);
    }
}

/* ---- a file given alone ------------------------------------------------- */

static bool names_initializer(const char *file)
{
    struct stat st;
    if (stat(file, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > 8 * 1024 * 1024)
        return false;
    size_t len = 0;
    char *text = read_file(file, &len);
    if (!text)
        return false;
    bool yes = strstr(text, "StorPortInitialize") || strstr(text, "DriverEntry");
    free(text);
    return yes;
}

static bool is_c_source(const char *name)
{
    const char *dot = strrchr(name, '.');
    return dot && (strcasecmp(dot, ".c") == 0 || strcasecmp(dot, ".cpp") == 0 ||
                   strcasecmp(dot, ".cc") == 0 || strcasecmp(dot, ".cxx") == 0);
}

/* Whether a C source under folder (skipping hidden folders and `skip`, a
 * subtree already searched) names an initializer. */
static bool subtree_initializes(const char *folder, const char *skip, int depth)
{
    if (depth > 24 || (skip && strcmp(folder, skip) == 0))
        return false;
    DIR *d = opendir(folder);
    if (!d)
        return false;
    struct strlist subdirs = {0};
    bool found = false;
    for (struct dirent *e; !found && (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        char *full = path_join(folder, e->d_name);
        struct stat st;
        if (lstat(full, &st) == 0 && S_ISDIR(st.st_mode))
            strlist_add_owned(&subdirs, full);
        else {
            found = S_ISREG(st.st_mode) && is_c_source(e->d_name) && names_initializer(full);
            free(full);
        }
    }
    closedir(d);
    for (int i = 0; !found && i < subdirs.count; i++)
        found = subtree_initializes(subdirs.items[i], skip, depth + 1);
    strlist_free(&subdirs);
    return found;
}

static bool holds_project_file(const char *folder)
{
    DIR *d = opendir(folder);
    if (!d)
        return false;
    bool found = false;
    for (struct dirent *e; !found && (e = readdir(d));) {
        const char *dot = strrchr(e->d_name, '.');
        found = (dot && strcasecmp(dot, ".vcxproj") == 0) || strcasecmp(e->d_name, "sources") == 0 ||
                strcmp(e->d_name, "CMakeLists.txt") == 0;
    }
    closedir(d);
    return found;
}

/* Whether folder holds a project that builds a program of its own (a
 * driver, an application, a DLL), not a static library others link: a file
 * of such a project belongs to it, whatever the folders above hold. */
static bool holds_program_project(const char *folder)
{
    DIR *d = opendir(folder);
    if (!d)
        return false;
    bool found = false;
    for (struct dirent *e; !found && (e = readdir(d));) {
        const char *dot = strrchr(e->d_name, '.');
        bool vcxproj = dot && strcasecmp(dot, ".vcxproj") == 0;
        if (!vcxproj && strcasecmp(e->d_name, "sources") != 0)
            continue;
        char *full = path_join(folder, e->d_name);
        char *text = read_file(full, NULL);
        free(full);
        if (!text)
            continue;
        found = vcxproj ? !strcasestr(text, ">StaticLibrary<") : !strcasestr(text, "TARGETTYPE=LIBRARY");
        free(text);
    }
    closedir(d);
    return found;
}

static char *repository_root(const char *folder)
{
    char *dir = xstrdup(folder);
    for (;;) {
        char *git = path_join(dir, ".git");
        struct stat st;
        bool yes = stat(git, &st) == 0;
        free(git);
        if (yes)
            return dir;
        if (strcmp(dir, "/") == 0)
            break;
        char *up = path_dirname(dir);
        free(dir);
        dir = up;
    }
    free(dir);
    return NULL;
}

char *partition_scope_of_file(const char *file)
{
    char *abs = path_absolute(file);
    char *dir = path_dirname(abs);
    free(abs);
    char *top = repository_root(dir);
    if (!top)
        top = xstrdup(dir);
    char *searched = NULL; /* the child already searched: not again */
    char *scope = NULL;
    while (!scope && folder_within(dir, top)) {
        if (subtree_initializes(dir, searched, 0) || holds_program_project(dir)) {
            scope = xstrdup(dir);
            break;
        }
        if (strcmp(dir, top) == 0)
            break;
        free(searched);
        searched = dir;
        dir = path_dirname(dir);
    }
    /* Sources in src/ with the project file one level up (and its flags). */
    if (scope && !holds_project_file(scope) && strcmp(scope, top) != 0) {
        char *up = path_dirname(scope);
        if (holds_project_file(up)) {
            free(scope);
            scope = up;
        } else {
            free(up);
        }
    }
    free(searched);
    free(dir);
    free(top);
    return scope;
}
