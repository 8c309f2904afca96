#!/usr/bin/env bash
# Load, soak and a fault under load (issue 16), with wrk against 127.0.0.1 only.
#
#   scripts/load.sh [postgres|sqlite] [duration, default 30s] [soak seconds, default 0]
#
# Starts the web app (Release build, environment Staging, demo data on an empty database) on 127.0.0.1:5460, signs in as
# caseworker3 (the demo caseworker whose team owns a generated caseload), then runs wrk on
#   bare      GET /health                          (one trivial query)
#   caseload  GET /api/v1/citizens                 (the caseworker's citizen list)
#   plan      GET /api/v1/citizens/{id}/plan       (one citizen's plan)
# at 50 and 100 connections (2 threads), printing p50/p99 and req/s. Every read is audited as in production.
# postgres: needs a server on MESTRING_PG_PORT (default 5446; scripts/start-postgres.sh) and restarts it once mid-run
# ("fault": errors during the restart, then recovery without restarting the app). With a soak time it then runs the
# plan and caseload mix for that long and reports errors and the app's memory before/after.
set -euo pipefail
cd "$(dirname "$0")/.."

DB="${1:-postgres}"
DURATION="${2:-30s}"
SOAK="${3:-0}"
PORT=5460
URL="http://127.0.0.1:$PORT"
OUT="${MESTRING_LOAD_OUT:-/tmp/mestring-load}"
PGPORT="${MESTRING_PG_PORT:-5446}"
PGDIR="${MESTRING_PG_DIR:-/tmp/pg-i16}"
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "load.sh: wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }

# MESTRING_WEB_DLL: an already built Mestring.Web.dll (default: a Release publish into $OUT/web).
DLL="${MESTRING_WEB_DLL:-$OUT/web/Mestring.Web.dll}"
if [ ! -f "$DLL" ]; then
    dotnet publish src/Hosts/Mestring.Web -c Release -o "$OUT/web" -v q -m:1 >&2
fi

case "$DB" in
    postgres)
        NAME="mestring_load_$$"
        CONN="Host=127.0.0.1;Port=$PGPORT;Database=$NAME;Username=mestring;Password=mestring;Maximum Pool Size=200"
        PROVIDER=postgresql ;;
    sqlite)
        rm -f "$OUT/load.db"*
        CONN="Data Source=$OUT/load.db"
        PROVIDER=sqlite ;;
    *) echo "load.sh: postgres or sqlite" >&2; exit 1 ;;
esac

ASPNETCORE_ENVIRONMENT=Staging dotnet "$DLL" --urls="$URL" --Database:Provider="$PROVIDER" \
    --ConnectionStrings:Mestring="$CONN" --Demo:Enabled=true --Authentication:LoginRateLimit:PermitsPerMinute=1000 \
    > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    curl -fs "$URL/health" >/dev/null 2>&1 && break
    sleep 1
done
curl -fs "$URL/health" >/dev/null || { echo "load.sh: the app did not start; see $OUT/app.log" >&2; exit 1; }

JAR="$OUT/cookies.txt"
curl -fs -c "$JAR" -H 'Content-Type: application/json' -d '{"userName":"caseworker3","password":"Mestring-demo-1"}' "$URL/api/v1/auth/login" >/dev/null
COOKIE="$(awk '!/^#/ && NF>=7 {printf "%s=%s; ", $6, $7}' "$JAR"; awk '/^#HttpOnly_/ {printf "%s=%s; ", $6, $7}' "$JAR")"
CITIZENS="$(curl -fs -H "Cookie: $COOKIE" "$URL/api/v1/citizens")"
CID="$(echo "$CITIZENS" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
echo "caseload: $(echo "$CITIZENS" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))') citizens; plan of $CID" >&2

run() { # name path connections duration
    local line
    wrk -t2 -c"$3" -d"$4" --timeout 10s --latency -H "Cookie: $COOKIE" "$URL$2" > "$OUT/$1-$3.txt" 2>&1 || true
    line="$(awk -v n="$1" -v c="$3" '
        /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2}
        /Non-2xx or 3xx responses/ {bad=$5} /Socket errors/ {sock=$0}
        END {printf "%-9s c=%-4s p50=%-9s p99=%-9s req/s=%-9s non2xx=%s %s\n", n, c, p50, p99, rps, (bad==""?0:bad), sock}' "$OUT/$1-$3.txt")"
    echo "$line"
}

echo "# $DB, $DURATION per run, wrk -t2, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)"
for c in 50 100; do
    run bare /health "$c" "$DURATION"
    run caseload /api/v1/citizens "$c" "$DURATION"
    run plan "/api/v1/citizens/$CID/plan" "$c" "$DURATION"
done

if [ "$DB" = postgres ]; then
    echo "# fault: PostgreSQL restarted 5 s into a 30 s plan run (50 connections)"
    ( sleep 5; runuser -u postgres -- "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/pg_ctl" -D "$PGDIR/data" -m fast -w restart >/dev/null 2>&1; date +%s.%N > "$OUT/restarted" ) &
    RESTARTER=$!
    START=$(date +%s.%N)
    run plan-fault "/api/v1/citizens/$CID/plan" 50 30s
    wait "$RESTARTER"
    # after the run: the app answers again without a restart
    for i in $(seq 1 30); do
        code="$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$URL/api/v1/citizens/$CID/plan")"
        [ "$code" = 200 ] && { echo "recovered: plan read 200, $i probe(s) after the run, restart at +$(echo "$(cat "$OUT/restarted") - $START" | bc) s"; break; }
        sleep 1
    done
    echo "app log during the run: $(grep -c 'Database unavailable' "$OUT/app.log" || true) answered 503 (database unavailable), $(grep -c 'Unhandled' "$OUT/app.log" || true) unhandled (500)"
fi

if [ "$SOAK" -gt 0 ]; then
    RSS0="$(awk '/VmRSS/ {print $2}' /proc/$APP/status)"
    echo "# soak: $SOAK s, plan and caseload at 20 connections each; RSS before ${RSS0} kB"
    wrk -t1 -c20 -d"${SOAK}s" --timeout 10s --latency -H "Cookie: $COOKIE" "$URL/api/v1/citizens/$CID/plan" > "$OUT/soak-plan.txt" 2>&1 &
    SOAKPLAN=$!
    wrk -t1 -c20 -d"${SOAK}s" --timeout 10s --latency -H "Cookie: $COOKIE" "$URL/api/v1/citizens" > "$OUT/soak-caseload.txt" 2>&1
    wait "$SOAKPLAN"
    RSS1="$(awk '/VmRSS/ {print $2}' /proc/$APP/status)"
    for f in soak-plan soak-caseload; do
        awk -v n="$f" '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2} /requests in/ {req=$1} /Non-2xx or 3xx responses/ {bad=$5}
            END {printf "%-13s requests=%s p50=%s p99=%s req/s=%s non2xx=%s\n", n, req, p50, p99, rps, (bad==""?0:bad)}' "$OUT/$f.txt"
    done
    echo "RSS after ${RSS1} kB ($(echo "scale=1; ($RSS1 - $RSS0) * 100 / $RSS0" | bc) %)"
fi
