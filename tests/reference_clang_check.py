#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The reference miniport is plain, warning-free C for the bundled model
headers: each unit must pass `clang -fsyntax-only` with the exact arguments
storcheck uses (from --print-args), made strict with -Wall -Wextra -Werror
and implicit declarations turned back into errors.

usage: reference_clang_check.py STORCHECK CLANG REFERENCE_DIR"""
import os
import shlex
import subprocess
import sys

STRICT = ["-Wall", "-Wextra", "-Wno-unused-parameter", "-Werror", "-Werror=implicit-function-declaration"]


def main():
    storcheck, clang, ref = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
    units = sorted(f for f in os.listdir(ref) if f.endswith(".c"))
    passed = failed = 0
    for unit in units:
        path = os.path.join(ref, unit)
        out = subprocess.run([storcheck, "--print-args", path, ref], capture_output=True, text=True)
        if out.returncode != 0:
            print(f"FAIL {unit}: --print-args: {out.stderr.strip()}")
            failed += 1
            continue
        argv = shlex.split(out.stdout, comments=True)
        argv[0] = clang
        argv = argv[:-1] + STRICT + argv[-1:]
        proc = subprocess.run(argv, capture_output=True, text=True)
        if proc.returncode != 0 or proc.stderr.strip():
            print(f"FAIL {unit}:\n{proc.stderr}")
            failed += 1
        else:
            print(f"ok   {unit}")
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not units else 0


if __name__ == "__main__":
    sys.exit(main())
