/* SPDX-License-Identifier: Apache-2.0 */
/* frontend.h — libclang: parse one translation unit and lower it to the IR.
 *
 * This is the only module that includes clang-c/Index.h. A frontend holds one
 * CXIndex and is used by one thread at a time; workers each make their own.
 * The libclang unit is disposed before frontend_parse returns: nothing of
 * libclang outlives the call.
 */
#ifndef STORCHECK_FRONTEND_H
#define STORCHECK_FRONTEND_H

#include "includes.h"
#include "ir.h"

struct frontend;

struct frontend *frontend_new(void);
void frontend_free(struct frontend *fe);

/* Parses `file` with the complete clang argument list `args` (as printed by
 * --print-args, without the file name) and the include plan's in-memory
 * files, and lowers every function defined outside system headers. Fills
 * *out (zeroed by the caller). Returns 0 when a unit was produced (it may
 * still have errors), -1 when libclang produced none (out->failure says why). */
int frontend_parse(struct frontend *fe, const char *file, const struct strlist *args,
                   const struct include_plan *plan, struct ir_unit *out);

/* The folder of clang's own headers (stddef.h, stdarg.h...), or NULL; caller owns. */
char *frontend_resource_include_dir(void);

/* The clang version libclang reports; caller owns. */
char *frontend_clang_version(void);

#endif
