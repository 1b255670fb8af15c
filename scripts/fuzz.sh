#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of fuzz/ (build preset `fuzz` in the `asan` build: clang, the code with
# -fsanitize=fuzzer-no-link,address,undefined, each target linked with -fsanitize=fuzzer) and runs each for SECONDS
# (default 30) from its committed seed corpus fuzz/corpus/<target>. Inputs that reach new code are kept in build/asan/corpus/<target>
# (not committed). A crash, a sanitizer report, a timeout (10 s for one input) or a silently accepted nonsense value
# ("==mk-fuzz== SILENT") stops that target and saves its input in build/asan/artifacts/<target>/; turn it into a
# regression test (tests/data/fuzz, tst_fuzzregressions) after fixing the parser. Exit 1 when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
cmake --preset asan -DMK_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build --preset fuzz
targets=$(sed -n 's/^set(MK_FUZZ_TARGETS \(.*\)/\1/p; s/^    \(fuzz_[a-z_ ]*\))$/\1/p' fuzz/CMakeLists.txt)
passed=0
failed=0
printf '%-22s %12s %8s %8s  %s\n' target executions corpus new result
for t in $targets; do
    corpus=build/asan/corpus/$t
    artifacts=build/asan/artifacts/$t
    log=build/asan/$t.log
    mkdir -p "$corpus" "$artifacts"
    status=0
    # -rss_limit_mb: GDAL and Qt need more than the default 2 GB under ASan only for long inputs; -max_len keeps
    # inputs to the size of the seed files.
    ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "build/asan/fuzz/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=8192 \
        -dict="fuzz/dict/$t.dict" -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "fuzz/corpus/$t" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    added=$(sed -n 's/^stat::new_units_added: *//p' "$log" | tail -1)
    size=$(find "$corpus" "fuzz/corpus/$t" -type f | wc -l)
    if [ "$status" -eq 0 ]; then
        result=ok
        passed=$((passed + 1))
    else
        result="FOUND: $(grep -m1 -oE 'SILENT: .{0,160}|ERROR: [A-Za-z]+Sanitizer: [a-z-]+|runtime error: .{0,120}|ALARM: working on the last Unit for [0-9]+ seconds|out-of-memory' "$log" || echo "exit $status") (input: $(ls -t "$artifacts" | head -1); log: $log)"
        failed=$((failed + 1))
    fi
    printf '%-22s %12s %8s %8s  %s\n' "$t" "${execs:-?}" "$size" "${added:-?}" "$result"
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
