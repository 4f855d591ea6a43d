#!/usr/bin/env bash
# Cost of hostile input: times `claimcheck extract` (normalise, segment, extract)
# and `claimcheck run` (plus compare and store) on pathological documents, and
# prints each one's cost per byte next to ordinary news text (the demo corpus,
# repeated to the same size). Every case runs at two sizes; a time ratio near
# the size ratio is linear, near its square is quadratic.
# Usage: scripts/bench_pathological.sh [MB (default 10)] [CASE...]
# Env: TIMEOUT (seconds per command, default 300), CLAIMCHECK_BIN, MAX_FACTOR.
# Cases: news digits digit_words dollars dollar_amounts months dates sentence_1mb term_sentence claims_100k
# Not a unit test and not a pass/fail gate by default: set MAX_FACTOR=N to
# exit 1 when a case costs more than N times news text per byte.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
claimcheck_install_deps

mb="${1:-10}"
shift || true
cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=(news digits digit_words dollars dollar_amounts months dates sentence_1mb term_sentence claims_100k)
timeout_s="${TIMEOUT:-300}"
max_factor="${MAX_FACTOR:-}"

# CLAIMCHECK_BIN=path uses an already built release binary instead of building build/.
bin="${CLAIMCHECK_BIN:-}"
if [ -z "$bin" ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j"$(nproc)" --target claimcheck >/dev/null
  bin="$PWD/build/claimcheck"
fi
work="$(mktemp -d /tmp/claimcheck-patho.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# repeat TEXT BYTES: TEXT repeated, cut at BYTES (a cut mid-character is part of the test).
repeat() { yes -- "$1" | tr -d '\n' | head -c "$2"; }

# make CASE BYTES FILE
make_case() (
  set +o pipefail  # `yes | head` ends with SIGPIPE by design
  n="$2" out="$3"
  case "$1" in
    news)           while :; do cat corpus/*/*.txt; done 2>/dev/null | head -c "$n" >"$out" ;;
    digits)         repeat "0123456789" "$n" >"$out" ;;
    digit_words)    repeat "12 345 6.78 9,000 " "$n" >"$out" ;;
    dollars)        repeat '$' "$n" >"$out" ;;
    dollar_amounts) repeat '$1 $2.5 billion $ 3 ' "$n" >"$out" ;;
    months)         repeat "January February March April May June July August September October November December " "$n" >"$out" ;;
    dates)          repeat "On April 27, 2026 and by March 2030, " "$n" >"$out" ;;
    sentence_1mb)   { repeat "the partnership terms were amended and extended through " $((n < 1048576 ? n : 1048576)); echo "."; } >"$out" ;;
    term_sentence)  # one sentence, no full stop, thick with contract-term triggers
                    repeat "Acme granted an exclusive licence and a revenue share " "$n" >"$out" ;;
    claims_100k)    # 100,000 claims (one percent per sentence) whatever the size asked
                    repeat "The stake is 27%. " 1800000 >"$out" ;;
    *) echo "unknown case $1" >&2; exit 1 ;;
  esac
)

# time_cmd SECONDS_VAR CMD...: wall seconds, or "timeout"
time_cmd() {
  local start end rc=0
  start=$(date +%s.%N)
  timeout "$timeout_s" "$@" >/dev/null 2>"$work/stderr" || rc=$?
  end=$(date +%s.%N)
  if [ $rc -eq 124 ]; then echo timeout; return; fi
  if [ $rc -ge 128 ] || [ $rc -eq 2 ]; then echo "crash($rc)"; return; fi
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'
}

# per_byte SECONDS BYTES: nanoseconds per byte, or "-" when SECONDS is not a number.
per_byte() {
  [[ "$1" =~ ^[0-9.]+$ ]] || { echo -; return; }
  awk -v s="$1" -v n="$2" 'BEGIN { printf "%.0f", s * 1e9 / n }'
}

# A corpus: the demo official plus the pathological text as coverage.
make_story() {
  local file="$1" dir="$2"
  rm -rf "$dir"; mkdir -p "$dir/s"
  cp corpus/msft-openai-2026-04/004_cc9b995149adc8e8.txt "$dir/s/official.txt"
  cp "$file" "$dir/s/coverage.txt"
  printf '{"id": "patho", "documents": [{"file": "official.txt", "role": "official", "published": "2026-04-27"},
    {"file": "coverage.txt", "role": "coverage", "published": "2026-04-27"}]}' >"$dir/s/story.json"
}

full=$((mb * 1048576)); quarter=$((full / 4))
printf '%-15s %9s %10s %10s %8s %10s %10s %8s\n' case bytes extract_s ns/byte x_news run_s ns/byte scale
news_ns=""
status=0
for c in "${cases[@]}"; do
  for n in $quarter $full; do
    f="$work/$c.txt"
    make_case "$c" "$n" "$f"
    bytes=$(stat -c %s "$f")
    ex=$(time_cmd "$bin" extract --published 2026-04-27 "$f")
    make_story "$f" "$work/corpus"; rm -f "$work/db"*
    rn=$(time_cmd "$bin" run "$work/corpus" --db "$work/db")
    ex_ns=$(per_byte "$ex" "$bytes")
    rn_ns=$(per_byte "$rn" "$bytes")
    if [ "$n" -eq "$quarter" ]; then small_ex="$ex"; continue; fi
    [ "$c" = news ] && news_ns="$ex_ns"
    factor=-
    [ -n "$news_ns" ] && [ "$ex_ns" != - ] && factor=$(awk -v a="$ex_ns" -v b="$news_ns" 'BEGIN { printf "%.1f", a / b }')
    scale=-  # time(full)/time(full/4): ~4 is linear, ~16 quadratic
    [[ "$ex" =~ ^[0-9.]+$ && "$small_ex" =~ ^[0-9.]+$ ]] && scale=$(awk -v a="$ex" -v b="$small_ex" 'BEGIN { printf "%.1f", a / (b + 0.001) }')
    [ "$c" = claims_100k ] || [ "$c" = sentence_1mb ] && scale=-  # fixed-size cases
    printf '%-15s %9s %10s %10s %8s %10s %10s %8s\n' "$c" "$bytes" "$ex" "$ex_ns" "$factor" "$rn" "$rn_ns" "$scale"
    if [ -n "$max_factor" ] && { [ "$factor" = - ] || awk -v a="$factor" -v b="$max_factor" 'BEGIN { exit !(a > b) }'; }; then
      echo "  $c costs more than ${max_factor}x news text per byte" >&2
      status=1
    fi
  done
done
exit $status
