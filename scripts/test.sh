#!/usr/bin/env bash
# The test job: install what is missing, build the test configuration
# (warnings are errors, AddressSanitizer + UndefinedBehaviorSanitizer, LeakSanitizer on),
# run ctest, then a short fuzz run (scripts/fuzz.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
claimcheck_install_deps

cmake -S . -B build-test -DCMAKE_BUILD_TYPE=Debug -DCLAIMCHECK_WERROR=ON -DCLAIMCHECK_SANITIZE=ON >/dev/null
cmake --build build-test -j"$(nproc)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build-test --output-on-failure -j"$(nproc)"

# A short fuzz run (about 45 s in all, after the build) of every libFuzzer target in tests/fuzz,
# built with clang++ in its own folder; scripts/fuzz.sh runs them longer.
# FUZZ_SECONDS=0 skips it.
fuzz_seconds="${FUZZ_SECONDS:-6}"
if [ "$fuzz_seconds" -gt 0 ]; then
  scripts/fuzz.sh "$fuzz_seconds"
fi
