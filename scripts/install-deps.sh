#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what storcheck needs to build and test on Debian 12 (as root, or
# with sudo). Skips the package manager when everything is already there.
#   --test   also what the test suite needs: Node.js/npm for the SARIF
#            Multitool and the line-hash check, Chromium for the HTML render,
#            clang's libFuzzer runtime for the fuzz harnesses
set -euo pipefail
packages=(build-essential cmake pkg-config libclang-19-dev clang-19 libjansson-dev libxml2-dev
          python3 patch git ca-certificates)
if [ "${1:-}" = "--test" ]; then
  packages+=(python3-jsonschema python3-yaml libicu72)  # ICU: the SARIF Multitool is a .NET program
  packages+=(libclang-rt-19-dev)  # libFuzzer's runtime, for fuzz.smoke (tests/fuzz/run.sh)
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
  command -v chromium >/dev/null 2>&1 || packages+=(chromium)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
