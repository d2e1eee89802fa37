#!/usr/bin/env bash
# Installs what storcheck needs to build and test on Debian 12 (as root, or
# with sudo). Skips the package manager when everything is already there.
set -euo pipefail
packages=(build-essential cmake pkg-config libclang-19-dev clang-19 libjansson-dev libxml2-dev
          python3 python3-jsonschema patch git)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
