# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by scripts/sanitizers.sh and scripts/fuzz.sh: the one sanitized
# build tree both use (clang 14, ASan + UBSan, libFuzzer coverage), and the
# sanitizer settings every run under it gets.
COVE_SANITIZE_BUILD=${COVE_SANITIZE_BUILD_DIR:-$root/build-sanitize}

sanitized_configure() {
    cmake -S "$root" -B "$COVE_SANITIZE_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCOVE_WERROR=ON \
        -DCOVE_FUZZ=ON -DCOVE_SANITIZE=address,undefined -DCOVE_BUILD_BENCH=OFF >/dev/null
}

# Leaks count; the first report stops the process, so a test cannot pass
# past one.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
