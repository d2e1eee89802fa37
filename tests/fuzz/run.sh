#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the libFuzzer harnesses (clang-19, STORCHECK_FUZZ=ON) into
# build-fuzz/ and runs each for SECONDS (default 10), seeded from
# tests/fuzz/seeds/<harness> and corpus/ (C sources for include planning and
# the pipeline) and from the regression inputs. Inputs that grow coverage
# collect in build-fuzz/fuzz-corpus/<harness>; crashes in
# build-fuzz/fuzz-crashes/<harness>. Exit 1 if any harness crashed, 77 when
# clang's libFuzzer runtime is missing (Debian: libclang-rt-19-dev).
#   usage: tests/fuzz/run.sh [SECONDS] [HARNESS...]
set -uo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-10}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(config baseline compdb vcxproj sources cmake changes ir_serial includes pipeline)
build=${STORCHECK_FUZZ_BUILD:-$src/build-fuzz}
cc=${CC_FUZZ:-clang-19}

if ! command -v "$cc" >/dev/null; then
  echo "skip: $cc not found"; exit 77
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return 0; }' > "$probe/p.c"
if ! "$cc" -fsanitize=fuzzer "$probe/p.c" -o "$probe/p" 2>/dev/null; then
  echo "skip: $cc has no libFuzzer runtime (install libclang-rt-19-dev)"; exit 77
fi

cmake -S "$src" -B "$build" -DCMAKE_C_COMPILER="$cc" -DSTORCHECK_FUZZ=ON \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || exit 2
targets=()
for h in "${harnesses[@]}"; do targets+=("fuzz_$h"); done
cmake --build "$build" -j2 --target "${targets[@]}" >/dev/null || exit 2

export STORCHECK_DATA_DIR="$src/rules"
# libclang's own leaks and the engine's process-lifetime tables are not findings.
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-$(command -v llvm-symbolizer-19 || command -v llvm-symbolizer)}
# appended, so that it wins over a sanitizer preset's detect_leaks=1
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=0
for h in "${harnesses[@]}"; do
  work="$build/fuzz-corpus/$h"
  crashes="$build/fuzz-crashes/$h"
  mkdir -p "$work" "$crashes"
  seeds=()
  [ -d "$src/tests/fuzz/seeds/$h" ] && seeds+=("$src/tests/fuzz/seeds/$h")
  [ -d "$src/tests/fuzz/regressions/$h" ] && seeds+=("$src/tests/fuzz/regressions/$h")
  if [ "$h" = includes ] || [ "$h" = pipeline ]; then
    c_seeds="$build/fuzz-seeds-c"
    if [ ! -d "$c_seeds" ]; then
      mkdir -p "$c_seeds"
      find "$src/corpus/cases" -name '*.c' | head -400 | while read -r f; do
        cp "$f" "$c_seeds/$(echo "$f" | md5sum | cut -c1-16).c"
      done
    fi
    seeds+=("$c_seeds")
  fi
  extra=()
  [ "$h" = pipeline ] && extra+=(-timeout=30 -rss_limit_mb=4096 -max_len=65536)
  log="$build/fuzz-$h.log"
  "$build/tests/fuzz/fuzz_$h" "$work" "${seeds[@]}" -max_total_time="$seconds" \
      -artifact_prefix="$crashes/" -print_final_stats=1 "${extra[@]}" >"$log" 2>&1
  rc=$?
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  ncrash=$(find "$crashes" -type f | wc -l)
  echo "fuzz_$h: ${runs:-?} executions (budget ${seconds}s), exit $rc, $ncrash crash input(s) in $crashes"
  [ $rc -eq 0 ] || { failed=1; grep -m3 -E "ERROR|SUMMARY|runtime error" "$log"; }
done
exit $failed
