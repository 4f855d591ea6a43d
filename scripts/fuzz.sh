#!/usr/bin/env bash
# Fuzzes claimcheck with libFuzzer: builds the targets in tests/fuzz (clang++,
# ASan + UBSan) in build-fuzz, writes seed corpora from the rule examples and
# the demo corpus into build-fuzz/seeds, and runs each target for a while.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET (default 300)] [TARGET...]
# A crash leaves build-fuzz/crashes/<target>/crash-* and makes the script exit 1;
# turn it into a regression test in the module's tests/ folder. Generated
# corpora stay in build-fuzz and are never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
claimcheck_install_deps clang libclang-rt-14-dev

seconds="${1:-300}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_normalise fuzz_segment fuzz_extract_dates fuzz_extract_numbers fuzz_extract_durations fuzz_extract_quantities
                                     fuzz_extract_terms fuzz_extract_all fuzz_story fuzz_json_lines)
build=build-fuzz
CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMCHECK_FUZZ=ON \
  -DCLAIMCHECK_TESTS=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz_seeds "${targets[@]}" >/dev/null
"$build/fuzz_seeds" corpus "$build/seeds" >/dev/null

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
for t in "${targets[@]}"; do
  seeds="$build/seeds/text"
  [ "$t" = fuzz_story ] && seeds="$build/seeds/story"
  work="$build/corpus/$t"  # grows across runs, starting from the seeds
  mkdir -p "$work" "$build/crashes/$t"
  log="$build/crashes/$t/fuzz.log"
  if "$build/$t" "$work" "$seeds" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="$build/crashes/$t/" >"$log" 2>&1; then
    echo "fuzz: $t ok ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$') runs in ${seconds}s)"
  else
    echo "fuzz: $t FAILED; see $log and $build/crashes/$t/" >&2
    grep -m3 -E 'invariant failed|ERROR: |runtime error' "$log" >&2 || tail -5 "$log" >&2
    status=1
  fi
done
exit $status
