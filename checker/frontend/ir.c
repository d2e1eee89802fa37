/* SPDX-License-Identifier: Apache-2.0 */
/* ir.c — ownership and printing of the IR; see ir.h. */
#include "ir.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

const char *ir_intern_file(struct ir_unit *u, const char *path)
{
    for (int i = u->nfiles - 1; i >= 0; i--)
        if (strcmp(u->files[i], path) == 0)
            return u->files[i];
    VEC_PUSH(u->files, u->nfiles, u->files_cap, xstrdup(path));
    return u->files[u->nfiles - 1];
}

void ir_path_free(struct ir_path *p)
{
    for (int i = 0; i < p->nsteps; i++) {
        free(p->steps[i].field);
        free(p->steps[i].record);
    }
    free(p->steps);
    free(p->name);
    free(p->type);
    memset(p, 0, sizeof *p);
}

struct ir_path ir_path_copy(const struct ir_path *p)
{
    struct ir_path c = *p;
    c.name = p->name ? xstrdup(p->name) : NULL;
    c.type = p->type ? xstrdup(p->type) : NULL;
    c.steps = p->nsteps ? xcalloc((size_t)p->nsteps, sizeof *c.steps) : NULL;
    for (int i = 0; i < p->nsteps; i++) {
        c.steps[i].kind = p->steps[i].kind;
        c.steps[i].field = p->steps[i].field ? xstrdup(p->steps[i].field) : NULL;
        c.steps[i].record = p->steps[i].record ? xstrdup(p->steps[i].record) : NULL;
    }
    return c;
}

void ir_operand_free(struct ir_operand *o)
{
    ir_path_free(&o->path);
    free(o->name);
    free(o->sizeof_type);
    memset(o, 0, sizeof *o);
}

struct ir_operand ir_operand_copy(const struct ir_operand *o)
{
    struct ir_operand c = *o;
    c.path = ir_path_copy(&o->path);
    c.name = o->name ? xstrdup(o->name) : NULL;
    c.sizeof_type = o->sizeof_type ? xstrdup(o->sizeof_type) : NULL;
    return c;
}

static void free_vars(struct ir_var *v, int n)
{
    for (int i = 0; i < n; i++) {
        free(v[i].name);
        free(v[i].type);
    }
    free(v);
}

void ir_function_free(struct ir_function *f)
{
    if (!f)
        return;
    for (int b = 0; b < f->nblocks; b++) {
        struct ir_block *blk = &f->blocks[b];
        for (int i = 0; i < blk->ninsts; i++) {
            struct ir_inst *in = &blk->insts[i];
            ir_path_free(&in->dst);
            for (int s = 0; s < in->nsrcs; s++)
                ir_operand_free(&in->srcs[s]);
            free(in->srcs);
            ir_operand_free(&in->target);
            free(in->callee);
            free(in->op);
        }
        free(blk->insts);
        free(blk->succs);
        free(blk->cases);
        ir_operand_free(&blk->cond);
    }
    free(f->blocks);
    free_vars(f->params, f->nparams);
    free_vars(f->locals, f->nlocals);
    free(f->name);
    free(f->role_typedef);
    free(f->return_type);
}

void ir_unit_free(struct ir_unit *u)
{
    if (!u)
        return;
    for (int i = 0; i < u->nfunctions; i++)
        ir_function_free(&u->functions[i]);
    free(u->functions);
    if (u->global_init) {
        ir_function_free(u->global_init);
        free(u->global_init);
    }
    for (int i = 0; i < u->nrole_decls; i++) {
        free(u->role_decls[i].function);
        free(u->role_decls[i].role_typedef);
    }
    free(u->role_decls);
    for (int i = 0; i < u->nrecords; i++) {
        for (int j = 0; j < u->records[i].nfields; j++) {
            free(u->records[i].fields[j].name);
            free(u->records[i].fields[j].type);
            free(u->records[i].fields[j].record);
        }
        free(u->records[i].fields);
        free(u->records[i].name);
    }
    free(u->records);
    for (int i = 0; i < u->nglobals; i++) {
        free(u->globals[i].name);
        free(u->globals[i].type);
    }
    free(u->globals);
    for (int i = 0; i < u->nerrors; i++)
        free(u->errors[i].message);
    free(u->errors);
    for (int i = 0; i < u->ntolerated; i++)
        free(u->tolerated[i].message);
    free(u->tolerated);
    for (int i = 0; i < u->nstubbed; i++)
        free(u->stubbed[i]);
    free(u->stubbed);
    for (int i = 0; i < u->nname_diags; i++) {
        free(u->name_diags[i].diag.message);
        free(u->name_diags[i].before);
        free(u->name_diags[i].after);
    }
    free(u->name_diags);
    for (int i = 0; i < u->nguesses; i++)
        free(u->guesses[i].name);
    free(u->guesses);
    for (int i = 0; i < u->nfiles; i++)
        free(u->files[i]);
    free(u->files);
    free(u->path);
    free(u->failure);
    memset(u, 0, sizeof *u);
}

void ir_path_print(const struct ir_function *f, const struct ir_path *p, FILE *out)
{
    switch (p->base) {
    case IR_BASE_NONE:
        fputs("?", out);
        break;
    case IR_BASE_LOCAL:
        fputs(f && p->index < f->nlocals ? f->locals[p->index].name : "local?", out);
        break;
    case IR_BASE_PARAM:
        fprintf(out, "%s", f && p->index < f->nparams ? f->params[p->index].name : "param?");
        break;
    case IR_BASE_GLOBAL:
        fprintf(out, "@%s", p->name);
        break;
    case IR_BASE_TEMP:
        fprintf(out, "t%d", p->index);
        break;
    case IR_BASE_FUNC:
        fprintf(out, "%s()", p->name);
        break;
    }
    for (int i = 0; i < p->nsteps; i++) {
        const struct ir_step *s = &p->steps[i];
        if (s->kind == IR_STEP_DEREF)
            fputs("*", out);
        else if (s->kind == IR_STEP_FIELD)
            fprintf(out, ".%s", s->field);
        else
            fputs("[]", out);
    }
}

static void print_operand(const struct ir_function *f, const struct ir_operand *o, FILE *out)
{
    switch (o->kind) {
    case IR_OPND_NONE:
        fputs("_", out);
        break;
    case IR_OPND_VALUE:
        ir_path_print(f, &o->path, out);
        break;
    case IR_OPND_ADDR:
        fputs("&", out);
        ir_path_print(f, &o->path, out);
        break;
    case IR_OPND_CONST:
        if (o->sizeof_type)
            fprintf(out, "sizeof(%s)", o->sizeof_type);
        else if (o->name)
            fprintf(out, "%s", o->name);
        else
            fprintf(out, "%lld", o->value);
        break;
    }
}

void ir_function_print(const struct ir_function *f, FILE *out)
{
    fprintf(out, "function %s(", f->name);
    for (int i = 0; i < f->nparams; i++)
        fprintf(out, "%s%s", i ? ", " : "", f->params[i].name);
    fprintf(out, ")%s%s\n", f->role_typedef ? " role " : "", f->role_typedef ? f->role_typedef : "");
    for (int b = 0; b < f->nblocks; b++) {
        const struct ir_block *blk = &f->blocks[b];
        fprintf(out, "  b%d:\n", b);
        for (int i = 0; i < blk->ninsts; i++) {
            const struct ir_inst *in = &blk->insts[i];
            fprintf(out, "    %d: ", in->loc.line);
            if (in->has_dst) {
                ir_path_print(f, &in->dst, out);
                fputs(" = ", out);
            }
            switch (in->kind) {
            case IR_ASSIGN:
                break;
            case IR_CAST:
                fprintf(out, "cast<%s> ", in->op);
                break;
            case IR_COMPUTE:
                fprintf(out, "%s ", in->op ? in->op : "op");
                break;
            case IR_CALL:
                if (in->callee)
                    fprintf(out, "call %s ", in->callee);
                else {
                    fputs("call *", out);
                    print_operand(f, &in->target, out);
                    fputs(" ", out);
                }
                break;
            case IR_USE:
                fputs("use ", out);
                break;
            }
            fputs("(", out);
            for (int s = 0; s < in->nsrcs; s++) {
                if (s)
                    fputs(", ", out);
                print_operand(f, &in->srcs[s], out);
            }
            fputs(")\n", out);
        }
        switch (blk->term) {
        case IR_TERM_GOTO:
            fprintf(out, "    goto b%d\n", blk->succs[0]);
            break;
        case IR_TERM_BRANCH:
            fputs("    if ", out);
            print_operand(f, &blk->cond, out);
            fprintf(out, " b%d else b%d\n", blk->succs[0], blk->succs[1]);
            break;
        case IR_TERM_SWITCH:
            fputs("    switch ", out);
            print_operand(f, &blk->cond, out);
            for (int i = 0; i < blk->nsuccs; i++) {
                fprintf(out, " b%d", blk->succs[i]);
                if (blk->cases && i < blk->nsuccs - 1 && blk->cases[i].known)
                    fprintf(out, "(=%lld)", blk->cases[i].value);
            }
            fputs("\n", out);
            break;
        case IR_TERM_RETURN:
            fputs("    return ", out);
            print_operand(f, &blk->cond, out);
            fputs("\n", out);
            break;
        }
    }
}
