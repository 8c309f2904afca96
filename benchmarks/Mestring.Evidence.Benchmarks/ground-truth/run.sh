#!/bin/bash
# Seeds municipalities with their ground truth and runs the evidence verbs on each (docs/evidence.md, "Scored on ground truth").
# usage: run.sh OUT_DIR INHABITANTS SEED... (needs a built CLI: dotnet build -c Release src/Hosts/Mestring.Cli)
set -euo pipefail
out=$1; inhabitants=$2; shift 2
bin=${MESTRING:-$(dirname "$0")/../../../src/Hosts/Mestring.Cli/bin/Release/net10.0/mestring}
for s in "$@"; do
  d=$out/s$s; rm -rf "$d"; mkdir -p "$d"
  "$bin" seed --seed "$s" --inhabitants "$inhabitants" --truth "$d/truth.json" --database "Data Source=$d/db.sqlite" > "$d/seed.log"
  "$bin" evaluate --methods --database "Data Source=$d/db.sqlite" --format json > "$d/methods.json"
  "$bin" benchmark --database "Data Source=$d/db.sqlite" --format json > "$d/bench.json"
  echo "seed $s done"
done
