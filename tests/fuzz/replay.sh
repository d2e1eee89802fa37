#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Replays every input under tests/fuzz/regressions/<harness> through its
# harness (built with replay.c). usage: replay.sh HARNESS_BIN_DIR SOURCE_DIR
set -uo pipefail
bin=$1 src=$2
export STORCHECK_DATA_DIR="$src/rules"
# in-process parse workers keep their unit to the end, as forked ones do
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
status=0 n=0
for dir in "$src"/tests/fuzz/regressions/*/; do
  h=$(basename "$dir")
  for f in "$dir"*; do
    [ -f "$f" ] || continue
    n=$((n + 1))
    if ! "$bin/fuzz_$h" "$f" >/dev/null; then
      echo "FAIL: fuzz_$h on $f"; status=1
    fi
  done
done
echo "$n regression input(s) replayed"
exit $status
