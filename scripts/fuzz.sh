#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, AddressSanitizer + UndefinedBehavior-
# Sanitizer) in the sanitized tree, build-sanitize/, and runs each for SECONDS
# (default 10) from its committed seeds, after replaying every input that
# once crashed it (tests/fuzz/regressions/<target>/). Fails on any crash,
# leak or sanitizer report; the input that caused it is left in
# build-sanitize/findings/.
#
# A long run of one target:
#   scripts/fuzz.sh 0 && build-sanitize/tests/fuzz/fuzz_content -max_total_time=3600 \
#       build-sanitize/corpus/content tests/fuzz/corpus/content
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-10}
targets=(content frame report invitelink keyfile prekeybundle session backup qrimage)
# shellcheck source=scripts/sanitized-build.sh
source "$root/scripts/sanitized-build.sh"
build=$COVE_SANITIZE_BUILD
sanitized_configure
cmake --build "$build" -j 2 --target "${targets[@]/#/fuzz_}"
[ "$seconds" -gt 0 ] || exit 0

mkdir -p "$build/findings"
for t in "${targets[@]}"; do
    fuzzer="$build/tests/fuzz/fuzz_$t"
    regressions="$root/tests/fuzz/regressions/$t"
    if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
        "$fuzzer" -runs=0 "$regressions"/* >/dev/null 2>&1 ||
            { echo "fuzz: fuzz_$t crashes on a kept regression input" >&2; "$fuzzer" "$regressions"/*; exit 1; }
    fi
    mkdir -p "$build/corpus/$t"
    echo "fuzz: fuzz_$t for ${seconds}s"
    "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$t-" "$build/corpus/$t" "$root/tests/fuzz/corpus/$t" \
        2>"$build/findings/$t.log" ||
        { tail -n 60 "$build/findings/$t.log" >&2; echo "fuzz: fuzz_$t failed; see $build/findings" >&2; exit 1; }
    grep -E "^stat::number_of_executed_units|^stat::new_units_added" "$build/findings/$t.log" |
        sed "s/^/fuzz: fuzz_$t /"
done
