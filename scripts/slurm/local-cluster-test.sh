#!/usr/bin/env bash
# Starts a one-node Slurm cluster on localhost (slurm-wlm + munge from Debian,
# installed if missing), submits a 4-shard claimcheck run of a generated corpus
# through scripts/slurm/submit.sh, waits for the shard array and the dependent
# merge, and fails unless the merged database's claims and findings equal those
# of a plain single-process `run` of the same corpus.
#
#   scripts/slurm/local-cluster-test.sh [SIZE]     # SIZE of the corpus, default 2M
#
# Everything lives under $WORK (default /tmp/claimcheck-slurm): its own
# slurm.conf (SLURM_CONF, /etc/slurm is not touched), spool, logs, corpus and
# databases. It stops the daemons it started; a munged already running is reused.
# Not part of the test suite: it starts daemons and needs root (or sudo).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
size=${1:-2M}
shards=4
WORK=${WORK:-/tmp/claimcheck-slurm}
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"

. scripts/deps.sh
claimcheck_install_deps slurm-wlm munge python3 sqlite3

echo "== build"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DCLAIMCHECK_TESTS=OFF >/dev/null
cmake --build build -j2 --target claimcheck >/dev/null

rm -rf "$WORK"
mkdir -p "$WORK"/{spool,state,log,out}
host=$(hostname -s)
cpus=$(nproc)
mem=$(awk '/MemTotal/ {print int($2 / 1024 * 0.8)}' /proc/meminfo)

echo "== munge"
if ! pgrep -x munged >/dev/null; then
  if [ ! -s /etc/munge/munge.key ]; then
    $sudo mkdir -p /etc/munge
    $sudo dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  fi
  $sudo chown munge:munge /etc/munge/munge.key 2>/dev/null || true
  $sudo chmod 400 /etc/munge/munge.key
  $sudo mkdir -p /run/munge /var/log/munge /var/lib/munge
  $sudo chown munge:munge /run/munge /var/log/munge /var/lib/munge 2>/dev/null || true
  $sudo runuser -u munge -- /usr/sbin/munged || $sudo /usr/sbin/munged --force
fi
munge -n | unmunge >/dev/null

echo "== slurm (one node: $host, $cpus CPUs, $mem MB)"
user=$(id -un)
cat >"$WORK/slurm.conf" <<EOF
ClusterName=claimcheck-local
SlurmctldHost=$host
SlurmUser=$user
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$WORK/state
SlurmdSpoolDir=$WORK/spool
SlurmctldPidFile=$WORK/slurmctld.pid
SlurmdPidFile=$WORK/slurmd.pid
SlurmctldLogFile=$WORK/log/slurmctld.log
SlurmdLogFile=$WORK/log/slurmd.log
SlurmctldPort=16817
SlurmdPort=16818
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
SchedulerType=sched/backfill
JobCompType=jobcomp/none
JobAcctGatherType=jobacct_gather/none
MpiDefault=none
ReturnToService=2
NodeName=$host CPUs=$cpus RealMemory=$mem State=UNKNOWN
PartitionName=local Nodes=$host Default=YES MaxTime=INFINITE State=UP OverSubscribe=YES
EOF
export SLURM_CONF="$WORK/slurm.conf"
cleanup() {
  for p in slurmd slurmctld; do
    [ -s "$WORK/$p.pid" ] && $sudo kill "$(cat "$WORK/$p.pid")" 2>/dev/null || true
  done
}
trap cleanup EXIT
$sudo env SLURM_CONF="$SLURM_CONF" /usr/sbin/slurmctld -f "$SLURM_CONF" -i
$sudo env SLURM_CONF="$SLURM_CONF" /usr/sbin/slurmd -f "$SLURM_CONF"
for _ in $(seq 60); do
  sinfo -h -o '%T' 2>/dev/null | grep -Eq '^(idle|mixed)' && break
  sleep 1
done
sinfo

echo "== corpus ($size) and a plain run"
scripts/gen_corpus "$WORK/corpus" --size "$size" --seed 5
cp -r corpus/. "$WORK/corpus/"
build/claimcheck run "$WORK/corpus" --db "$WORK/plain.db" -q || [ $? -eq 1 ]

echo "== submit $shards shards + merge"
merge_job=$(scripts/slurm/submit.sh "$WORK/corpus" "$WORK/out" "$shards" build/claimcheck)
for _ in $(seq 600); do
  state=$(scontrol show job "$merge_job" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2)
  case "$state" in
    COMPLETED) break ;;
    FAILED | CANCELLED | TIMEOUT | NODE_FAIL | OUT_OF_MEMORY | "") break ;;
  esac
  sleep 1
done
squeue || true
for f in "$WORK"/out/*.out; do echo "--- $(basename "$f")"; cat "$f"; done
[ "$state" = COMPLETED ] || { echo "local-cluster-test: merge job $merge_job ended in state '$state'" >&2; exit 1; }

echo "== compare merged with plain"
q_claims="SELECT d.story_id, d.file, c.idx, c.kind, c.start, c.end, c.text, c.value, c.rule, c.attrs
          FROM claims c JOIN documents d ON d.id = c.document_id ORDER BY 1, 2, 3"
q_findings="SELECT f.story_id, d.file, c.idx, o.idx, f.verdict, f.reason, f.fingerprint FROM findings f
            JOIN documents d ON d.id = f.document_id JOIN claims c ON c.id = f.claim_id
            LEFT JOIN claims o ON o.id = f.other_claim_id ORDER BY 1, 2, 3, 7"
fail=0
for q in claims findings; do
  var="q_$q"
  sqlite3 "$WORK/plain.db" "${!var}" >"$WORK/plain.$q"
  sqlite3 "$WORK/out/claims.db" "${!var}" >"$WORK/merged.$q"
  if cmp -s "$WORK/plain.$q" "$WORK/merged.$q"; then
    echo "$q: $(wc -l <"$WORK/plain.$q") rows, identical"
  else
    echo "$q: DIFFERENT ($(wc -l <"$WORK/plain.$q") plain vs $(wc -l <"$WORK/merged.$q") merged rows)" >&2
    diff "$WORK/plain.$q" "$WORK/merged.$q" | head -5 >&2
    fail=1
  fi
done
build/claimcheck report --db "$WORK/plain.db" --format json --out "$WORK/plain.report.json"
# Run ids are renumbered by the merge; everything else must match.
strip_runs() { python3 -c 'import json,re,sys; print(re.sub(r"\"(\w+_run|run)\": *[0-9]+", "", open(sys.argv[1]).read()))' "$1"; }
if [ "$(strip_runs "$WORK/plain.report.json")" = "$(strip_runs "$WORK/out/report.json")" ]; then
  echo "report --format json (run ids aside): identical"
else
  echo "report --format json: DIFFERENT" >&2
  fail=1
fi
[ $fail -eq 0 ] && echo "local-cluster-test: OK" || echo "local-cluster-test: FAILED" >&2
exit $fail
