#!/usr/bin/env bash
# Generates the synthetic 200,000 × 20 problem once, then times the C# engine and R MatchIt on the same CSV, both
# pinned to one core, for two specifications: MatchIt's default (1:1 nearest neighbour on the logit without
# replacement, caliper 0.2 SD, largest first) and Mestring's default (with replacement; Mestring also bias-adjusts).
# It also times the whole `mestring evaluate --method psm` process (read CSV, fit, match, diagnostics, JSON).
# Prints times and estimates (true effect 2.0). Needs R with MatchIt (Debian: apt-get install r-base-core r-cran-matchit).
# Usage: benchmarks/Mestring.Evidence.Benchmarks/run-matchit-comparison.sh [csv-path] [n] [caliper]
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$dir/../.." && pwd)"
csv="${1:-${TMPDIR:-/tmp}/mestring-evidence-synthetic.csv}"
n="${2:-200000}"
caliper="${3:-0.2}"
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi

dotnet build -c Release "$dir" -v quiet -nologo >/dev/null
exe=(dotnet "$dir/bin/Release/net10.0/Mestring.Evidence.Benchmarks.dll")
"${exe[@]}" generate "$csv" "$n" 42
for spec in noreplace replace; do
  echo "=== $spec ==="
  echo "--- C# (Mestring.Evidence, engine call) ---"
  "${pin[@]}" "${exe[@]}" time "$csv" "$caliper" "$spec"
  echo "--- R (MatchIt) ---"
  "${pin[@]}" Rscript "$dir/matchit.R" "$csv" "$caliper" "$spec"
done
cli="$root/src/Hosts/Mestring.Cli/bin/Release/net10.0/mestring"
if [ -x "$cli" ]; then
  covs=$(seq -s, -f 'x%g' 1 20)
  echo "--- whole process: mestring evaluate --method psm (default settings), one core ---"
  /usr/bin/env time -f "elapsed %e s, user %U s, max RSS %M KB" "${pin[@]}" "$cli" evaluate --data "$csv" --treatment treat \
    --outcome y --covariates "$covs" --method psm --format json > /dev/null
else
  echo "(build src/Hosts/Mestring.Cli in Release to also time the whole process)"
fi
