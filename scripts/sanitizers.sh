#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Cove a second time with clang, AddressSanitizer and UndefinedBehavior-
# Sanitizer (the libFuzzer targets included) in build-sanitize/ (or
# $COVE_SANITIZE_BUILD_DIR), then runs the whole test suite there with leak
# checking on. Any sanitizer report fails the test that caused it.
#
#   scripts/sanitizers.sh            build everything and run every test
#   scripts/sanitizers.sh -R tst_x   extra arguments go to ctest
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/sanitized-build.sh
source "$root/scripts/sanitized-build.sh"
sanitized_configure
cmake --build "$COVE_SANITIZE_BUILD" -j 2
cd "$COVE_SANITIZE_BUILD"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j 2 --timeout 900 "$@"
