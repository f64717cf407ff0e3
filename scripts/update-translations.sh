#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from the sources (every tr()/translate()
# string). With --check, fails when a .ts file is out of date instead.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
SOURCES=(app)
for dir in ui; do [ -d "$dir" ] && SOURCES+=("$dir"); done

if [ "${1:-}" = "--check" ]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cp translations/*.ts "$tmp/"
    for ts in "$tmp"/*.ts; do
        "$LUPDATE" -silent -no-obsolete -locations relative "${SOURCES[@]}" -ts "$ts" >/dev/null
    done
    # lupdate writes locations relative to the .ts file; compare the rest.
    status=0
    for ts in translations/*.ts; do
        if ! diff -q <(grep -v '<location' "$ts") <(grep -v '<location' "$tmp/$(basename "$ts")") >/dev/null; then
            echo "translations: $ts is out of date; run scripts/update-translations.sh" >&2
            status=1
        fi
    done
    exit $status
fi
for ts in translations/*.ts; do
    "$LUPDATE" -no-obsolete -locations relative "${SOURCES[@]}" -ts "$ts"
done
