#!/usr/bin/env bash
# The main job: install what is missing, build the Release binary at
# build/claimcheck, run it on corpus/ into claims.db, write the reports under
# reports/ and print a short summary. Safe to run again: unchanged documents cost nothing.
#   scripts/run.sh [CORPUS] [DB]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/deps.sh
claimcheck_install_deps

corpus="${1:-corpus}"
db="${2:-claims.db}"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCLAIMCHECK_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target claimcheck >/dev/null

status=0
build/claimcheck run "$corpus" --db "$db" --jobs "$(nproc)" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then exit "$status"; fi

mkdir -p reports
for fmt in json md html claimreview; do
  ext=$fmt; [ "$fmt" = claimreview ] && ext=claimreview.json
  build/claimcheck report --db "$db" --format "$fmt" --out "reports/report.$ext"
done
echo
echo "Database: $db    Reports: reports/report.{json,md,html,claimreview.json}"
sqlite3 -header -column "$db" "SELECT story_id AS story, source, supported, contradicted, unverified, internal FROM scorecard"
echo
echo "Contradictions: sqlite3 $db 'SELECT source, verdict, claim_text, reason FROM contradictions'"
sqlite3 -separator ' | ' "$db" "SELECT source, verdict, claim_text, reason FROM contradictions" | cut -c1-220
exit "$status"
