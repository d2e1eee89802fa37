#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# `cmake --install` gives a storcheck that uses its installed data
# (<prefix>/share/storcheck), not the source tree, and scans the reference clean.
# usage: install_check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
args=$("$prefix/bin/storcheck" --print-args "$src/corpus/reference/io.c" "$src/corpus/reference")
case "$args" in
  *"$prefix/share/storcheck/include"*) ;;
  *) echo "FAIL: the installed binary does not use $prefix/share/storcheck/include"; exit 1 ;;
esac
"$prefix/bin/storcheck" "$src/corpus/reference" >/dev/null
# --explain reads the installed rule page, and the man page is installed.
test -f "$prefix/share/doc/storcheck/rules/sg-escapes-srb.md" || { echo "FAIL: rule pages not installed"; exit 1; }
test -f "$prefix/share/man/man1/storcheck.1" || { echo "FAIL: man page not installed"; exit 1; }
test -f "$prefix/share/doc/storcheck/LICENSE" || { echo "FAIL: LICENSE not installed"; exit 1; }
STORCHECK_DATA_DIR= "$prefix/bin/storcheck" --explain sg-escapes-srb | grep -q '^sg-escapes-srb$' || { echo "FAIL: --explain from the installed pages"; exit 1; }
echo "1 passed, 0 failed"
