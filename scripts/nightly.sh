#!/usr/bin/env bash
# One night of claimcheck, for cron or a systemd timer:
#   scripts/nightly.sh CORPUS DB REPORT_DIR [KEEP]
# runs the corpus into DB (only new or changed documents cost anything), then
# writes this night's reports into REPORT_DIR/YYYY-MM-DD/ (YYYY-MM-DD.2, .3 ...
# when run again the same day, so a second run never overwrites the first):
#   new.md new.html new.json   only what changed: findings first seen, findings resolved
#   report.md report.html report.json   the full current state
#   run.log  runs.txt  status.txt       the run's log, the run history, the last run
# points REPORT_DIR/latest at it and keeps the KEEP newest dated folders (default 14).
# Exit status: 0 everything processed; 1 some stories or documents failed (listed
# on stderr and in status.txt; the rest were processed), or the run could not
# start (another run holds the database, unreadable database); 2 usage.
# Environment: CLAIMCHECK (the binary; default build/claimcheck beside this
# script, else claimcheck on PATH), CLAIMCHECK_JOBS (default: nproc),
# CLAIMCHECK_LOG_FORMAT (text or json; default text).
set -uo pipefail

usage() {
  echo "usage: $0 CORPUS DB REPORT_DIR [KEEP]" >&2
  echo "  KEEP: how many dated report folders to keep (a positive integer, default 14)" >&2
  exit 2
}
[ $# -ge 3 ] && [ $# -le 4 ] || usage
corpus=$1 db=$2 report_dir=$3 keep=${4:-14}
[[ "$keep" =~ ^[1-9][0-9]*$ ]] || { echo "nightly: KEEP must be a positive integer, got '$keep'" >&2; usage; }
[ -d "$corpus" ] || { echo "nightly: corpus folder '$corpus' does not exist" >&2; exit 2; }

here=$(cd "$(dirname "$0")" && pwd)
bin=${CLAIMCHECK:-}
if [ -z "$bin" ]; then
  if [ -x "$here/../build/claimcheck" ]; then bin="$here/../build/claimcheck"; else bin=$(command -v claimcheck || true); fi
fi
[ -n "$bin" ] && [ -x "$bin" ] || { echo "nightly: claimcheck binary not found (build it, or set CLAIMCHECK=/path/to/claimcheck)" >&2; exit 2; }
jobs=${CLAIMCHECK_JOBS:-$(nproc 2>/dev/null || echo 1)}
log_format=${CLAIMCHECK_LOG_FORMAT:-text}

mkdir -p "$report_dir" "$(dirname "$db")" || exit 1

# Reports are written into a hidden folder and renamed when complete: a
# reader (or the pruning below) never sees half a night.
day=$(date +%Y-%m-%d)
work=$(mktemp -d "$report_dir/.partial-$day-XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT

runs_before=$("$bin" runs --db "$db" 2>/dev/null | grep -c '^run ' || true)
# The run's log goes to stderr (cron mail / the journal) and into run.log.
"$bin" run "$corpus" --db "$db" --jobs "$jobs" --log-format "$log_format" 2> >(tee "$work/run.log" >&2)
status=$?
wait  # let tee finish writing run.log
runs_after=$("$bin" runs --db "$db" 2>/dev/null | grep -c '^run ' || true)
if [ "$status" -eq 2 ]; then exit 2; fi
if [ "$runs_after" -le "$runs_before" ]; then
  echo "nightly: the run did not start (see the message above); no reports written" >&2
  exit 1
fi

fail=0
for fmt in md html json; do
  "$bin" report --db "$db" --format "$fmt" --new --out "$work/new.$fmt" || fail=1
  "$bin" report --db "$db" --format "$fmt" --out "$work/report.$fmt" || fail=1
done
"$bin" runs --db "$db" >"$work/runs.txt" || fail=1
"$bin" status --db "$db" >"$work/status.txt"  # exit 1 here only repeats the run's status
if [ "$fail" -ne 0 ]; then
  echo "nightly: writing the reports failed (see above); the database is intact" >&2
  exit 1
fi

dest="$report_dir/$day"
n=2
while [ -e "$dest" ]; do dest="$report_dir/$day.$n"; n=$((n + 1)); done
chmod 755 "$work"
mv "$work" "$dest" || exit 1
trap - EXIT
ln -sfn "$(basename "$dest")" "$report_dir/latest"

# Keep the KEEP newest dated folders; only names this script makes are touched.
mapfile -t dated < <(find "$report_dir" -mindepth 1 -maxdepth 1 -type d \
  -regextype posix-extended -regex '.*/[0-9]{4}-[0-9]{2}-[0-9]{2}(\.[0-9]+)?' -printf '%f\n' |
  sort -t. -k1,1 -k2,2n)
if [ "${#dated[@]}" -gt "$keep" ]; then
  for old in "${dated[@]:0:${#dated[@]}-keep}"; do rm -rf -- "${report_dir:?}/$old"; done
fi

echo "claimcheck nightly: $(head -n 1 "$dest/status.txt")"
tail -n +2 "$dest/status.txt" | sed 's/^/claimcheck nightly: /'
echo "claimcheck nightly: what changed: $dest/new.html; everything: $dest/report.html"
exit "$status"
