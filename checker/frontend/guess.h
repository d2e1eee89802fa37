/* SPDX-License-Identifier: Apache-2.0 */
/* guess.h — honest guesses for names that nothing the scan can see declares.
 *
 * A driver tree parsed without its WDK, its generated headers or a build
 * uses names that no header here declares. Instead of losing every function
 * that touches one, storcheck declares each such name itself, from how the
 * unit uses it, in a prelude that clang force-includes (`-include`) ahead of
 * the unit (so no line number moves), and parses again; a few rounds at most.
 * Every guess is recorded and reported: a unit parsed with guesses is not a
 * clean unit.
 *
 * This module works on plain data: the diagnostics of one parse (message,
 * location, the source text around the name) in, a prelude out. It never
 * guesses a name that clang did not report as unknown or undeclared, so a
 * guess cannot shadow a declaration of the tree or of the model headers; and
 * when a guess collides with a declaration that comes later (clang reports a
 * redefinition or a conflict naming it), the guess is withdrawn for good and
 * the original error stays.
 *
 * Which diagnostics are read:
 *   error   "unknown type name 'X'"                     (C and C++)
 *   error   "use of undeclared identifier 'X'"          (C and C++; C also
 *           reports a type used in a declaration this way)
 *   warning "call to undeclared function 'X'..." and
 *           "implicit declaration of function 'X'..."   (C)
 *   error   "parameter named 'f' is missing"            (C: `MACRO(args)`
 *           written before a file-scope declaration `void f(...)`)
 *   error or warning "type specifier missing, defaults to 'int'" (C) and
 *   error   "a type specifier is required for all declarations" (C++),
 *           at `MACRO(args)` followed by more of a declaration
 *   error   naming a guessed type's tag (see below)     (refines a guess)
 *   error   "expected ';' after struct" / "after union" (marks an annotation)
 *   error   "redefinition of 'X'", "conflicting types for 'X'",
 *           "typedef redefinition with different types" naming a guess's tag,
 *           or any error inside the prelude             (withdraws a guess)
 *
 * The kinds, and the usage each is decided from (the tokens around the
 * name; `T` stands for the unknown name):
 *   opaque type      `T *p`, `(T *)e`: used only through pointers.
 *                    `typedef struct __storcheck_guess_T T;` (incomplete)
 *   struct type      `T v;`, `T f(...)`, a parameter `T p`, `sizeof(T)`:
 *                    used by value. `typedef struct __storcheck_guess_T {} T;`
 *                    in C (an empty struct takes any brace initializer with
 *                    only a warning), `{ char __storcheck_unknown_members; }`
 *                    in C++ — no member is known, so `v.f` stays an error.
 *                    An opaque type that a later parse needs complete
 *                    becomes this.
 *   pointer type     a struct or scalar guess that a later parse
 *                    dereferences with `->` ("member reference type ... is
 *                    not a pointer"), or (C++) a scalar guess initialized or
 *                    assigned from a pointer:
 *                    `typedef struct __storcheck_guess_T *T;` (C),
 *                    `typedef void *T;` (C++, which converts any object
 *                    pointer to it) — the members stay unknown, so `v->f`
 *                    stays an error.
 *   function type    a struct guess declared as `T Name;` whose Name is
 *                    later defined as a function (clang: "redefinition of
 *                    'Name' as different kind of symbol"), the way role
 *                    typedefs declare callbacks: `typedef int T();` (C; a
 *                    definition with other types is then only MSVC's C4028),
 *                    `typedef int T(...);` (C++)
 *   function pointer type  a type guess that a later parse calls through
 *                    ("called object type 'T' ... is not a function"):
 *                    `typedef int (*T)();` (C), `typedef int (*T)(...);` (C++)
 *   scalar type      `(T)e`: a cast by value; or a struct guess that a later
 *                    parse uses as a number (an error naming its tag that is
 *                    not about members: operands, conversions, conditions).
 *                    `typedef long long T;`
 *   annotation       `T U v`, `T void f(...)`: a name between a declaration's
 *                    start and its type, like a SAL annotation or a calling
 *                    convention macro; or a name between a struct's `}` and
 *                    its typedef name (clang: "expected ';' after struct" on
 *                    the same line), like a packing macro.
 *                    `#define T` (expands to nothing)
 *   annotation call  `T(args) void f(...)`: a function-like macro in a
 *                    declaration position. `#define T(...)`
 *   function         `T(args)` in an expression. C: clang's implicit
 *                    `int T()` already stands, so the guess is recorded and
 *                    nothing is declared; C++: `int T(...);`
 *   constant         an operand in an expression, `case T:`. Each constant
 *                    gets its own large value, so two guessed `case` labels
 *                    or a comparison of two guesses never collide.
 *                    `enum { T = 0x5C000001 };`, then 0x5C000002...; first
 *                    needed as an array bound `[T]`, 0x100 + n instead (two
 *                    large bounds would make an array too large); as a
 *                    bit-field width, a width that fits; as a flag (next to
 *                    `|`, `&`, `^`, `~`), its own bit above 0x20000000, so
 *                    that flags or-ed together equal no other constant.
 *   variable         assigned, incremented, its address taken, or a member
 *                    of it accessed (which stays an error). `extern long long T;`
 *   array            indexed. `extern long long T[];`
 * When uses disagree, the kind that accepts more of them wins (in the order
 * above, scalar type over struct over opaque; a function over an object).
 * A round that finds a new type or annotation guesses no object or constant:
 * in C a variable declared with an unknown type is itself undeclared
 * afterwards, and the next parse (with the type) tells which names remain.
 */
#ifndef STORCHECK_GUESS_H
#define STORCHECK_GUESS_H

#include <stdbool.h>

#include "ir.h"

/* The path the prelude is given to clang under; nothing exists there on disk. */
#define GUESS_PRELUDE_PATH "/__storcheck_guess__/prelude.h"

/* How many times a unit is parsed again with a new prelude, at most. */
#define GUESS_MAX_ROUNDS 4

enum guess_kind {
    GUESS_CONSTANT,
    GUESS_VARIABLE,
    GUESS_ARRAY,
    GUESS_FUNCTION,
    GUESS_OPAQUE_TYPE,
    GUESS_STRUCT_TYPE,
    GUESS_POINTER_TYPE,
    GUESS_SCALAR_TYPE,
    GUESS_FUNCTION_TYPE,
    GUESS_FUNCTION_POINTER_TYPE,
    GUESS_ANNOTATION,
    GUESS_ANNOTATION_CALL,
};

struct guess {
    char *name;
    enum guess_kind kind;
    char *file; /* the first use that needed it */
    int line, column;
    long long value;  /* GUESS_CONSTANT */
    char *declarator; /* a type's first `T Name;`: tells a function typedef (GUESS_FUNCTION_TYPE) */
    bool withdrawn;   /* collided with a later declaration: not declared, never guessed again */
};

struct guess_set {
    struct guess *items;
    int count, cap;
    bool cplusplus;    /* the unit is C++: functions are declared, not implicit */
    int next_constant; /* distinct values for constants */
    int next_flag_bit; /* distinct bits for constants used as flags */
};

/* Whether a diagnostic of this severity (2 warning, 3+ error) and message is
 * one guess_update reads; the frontend keeps the text around those only. */
bool guess_reads(int severity, const char *message);

/* Reads the name diagnostics of one parse: adds guesses for new names,
 * refines or withdraws earlier ones. Returns whether the prelude changed,
 * i.e. whether parsing again can help. */
bool guess_update(struct guess_set *g, const struct ir_name_diag *diags, int ndiags);

/* The prelude for the guesses in effect; caller owns. */
char *guess_prelude(const struct guess_set *g);

/* Guesses in effect (not withdrawn). */
int guess_count(const struct guess_set *g);

/* "opaque type", "constant"...; static storage. */
const char *guess_kind_name(enum guess_kind k);
/* The static name guess_kind_name gives for a kind spelled `name`, or NULL
 * when no kind is spelled so (a unit read back from bytes keeps the
 * pointer comparisons working). */
const char *guess_kind_intern(const char *name);

void guess_set_free(struct guess_set *g);

#endif
