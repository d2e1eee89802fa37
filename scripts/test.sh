#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs, builds, and runs the whole test suite twice: on the normal build
# and on the AddressSanitizer/UndefinedBehaviorSanitizer build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --test
# The SARIF Multitool (npm) validates SARIF output; it is installed once,
# outside the build folders, and shared by both builds.
tools="$PWD/.tools/sarif-tools"
multitool="$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$multitool" ]; then
  mkdir -p "$tools"
  npm install --silent --no-audit --no-fund --prefix "$tools" @microsoft/sarif-multitool@5.7.0 >/dev/null
  chmod u+x "$multitool"   # npm skips the package's install script that would do this
fi
# junit2json reads the JUnit report as a CI system would (tests/junit_consume.js).
consumers="$PWD/.tools/report-consumers"
if [ ! -d "$consumers/node_modules/junit2json" ]; then
  mkdir -p "$consumers"
  npm install --silent --no-audit --no-fund --prefix "$consumers" junit2json@4.0.0 >/dev/null
fi
jobs=$(nproc)
for preset in default asan; do
  cmake --preset "$preset" -DSTORCHECK_SARIF_MULTITOOL="$multitool" >/dev/null
  cmake --build --preset "$preset" -j"$jobs"
  ctest --preset "$preset" -j"$jobs"
done
