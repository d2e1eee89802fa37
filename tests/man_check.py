#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The man page documents exactly the options that --help lists.

usage: man_check.py STORCHECK MANPAGE
"""
import re
import subprocess
import sys


def help_options(binary):
    text = subprocess.run([binary, "--help"], capture_output=True, text=True, check=True).stdout
    opts = set()
    for line in text.splitlines():
        if re.match(r"^  -", line):
            # the option column ends at two spaces; it may name several options
            column = re.split(r"\s{2,}", line.strip())[0]
            opts.update(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", column))
    return opts


def man_options(path):
    opts = set()
    lines = open(path, encoding="utf-8").read().splitlines()
    for i, line in enumerate(lines):
        if line == ".TP" and i + 1 < len(lines) and lines[i + 1].startswith((".B", ".BI", ".BR")):
            tag = lines[i + 1].replace("\\-", "-").replace('"', " ")
            tag = re.sub(r"\\f[BIRP]", " ", tag)
            opts.update(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", tag))
    return opts


def main():
    binary, man = sys.argv[1], sys.argv[2]
    h, m = help_options(binary), man_options(man)
    if not h:
        print("FAIL: no option found in --help")
        return 1
    ok = True
    for o in sorted(h - m):
        print(f"FAIL: {o} is in --help but not in {man}")
        ok = False
    for o in sorted(m - h):
        print(f"FAIL: {o} is in {man} but not in --help")
        ok = False
    print(f"{len(h)} options in --help, {len(m)} in the man page")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
