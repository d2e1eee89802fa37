#!/usr/bin/env bash
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
echo "1 passed, 0 failed"
