#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Nothing lost: storcheck killed (SIGKILL) at any moment while it writes a
# large report, a --stats file or a baseline leaves the old file whole: each
# is written to a temporary file beside it and renamed. A FIFO as the output
# is written in place. usage: atomic_write_check.sh STORCHECK SOURCE_DIR
set -uo pipefail
storcheck=$(realpath "$1") src=$(realpath "$2")
work=$(mktemp -d /tmp/storcheck-atomic-XXXXXX)
trap 'rm -rf "$work"' EXIT
export STORCHECK_DATA_DIR="$src/rules"
good="$src/corpus/cases/port-memory-freed/bad-typed-release-inside-wrapper/driver.c"
# 40 drivers with a finding each: a report of some size
for i in $(seq 1 40); do mkdir -p "$work/tree/d$i"; cp "$good" "$work/tree/d$i/driver.c"; done
git init -q "$work/tree"
fails=0
check_whole() { # FILE OLD_MARK NEW_TAIL_PATTERN
  if ! { grep -q "$2" "$1" || tail -c 200 "$1" | grep -qE "$3"; }; then
    echo "FAIL: $1 is neither the old file nor a whole new one"; fails=$((fails + 1))
  fi
}
for kind in html json baseline stats; do
  for delay in 0.05 0.2 0.4 0.7 1.0 1.5; do
    out="$work/out.$kind"
    echo "OLD-CONTENT-$kind" > "$out"
    case $kind in
      html) args=(--format html -o "$out"); tail='</html>' ;;
      json) args=(--format json -o "$out"); tail='}' ;;
      baseline) args=(--write-baseline "$out"); tail='}' ;;
      stats) args=(--stats -o "$out"); tail='s$|s\s*$' ;;
    esac
    (cd "$work/tree" && exec "$storcheck" -j2 --fail-on never "${args[@]}" . >/dev/null 2>&1) &
    pid=$!
    sleep "$delay"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    check_whole "$out" "OLD-CONTENT-$kind" "$tail"
  done
done
# a completed run replaces the file, and leaves no temporary file behind
rm -f "$work"/.storcheck-*
(cd "$work/tree" && "$storcheck" --fail-on never --format html -o "$work/out.html" . >/dev/null 2>&1)
tail -c 100 "$work/out.html" | grep -q '</html>' || { echo "FAIL: a completed run did not write the report"; fails=$((fails + 1)); }
ls -A "$work" | grep -q '^\.storcheck-' && { echo "FAIL: a temporary file was left behind"; fails=$((fails + 1)); }
# a FIFO is written in place
mkfifo "$work/fifo"
cat "$work/fifo" > "$work/from-fifo" &
reader=$!
(cd "$work/tree" && "$storcheck" --fail-on never --format json -o "$work/fifo" . >/dev/null 2>&1)
wait "$reader"
python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$work/from-fifo" || { echo "FAIL: the report through a FIFO is not whole"; fails=$((fails + 1)); }
echo "atomic writes: $fails failure(s)"
[ "$fails" -eq 0 ]
