#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Mutation suite for the reference miniport.

usage: mutants_check.py STORCHECK [REFERENCE_DIR [MUTANTS_DIR]]

1. Scans corpus/reference and requires it to be clean (no findings of any
   rule, at any level).
2. For each corpus/mutants/*.patch: copies the reference to a temporary
   folder, applies the patch with `patch -p1`, scans the copy, and compares
   the findings with the `// expect: <rule>[, <rule>]` comments in the
   patched tree (same convention as corpus/cases: `// expect@+N:` points N
   lines down; `// related: <rule>` marks a place a finding of that rule lists
   among its related locations). A mutant passes when every expected (file, line, rule) is
   reported and nothing else is.

Prints one line per mutant, "mutation score: caught/total" (a mutant is
caught when at least one expected finding is reported), and a final
"N passed, M failed" line; exits 1 on any failure.
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

# `expect` names a finding on the line; `related` a place a finding lists
# among its related locations (the same defect, reported once at its first place).
EXPECT = re.compile(r"//\s*(expect|related)(?:@([+-]\d+))?:\s*([a-z0-9][a-z0-9, -]*)")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def expectations(tree):
    want = collections.Counter()
    for dirpath, _, files in os.walk(tree):
        for name in sorted(files):
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, tree)
            with open(path, encoding="utf-8", errors="replace") as f:
                for lineno, line in enumerate(f, 1):
                    for m in EXPECT.finditer(line):
                        target = lineno + int(m.group(2) or 0)
                        for rule in m.group(3).split(","):
                            rule = rule.strip()
                            if rule:
                                want[(rel, target, rule if m.group(1) == "expect" else "related:" + rule)] += 1
    return want


def scan(binary, tree):
    proc = subprocess.run([binary, "--format", "json", "--fail-on", "never", "--no-vcxproj", "--source-root", tree, tree],
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        return None, f"storcheck exit {proc.returncode}: {proc.stderr.strip()}"
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError as e:
        return None, f"bad JSON from storcheck: {e}"
    got = collections.Counter()
    for f in report["findings"]:
        got[(f["file"], f["line"], f["rule"])] += 1
        for r in f.get("related", []):
            got[(r["file"], r["line"], "related:" + f["rule"])] += 1
    return got, None


def show(prefix, keys):
    for (f, line, rule), n in sorted(keys.items()):
        print(f"    {prefix} {f}:{line}: {rule}" + (f" (x{n})" if n > 1 else ""))


def copy_reference(reference, dest):
    shutil.copytree(reference, dest, ignore=shutil.ignore_patterns("*.md"))


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    # patch runs in a copy of the reference: every path must be absolute.
    binary = os.path.abspath(sys.argv[1])
    reference = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "corpus", "reference"))
    mutants = os.path.abspath(sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "corpus", "mutants"))
    passed = failed = 0

    # The reference itself: no expectations, no findings.
    with tempfile.TemporaryDirectory(prefix="storcheck-ref-") as tmp:
        tree = os.path.join(tmp, "reference")
        copy_reference(reference, tree)
        stray = expectations(tree)
        got, err = scan(binary, tree)
        if err or got or stray:
            failed += 1
            print(f"FAIL reference: {err or 'not clean'}")
            if got:
                show("extra:", got)
            if stray:
                show("stray expect comment:", stray)
        else:
            passed += 1
            print("ok   reference: clean")

    patches = sorted(p for p in os.listdir(mutants) if p.endswith(".patch"))
    caught = 0
    per_rule = collections.defaultdict(lambda: [0, 0])  # rule -> mutants caught, mutants
    for patch in patches:
        name = patch[:-len(".patch")]
        with tempfile.TemporaryDirectory(prefix="storcheck-mut-") as tmp:
            tree = os.path.join(tmp, "reference")
            copy_reference(reference, tree)
            proc = subprocess.run(["patch", "-p1", "-s", "-N", "-d", tree, "-i", os.path.join(mutants, patch)],
                                  capture_output=True, text=True)
            if proc.returncode != 0:
                failed += 1
                print(f"FAIL {name}: patch does not apply: {(proc.stdout + proc.stderr).strip()}")
                continue
            want = expectations(tree)
            if not want:
                failed += 1
                print(f"FAIL {name}: the patched tree has no '// expect:' comment")
                continue
            got, err = scan(binary, tree)
            if err:
                failed += 1
                print(f"FAIL {name}: {err}")
                continue
        rules = sorted({k[2] for k in want if not k[2].startswith("related:")})
        hit = +collections.Counter({k: n for k, n in (want & got).items() if not k[2].startswith("related:")})
        for rule in rules:
            per_rule[rule][1] += 1
            if any(k[2] == rule for k in hit):
                per_rule[rule][0] += 1
        if hit:
            caught += 1
        missing = want - got
        extra = got - want
        if missing or extra:
            failed += 1
            state = "caught, inexact" if hit else "NOT caught"
            print(f"FAIL {name} [{', '.join(rules)}]: {state}")
            show("missing:", missing)
            show("extra:  ", extra)
        else:
            passed += 1
            where = ", ".join(f"{f}:{line} {rule}" for (f, line, rule) in sorted(want))
            print(f"ok   {name}: {where}")

    print()
    for rule in sorted(per_rule):
        c, t = per_rule[rule]
        print(f"  {rule:34} {c}/{t} mutants caught")
    print(f"mutation score: {caught}/{len(patches)}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not patches else 0


if __name__ == "__main__":
    sys.exit(main())
