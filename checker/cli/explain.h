/* SPDX-License-Identifier: Apache-2.0 */
/* explain.h — `storcheck --explain RULE`: a rule's page in the terminal.
 *
 * The pages are the Markdown files under docs/rules/ (installed under
 * <prefix>/share/doc/storcheck/rules/); this module finds the page for a
 * rule id and renders it as plain text: headings underlined, code blocks
 * indented, inline Markdown marks dropped.
 */
#ifndef STORCHECK_EXPLAIN_H
#define STORCHECK_EXPLAIN_H

#include <stdio.h>

/* The path of a rule's page, looked up from the data folder
 * (scan_data_dir()), or NULL when no page exists. Caller owns. */
char *explain_page_path(const char *data_dir, const char *rule_id);

/* Writes Markdown text as terminal text. */
void explain_render(const char *markdown, FILE *out);

#endif
