#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test headless.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
cd "${COVE_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j 2 --timeout 900
# The whole suite again, built with AddressSanitizer + UndefinedBehavior-
# Sanitizer, leaks checked.
"$root/scripts/sanitizers.sh"
# The parsers that take outside bytes, under libFuzzer in the same build.
"$root/scripts/fuzz.sh" "${COVE_FUZZ_SECONDS:-10}"
