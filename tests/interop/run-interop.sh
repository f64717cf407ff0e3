#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-interop.sh <peer-binary> <work-dir>
#
# Runs interop.mjs (Cove's Signal sessions against libsignal-node) with the
# given cove-signal-peer. Installs the pinned npm dependencies into
# <work-dir>/node_modules with `npm ci`, only when they are missing or
# package.json / package-lock.json changed. Exits 77 (CTest's skip code)
# when Node.js or npm is not installed.
set -eu

if [ $# -ne 2 ]; then
    echo "usage: $0 <peer-binary> <work-dir>" >&2
    exit 2
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "SKIP: Node.js not installed; the interop test needs node and npm"
    exit 77
fi

here=$(cd "$(dirname "$0")" && pwd)
peer=$1
work=$2

# The test runs from <work-dir>, so make the peer path absolute.
case $peer in
/*) ;;
*) peer=$(pwd)/$peer ;;
esac
if [ ! -x "$peer" ]; then
    echo "run-interop.sh: peer binary '$peer' is missing or not executable" >&2
    exit 1
fi

mkdir -p "$work"
work=$(cd "$work" && pwd)

# node_modules is reinstalled when this stamp (a copy of the two manifests
# from the last successful install) no longer matches them.
stamp=$work/node_modules/.cove-interop-manifests
if [ ! -f "$stamp" ] ||
    ! cat "$here/package.json" "$here/package-lock.json" | cmp -s - "$stamp"; then
    cp "$here/package.json" "$here/package-lock.json" "$work/"
    # npm needs a writable cache; fall back to one inside <work-dir>.
    if [ -z "${HOME:-}" ] || [ ! -w "${HOME:-/nonexistent}" ]; then
        npm_config_cache=$work/.npm-cache
        export npm_config_cache
    fi
    if ! (cd "$work" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error) \
        >"$work/npm-ci.log" 2>&1; then
        echo "run-interop.sh: 'npm ci' failed in $work:" >&2
        cat "$work/npm-ci.log" >&2
        exit 1
    fi
    cat "$here/package.json" "$here/package-lock.json" >"$stamp"
fi

cp "$here/interop.mjs" "$work/interop.mjs"
cd "$work"
exec node interop.mjs "$peer"
