#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""On-demand benchmark: storcheck against plain clang on the same units.

For each tree, the baseline is `clang -fsyntax-only` over every unit with the
exact arguments storcheck uses (--print-args), run one after another; the
measurement is `storcheck -j1` on the tree (parse, lower, link, analyse,
report). Prints wall time, peak memory and the ratio to the baseline
measured in the same run, so numbers from different machines compare.

usage: bench/bench.py [--storcheck BUILD/storcheck] [--clang clang-19] [--repeat N] TREE...
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import time


def run_timed(cmd):
    """Wall time and this process's own peak resident memory (KiB), via wait4."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - t0, usage.ru_maxrss


def units_of(storcheck, tree):
    proc = subprocess.run([storcheck, "--stats", "--format", "json", tree], capture_output=True, text=True)
    stats = json.loads(proc.stdout)
    root = os.path.abspath(tree)
    return [os.path.join(root, u["file"]) for u in stats["per_unit"]]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--storcheck", default=os.path.join(os.path.dirname(__file__), "..", "build", "storcheck"))
    ap.add_argument("--clang", default="clang-19")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("trees", nargs="+")
    a = ap.parse_args()
    print(f"{'tree':40} {'units':>5} {'clang s':>8} {'storcheck s':>11} {'ratio':>6} {'peak MiB':>8}")
    for tree in a.trees:
        units = units_of(a.storcheck, tree)
        commands = []
        for u in units:
            out = subprocess.run([a.storcheck, "--print-args", u, tree], capture_output=True, text=True).stdout
            argv = shlex.split(out)
            argv[0] = a.clang
            commands.append(argv)
        best_base = best_tool = float("inf")
        peak = 0
        for _ in range(a.repeat):
            base = 0.0
            for cmd in commands:
                base += run_timed(cmd)[0]
            best_base = min(best_base, base)
            elapsed, maxrss = run_timed([a.storcheck, "-j1", "--fail-on", "never", tree])
            best_tool = min(best_tool, elapsed)
            peak = max(peak, maxrss)
        ratio = best_tool / best_base if best_base > 0 else float("nan")
        print(f"{os.path.relpath(tree):40} {len(units):>5} {best_base:>8.3f} {best_tool:>11.3f} {ratio:>6.2f} {peak / 1024:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
