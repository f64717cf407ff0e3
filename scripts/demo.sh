#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and opens the demo world.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh"
build=${COVE_BUILD_DIR:-$root/build}
if [ -x "$build/app/cove" ]; then
    exec "$build/app/cove" --demo "$@"
fi
cat <<TXT

Cove is built: the Signal protocol layer, the encrypted local store, the
relay server and the command-line client. The desktop app and its demo world
are not part of this version yet, so there is no window to open. Meanwhile:
  README.md, "Chat from the command line"   two people chatting through
                                   cove-cli and a cove-relay on loopback
  $build/bench/bench_protocol      what one message costs, against its floor
  $build/bench/bench_storage       the encrypted store against plain SQLite
  ./scripts/test.sh                every test, including interoperability
                                   with an independent Signal implementation
TXT
