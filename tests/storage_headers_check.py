#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The storage model headers stand on their own and keep their documented
layout: each header, included alone, must compile as C and as C++ with the
exact arguments storcheck uses (from --print-args), and layout.c, whose
_Static_asserts hold the documented sizes and offsets, must compile too.

usage: storage_headers_check.py STORCHECK CLANG CASE_DIR"""
import os
import shlex
import subprocess
import sys
import tempfile

# Headers a miniport, a storage class driver or a volume driver includes by
# name; each must bring what it needs with it.
HEADERS = [
    "storport.h", "srb.h", "scsi.h", "srbhelper.h", "ntddscsi.h", "ata.h",
    "ntddstor.h", "ntdddisk.h", "ntddvol.h", "ntddcdrm.h", "mountdev.h",
    "mountmgr.h", "storduid.h", "nvme.h", "scsiwmi.h", "hbaapi.h",
    "hbapiwmi.h", "stortrce.h", "acpiioct.h", "miniport.h", "devioctl.h",
]


def clang_args(storcheck, clang, unit, root):
    out = subprocess.run([storcheck, "--print-args", unit, root], capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"--print-args: {out.stderr.strip()}")
    argv = shlex.split(out.stdout, comments=True)
    argv[0] = clang
    # --print-args names the language of the unit; each check picks its own.
    return [a for a in argv[:-1] if a not in ("-x", "c", "c++")]


def compile_ok(argv, language, path):
    proc = subprocess.run(argv + ["-x", language, path], capture_output=True, text=True)
    errors = [l for l in proc.stderr.splitlines() if " error: " in l]
    return proc.returncode == 0 and not errors, "\n".join(errors[:5])


def main():
    storcheck, clang, case_dir = sys.argv[1], sys.argv[2], os.path.abspath(sys.argv[3])
    layout = os.path.join(case_dir, "layout.c")
    argv = clang_args(storcheck, clang, layout, case_dir)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        checks = []
        for header in HEADERS:
            unit = os.path.join(tmp, header.replace(".h", "_alone.c"))
            with open(unit, "w", encoding="utf-8") as f:
                f.write(f"#include <{header}>\n")
            checks.append((header, unit))
        checks.append(("layout.c", layout))
        for name, unit in checks:
            for language in ("c", "c++"):
                ok, errors = compile_ok(argv, language, unit)
                if ok:
                    passed += 1
                else:
                    failed += 1
                    print(f"FAIL {name} ({language}):\n{errors}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
