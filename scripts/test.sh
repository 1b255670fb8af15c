#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the packages, then runs the stages of the test suite asked for in turn, stopping at the first that fails:
#   default  build everything (RelWithDebInfo), the whole CTest suite
#   asan     build everything under AddressSanitizer + UndefinedBehaviorSanitizer, the whole suite again
#   tsan     build the threaded tests under ThreadSanitizer, run them (CTest label "threaded")
#   fuzz     build the libFuzzer targets (clang), run each for FUZZ_SECONDS (default 30) s: scripts/fuzz.sh
# Without arguments it runs all four; CI (.ci/run) runs it so. `scripts/test.sh STAGE...` runs only the stages named,
# e.g. `scripts/test.sh default` while developing.
set -euo pipefail
cd "$(dirname "$0")/.."
stages=("$@")
[ ${#stages[@]} -eq 0 ] && stages=(default asan tsan fuzz)
scripts/install-deps.sh
total_passed=0
total_failed=0
summary=()
for stage in "${stages[@]}"; do
    start=$SECONDS
    echo "=== test stage: $stage"
    if [ "$stage" = fuzz ]; then
        log=$(mktemp)
        status=0
        scripts/fuzz.sh "${FUZZ_SECONDS:-30}" 2>&1 | tee "$log" || status=$?
        line=$(grep -E '^fuzz: [0-9]+ passed, [0-9]+ failed$' "$log" | tail -1)
        rm -f "$log"
    else
        cmake --preset "$stage" -DMK_WARNINGS_AS_ERRORS=ON >/dev/null
        cmake --build --preset "$stage"
        log=$(mktemp)
        status=0
        ctest --preset "$stage" -j2 2>&1 | tee "$log" || status=$?
        # "100% tests passed, 0 tests failed out of 85"
        counts=$(sed -n 's/^[0-9]*% tests passed, \([0-9]*\) tests\{0,1\} failed out of \([0-9]*\)$/\1 \2/p' "$log" | tail -1)
        rm -f "$log"
        read -r failed all <<<"${counts:-1 1}"
        line="$stage: $((all - failed)) passed, $failed failed"
    fi
    [ -z "${line:-}" ] && line="$stage: 0 passed, 1 failed"
    summary+=("$line ($((SECONDS - start)) s)")
    p=$(sed -n 's/^[a-z]*: \([0-9]*\) passed.*/\1/p' <<<"$line")
    f=$(sed -n 's/^[a-z]*: [0-9]* passed, \([0-9]*\) failed.*/\1/p' <<<"$line")
    total_passed=$((total_passed + p))
    total_failed=$((total_failed + f))
    if [ "$status" -ne 0 ]; then
        printf '%s\n' "${summary[@]}"
        echo "test.sh: $total_passed passed, $((total_failed > 0 ? total_failed : 1)) failed"
        exit 1
    fi
done
printf '%s\n' "${summary[@]}"
echo "test.sh: $total_passed passed, $total_failed failed"
