#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Corpus driver: scans each case folder and compares findings with the
`// expect: <rule>` annotations in its sources, in both directions.

A case is a folder holding .c/.h files. `// expect: a, b` names findings on
that line; `// expect@+N: a` / `// expect@-N: a` on the line N away.
`// related: a` names a place that a finding of rule a lists among its
related locations (one defect with several places is one finding, at the
earliest place), with the same @+N form. A case
with `// expect-no-findings` must produce nothing. A case fails on a missing
finding, an extra finding, a wrong line, or a unit that does not parse."""
import collections
import json
import os
import re
import subprocess
import sys

# `expect` names a finding on the line; `related` a place a finding lists
# among its related locations (the same defect, reported once at its first place).
EXPECT = re.compile(r"//\s*(expect|related)(?:@([+-]\d+))?:\s*([a-z0-9][a-z0-9, -]*)")
CLEAN = "expect-no-findings"


def expectations(case):
    want = collections.Counter()
    clean = False
    for dirpath, _, files in os.walk(case):
        for name in sorted(files):
            if not name.endswith((".c", ".h")):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, case)
            with open(path, encoding="utf-8", errors="replace") as f:
                for lineno, line in enumerate(f, 1):
                    if CLEAN in line:
                        clean = True
                    for m in EXPECT.finditer(line):
                        target = lineno + int(m.group(2) or 0)
                        for rule in m.group(3).split(","):
                            rule = rule.strip()
                            if rule:
                                want[(rel, target, rule if m.group(1) == "expect" else "related:" + rule)] += 1
    return want, clean


def scan(binary, case):
    proc = subprocess.run([binary, "--format", "json", "--fail-on", "never", "--no-vcxproj", "--source-root", case, case],
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        return None, f"exit {proc.returncode}: {proc.stderr.strip()}"
    report = json.loads(proc.stdout)
    got = collections.Counter()
    for f in report["findings"]:
        got[(f["file"], f["line"], f["rule"])] += 1
        for r in f.get("related", []):
            got[(r["file"], r["line"], "related:" + f["rule"])] += 1
    return got, None


def main():
    binary, roots = sys.argv[1], sys.argv[2:]
    cases = []
    for root in roots:
        for dirpath, dirs, files in os.walk(root):
            dirs.sort()
            if any(f.endswith(".c") for f in files):
                cases.append(dirpath)
                dirs[:] = []
    passed = failed = 0
    table = collections.defaultdict(lambda: [0, 0, 0])  # rule -> found, expected, extra
    for case in cases:
        want, clean = expectations(case)
        name = os.path.relpath(case)
        if not want and not clean:
            print(f"FAIL {name}: no expectations and no '{CLEAN}' marker")
            failed += 1
            continue
        got, err = scan(binary, case)
        if err:
            print(f"FAIL {name}: {err}")
            failed += 1
            continue
        for key, n in want.items():
            table[key[2]][1] += n
            table[key[2]][0] += min(n, got.get(key, 0))
        missing = want - got
        extra = got - want
        for key, n in extra.items():
            table[key[2]][2] += n
        if missing or extra:
            failed += 1
            print(f"FAIL {name}")
            for (f, line, rule), n in sorted(missing.items()):
                print(f"  missing: {f}:{line}: {rule}")
            for (f, line, rule), n in sorted(extra.items()):
                print(f"  extra:   {f}:{line}: {rule}")
        else:
            passed += 1
    print(f"\n{'rule':40} {'found':>6} {'expected':>9} {'extra':>6}")
    for rule in sorted(table):
        found, expected, extra = table[rule]
        print(f"{rule:40} {found:>6} {expected:>9} {extra:>6}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
