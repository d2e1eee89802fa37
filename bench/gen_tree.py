#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A synthetic tree of Storport miniports, of a chosen size, for bench/run.

usage: bench/gen_tree.py UNITS OUTDIR [--per-driver 50]

Each driver is the corpus reference miniport (DriverEntry, HwFindAdapter,
BuildIo with SG translation into a PRD table, StartIo, the interrupt and its
DPC, PnP and power) plus generated units of helpers: each helper unit takes
an SRB, fetches its SG list, walks it, keeps counters in the device
extension and calls into the next helper unit, so calls cross files. The
tree is a git work tree of its own (report paths and the scope of a file
given alone follow the repository root). Deterministic: the same arguments
give the same bytes."""
import argparse
import os
import shutil
import subprocess

REFERENCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus", "reference")

HELPER_HEADER = """/* helpers.h - the generated helper units of this driver. */
#pragma once
#include "refminiport.h"

{decls}
"""

HELPER_UNIT = """/* helper{i:03d}.c - generated: SRB handling and SG translation helpers. */
#include "helpers.h"

/* Counts what the request transfers, element by element. */
static ULONG
Helper{i}Bytes(_In_ PSTOR_SCATTER_GATHER_LIST Sgl)
{{
    ULONG total = 0;
    ULONG e;

    for (e = 0; e < Sgl->NumberOfElements; e++) {{
        total += Sgl->List[e].Length;
    }}
    return total;
}}

/* Translates the request's SG list into the PRD table of its extension;
 * FALSE when the list does not fit. */
BOOLEAN
Helper{i}Translate(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ PSCSI_REQUEST_BLOCK Srb)
{{
    PREF_SRB_EXTENSION srbExt = (PREF_SRB_EXTENSION)Srb->SrbExtension;
    PSTOR_SCATTER_GATHER_LIST sgl;
    ULONG e;

    sgl = StorPortGetScatterGatherList(DevExt, Srb);
    if (sgl == NULL || sgl->NumberOfElements > REF_MAX_PRD) {{
        DevExt->Stats.SgRejected++;
        return FALSE;
    }}
    for (e = 0; e < sgl->NumberOfElements; e++) {{
        srbExt->PrdTable[e].Address = (ULONGLONG)sgl->List[e].PhysicalAddress.QuadPart;
        srbExt->PrdTable[e].Length = sgl->List[e].Length;
    }}
    if (Helper{i}Bytes(sgl) != Srb->DataTransferLength) {{
        DevExt->Stats.Errors++;
    }}
    return {next_call};
}}

/* Fails the request with a status and completes it, once. */
VOID
Helper{i}Fail(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ PSCSI_REQUEST_BLOCK Srb, _In_ UCHAR Status)
{{
    Srb->SrbStatus = Status;
    DevExt->Stats.Errors++;
    StorPortNotification(RequestComplete, DevExt, Srb);
}}

/* Chooses what to do with a request by its operation code. */
ULONG
Helper{i}Classify(_In_ PSCSI_REQUEST_BLOCK Srb)
{{
    switch (Srb->Cdb[0]) {{
    case 0x28: /* READ(10) */
    case 0x2A: /* WRITE(10) */
        return 1;
    case 0x00: /* TEST UNIT READY */
        return 2;
    default:
        return {classify_next};
    }}
}}
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="\n") as f:
        f.write(text)


def driver(root, helpers):
    shutil.copytree(REFERENCE, root)
    os.remove(os.path.join(root, "README.md"))
    decls = []
    for i in range(helpers):
        decls.append(f"BOOLEAN Helper{i}Translate(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ PSCSI_REQUEST_BLOCK Srb);")
        decls.append(f"VOID Helper{i}Fail(_In_ PREF_DEVICE_EXTENSION DevExt, _In_ PSCSI_REQUEST_BLOCK Srb, _In_ UCHAR Status);")
        decls.append(f"ULONG Helper{i}Classify(_In_ PSCSI_REQUEST_BLOCK Srb);")
    write(os.path.join(root, "helpers.h"), HELPER_HEADER.format(decls="\n".join(decls)))
    for i in range(helpers):
        last = i + 1 == helpers
        write(os.path.join(root, f"helper{i:03d}.c"), HELPER_UNIT.format(
            i=i,
            next_call="TRUE" if last else f"Helper{i + 1}Translate(DevExt, Srb) || TRUE",
            classify_next="0" if last else f"Helper{i + 1}Classify(Srb)"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("units", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--per-driver", type=int, default=50)
    a = ap.parse_args()
    if os.path.exists(a.outdir):
        shutil.rmtree(a.outdir)
    os.makedirs(a.outdir)
    reference_units = 5
    left = a.units
    k = 0
    while left > 0:
        size = min(a.per_driver, left)
        driver(os.path.join(a.outdir, f"drv{k:02d}"), max(0, size - reference_units))
        left -= max(size, reference_units)
        k += 1
    subprocess.run(["git", "init", "-q", a.outdir], check=True)


if __name__ == "__main__":
    main()
