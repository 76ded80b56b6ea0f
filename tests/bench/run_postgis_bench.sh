#!/bin/bash
# Times `vungtrong-cli stats` on the peer benchmark's data read from PostGIS
# against the same data read from its GeoPackage, in the same run, and checks
# that both print the same numbers. Starts a throwaway PostgreSQL + PostGIS
# cluster (initdb into a temporary folder, Unix socket only, as the
# `postgres` user when run as root), loads $DATA/N/data.gpkg into it with
# ogr2ogr, and removes it at the end.
#
# Usage: tests/bench/run_postgis_bench.sh [N...]     (default: 100000)
# Env:   CLI     vungtrong-cli to time (default build/app/cli/vungtrong-cli)
#        DATA    data folder holding N/data.gpkg (default /tmp/vt-bench; run_stats_bench.sh makes it)
#        REPEAT  runs of each, alternating (default 3); the ratio uses the minimum of each
#        PGBIN   PostgreSQL server binaries (default: the newest /usr/lib/postgresql/*/bin)
set -euo pipefail
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CLI=${CLI:-$ROOT/build/app/cli/vungtrong-cli}
DATA=${DATA:-/tmp/vt-bench}
REPEAT=${REPEAT:-3}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
[ -x "$CLI" ] || { echo "no CLI at $CLI (build target vungtrong-cli)" >&2; exit 1; }
[ -x "$PGBIN/initdb" ] || { echo "no PostgreSQL server binaries (apt-get install postgresql-15-postgis-3)" >&2; exit 1; }
NS=("$@"); [ ${#NS[@]} -eq 0 ] && NS=(100000)

PGDIR=$(mktemp -d /tmp/vt-pgbench-XXXXXX)
AS=()
if [ "$(id -u)" = 0 ]; then chown postgres "$PGDIR"; AS=(runuser -u postgres --); fi
cleanup() {
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap cleanup EXIT
"${AS[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -A trust -U vt -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
# Unix socket in $PGDIR only (no TCP). Settings a GIS office's server would
# have rather than the 128 MB default: 1 GB of shared buffers, parallel scans.
"${AS[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w \
  -o "-k $PGDIR -p 5432 -c listen_addresses= -c fsync=off -c shared_buffers=1GB -c work_mem=64MB" start >/dev/null
export PGSERVICEFILE=$PGDIR/pg_service.conf
printf '[vtbench]\nhost=%s\nport=5432\ndbname=bench\nuser=vt\n' "$PGDIR" >"$PGSERVICEFILE"
psql -X -q -h "$PGDIR" -U vt -d postgres -c "CREATE DATABASE bench"
psql -X -q service=vtbench -c "CREATE EXTENSION postgis"

min() { sort -n | awk 'NR == 1'; }  # reads all: no SIGPIPE under pipefail
for N in "${NS[@]}"; do
  D=$DATA/$N
  [ -s "$D/data.gpkg" ] || { echo "no $D/data.gpkg: run tests/bench/run_stats_bench.sh $N first" >&2; exit 1; }
  RES=$DATA/results-postgis/$N
  mkdir -p "$RES"
  psql -X -q service=vtbench -c "CREATE SCHEMA b$N"
  t0=$(date +%s.%N)
  ogr2ogr -f PostgreSQL PG:service=vtbench "$D/data.gpkg" zones plots -lco SCHEMA=b$N \
    -lco GEOMETRY_NAME=geom -preserve_fid -gt 65536
  psql -X -q service=vtbench -c "VACUUM ANALYZE b$N.plots"
  load=$(echo "$(date +%s.%N) - $t0" | bc)
  cat >"$RES/gpkg.vtproj" <<JSON
{"name": "bench N=$N (GeoPackage)", "layers": [
  {"id": "zones", "role": "zones", "path": "$D/data.gpkg", "layer": "zones",
   "fields": {"id": "zone_id", "code": "code", "name": "name"}},
  {"id": "plots", "role": "planting_areas", "path": "$D/data.gpkg", "layer": "plots",
   "fields": {"code": "code", "crop": "crop", "cooperative": "coop_id"}}]}
JSON
  cat >"$RES/postgis.vtproj" <<JSON
{"name": "bench N=$N (PostGIS)", "layers": [
  {"id": "zones", "role": "zones", "postgis": {"service": "vtbench", "table": "b$N.zones"},
   "fields": {"id": "zone_id", "code": "code", "name": "name"}},
  {"id": "plots", "role": "planting_areas", "postgis": {"service": "vtbench", "table": "b$N.plots"},
   "fields": {"code": "code", "crop": "crop", "cooperative": "coop_id"}}]}
JSON
  for r in $(seq "$REPEAT"); do
    for src in gpkg postgis; do
      "$CLI" stats "$RES/$src.vtproj" --format csv --out "$RES/$src.csv" --phases 2>"$RES/$src.$r.phases" >/dev/null
    done
  done
  cmp -s "$RES/gpkg.csv" "$RES/postgis.csv" || { echo "N=$N: the two sources printed different statistics" >&2; exit 1; }
  echo "## N = $N ($(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)); ogr2ogr load ${load}s"
  echo
  echo "| source | read (min) | total (min) | totals of $REPEAT runs |"
  echo "|---|---|---|---|"
  for src in gpkg postgis; do
    rd=$(awk '/^PHASE read/{print $3}' "$RES"/$src.*.phases | min)
    tt=$(awk '/^PHASE total/{print $3}' "$RES"/$src.*.phases | min)
    all=$(awk '/^PHASE total/{printf "%s ", $3}' "$RES"/$src.*.phases)
    echo "| $src | $rd | $tt | $all|"
    eval "total_$src=$tt"
  done
  echo
  echo "ratio: PostGIS / GeoPackage stats total = $(echo "scale=2; $total_postgis / $total_gpkg" | bc)x (minimum of $REPEAT each); same statistics: yes"
done
