#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs storcheck under valgrind (memcheck) over corpus cases: no error may be
# reported, in the main process (linking, analysis, reports) or in the
# forked parse workers. On demand (slow: libclang under valgrind takes about
# a minute a case); not a CTest test.
#   usage: tests/valgrind_check.sh STORCHECK [CASE_DIR...]   (default: every
#   case under corpus/cases, one storcheck run per rule folder)
set -uo pipefail
storcheck=$(realpath "$1"); shift
src=$(cd "$(dirname "$0")/.." && pwd)
command -v valgrind >/dev/null || { echo "skip: valgrind is not installed"; exit 77; }
export STORCHECK_DATA_DIR="$src/rules"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("$src"/corpus/cases/*/)
log=$(mktemp)
trap 'rm -f "$log"' EXIT
fails=0
for t in "${targets[@]}"; do
  # --unit-timeout: libclang is some 30 times slower under valgrind
  valgrind -q --error-exitcode=99 --track-origins=yes --child-silent-after-fork=no \
      --suppressions="$src/tests/valgrind.supp" \
      "$storcheck" --fail-on never --unit-timeout 1200 -j2 --format json "$t" >/dev/null 2>"$log"
  rc=$?
  if [ $rc -eq 99 ] || grep -q "^==[0-9]*== " "$log"; then
    fails=$((fails + 1)); echo "FAIL $t"; grep "^==[0-9]*== " "$log" | head -40
  else
    echo "ok   $t (exit $rc)"
  fi
done
echo "valgrind: $fails case folder(s) with errors"
[ "$fails" -eq 0 ]
