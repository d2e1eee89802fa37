#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Parse fidelity and findings on real driver trees, for docs/fidelity.md.

usage: bench/trees.py STORCHECK TREE [TREE...]

For each tree (a driver folder or a repository root), runs storcheck
zero-config as a user would and prints one Markdown row: drivers found,
units, clean, with guesses (and how many names were guessed), skipped,
incomplete, roles found, findings per rule, and the wall time. The trees
are fetched by whoever measures; nothing of them is kept here.
"""
import json
import subprocess
import sys
import time
import collections


def run(binary, args):
    t0 = time.monotonic()
    p = subprocess.run([binary, *args], capture_output=True, text=True)
    return p, time.monotonic() - t0


def main():
    binary, trees = sys.argv[1], sys.argv[2:]
    print("| tree | drivers | units | clean | with guesses (names) | skipped | incomplete | roles | findings | time |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
    for tree in trees:
        stats, _ = run(binary, ["--stats", "--format", "json", tree])
        try:
            s = json.loads(stats.stdout)
        except json.JSONDecodeError:
            print(f"| {tree} | error: {stats.stderr.strip()[:200]} |")
            continue
        rep, secs = run(binary, ["--format", "json", "--fail-on", "never", tree])
        try:
            r = json.loads(rep.stdout)
            by_rule = collections.Counter(f["rule"] for f in r["findings"])
            found = ", ".join(f"{k} {v}" for k, v in sorted(by_rule.items())) or "0"
        except json.JSONDecodeError:
            found = "report error"
        print(f"| {tree} | {s.get('drivers', '?')} | {s['units']} | {s.get('units_clean', '?')} | "
              f"{s.get('units_guessed', '?')} ({s.get('guesses', '?')}) | {s.get('units_skipped', '?')} | "
              f"{s.get('units_incomplete', '?')} | {s.get('roles', '?')} | {found} | {secs:.1f} s |")


if __name__ == "__main__":
    main()
