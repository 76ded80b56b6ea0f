#!/bin/sh
# Runs one fuzz target for a while, then merges what it found into the
# minimised corpus kept in git (tests/fuzz/corpus/<target>).
#   tests/fuzz/run.sh build-fuzz fuzz_project 600
# Niced: the machine is shared. One target at a time.
set -eu
build=$1
target=$2
seconds=${3:-600}
here=$(cd "$(dirname "$0")" && pwd)
work="$build/fuzz-work/$target"
mkdir -p "$work/corpus" "$work/artifacts"
cp -n "$here/corpus/$target/"* "$work/corpus/" 2>/dev/null || true
export PROJ_NETWORK=OFF CPL_DEBUG=OFF
nice -n 19 "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/" "$work/corpus" >"$work/log.txt" 2>&1 || true
# Minimise: keep only inputs that add edge coverage. Named regression inputs
# (crashes once found, now fixed) go in first, so they always stay and count.
# -use_counters=0: with hit counts as features the merge keeps thousands of
# near-copies for the same edges (README: before/after).
rm -rf "$work/min" && mkdir -p "$work/min"
cp "$here/corpus/$target/"regression-* "$work/min/" 2>/dev/null || true
nice -n 19 "$build/tests/fuzz/$target" -merge=1 -use_counters=0 "$work/min" "$work/corpus" >"$work/merge.txt" 2>&1 || true
if [ -n "$(ls "$work/min")" ]; then
    find "$here/corpus/$target" -type f ! -name 'regression-*' -delete
    cp "$work/min/"* "$here/corpus/$target/"
fi
tail -n 15 "$work/log.txt"
ls "$work/artifacts"
