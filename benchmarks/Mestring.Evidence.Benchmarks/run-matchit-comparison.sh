#!/usr/bin/env bash
# Generates the synthetic 200,000 × 20 problem once, then times the C# engine and R MatchIt on the same CSV,
# both pinned to one core, and prints both times and both estimates (true effect 2.0).
# Usage: benchmarks/Mestring.Evidence.Benchmarks/run-matchit-comparison.sh [csv-path] [n] [caliper]
set -euo pipefail
dir="$(cd "$(dirname "$0")" && pwd)"
csv="${1:-${TMPDIR:-/tmp}/mestring-evidence-synthetic.csv}"
n="${2:-200000}"
caliper="${3:-0.2}"
pin=()
if command -v taskset >/dev/null; then pin=(taskset -c 0); fi

dotnet build -c Release "$dir" -v quiet -nologo >/dev/null
exe=(dotnet "$dir/bin/Release/net10.0/Mestring.Evidence.Benchmarks.dll")
"${exe[@]}" generate "$csv" "$n" 42
echo "--- C# (Mestring.Evidence) ---"
"${pin[@]}" "${exe[@]}" time "$csv" "$caliper"
echo "--- R (MatchIt) ---"
"${pin[@]}" Rscript "$dir/matchit.R" "$csv" "$caliper"
