#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs, builds, and scans the bundled reference miniport (clean) and one
# of its mutants (a finding with its trace).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
log=$(mktemp)
if ! { cmake --preset default && cmake --build --preset default -j"$(nproc)"; } >"$log" 2>&1; then
  cat "$log"
  exit 1
fi
rm -f "$log"
echo "== storcheck corpus/reference (a driver that does everything right)"
./build/storcheck corpus/reference
mutant=$(ls corpus/mutants/*.patch 2>/dev/null | head -n 1 || true)
if [ -n "$mutant" ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  cp -r corpus/reference "$work/reference"
  patch -s -p1 -d "$work/reference" < "$mutant"
  echo
  echo "== storcheck on the reference with one defect injected ($(basename "$mutant"))"
  bin=$PWD/build/storcheck
  (cd "$work/reference" && "$bin" . || true)
fi
