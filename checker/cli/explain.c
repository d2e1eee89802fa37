/* SPDX-License-Identifier: Apache-2.0 */
/* explain.c — see explain.h. */
#define _POSIX_C_SOURCE 200809L
#include "explain.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "util.h"

char *explain_page_path(const char *data_dir, const char *rule_id)
{
    /* Installed: <prefix>/share/storcheck → <prefix>/share/doc/storcheck/rules.
     * Source tree: <src>/rules → <src>/docs/rules. */
    static const char *const layouts[] = {"../doc/storcheck/rules", "../docs/rules"};
    for (size_t i = 0; i < sizeof layouts / sizeof *layouts; i++) {
        char *name = xasprintf("%s/%s/%s.md", data_dir, layouts[i], rule_id);
        char *path = path_absolute(name);
        free(name);
        if (path_is_file(path))
            return path;
        free(path);
    }
    return NULL;
}

/* Inline marks: `code` and **bold** lose their marks; [text](target) keeps
 * the text, and the target when it is a web address a reader can open. */
static void render_inline(const char *s, size_t n, FILE *out)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '`') {
            continue;
        } else if (s[i] == '*' && i + 1 < n && s[i + 1] == '*') {
            i++;
        } else if (s[i] == '[') {
            const char *close = memchr(s + i, ']', n - i);
            if (close && (size_t)(close - s) + 1 < n && close[1] == '(') {
                const char *end = memchr(close, ')', n - (size_t)(close - s));
                if (end) {
                    render_inline(s + i + 1, (size_t)(close - s - (long)i - 1), out);
                    const char *target = close + 2;
                    size_t tlen = (size_t)(end - target);
                    if (tlen > 8 && strncmp(target, "https://", 8) == 0)
                        fprintf(out, " <%.*s>", (int)tlen, target);
                    i = (size_t)(end - s);
                    continue;
                }
            }
            fputc('[', out);
        } else {
            fputc(s[i], out);
        }
    }
}

void explain_render(const char *md, FILE *out)
{
    bool in_code = false;
    for (const char *line = md; *line;) {
        const char *nl = strchr(line, '\n');
        size_t n = nl ? (size_t)(nl - line) : strlen(line);
        if (n >= 3 && strncmp(line, "```", 3) == 0) {
            in_code = !in_code;
        } else if (in_code) {
            fprintf(out, "    %.*s\n", (int)n, line);
        } else if (line[0] == '#') {
            size_t level = strspn(line, "#");
            const char *title = line + level;
            size_t tlen = n - level;
            while (tlen && *title == ' ')
                title++, tlen--;
            /* Rendered into memory first: the underline is as wide as the title. */
            char *buf = NULL;
            size_t blen = 0;
            FILE *f = open_memstream(&buf, &blen);
            if (!f)
                return;
            render_inline(title, tlen, f);
            fclose(f);
            fprintf(out, "%s\n", buf);
            for (size_t i = utf8_count(buf, blen); i > 0; i--) /* one mark per character */
                fputc(level == 1 ? '=' : '-', out);
            fputc('\n', out);
            free(buf);
        } else {
            render_inline(line, n, out);
            fputc('\n', out);
        }
        line = nl ? nl + 1 : line + n;
    }
}
