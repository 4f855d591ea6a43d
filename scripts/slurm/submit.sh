#!/usr/bin/env bash
# Submits a sharded claimcheck run to Slurm: an array of N shard tasks, then a
# merge job that starts only when all of them succeeded (afterok). Prints the
# merge job id on stdout. The corpus and OUT must be on storage every node sees.
#
#   scripts/slurm/submit.sh CORPUS OUT N [CLAIMCHECK_BINARY]
#
# OUT/shard-I.db persist between nights: each shard run is incremental, and the
# merge replaces only stories whose content changed (see README "Scaling out").
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
corpus=$(cd "${1:?usage: submit.sh CORPUS OUT N [BINARY]}" && pwd)
mkdir -p "${2:?OUT missing}"
out=$(cd "$2" && pwd)
n=${3:?N missing}
bin=$(readlink -f "${4:-$here/../../build/claimcheck}")
[ -x "$bin" ] || { echo "submit.sh: $bin: no claimcheck binary (build it first)" >&2; exit 1; }
export CLAIMCHECK="$bin" CORPUS="$corpus" OUT="$out" SHARDS="$n"
cd "$out"
array=$(sbatch --parsable --export=ALL --array=0-$((n - 1)) "$here/shard.sbatch")
merge=$(sbatch --parsable --export=ALL --dependency=afterok:"$array" "$here/merge.sbatch")
echo "submitted shards $array (array 0-$((n - 1))), merge $merge" >&2
echo "$merge"
