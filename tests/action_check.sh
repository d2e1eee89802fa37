#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The GitHub Action's steps, run as GitHub would run them, on a scratch git
# repository whose driver sits in a sub-folder: the SARIF it would upload
# maps every result to a file that exists in the repository, a baseline
# turns the gate green, and a new finding turns it red again.
# usage: action_check.sh STORCHECK SOURCE_DIR
set -euo pipefail
storcheck=$(realpath "$1") src=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo=$work/repo
mkdir -p "$repo/drivers/disk" "$work/tmp"
cat >"$repo/drivers/disk/io.c" <<'C'
typedef struct _STOR_SCATTER_GATHER_LIST { unsigned NumberOfElements; } STOR_SCATTER_GATHER_LIST, *PSTOR_SCATTER_GATHER_LIST;
PSTOR_SCATTER_GATHER_LIST StorPortGetScatterGatherList(void *, void *);
static PSTOR_SCATTER_GATHER_LIST g_kept;
void Keep(void *e, void *s) { g_kept = StorPortGetScatterGatherList(e, s); }
C
git -C "$repo" init -q
export GITHUB_WORKSPACE=$repo RUNNER_TEMP=$work/tmp GITHUB_ACTION_PATH=$src
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# Every step the action runs is a step of scripts/action.sh.
python3 - "$src/action.yml" <<'PY' || fail "action.yml steps"
import sys, yaml
a = yaml.safe_load(open(sys.argv[1]))
assert a["runs"]["using"] == "composite"
runs = [s["run"] for s in a["runs"]["steps"] if "run" in s]
assert [r.split()[-1] for r in runs] == ["build", "scan", "gate"], runs
PY

step() { # step NAME [VAR=value...]: runs one step with a fresh GITHUB_OUTPUT
  local name=$1; shift
  rm -f "$work/out.$name"
  GITHUB_OUTPUT=$work/out.$name env "$@" bash "$src/scripts/action.sh" "$name"
}
step build STORCHECK="$storcheck" >/dev/null
bin=$(sed -n 's/^storcheck=//p' "$work/out.build")
[ "$bin" = "$storcheck" ] || fail "build step did not pick the given binary"

step scan STORCHECK="$bin" INPUT_PATH=drivers INPUT_SARIF=storcheck.sarif INPUT_FAIL_ON=warning >/dev/null 2>&1
status=$(sed -n 's/^status=//p' "$work/out.scan")
[ "$status" = 1 ] || fail "scan status $status, expected 1"
python3 - "$repo" <<'PY' || fail "SARIF results map to repository files"
import json, os, sys
repo = sys.argv[1]
run = json.load(open(os.path.join(repo, "storcheck.sarif")))["runs"][0]
assert run["results"], "no results"
for r in run["results"]:
    for loc in r["locations"]:
        uri = loc["physicalLocation"]["artifactLocation"]["uri"]
        assert os.path.isfile(os.path.join(repo, uri)), uri
        assert uri == "drivers/disk/io.c", uri
PY
if STATUS=$status bash "$src/scripts/action.sh" gate >/dev/null; then fail "gate passed with a new finding"; fi

# With the finding in the baseline the gate passes; a new one fails it.
(cd "$repo" && "$storcheck" --write-baseline storcheck-baseline.json drivers >/dev/null) || fail "write-baseline"
step scan STORCHECK="$bin" INPUT_PATH=drivers INPUT_BASELINE=storcheck-baseline.json >/dev/null 2>&1
status=$(sed -n 's/^status=//p' "$work/out.scan")
STATUS=$status bash "$src/scripts/action.sh" gate >/dev/null || fail "gate failed with the finding in the baseline ($status)"
cat >>"$repo/drivers/disk/io.c" <<'C'
static PSTOR_SCATTER_GATHER_LIST g_other;
void Other(void *e, void *s) { g_other = StorPortGetScatterGatherList(e, s); }
C
step scan STORCHECK="$bin" INPUT_PATH=drivers INPUT_BASELINE=storcheck-baseline.json >/dev/null 2>&1
status=$(sed -n 's/^status=//p' "$work/out.scan")
[ "$status" = 1 ] || fail "a new finding beside the baseline: status $status"

# Inputs are split into words but never evaluated.
step scan STORCHECK="$bin" INPUT_PATH='drivers' INPUT_ARGS='--exclude $(touch$IFS'"$work"'/pwned)' >/dev/null 2>&1 || true
[ ! -e "$work/pwned" ] || fail "INPUT_ARGS was evaluated"

if [ $fails -eq 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; exit 1; fi
