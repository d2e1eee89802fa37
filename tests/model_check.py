#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Role and context discovery on small trees: each corpus/model/<tree>/ holds
an expect-model.json with the exact set of roles, the exact contexts (and
optionally the paths) of the functions it names, and the extension types;
`storcheck --dump-model --format json` must match.

usage: model_check.py STORCHECK MODEL_DIR"""
import json
import os
import subprocess
import sys


def check(storcheck, tree):
    with open(os.path.join(tree, "expect-model.json")) as f:
        want = json.load(f)
    # "tree" lets an expectation describe a tree kept elsewhere (the reference).
    target = os.path.normpath(os.path.join(tree, want.get("tree", ".")))
    proc = subprocess.run([storcheck, "--dump-model", "--format", "json", "--no-vcxproj", target],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        return [f"exit {proc.returncode}: {proc.stderr.strip()}"]
    got = json.loads(proc.stdout)
    problems = []
    roles = sorted([r["role"], r["function"]] for r in got["roles"])
    if roles != sorted(want["roles"]):
        problems.append(f"roles: got {roles}, want {sorted(want['roles'])}")
    functions = {f["name"]: f for f in got["functions"]}
    for name, contexts in want.get("contexts", {}).items():
        have = sorted(functions[name]["contexts"]) if name in functions else None
        if have != sorted(contexts):
            problems.append(f"contexts of {name}: got {have}, want {sorted(contexts)}")
    for name, paths in want.get("paths", {}).items():
        for role, path in paths.items():
            have = functions.get(name, {}).get("paths", {}).get(role)
            if have != path:
                problems.append(f"path of {name} from {role}: got {have!r}, want {path!r}")
    if got["extensions"] != want["extensions"]:
        problems.append(f"extensions: got {got['extensions']}, want {want['extensions']}")
    # physical or virtual, as decided from the code (checker/model/miniport_kind.h)
    kinds = [d.get("miniport", {}).get("kind") for d in got.get("drivers", []) if d.get("analysed")]
    if "miniport" in want and kinds != [want["miniport"]]:
        problems.append(f"miniport: got {kinds}, want {want['miniport']}")
    return problems


def main():
    storcheck, root = sys.argv[1], sys.argv[2]
    trees = sorted(os.path.join(root, d) for d in os.listdir(root)
                   if os.path.isfile(os.path.join(root, d, "expect-model.json")))
    passed = failed = 0
    for tree in trees:
        problems = check(storcheck, tree)
        if problems:
            failed += 1
            print(f"FAIL {os.path.basename(tree)}")
            for p in problems:
                print(f"  {p}")
        else:
            passed += 1
            print(f"ok   {os.path.basename(tree)}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or not trees else 0


if __name__ == "__main__":
    sys.exit(main())
