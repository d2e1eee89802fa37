#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The Debian package: cpack builds it, its metadata names the runtime
# dependencies, and the binary it holds, unpacked with dpkg -x into a clean
# folder, finds its own data there and scans the reference clean.
# usage: deb_check.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 src=$2
command -v dpkg-deb >/dev/null || { echo "skipped: dpkg-deb not found"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work/pkg" >/dev/null)
deb=$(ls "$work"/pkg/storcheck_*.deb)
dpkg-deb --field "$deb" Depends | grep -q libclang1-19 || { echo "FAIL: Depends lacks libclang1-19"; exit 1; }
dpkg-deb -x "$deb" "$work/root"
bin="$work/root/usr/bin/storcheck"
test -x "$bin" || { echo "FAIL: no usr/bin/storcheck in the package"; exit 1; }
test -f "$work/root/usr/share/man/man1/storcheck.1" || { echo "FAIL: no man page in the package"; exit 1; }
args=$(STORCHECK_DATA_DIR= "$bin" --print-args "$src/corpus/reference/io.c" "$src/corpus/reference")
case "$args" in
  *"$work/root/usr/share/storcheck/include"*) ;;
  *) echo "FAIL: the packaged binary does not use its packaged headers"; exit 1 ;;
esac
STORCHECK_DATA_DIR= "$bin" "$src/corpus/reference" >/dev/null || { echo "FAIL: the packaged binary does not scan the reference clean"; exit 1; }
echo "1 passed, 0 failed"
