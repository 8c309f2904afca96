#!/usr/bin/env bash
# Benchmark of the FHIR export (issue 14): seeds a synthetic municipality into a fresh SQLite file, then times
#   1. the busiest days (--since/--until over the last days of the generated history), and
#   2. a first full delivery (no log, no --since: everyone's current picture).
# Usage: scripts/bench-fhir.sh [INHABITANTS=60000] [YEARS=15]   (BENCH_DIR to choose the work folder)
# The export prints one line per day with bundles, resources and seconds, and the phase times (load/build/write/check).
set -euo pipefail
cd "$(dirname "$0")/.."
INHABITANTS=${1:-60000}
YEARS=${2:-15}
DIR=${BENCH_DIR:-/tmp/mestring-bench-fhir}
rm -rf "$DIR" && mkdir -p "$DIR"
dotnet build src/Hosts/Mestring.Cli -c Release -m:1 -v q >/dev/null
CLI="dotnet src/Hosts/Mestring.Cli/bin/Release/net10.0/mestring.dll"
DB="Data Source=$DIR/bench.db"
echo "seed: $INHABITANTS inhabitants, $YEARS years"
/usr/bin/time -f "seed %e s wall" $CLI seed --inhabitants "$INHABITANTS" --years "$YEARS" --database "$DB" >/dev/null
echo "busiest days (2025-12-30..2025-12-31):"
/usr/bin/time -f "process %e s wall, %U s user" $CLI export fhir --out "$DIR/days" --since 2025-12-30 --until 2025-12-31 --database "$DB" 2>&1 | grep -v '^Note'
echo "first full delivery:"
/usr/bin/time -f "process %e s wall, %U s user" $CLI export fhir --out "$DIR/full" --database "$DB" 2>&1 | grep -v '^Note'
