#!/bin/bash
# Times `vungtrong-cli stats` on the peer benchmark's data (../shared/bench-peers/gen.py)
# next to the GDAL read floor (bench-peers/floor.c) measured in the same run,
# and checks agreement with any peer results through bench-peers/report.py.
#
# Usage: tests/bench/run_stats_bench.sh [N...]        (default: 10000 100000)
# Env:   CLI     vungtrong-cli to time (default build-stats/app/cli/vungtrong-cli)
#        REPEAT  runs per tool (default 3; the report shows medians)
#        PEERS   extra bench-peers peers to run too (e.g. "geopandas"); default none
#        DATA    data cache (default /tmp/vt-bench); RES results (default $DATA/results,
#                or $DATA/results-$AREA when AREA is set)
#        AREA    auto|geodesic: the CLI's --area (default: the project's, i.e. auto)
#        VT_THREADS  worker threads of the CLI (default: all cores)
#        COMMUNES    1 (default) also times `stats --by communes` on ~100 communes
#                    cut from the zones (make_communes.py); 0 skips it
set -uo pipefail
HERE=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PEERDIR=$(cd "$ROOT/../shared/bench-peers" 2>/dev/null && pwd || echo /work/shared/bench-peers)
CLI=${CLI:-$ROOT/build-stats/app/cli/vungtrong-cli}
DATA=${DATA:-/tmp/vt-bench}
REPEAT=${REPEAT:-3}
PEERS=${PEERS:-}
COMMUNES=${COMMUNES:-1}
AREA=${AREA:-}
RESBASE=${RES:-$DATA/results${AREA:+-$AREA}}
AREA_ARG=${AREA:+--area $AREA}
PY=/usr/bin/python3
[ -x "$CLI" ] || { echo "no CLI at $CLI (build target vungtrong-cli)" >&2; exit 1; }
NS=("$@"); [ ${#NS[@]} -eq 0 ] && NS=(10000 100000)

mkdir -p "$DATA"
FLOOR=$DATA/floor
if [ ! -x "$FLOOR" ] || [ "$PEERDIR/floor.c" -nt "$FLOOR" ]; then
  gcc -O2 -Wall "$PEERDIR/floor.c" -o "$FLOOR" $(gdal-config --cflags) $(gdal-config --libs) || exit 1
fi

# run RES NAME CMD...: REPEAT runs under time -v; PHASE lines go to NAME.out.
run() {
  local res=$1 name=$2; shift 2
  local r tag
  rm -rf "${res:?}/$name" "$res/$name".{out,err,time} "$res/$name"@*
  for r in $(seq "$REPEAT"); do
    tag=$name; [ "$r" -gt 1 ] && tag=$name@$r
    /usr/bin/time -v -o "$res/$tag.time" "$@" >"$res/$tag.out" 2>"$res/$tag.err"
    local rc=$?
    [ $rc = 0 ] || { echo "$tag failed ($rc):" >&2; tail -3 "$res/$tag.err" >&2; return 1; }
  done
}

for N in "${NS[@]}"; do
  D=$DATA/$N
  mkdir -p "$D"
  if [ ! -s "$D/data.gpkg" ]; then
    echo "generating N=$N" >&2
    $PY "$PEERDIR/gen.py" "$N" "$D/data.gpkg" >"$D/gen.log" || { cat "$D/gen.log"; exit 1; }
  fi
  if [ "$COMMUNES" = 1 ] && [ ! -s "$D/communes.gpkg" -o "$D/data.gpkg" -nt "$D/communes.gpkg" ]; then
    $PY "$HERE/make_communes.py" "$D/data.gpkg" "$D/communes.gpkg" >&2 || exit 1
  fi
  communes_layer=
  [ "$COMMUNES" = 1 ] && communes_layer=',
    {"id": "communes", "role": "zones", "path": "communes.gpkg", "layer": "communes",
     "fields": {"code": "code", "name": "name"}}'
  cat >"$D/bench.vtproj" <<JSON
{
  "name": "peer benchmark N=$N",
  "description": "bench-peers/gen.py data: 11 zones, $N plots",
  "layers": [
    {"id": "zones", "role": "zones", "path": "data.gpkg", "layer": "zones",
     "fields": {"id": "zone_id", "code": "code", "name": "name"}},
    {"id": "plots", "role": "planting_areas", "path": "data.gpkg", "layer": "plots",
     "fields": {"code": "code", "crop": "crop", "cooperative": "coop_id"}}$communes_layer
  ]
}
JSON
  RES=$RESBASE/$N
  mkdir -p "$RES"
  cp "$D/data.meta.json" "$RES/"
  run "$RES" floor_gpkg "$FLOOR" "$D/data.gpkg"
  # The CLI prints PHASE lines on stderr; report.py reads them from NAME.out.
  run "$RES" vungtrong bash -c '"$0" stats "$1" --format csv --out "$2/vungtrong.csv" --peer-bench "$2/vungtrong" $3 2>&1' \
      "$CLI" "$D/bench.vtproj" "$RES" "$AREA_ARG"
  if [ "$COMMUNES" = 1 ]; then
    # Own folder: report.py compares every tool in RES with the peers' zones.
    mkdir -p "$RES/communes"
    run "$RES/communes" vungtrong_communes bash -c '"$0" stats "$1" --by communes --format csv --out "$2/communes.csv" --phases $3 2>&1' \
        "$CLI" "$D/bench.vtproj" "$RES/communes" "$AREA_ARG"
  fi
  for p in $PEERS; do
    case $p in
      geopandas) run "$RES" geopandas $PY "$PEERDIR/peer_geopandas.py" "$D/data.gpkg" "$RES/geopandas" ;;
      postgis) run "$RES" postgis bash "$PEERDIR/peer_postgis.sh" "$D/data.gpkg" "$RES/postgis" ;;
    esac
  done
  echo
  echo "## N = $N ($(date -u +%Y-%m-%d), $(nproc) cores, VT_THREADS=${VT_THREADS:-all}, area ${AREA:-auto (project default)})"
  echo
  $PY "$PEERDIR/report.py" "$RES" | tee "$RES/report.md"
  fl=$(awk '/^PHASE read/{print $3}' "$RES"/floor_gpkg*.out | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  vt=$(awk '/^PHASE total/{print $3}' "$RES"/vungtrong*.out | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  echo
  echo "ratio: vungtrong stats total ${vt}s / GDAL read floor ${fl}s = $(echo "scale=1; $vt / $fl" | bc)x (medians of $REPEAT)"
  if [ -s "$PEERDIR/results/N$N.md" ]; then
    echo
    echo "totals against the peers' published results (bench-peers/results/N$N.md):"
    $PY "$HERE/compare_published.py" "$RES/vungtrong/zones.csv" "$PEERDIR/results/N$N.md"
  fi
  if [ "$COMMUNES" = 1 ]; then
    median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
    nc=$(($(wc -l <"$RES/communes/communes.csv") - 2))  # header and total line
    echo
    echo "against $nc communes (stats --by communes), medians of $REPEAT:"
    for ph in read repair area overlay union_net write total; do
      printf '  %-9s %s s\n' "$ph" "$(awk -v p="$ph" '$1=="PHASE" && $2==p {print $3}' "$RES"/communes/vungtrong_communes*.out | median)"
    done
    vc=$(awk '/^PHASE total/{print $3}' "$RES"/communes/vungtrong_communes*.out | median)
    echo "  ratio: ${vc}s / GDAL read floor ${fl}s = $(echo "scale=1; $vc / $fl" | bc)x; communes / zones = $(echo "scale=2; $vc / $vt" | bc)x"
    # The communes tile the zones: both runs must find the same planted total.
    $PY "$HERE/compare_totals.py" "$RES/vungtrong.csv" "$RES/communes/communes.csv"
  fi
done
