#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The steps of the GitHub Action (action.yml), runnable anywhere that sets
# the same environment: GITHUB_WORKSPACE, RUNNER_TEMP, GITHUB_OUTPUT and the
# INPUT_* variables. tests/action_check.sh runs them on a scratch repository.
#   build  use the storcheck on PATH, or install dependencies and build this one
#   scan   scan, write the SARIF (paths from the repository root), record the status
#   gate   fail the job when the scan found new findings or could not complete
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
case "${1:-}" in
  build)
    if [ -n "${STORCHECK:-}" ] && [ -x "$STORCHECK" ]; then
      bin=$STORCHECK
    elif command -v storcheck >/dev/null 2>&1; then
      bin=$(command -v storcheck)
    else
      bash "$here/scripts/install-deps.sh"
      cmake -S "$here" -B "$RUNNER_TEMP/storcheck-build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
      cmake --build "$RUNNER_TEMP/storcheck-build" -j"$(nproc)" >/dev/null
      bin=$RUNNER_TEMP/storcheck-build/storcheck
    fi
    echo "storcheck=$bin" >>"$GITHUB_OUTPUT"
    ;;
  scan)
    cd "$GITHUB_WORKSPACE"
    args=(--fail-on "${INPUT_FAIL_ON:-warning}" --output "sarif:${INPUT_SARIF:-storcheck.sarif}")
    if [ -n "${INPUT_BASELINE:-}" ]; then
      args+=(--baseline "$INPUT_BASELINE")
    fi
    # INPUT_ARGS and INPUT_PATH are word-split on purpose (several options or
    # paths), never evaluated: no globbing, no command substitution.
    set -f
    # shellcheck disable=SC2206
    extra=(${INPUT_ARGS:-})
    # shellcheck disable=SC2206
    paths=(${INPUT_PATH:-.})
    set +f
    status=0
    "$STORCHECK" "${args[@]}" "${extra[@]}" -- "${paths[@]}" || status=$?
    echo "status=$status" >>"$GITHUB_OUTPUT"
    ;;
  gate)
    case "${STATUS:-}" in
      0) echo "storcheck: no new findings" ;;
      1) echo "storcheck: new findings at or above the fail-on level"; exit 1 ;;
      2) echo "storcheck: usage or configuration error (see the scan step)"; exit 2 ;;
      3) echo "storcheck: the scan was incomplete (see the scan step)"; exit 3 ;;
      *) echo "storcheck: the scan step did not run"; exit 2 ;;
    esac
    ;;
  *)
    echo "usage: action.sh build|scan|gate" >&2
    exit 2
    ;;
esac
