#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The unit cache and worker count change nothing but the time.

usage: cache_check.py STORCHECK SOURCE_DIR jobs|cache

jobs:  -j1 and -j4 give byte-identical JSON reports on the corpus reference
       and cases.
cache: on a copy of the reference, a cold cache, a warm one and --no-cache
       give the same report; damaged entries are ignored and rebuilt; editing
       a header makes exactly the units that read it parse again; another
       DDI model or tool version makes every unit parse again. Every run
       uses a cache folder of its own (never the user's)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

STORCHECK, SRC, MODE = sys.argv[1], sys.argv[2], sys.argv[3]
failures = 0


def check(ok, what):
    global failures
    if not ok:
        failures += 1
        print("FAIL:", what)


def run(args, env_extra=None, cache=None):
    env = dict(os.environ)
    env["XDG_CACHE_HOME"] = os.path.join(TMP, "xdg")  # never the user's folder
    env.update(env_extra or {})
    cmd = [STORCHECK, "--fail-on", "never", "--allow-incomplete"]
    cmd += ["--no-cache"] if cache is None else ["--cache", cache]
    p = subprocess.run(cmd + args, capture_output=True, text=True, env=env)
    return p.stdout


def report(tree, cache=None, env_extra=None, extra=()):
    return run(["--format", "json", "--source-root", tree, *extra, tree], env_extra, cache)


def parsed_units(tree, cache, env_extra=None, extra=()):
    """The units this run parsed (not taken from the cache), by file name."""
    stats = json.loads(run(["--stats", "--format", "json", "--source-root", tree, *extra, tree], env_extra, cache))
    return sorted(os.path.basename(u["file"]) for u in stats["per_unit"] if not u["from_cache"])


def jobs():
    for case in ("reference", "cases"):
        tree = os.path.join(SRC, "corpus", case)
        one = report(tree, extra=("-j1",))
        four = report(tree, extra=("-j4",))
        check(one == four, f"{case}: -j1 and -j4 reports differ")
        check(json.loads(one)["findings"] is not None, f"{case}: no report")


def cache():
    tree = os.path.join(TMP, "reference")
    shutil.copytree(os.path.join(SRC, "corpus", "reference"), tree)
    folder = os.path.join(TMP, "cache")
    plain = report(tree)
    cold = report(tree, folder)
    warm = report(tree, folder)
    check(plain == cold, "a cold cache changes the report")
    check(plain == warm, "a warm cache changes the report")
    units = sorted(n for n in os.listdir(tree) if n.endswith(".c"))
    check(parsed_units(tree, folder) == [], "a warm cache still parses units")

    # Damaged entries: truncated, a byte flipped, foreign bytes. Each is
    # ignored, its unit parsed again and the entry rewritten.
    entries = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".unit"))
    check(len(entries) == len(units), f"{len(entries)} entries for {len(units)} units")
    with open(entries[0], "r+b") as f:
        f.truncate(os.path.getsize(entries[0]) // 2)
    with open(entries[1], "r+b") as f:
        data = bytearray(f.read())
        data[len(data) // 2] ^= 0x5A
        f.seek(0)
        f.write(data)
    with open(entries[2], "wb") as f:
        f.write(b"not an entry at all")
    check(report(tree, folder) == plain, "damaged entries change the report")
    check(parsed_units(tree, folder) == [], "damaged entries were not rebuilt")

    # A header one unit reads and the others do not.
    with open(os.path.join(tree, "only_pnp.h"), "w") as f:
        f.write("#define ONLY_PNP_VALUE 1\n")
    with open(os.path.join(tree, "pnp.c"), "a") as f:
        f.write('\n#include "only_pnp.h"\n')
    # a header added to the tree may change how any include resolves
    check(parsed_units(tree, folder) == units, "a new header leaves units cached")
    with open(os.path.join(tree, "pnp.c"), "a") as f:
        f.write("/* edited */\n")
    check(parsed_units(tree, folder) == ["pnp.c"], "editing pnp.c parses other units too")
    with open(os.path.join(tree, "only_pnp.h"), "a") as f:
        f.write("/* edited */\n")
    check(parsed_units(tree, folder) == ["pnp.c"], "editing a header pnp.c alone reads parses other units")
    with open(os.path.join(tree, "refminiport.h"), "a") as f:
        f.write("/* edited */\n")
    check(parsed_units(tree, folder) == units, "editing a header every unit reads leaves units cached")
    check(report(tree, folder) == report(tree), "after edits, the cached report differs from a plain one")

    # Another DDI model, another tool: nothing cached holds.
    ddi = os.path.join(TMP, "ddi.json")
    with open(os.path.join(SRC, "rules", "ddi.json")) as f:
        text = f.read()
    with open(ddi, "w") as f:
        f.write(text + "\n")
    check(parsed_units(tree, folder, extra=("--ddi-model", ddi)) == units, "another DDI model reuses units")
    other = {"STORCHECK_CACHE_TOOL_ID": "another version"}
    check(parsed_units(tree, folder, other) == units, "another tool version reuses units")
    check(parsed_units(tree, folder, other) == [], "the other tool version's entries were not kept")


with tempfile.TemporaryDirectory() as TMP:
    {"jobs": jobs, "cache": cache}[MODE]()
sys.exit(1 if failures else 0)
