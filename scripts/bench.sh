#!/usr/bin/env bash
# Measures claimcheck on a corpus: builds Release, then reports throughput (MB/s,
# documents/s), wall time and peak RSS (/usr/bin/time -v) for
#   run on an empty database, a re-run of the unchanged corpus, and extract --jsonl,
# each with --jobs 1 and --jobs 2 (override with JOBS="1 2 4"), plus the
# per-stage breakdown that `run --stats` prints, and the SQLite floor (the same rows
# copied by SQLite alone, see sqlite_floor). It never runs in the test suite.
#
#   scripts/bench.sh CORPUS                 # an existing corpus folder
#   scripts/bench.sh --sizes 10M,100M,1G    # generates corpora (scripts/gen_corpus, seed 1)
#                                           # under $BENCH_DIR (default bench-data/) and
#                                           # prints MB/s for each size: cost must be linear
# Environment: JOBS (default "1 2"), BENCH_DIR, SKIP_BUILD=1, SKIP_EXTRACT=1.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
. scripts/deps.sh
claimcheck_install_deps time python3
JOBS=${JOBS:-"1 2"}
BENCH_DIR=${BENCH_DIR:-$root/bench-data}
mkdir -p "$BENCH_DIR"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCLAIMCHECK_TESTS=OFF >/dev/null
  cmake --build build -j2 --target claimcheck >/dev/null
fi
bin=$root/build/claimcheck

# timed LABEL BYTES DOCS CMD...: runs CMD under /usr/bin/time -v, prints one row.
timed() {
  local label=$1 bytes=$2 docs=$3; shift 3
  local tv; tv=$(mktemp)
  local rc=0
  /usr/bin/time -v -o "$tv" "$@" || rc=$?
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$tv")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tv")
  local cpu; cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$tv")
  rm -f "$tv"
  awk -v l="$label" -v b="$bytes" -v d="$docs" -v w="$wall" -v r="$rss" -v c="$cpu" -v rc="$rc" 'BEGIN {
    if (w <= 0) w = 0.001;
    printf "%-28s %8.2fs wall %8.2fs cpu %9.1f MB/s %9.0f docs/s %7.0f MB peak RSS%s\n",
           l, w, c, b / 1e6 / w, d / w, r / 1024, (rc == 0 || rc == 1) ? "" : "  (exit " rc ")" }'
}

# The floor under the writer: SQLite alone copying the rows the run stored into
# an empty database of the same schema, with the store's pragmas (no reading,
# extraction, comparison or per-story work; one transaction, then the full-text
# index in one statement). No single-writer run can be faster than this.
sqlite_floor() {
  local src=$1 bytes=$2 docs=$3
  local floor="$BENCH_DIR/floor.db" empty="$BENCH_DIR/empty-corpus"
  rm -f "$floor" "$floor"-wal "$floor"-shm "$floor".lock
  mkdir -p "$empty"
  "$bin" run "$empty" --db "$floor" -q || true  # the schema, and run 1
  local sql="$BENCH_DIR/floor.sql"
  cat >"$sql" <<SQL
PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; ATTACH '$src' AS src;
BEGIN;
INSERT INTO runs SELECT * FROM src.runs WHERE id NOT IN (SELECT id FROM runs);
INSERT INTO stories SELECT * FROM src.stories; INSERT INTO documents SELECT * FROM src.documents;
INSERT INTO blocks SELECT * FROM src.blocks; INSERT INTO sentences SELECT * FROM src.sentences;
INSERT INTO claims SELECT * FROM src.claims; INSERT INTO findings SELECT * FROM src.findings;
INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences;
COMMIT;
SQL
  timed "sqlite floor (same rows)" "$bytes" "$docs" sh -c "sqlite3 -bail '$floor' <'$sql' >/dev/null"
  rm -f "$sql"
  rm -f "$floor" "$floor"-wal "$floor"-shm "$floor".lock
}

bench_corpus() {
  local corpus=$1
  local bytes docs
  bytes=$(find "$corpus" -mindepth 2 -type f ! -name story.json ! -name rules.json -printf '%s\n' | awk '{s+=$1} END {print s+0}')
  docs=$(find "$corpus" -mindepth 2 -type f ! -name story.json ! -name rules.json | wc -l)
  echo "== $corpus: $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b/1e6}') MB, $docs documents"
  local db="$BENCH_DIR/bench.db"
  for j in $JOBS; do
    rm -f "$db" "$db"-wal "$db"-shm "$db".lock
    timed "run (empty db) --jobs $j" "$bytes" "$docs" "$bin" run "$corpus" --db "$db" --jobs "$j" --stats -q 2>"$BENCH_DIR/stats.txt"
    sed 's/^/    /' "$BENCH_DIR/stats.txt" | grep stats || true
    timed "re-run (unchanged) --jobs $j" "$bytes" "$docs" "$bin" run "$corpus" --db "$db" --jobs "$j" -q
  done
  echo "    database: $(du -m "$db" | cut -f1) MB; $(sqlite3 "$db" 'SELECT count(*) FROM claims') claims," \
       "$(sqlite3 "$db" 'SELECT count(*) FROM findings') findings"
  sqlite_floor "$db" "$bytes" "$docs"
  if [ "${SKIP_EXTRACT:-0}" != 1 ]; then
    local jsonl="$corpus.jsonl"
    [ -s "$jsonl" ] || scripts/gen_corpus_jsonl "$corpus" >"$jsonl"
    local jbytes; jbytes=$(stat -c %s "$jsonl")
    for j in $JOBS; do
      timed "extract --jsonl --jobs $j" "$bytes" "$docs" sh -c "'$bin' extract --jsonl --jobs $j <'$jsonl' >/dev/null"
    done
    echo "    (MB/s counts document bytes; the JSONL input is $(awk -v b="$jbytes" 'BEGIN {printf "%.1f", b/1e6}') MB)"
  fi
  rm -f "$db" "$db"-wal "$db"-shm "$db".lock
}

if [ "${1:-}" = "--sizes" ]; then
  IFS=, read -ra sizes <<<"${2:?--sizes needs a list such as 10M,100M}"
  for s in "${sizes[@]}"; do
    corpus="$BENCH_DIR/corpus-$s"
    [ -d "$corpus" ] || scripts/gen_corpus "$corpus" --size "$s" --seed 1
    bench_corpus "$corpus"
  done
else
  [ $# -eq 1 ] && [ -d "$1" ] || { echo "usage: scripts/bench.sh CORPUS | --sizes 10M,100M,1G" >&2; exit 2; }
  bench_corpus "$(cd "$1" && pwd)"
fi
