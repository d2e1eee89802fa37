/* SPDX-License-Identifier: Apache-2.0 */
/* Fuzzes include planning (includes.c): the input is the unit's text; a few
 * headers with awkward names sit beside it. */
#include <sys/stat.h>

#include "fuzz_util.h"
#include "includes.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    if (!ready) {
        static const uint8_t h[] = "#include \"B.h\"\n#define X 1\n";
        static const uint8_t b[] = "#include \"a.h\"\n#include \"../x/y.h\"\n";
        free(fuzz_write("a.h", h, sizeof h - 1));
        free(fuzz_write("b.h", b, sizeof b - 1));
        char *sub = path_join(fuzz_scratch(), "Inc");
        mkdir(sub, 0755);
        free(sub);
        free(fuzz_write("Inc/Hw.H", h, sizeof h - 1));
        ready = 1;
    }
    char *path = fuzz_write("unit.c", data, size);
    struct include_search s;
    memset(&s, 0, sizeof s);
    char *inc = path_join(fuzz_scratch(), "Inc");
    strlist_add_owned(&s.quote_dirs, inc);
    strlist_add(&s.name_dirs, fuzz_scratch());
    struct include_plan p;
    memset(&p, 0, sizeof p);
    char *err = NULL;
    includes_plan(path, &s, &p, &err);
    free(err);
    include_plan_free(&p);
    strlist_free(&s.quote_dirs);
    strlist_free(&s.name_dirs);
    free(path);
    return 0;
}
