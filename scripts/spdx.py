#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Every source file of storcheck carries an SPDX licence line.

usage: spdx.py [--fix] [ROOT]

Checks (or, with --fix, adds) the line in C sources and headers, the model
headers, Python, shell and JavaScript files, CMake files and the CI YAML.
Test inputs under corpus/ are driver source that the tests read line by
line, and documentation is prose: neither is a source file of the tool.
"""
import os
import sys

TAG = "SPDX-License-Identifier: Apache-2.0"
COMMENT = {".c": "/* {} */", ".h": "/* {} */", ".py": "# {}", ".sh": "# {}", ".js": "// {}",
           ".txt": "# {}", ".yml": "# {}", ".yaml": "# {}"}
SKIP_DIRS = {".git", "corpus", "docs", ".tools", "node_modules"}


def sources(root):
    for dirpath, dirs, files in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("build")
                         and not (rel == "." and d.startswith(".") and d != ".ci"))
        for name in sorted(files):
            ext = os.path.splitext(name)[1]
            if name == "CMakeLists.txt" or name == "run" and rel == ".ci" or (ext in COMMENT and ext != ".txt"):
                yield os.path.join(dirpath, name), (".sh" if name == "run" else ext)


def main():
    fix = "--fix" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--fix"]
    root = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    missing = []
    for path, ext in sources(root):
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
        if TAG in "\n".join(text.splitlines()[:5]):
            continue
        if not fix:
            missing.append(os.path.relpath(path, root))
            continue
        line = COMMENT[ext].format(TAG) + "\n"
        if text.startswith("#!"):
            first, _, rest = text.partition("\n")
            text = first + "\n" + line + rest
        else:
            text = line + text
        with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)
    for m in missing:
        print(f"FAIL: {m} has no SPDX licence line")
    n = sum(1 for _ in sources(root))
    print(f"{n - len(missing)} passed, {len(missing)} failed")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
