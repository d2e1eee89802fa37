/* SPDX-License-Identifier: Apache-2.0 */
/* report_text.c — clang-style text: "file:line:col: level: message [rule]"
 * with the source line and a caret, the trace as "note:" lines likewise,
 * each other place of the same defect as a "note: also here" line likewise,
 * the counts per rule and a one-line summary (both left out by --quiet). Bytes from the scanned
 * tree that could move the cursor or change colours (control characters,
 * invalid UTF-8) are printed as \\xNN, so a hostile file name cannot forge
 * a line or drive the terminal. */
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "rules.h"
#include "util.h"

#define C_BOLD "\033[1m"
#define C_RESET "\033[0m"

static const char *level_colour(int level)
{
    return level == LEVEL_ERROR ? "\033[1;31m" : level == LEVEL_WARNING ? "\033[1;35m" : "\033[1;36m";
}

static void put_escaped(const char *s, FILE *out)
{
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    size_t n = strlen((const char *)p);
    for (size_t i = 0; i < n;) {
        unsigned c = p[i];
        if (c == '\\') {
            fputs("\\\\", out);
            i++;
        } else if (c < 0x20 || c == 0x7f) {
            fprintf(out, "\\x%02x", c);
            i++;
        } else if (c < 0x80) {
            fputc((int)c, out);
            i++;
        } else {
            /* a valid sequence passes, except the C1 controls (U+0080..U+009F) */
            int len = utf8_valid_length(p + i, n - i);
            uint32_t cp;
            if (len && utf8_decode(p + i, n - i, &cp) && cp >= 0xA0) {
                fwrite(p + i, 1, (size_t)len, out);
                i += (size_t)len;
            } else {
                fprintf(out, "\\x%02x", c);
                i++;
            }
        }
    }
}

/* Text is read in a terminal and clicked in editors: paths open from the
 * current folder (relative below it, absolute elsewhere), whatever the
 * source root that the machine-read formats use. */
static void put_loc(const struct report_data *d, const struct ir_loc *loc, bool color, FILE *out)
{
    (void)d;
    char *cwd = path_absolute(".");
    char *rel = path_relative(loc->file ? loc->file : "", cwd);
    free(cwd);
    if (color)
        fputs(C_BOLD, out);
    put_escaped(rel, out);
    fprintf(out, ":%d:%d:", loc->line, loc->column);
    if (color)
        fputs(C_RESET, out);
    free(rel);
}

static void put_level(int level, const char *name, bool color, FILE *out)
{
    fputc(' ', out);
    if (color)
        fputs(level_colour(level), out);
    fprintf(out, "%s:", name);
    if (color)
        fputs(C_RESET, out);
    fputc(' ', out);
}

/* clang's shape: the offending line, then a caret under the column. Tabs
 * are expanded to 8 columns and a UTF-8 sequence is one column, so the
 * caret lands under the character the column names. */
static void put_excerpt(const struct report_data *d, const struct ir_loc *loc, bool color, FILE *out)
{
    const char *text;
    size_t len;
    if (!loc->file || loc->line <= 0 || !source_line(source_get(d->sources, loc->file), loc->line, &text, &len))
        return;
    if (len > 400) /* a generated or minified line: the excerpt would not help */
        return;
    char *line = xstrndup(text, len);
    struct strbuf shown = {0};
    int caret = -1, width = 0;
    for (size_t i = 0; i <= len;) {
        if ((int)i == loc->column - 1)
            caret = width;
        if (i == len)
            break;
        if (line[i] == '\t') {
            int to = (width / 8 + 1) * 8;
            for (; width < to; width++)
                sb_append(&shown, " ");
            i++;
        } else {
            uint32_t cp;
            size_t n = utf8_decode((const unsigned char *)line + i, len - i, &cp);
            sb_appendn(&shown, line + i, n);
            width++; /* one column per character */
            for (size_t k = 1; k < n && caret < 0; k++)
                if ((int)(i + k) == loc->column - 1)
                    caret = width - 1; /* a column inside a character points at it */
            i += n;
        }
    }
    fputs("    ", out);
    put_escaped(shown.data ? shown.data : "", out);
    fputc('\n', out);
    if (caret >= 0) {
        fprintf(out, "    %*s", caret, "");
        fputs(color ? "\033[1;32m^\033[0m\n" : "^\n", out);
    }
    sb_free(&shown);
    free(line);
}

static const char *plural(int n)
{
    return n == 1 ? "" : "s";
}

/* "by rule: a 3, b 1" when more than one finding is reported, in the
 * order of the rule table. */
static void put_rule_counts(const struct report_data *d, FILE *out)
{
    int *n = report_counts_by_rule(d);
    int total = 0;
    for (int r = 0; r < rules_count; r++)
        total += n[r];
    if (total >= 2) {
        fputs("storcheck: by rule:", out);
        const char *sep = " ";
        for (int r = 0; r < rules_count; r++)
            if (n[r]) {
                fprintf(out, "%s%s %d", sep, rules_table[r].id, n[r]);
                sep = ", ";
            }
        fputc('\n', out);
    }
    free(n);
}

void report_text(const struct report_data *d, bool color, FILE *out)
{
    const struct findings *fs = &d->scan->findings;
    int suppressed = 0, baselined = 0;
    for (int i = 0; i < fs->count; i++) {
        const struct finding *f = &fs->items[i];
        suppressed += d->state[i].disposition == DISP_SUPPRESSED_IN_SOURCE;
        baselined += d->state[i].disposition == DISP_SUPPRESSED_BASELINE;
        if (d->state[i].disposition != DISP_REPORTED)
            continue;
        put_loc(d, &f->loc, color, out);
        put_level(f->level, level_name(f->level), color, out);
        put_escaped(f->message, out);
        fprintf(out, " [%s]", f->rule);
        /* Named only when there is more than one to tell apart. */
        if (f->driver && d->scan->drivers.count > 1) {
            fputs(" (driver ", out);
            put_escaped(f->driver, out);
            fputc(')', out);
        }
        fputc('\n', out);
        put_excerpt(d, &f->loc, color, out);
        for (int s = 0; s < f->ntrace; s++) {
            put_loc(d, &f->trace[s].loc, color, out);
            put_level(LEVEL_NOTE, "note", color, out);
            put_escaped(f->trace[s].message, out);
            fputc('\n', out);
            put_excerpt(d, &f->trace[s].loc, color, out);
        }
        for (int r = 0; r < f->nrelated; r++) {
            put_loc(d, &f->related[r].loc, color, out);
            put_level(LEVEL_NOTE, "note", color, out);
            fputs("also here\n", out);
            put_excerpt(d, &f->related[r].loc, color, out);
        }
    }
    if (d->o && d->o->quiet)
        return;
    put_rule_counts(d, out);
    int c[5];
    report_counts(d, c);
    const struct scan_result *r = d->scan;
    static const char *const state_words[] = {
        [UNIT_CLEAN] = "clean", [UNIT_GUESSED] = "with guesses", [UNIT_SKIPPED] = "skipped",
        [UNIT_INCOMPLETE] = "incomplete"};
    fprintf(out, "storcheck: %d unit%s (", r->nunits, plural(r->nunits));
    const char *sep = "";
    for (int s = UNIT_CLEAN; s <= UNIT_INCOMPLETE; s++)
        if (r->nstate[s] || (s == UNIT_CLEAN && r->nunits == 0)) {
            fprintf(out, "%s%d %s", sep, r->nstate[s], state_words[s]);
            sep = ", ";
        }
    fprintf(out, "), %d error%s, %d warning%s, %d note%s", c[LEVEL_ERROR], plural(c[LEVEL_ERROR]),
            c[LEVEL_WARNING], plural(c[LEVEL_WARNING]), c[LEVEL_NOTE], plural(c[LEVEL_NOTE]));
    if (suppressed)
        fprintf(out, "; %d suppressed in source", suppressed);
    if (baselined)
        fprintf(out, "; %d in the baseline", baselined);
    if (d->outside_changes)
        fprintf(out, "; %d outside the changed lines", d->outside_changes);
    if (r->nguesses)
        fprintf(out, "; %d name%s guessed (--stats lists them)", r->nguesses, plural(r->nguesses));
    fputc('\n', out);
}
