#!/usr/bin/env bash
# Runs every data verb of the CLI on one seeded municipality and keeps what each printed, so that two builds can be
# compared byte by byte (a refactoring must not change them):
#   bash scripts/cli-outputs.sh src/Hosts/Mestring.Cli/bin/Release/net10.0 /tmp/out-before   # on the old commit
#   bash scripts/cli-outputs.sh src/Hosts/Mestring.Cli/bin/Release/net10.0 /tmp/out-after    # on the new one
#   for f in $(ls /tmp/out-before | grep -v '^m.db$\|^extract$'); do cmp -s /tmp/out-before/$f /tmp/out-after/$f || echo "differs: $f"; done
# seed.out differs only in its timing and progress lines, prev.out only in its time stamp.
# Needs ../shared (the investment case of specs/investment-case.md, the LaLonde data). About a minute in Release.
set -u
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SHARED="${MESTRING_SHARED:-$ROOT/../shared}"
CLI="$(cd "$1" && pwd)/mestring"; OUT="$2"
rm -rf "$OUT"; mkdir -p "$OUT"; cd "$OUT"
DB="Data Source=$OUT/m.db"
# The spec's example case: the first JSON block of the investment-case contract.
sed -n '/^```json/,/^```/p' "$SHARED/specs/investment-case.md" | sed -n '2,/^```/p' | sed '$d' > case.json
"$CLI" seed --inhabitants 20000 --years 10 --seed 3 --database "$DB" --truth truth.json > seed.out 2> seed.err; echo "seed $?"
"$CLI" export register-extract --out extract --database "$DB" > export.out 2> export.err; echo "export $?"
"$CLI" evaluate --methods --database "$DB" --format json > methods.json 2> methods.err; echo "methods $?"
"$CLI" evaluate --methods --database "$DB" --format table > methods.txt 2>> methods.err
"$CLI" benchmark --database "$DB" --format json > bench.json 2> bench.err; echo "benchmark $?"
"$CLI" benchmark --database "$DB" --format table > bench.txt 2>> bench.err
"$CLI" stop-list --database "$DB" --format json > stop.json 2> stop.err; echo "stop-list $?"
"$CLI" stop-list --database "$DB" --format table > stop.txt 2>> stop.err
"$CLI" screen --database "$DB" --as-of 2025-06-30 --aggregate --format json > screen-agg.json 2> screen.err; echo "screen --aggregate $?"
"$CLI" screen --database "$DB" --as-of 2025-06-30 --format json > screen-off.json 2> screen-off.err; echo "screen (switch off) $?"
"$CLI" prevention enable --legal-basis "Barnets Lov § 2" --by admin --database "$DB" > prev.out 2> prev.err; echo "prevention enable $?"
"$CLI" screen --database "$DB" --as-of 2025-06-30 --format json > screen.json 2>> screen.err; echo "screen $?"
"$CLI" screen --database "$DB" --as-of 2025-06-30 --format csv > screen.csv 2>> screen.err
"$CLI" invest case.json --draws 2000 --seed 7 --format json > invest.json 2> invest.err; echo "invest $?"
"$CLI" invest case.json --draws 2000 --seed 7 --format table > invest.txt 2>> invest.err
"$CLI" evaluate --data "$SHARED/data/lalonde/nsw_dw.csv" --treatment treat --outcome re78 --covariates age,educ,re74,re75 --method psm --format json > lalonde.json 2> lalonde.err; echo "evaluate --data $?"
(cd extract && sha256sum -- *) > extract.sha
