#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Cove needs to build, test and run, and
# only those that are missing. The one list of packages for the project.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config clang-format clang libclang-rt-14-dev
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-websockets-dev
    libsignal-protocol-c-dev libsqlcipher-dev libssl-dev libsodium-dev
    libqrencode-dev libzbar-dev qtkeychain-qt6-dev openssl
    xvfb fonts-noto-core fonts-noto-color-emoji faketime
)
# The interoperability test drives an independent Signal implementation on
# Node.js; use the system's node if there is one.
command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO="sudo"
fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
