/* SPDX-License-Identifier: Apache-2.0 */
/* guess.c — guesses for unknown names from how they are used; see guess.h. */
#define _GNU_SOURCE
#include "guess.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define TAG_PREFIX "__storcheck_guess_"
#define FIRST_CONSTANT 0x5C000001LL
#define SMALL_CONSTANT 0x100LL
#define FLAG_BASE 0x20000000LL /* flags live in [FLAG_BASE, FLAG_BASE + 2^FLAG_BITS) */
#define FLAG_BITS 24

/* ---- a small lexer over the text around a name ------------------------ */

#define TOK_MAX 48
#define CONTEXT_TOKENS 24

struct tokens {
    char text[CONTEXT_TOKENS][TOK_MAX];
    int count;
};

static bool is_ident_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '$';
}

static bool is_ident(const char *t)
{
    return t && (isalpha((unsigned char)t[0]) || t[0] == '_');
}

/* Calls fn for each token of s, in order, skipping comments, whitespace and
 * line continuations; stops when fn returns false. */
static void lex(const char *s, bool (*fn)(void *ctx, const char *tok, size_t len), void *ctx)
{
    static const char *const puncts[] = {
        "->", "++", "--", "==", "!=", "<=", ">=", "&&", "||", "+=", "-=",
        "*=", "/=", "%=", "|=", "&=", "^=", "<<", ">>", "::", "##"};
    const char *p = s;
    while (*p) {
        if (isspace((unsigned char)*p) || *p == '\\') {
            p++;
        } else if (p[0] == '/' && p[1] == '/') {
            while (*p && *p != '\n')
                p++;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            p = end ? end + 2 : p + strlen(p);
        } else if (is_ident_char(*p)) {
            const char *b = p;
            while (is_ident_char(*p))
                p++;
            if (!fn(ctx, b, (size_t)(p - b)))
                return;
        } else if (*p == '"' || *p == '\'') {
            const char *b = p;
            char q = *p++;
            while (*p && *p != q && *p != '\n')
                p += (p[0] == '\\' && p[1]) ? 2 : 1;
            if (*p == q)
                p++;
            if (!fn(ctx, b, (size_t)(p - b)))
                return;
        } else {
            size_t n = 1;
            for (size_t i = 0; i < sizeof puncts / sizeof *puncts; i++)
                if (strncmp(p, puncts[i], 2) == 0)
                    n = 2;
            const char *b = p;
            p += n;
            if (!fn(ctx, b, n))
                return;
        }
    }
}

static void put(struct tokens *t, int i, const char *tok, size_t len)
{
    if (len >= TOK_MAX)
        len = TOK_MAX - 1;
    memcpy(t->text[i], tok, len);
    t->text[i][len] = '\0';
}

static bool keep_first(void *ctx, const char *tok, size_t len)
{
    struct tokens *t = ctx;
    put(t, t->count++, tok, len);
    return t->count < CONTEXT_TOKENS;
}

/* Keeps the last CONTEXT_TOKENS tokens, most recent first. */
static bool keep_last(void *ctx, const char *tok, size_t len)
{
    struct tokens *t = ctx;
    memmove(t->text[1], t->text[0], sizeof t->text[0] * (CONTEXT_TOKENS - 1));
    put(t, 0, tok, len);
    if (t->count < CONTEXT_TOKENS)
        t->count++;
    return true;
}

/* The use of a name: the tokens after it (a[0] is the name itself) and the
 * tokens before it, nearest first (b[0] is the one just before). */
struct use {
    struct tokens a, b;
};

static void read_use(struct use *u, const char *before, const char *after)
{
    memset(u, 0, sizeof *u);
    lex(after ? after : "", keep_first, &u->a);
    lex(before ? before : "", keep_last, &u->b);
}

static const char *after(const struct use *u, int i)
{
    return i < u->a.count ? u->a.text[i] : "";
}

static const char *before(const struct use *u, int i)
{
    return i < u->b.count ? u->b.text[i] : "";
}

static bool is(const char *tok, const char *s)
{
    return strcmp(tok, s) == 0;
}

static bool is_keyword(const char *t)
{
    static const char *const keywords[] = {
        "auto",          "break",    "case",   "char",    "const",    "continue",
        "default",       "do",       "double", "else",    "enum",     "extern",
        "float",         "for",      "goto",   "if",      "inline",   "int",
        "long",          "register", "return", "short",   "signed",   "sizeof",
        "static",        "struct",   "switch", "typedef", "union",    "unsigned",
        "void",          "volatile", "while",  "_Bool",   "bool",     "__inline",
        "__forceinline", "class",    "new",    "delete",  "template", "typename",
        "throw",         "try",      "catch",  "__try",   "__except", "__finally",
        "__leave",
    };
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
        if (strcmp(t, keywords[i]) == 0)
            return true;
    return false;
}

/* Keywords that start a declaration's type: a name before one of them is an annotation. */
static bool starts_type(const char *t)
{
    static const char *const words[] = {
        "void",   "char",     "short",         "int",   "long", "float",   "double",
        "signed", "unsigned", "struct",        "union", "enum", "static",  "extern",
        "inline", "__inline", "__forceinline", "_Bool", "bool", "typedef", "class"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(t, words[i]) == 0)
            return true;
    return false;
}

static bool is_plain_ident(const char *t)
{
    return is_ident(t) && !is_keyword(t);
}

/* A token after which a declaration may start. */
static bool statement_start(const char *t)
{
    return *t == '\0' || is(t, ";") || is(t, "{") || is(t, "}");
}

/* How a name written where clang expected a type is used: `T *`, `T v`, `T U v`, `T(...)`... */
static enum guess_kind type_use(const struct use *u)
{
    const char *a1 = after(u, 1), *a2 = after(u, 2);
    if (is(a1, "("))
        return GUESS_ANNOTATION_CALL;
    if (starts_type(a1))
        return GUESS_ANNOTATION;
    if (is_plain_ident(a1) && (is_plain_ident(a2) || is(a2, "*")))
        return GUESS_ANNOTATION;
    if (is(a1, "*"))
        return GUESS_OPAQUE_TYPE;
    if (is(a1, "const") || is(a1, "volatile"))
        return is(a2, "*") ? GUESS_OPAQUE_TYPE : GUESS_STRUCT_TYPE;
    if (is(a1, ")") && is(before(u, 0), "(") && !is_plain_ident(before(u, 1)) &&
        !is(before(u, 1), ")") && !is(before(u, 1), "sizeof"))
        return GUESS_SCALAR_TYPE; /* a cast by value */
    return GUESS_STRUCT_TYPE;
}

static bool is_assignment(const char *t)
{
    static const char *const ops[] = {
        "=", "+=", "-=", "*=", "/=", "%=", "|=", "&=", "^=", "++", "--"};
    for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
        if (strcmp(t, ops[i]) == 0)
            return true;
    return false;
}

/* An operand can start here: a binary `&` cannot follow these. */
static bool operand_expected_after(const char *t)
{
    return *t == '\0' ||
           (!is_ident(t) && !isdigit((unsigned char)*t) && !is(t, ")") && !is(t, "]")) ||
           is(t, "return") || is(t, "case");
}

/* How an undeclared identifier is used. */
static enum guess_kind expression_use(const struct use *u, bool cplusplus)
{
    const char *a1 = after(u, 1), *a2 = after(u, 2), *a3 = after(u, 3);
    const char *b0 = before(u, 0), *b1 = before(u, 1);
    if (is(a1, "("))
        return GUESS_FUNCTION;
    if (is(b0, "case"))
        return GUESS_CONSTANT;
    /* C reports a type in a declaration as an undeclared identifier. */
    if (!cplusplus) {
        if (is_plain_ident(a1) || is(a1, "const") || is(a1, "volatile"))
            return type_use(u);
        if (is(a1, "*") && is_plain_ident(a2) && statement_start(b0) &&
            (is(a3, ";") || is(a3, ",") || is(a3, "=") || is(a3, "[") || is(a3, ")")))
            return GUESS_OPAQUE_TYPE;
        if (is(b0, "(") && is(a1, "*") && (is(a2, ")") || is(a2, "*")))
            return GUESS_OPAQUE_TYPE;
        if (is(b0, "(") && is(a1, ")") && !is_plain_ident(b1) && !is(b1, ")") &&
            (is_plain_ident(a2) || isdigit((unsigned char)*a2) || is(a2, "(") || is(a2, "~") ||
             is(a2, "!")))
            return GUESS_SCALAR_TYPE;
    }
    if (is(a1, "["))
        return GUESS_ARRAY;
    if (is(a1, ".") || is(a1, "->") || is_assignment(a1) || is(b0, "++") || is(b0, "--"))
        return GUESS_VARIABLE;
    if (is(b0, "&") && operand_expected_after(b1))
        return GUESS_VARIABLE;
    return GUESS_CONSTANT;
}

static bool is_type_kind(enum guess_kind k)
{
    return k == GUESS_OPAQUE_TYPE || k == GUESS_STRUCT_TYPE || k == GUESS_POINTER_TYPE ||
           k == GUESS_SCALAR_TYPE || k == GUESS_FUNCTION_TYPE || k == GUESS_FUNCTION_POINTER_TYPE;
}

/* ---- the set ---------------------------------------------------------- */

const char *guess_kind_name(enum guess_kind k)
{
    switch (k) {
    case GUESS_CONSTANT:
        return "constant";
    case GUESS_VARIABLE:
        return "variable";
    case GUESS_ARRAY:
        return "array";
    case GUESS_FUNCTION:
        return "function";
    case GUESS_OPAQUE_TYPE:
        return "opaque type";
    case GUESS_STRUCT_TYPE:
        return "struct type";
    case GUESS_POINTER_TYPE:
        return "pointer type";
    case GUESS_SCALAR_TYPE:
        return "scalar type";
    case GUESS_FUNCTION_TYPE:
        return "function type";
    case GUESS_FUNCTION_POINTER_TYPE:
        return "function pointer type";
    case GUESS_ANNOTATION:
        return "annotation";
    case GUESS_ANNOTATION_CALL:
        return "annotation call";
    }
    return "?";
}

const char *guess_kind_intern(const char *name)
{
    for (int k = GUESS_CONSTANT; k <= GUESS_ANNOTATION_CALL; k++)
        if (strcmp(guess_kind_name((enum guess_kind)k), name) == 0)
            return guess_kind_name((enum guess_kind)k);
    return NULL;
}

static struct guess *find(struct guess_set *g, const char *name)
{
    for (int i = 0; i < g->count; i++)
        if (strcmp(g->items[i].name, name) == 0)
            return &g->items[i];
    return NULL;
}

static bool starts(const char *s, const char *prefix);
static char *quoted_name(const char *message);

/* "redefinition of 'Name' as different kind of symbol" where a type guess
 * declared `T Name;`: T is a function typedef. Whether one changed. */
static bool declared_as_function(struct guess_set *g, const char *message)
{
    if (!strstr(message, "as different kind of symbol"))
        return false;
    char *name = quoted_name(message);
    bool changed = false;
    for (int i = 0; name && i < g->count; i++) {
        struct guess *x = &g->items[i];
        if (!x->withdrawn && x->declarator && strcmp(x->declarator, name) == 0 &&
            x->kind < GUESS_FUNCTION_TYPE && is_type_kind(x->kind)) {
            x->kind = GUESS_FUNCTION_TYPE;
            changed = true;
        }
    }
    free(name);
    return changed;
}

static bool after_struct_body(const char *m)
{
    return starts(m, "expected ';' after struct") || starts(m, "expected ';' after union");
}

/* Whether an "expected ';' after struct" error sits on this line: a name
 * there, between the `}` and the typedef name, is an annotation. */
static bool on_struct_end_line(const struct ir_name_diag *diags, int ndiags,
                               const struct ir_diag *d)
{
    for (int i = 0; i < ndiags; i++) {
        const struct ir_diag *e = &diags[i].diag;
        if (after_struct_body(e->message) && e->loc.line == d->loc.line && e->loc.file &&
            d->loc.file && strcmp(e->loc.file, d->loc.file) == 0)
            return true;
    }
    return false;
}

/* The first quoted name in a message, if it is an identifier; owned. */
static char *quoted_name(const char *message)
{
    const char *q = strchr(message, '\'');
    if (!q)
        return NULL;
    const char *e = strchr(q + 1, '\'');
    if (!e || e == q + 1)
        return NULL;
    for (const char *c = q + 1; c < e; c++)
        if (!is_ident_char(*c))
            return NULL;
    if (isdigit((unsigned char)q[1]))
        return NULL;
    return xstrndup(q + 1, (size_t)(e - q - 1));
}

static bool starts(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool names_undeclared(const char *m)
{
    return starts(m, "unknown type name '") || starts(m, "use of undeclared identifier '");
}

static bool names_implicit_function(const char *m)
{
    return starts(m, "call to undeclared function '") ||
           starts(m, "implicit declaration of function '");
}

static bool names_collision(const char *m)
{
    return starts(m, "redefinition of '") || starts(m, "conflicting types for '") ||
           starts(m, "typedef redefinition with different types") ||
           starts(m, "redefinition of enumerator '");
}

#define MISSING_PARAMETER "parameter named '"
#define IMPLICIT_INT "type specifier missing, defaults to 'int'"
#define NO_TYPE_CXX "a type specifier is required for all declarations"

bool guess_reads(int severity, const char *m)
{
    if (severity >= 3)
        return names_undeclared(m) || names_collision(m) || strstr(m, TAG_PREFIX) != NULL ||
               starts(m, "member reference type '") || strstr(m, "(aka 'long long')") ||
               starts(m, "called object type '") || starts(m, MISSING_PARAMETER) ||
               after_struct_body(m) || starts(m, IMPLICIT_INT) || starts(m, NO_TYPE_CXX);
    return names_implicit_function(m) || starts(m, IMPLICIT_INT);
}

/* The kind that accepts both uses. */
static enum guess_kind join(enum guess_kind a, enum guess_kind b)
{
    return a > b ? a : b;
}

static struct guess *add(struct guess_set *g, const char *name, enum guess_kind kind,
                         const struct ir_diag *d)
{
    VEC_GROW(g->items, g->count, g->cap);
    struct guess *x = &g->items[g->count++];
    memset(x, 0, sizeof *x);
    x->name = xstrdup(name);
    x->kind = kind;
    x->file = xstrdup(d->loc.file ? d->loc.file : "");
    x->line = d->loc.line;
    x->column = d->loc.column;
    return x;
}

/* A declaration the prelude writes: functions in C are implicit. */
static bool declared(const struct guess_set *g, const struct guess *x)
{
    return !x->withdrawn && !(x->kind == GUESS_FUNCTION && !g->cplusplus);
}

/* Withdraws the guess named (or tagged) in a collision message; whether one was. */
static bool withdraw_named(struct guess_set *g, const char *message)
{
    bool changed = false;
    for (int i = 0; i < g->count; i++) {
        struct guess *x = &g->items[i];
        if (x->withdrawn || !declared(g, x))
            continue;
        char *quoted = xasprintf("'%s'", x->name);
        char *tag = xasprintf(TAG_PREFIX "%s'", x->name);
        if (strstr(message, quoted) || strstr(message, tag)) {
            x->withdrawn = true;
            changed = true;
        }
        free(tag);
        free(quoted);
    }
    return changed;
}

/* The guess a prelude line declares (line 1 is the comment). */
static struct guess *guess_on_prelude_line(struct guess_set *g, int line)
{
    int at = 1;
    for (int i = 0; i < g->count; i++)
        if (declared(g, &g->items[i]) && ++at == line)
            return &g->items[i];
    return NULL;
}

/* An error that names a guessed type's tag: the type is used in a way the
 * guess does not allow. Members stay unknown; anything else asks for more. */
static bool refine(struct guess_set *g, const char *message)
{
    if (strstr(message, "no member named") || strstr(message, "incomplete definition of type"))
        return false;
    bool changed = false;
    /* `v->f` on a type guessed by value, whatever it was guessed as, or a
     * scalar guess given a pointer (C++ makes that an error): a pointer. */
    bool pointer_into_scalar =
        (starts(message, "cannot initialize a ") || starts(message, "assigning to '")) &&
        strstr(message, "(aka 'long long')") && strstr(message, " *'");
    if (starts(message, "called object type '")) {
        char *name = quoted_name(message);
        struct guess *x = name ? find(g, name) : NULL;
        free(name);
        if (x && !x->withdrawn && is_type_kind(x->kind) && x->kind != GUESS_FUNCTION_POINTER_TYPE) {
            x->kind = GUESS_FUNCTION_POINTER_TYPE;
            return true;
        }
        return false;
    }
    if (starts(message, "member reference type '") || pointer_into_scalar) {
        const char *q = strstr(message, " of type '");
        char *name = quoted_name(starts(message, "cannot initialize a ") && q ? q : message);
        struct guess *x = name ? find(g, name) : NULL;
        free(name);
        if (x && !x->withdrawn && is_type_kind(x->kind) && x->kind != GUESS_POINTER_TYPE) {
            x->kind = GUESS_POINTER_TYPE;
            return true;
        }
        return false;
    }
    for (int i = 0; i < g->count; i++) {
        struct guess *x = &g->items[i];
        if (x->withdrawn || !is_type_kind(x->kind))
            continue;
        char *tag = xasprintf(TAG_PREFIX "%s'", x->name);
        if (strstr(message, tag)) {
            enum guess_kind k = strstr(message, "member reference type") ? GUESS_POINTER_TYPE
                                : x->kind == GUESS_OPAQUE_TYPE && strstr(message, "incomplete")
                                    ? GUESS_STRUCT_TYPE
                                    : GUESS_SCALAR_TYPE;
            if (k > x->kind && x->kind != GUESS_POINTER_TYPE && x->kind < GUESS_FUNCTION_TYPE) {
                x->kind = k;
                changed = true;
            }
        }
        free(tag);
    }
    return changed;
}

/* `MACRO(args) void f(...)` where clang reports the missing type at MACRO:
 * the tokens after its closing parenthesis continue the declaration. */
static bool annotation_call_at(const struct use *u)
{
    if (!is_plain_ident(after(u, 0)) || !is(after(u, 1), "("))
        return false;
    int depth = 0;
    for (int i = 1; i < u->a.count; i++) {
        const char *t = after(u, i);
        if (is(t, "("))
            depth++;
        else if (is(t, ")") && --depth == 0)
            return is_ident(after(u, i + 1));
    }
    return false;
}

/* `MACRO(args) void f(...)` at file scope in C: clang reads MACRO as a
 * declarator with parameters and then misses a parameter name at `f`.
 * Looking back from there, a parenthesized group right after the start of
 * the declaration and followed by more of it is the macro's call; returns
 * its name (owned) or NULL. */
static char *annotation_call_before(const struct use *u)
{
    for (int j = 1; j < u->b.count; j++) {
        if (!is(before(u, j), ")") || !is_ident(before(u, j - 1)))
            continue;
        int depth = 0, k = j;
        for (; k < u->b.count; k++) {
            if (is(before(u, k), ")"))
                depth++;
            else if (is(before(u, k), "(") && --depth == 0)
                break;
        }
        const char *name = before(u, k + 1), *start = before(u, k + 2);
        if (k < u->b.count && is_plain_ident(name) &&
            (statement_start(start) || *start == '"' || is(start, ">")))
            return xstrdup(name);
        return NULL;
    }
    return NULL;
}

static bool is_object_kind(enum guess_kind k)
{
    return k == GUESS_CONSTANT || k == GUESS_VARIABLE || k == GUESS_ARRAY;
}

/* The name a diagnostic asks for and how it is used; false if none. */
static bool classify(const struct guess_set *g, const struct ir_name_diag *nd, struct use *u,
                     char **name, enum guess_kind *kind)
{
    const char *m = nd->diag.message;
    read_use(u, nd->before, nd->after);
    *name = NULL;
    if (starts(m, IMPLICIT_INT) || starts(m, NO_TYPE_CXX)) {
        if (!annotation_call_at(u))
            return false;
        *name = xstrdup(after(u, 0));
        *kind = GUESS_ANNOTATION_CALL;
        return true;
    }
    if (starts(m, MISSING_PARAMETER)) {
        if (g->cplusplus || !(*name = annotation_call_before(u)))
            return false;
        *kind = GUESS_ANNOTATION_CALL;
        return true;
    }
    if (!names_undeclared(m) && !names_implicit_function(m))
        return false;
    *name = quoted_name(m);
    if (!*name || starts(*name, "__storcheck") || strcmp(after(u, 0), *name) != 0) {
        free(*name);
        *name = NULL;
        return false;
    }
    /* `Known v;` where Known is declared but is no type: `v` is a declarator
     * the error left undeclared, not a name of its own (an expression never
     * has two names in a row). */
    if (starts(m, "use of undeclared identifier") && is_plain_ident(before(u, 0))) {
        free(*name);
        *name = NULL;
        return false;
    }
    if (names_implicit_function(m))
        *kind = GUESS_FUNCTION;
    else if (starts(m, "unknown type name"))
        *kind = type_use(u);
    else
        *kind = expression_use(u, g->cplusplus);
    return true;
}

/* Each constant its own value, large so that it meets no `case` label or
 * comparison of the tree's; but an array bound gets a small one (two large
 * bounds make an array too large) and a bit-field width one that fits. */
static long long constant_value(struct guess_set *g, const struct use *u)
{
    int n = g->next_constant++;
    const char *b0 = before(u, 0), *a1 = after(u, 1);
    if (is(b0, "[") && is(a1, "]"))
        return SMALL_CONSTANT + n;
    if (is(b0, ":") && (is(a1, ";") || is(a1, ",")) && !is(before(u, 1), "case"))
        return 1 + n % 31;
    /* A flag: its own bit above a base, so that flags or-ed together equal
     * no single flag and no other constant (`case A | B:` beside `case C:`). */
    bool bitwise = is(b0, "|") || is(b0, "&") || is(b0, "|=") || is(b0, "&=") || is(b0, "~") ||
                   is(a1, "|") || is(a1, "&") || is(a1, "^") || is(b0, "^");
    if (bitwise && g->next_flag_bit < FLAG_BITS)
        return FLAG_BASE | (1LL << g->next_flag_bit++);
    return FIRST_CONSTANT + n;
}

bool guess_update(struct guess_set *g, const struct ir_name_diag *diags, int ndiags)
{
    bool changed = false;
    int first_new = g->count;
    /* Pass 0 reads types, annotations and functions; pass 1 objects and
     * constants, unless pass 0 found a new type: then a name that looks like
     * an object may be a variable whose declaration used that type, and the
     * next parse tells. */
    bool new_type = false;
    for (int pass = 0; pass < 2 && !(pass == 1 && new_type); pass++) {
        for (int i = 0; i < ndiags; i++) {
            const struct ir_diag *d = &diags[i].diag;
            const char *m = d->message;
            if (pass == 0 && d->severity >= 3 && d->loc.file &&
                strcmp(d->loc.file, GUESS_PRELUDE_PATH) == 0) {
                struct guess *x = guess_on_prelude_line(g, d->loc.line);
                if (x) {
                    x->withdrawn = true;
                    changed = true;
                }
                continue;
            }
            if (d->severity >= 3 && names_collision(m)) {
                if (pass == 0)
                    changed |= declared_as_function(g, m) || withdraw_named(g, m);
                continue;
            }
            if (d->severity >= 3 && after_struct_body(m))
                continue;
            if (d->severity >= 3 &&
                (strstr(m, TAG_PREFIX) || starts(m, "member reference type '") ||
                 strstr(m, "(aka 'long long')") || starts(m, "called object type '"))) {
                if (pass == 0)
                    changed |= refine(g, m);
                continue;
            }
            struct use u;
            char *name;
            enum guess_kind kind;
            if (!classify(g, &diags[i], &u, &name, &kind))
                continue;
            if (is_type_kind(kind) && on_struct_end_line(diags, ndiags, d))
                kind = GUESS_ANNOTATION;
            if (is_object_kind(kind) != (pass == 1)) {
                free(name);
                continue;
            }
            /* A declarator after a type guessed in this round (`T v`, `T *v`)
             * is not a name of its own: the next parse declares it. */
            struct guess *prev = find(g, before(&u, 0));
            if (!prev && is(before(&u, 0), "*"))
                prev = find(g, before(&u, 1));
            if (prev && prev - g->items >= first_new &&
                (is_type_kind(prev->kind) || prev->kind == GUESS_ANNOTATION) &&
                kind != GUESS_FUNCTION) {
                free(name);
                continue;
            }
            struct guess *x = find(g, name);
            if (!x) {
                x = add(g, name, kind, d);
                if (is_type_kind(kind) && is_plain_ident(after(&u, 1)) && is(after(&u, 2), ";"))
                    x->declarator = xstrdup(after(&u, 1));
                if (kind == GUESS_CONSTANT)
                    x->value = constant_value(g, &u);
                changed |= declared(g, x);
                new_type |= !is_object_kind(kind) && kind != GUESS_FUNCTION;
            } else if (!x->withdrawn && join(x->kind, kind) != x->kind) {
                bool was = declared(g, x);
                x->kind = join(x->kind, kind);
                changed |= was || declared(g, x);
            }
            free(name);
        }
    }
    return changed;
}

char *guess_prelude(const struct guess_set *g)
{
    struct strbuf sb = {0};
    sb_append(&sb,
              "/* storcheck: declarations guessed for names nothing in the scan declares */\n");
    for (int i = 0; i < g->count; i++) {
        const struct guess *x = &g->items[i];
        if (!declared(g, x))
            continue;
        switch (x->kind) {
        case GUESS_CONSTANT:
            sb_appendf(&sb, "enum { %s = 0x%llX };\n", x->name,
                       x->value ? x->value : FIRST_CONSTANT);
            break;
        case GUESS_VARIABLE:
            sb_appendf(&sb, "extern long long %s;\n", x->name);
            break;
        case GUESS_ARRAY:
            sb_appendf(&sb, "extern long long %s[];\n", x->name);
            break;
        case GUESS_FUNCTION:
            sb_appendf(&sb, "int %s(...);\n", x->name);
            break;
        case GUESS_OPAQUE_TYPE:
            sb_appendf(&sb, "typedef struct " TAG_PREFIX "%s %s;\n", x->name, x->name);
            break;
        case GUESS_STRUCT_TYPE:
            /* C: an empty struct takes any brace initializer with a warning
             * only; C++ rejects excess elements anyway, and takes `{0}` here. */
            sb_appendf(&sb, "typedef struct " TAG_PREFIX "%s {%s} %s;\n", x->name,
                       g->cplusplus ? " char __storcheck_unknown_members; " : "", x->name);
            break;
        case GUESS_POINTER_TYPE:
            /* C++ converts any object pointer to void * but not to another
             * struct's pointer; C converts both ways with a warning. */
            if (g->cplusplus)
                sb_appendf(&sb, "typedef void *%s;\n", x->name);
            else
                sb_appendf(&sb, "typedef struct " TAG_PREFIX "%s *%s;\n", x->name, x->name);
            break;
        case GUESS_SCALAR_TYPE:
            sb_appendf(&sb, "typedef long long %s;\n", x->name);
            break;
        case GUESS_FUNCTION_POINTER_TYPE:
            sb_appendf(&sb, "typedef int (*%s)(%s);\n", x->name, g->cplusplus ? "..." : "");
            break;
        case GUESS_FUNCTION_TYPE:
            sb_appendf(&sb, "typedef int %s(%s);\n", x->name, g->cplusplus ? "..." : "");
            break;
        case GUESS_ANNOTATION:
            sb_appendf(&sb, "#define %s\n", x->name);
            break;
        case GUESS_ANNOTATION_CALL:
            sb_appendf(&sb, "#define %s(...)\n", x->name);
            break;
        }
    }
    return sb_steal(&sb);
}

int guess_count(const struct guess_set *g)
{
    int n = 0;
    for (int i = 0; i < g->count; i++)
        n += !g->items[i].withdrawn;
    return n;
}

void guess_set_free(struct guess_set *g)
{
    for (int i = 0; i < g->count; i++) {
        free(g->items[i].name);
        free(g->items[i].file);
        free(g->items[i].declarator);
    }
    free(g->items);
    memset(g, 0, sizeof *g);
}
