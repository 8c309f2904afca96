#!/usr/bin/env bash
# Ensures a PostgreSQL server for development and tests on 127.0.0.1 (port $MESTRING_PG_PORT, default 5432),
# with a non-superuser role `mestring` (password `mestring`, LOGIN CREATEDB) that the tests and the app use.
# Idempotent: a server that already answers on the port is reused; otherwise a throw-away cluster is
# created in $MESTRING_PG_DIR (default /tmp/mestring-pg) and started. Installs Debian's postgresql if missing.
# Prints the connection strings on stdout (last two lines); everything else goes to stderr.
set -euo pipefail

PORT="${MESTRING_PG_PORT:-5432}"
DIR="${MESTRING_PG_DIR:-/tmp/mestring-pg}"
DATA="$DIR/data"
LOG="$DIR/server.log"
HOST=127.0.0.1

say() { echo "start-postgres: $*" >&2; }

as_postgres() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

find_bin() {
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
            echo "$d"
            return 0
        fi
    done
    return 1
}

PGBIN="$(find_bin || true)"
if [ -z "$PGBIN" ] || ! command -v psql >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
        say "PostgreSQL is not installed and we are not root: install the Debian package 'postgresql'."
        exit 1
    fi
    say "installing Debian package postgresql"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
    PGBIN="$(find_bin)"
fi
PSQL="$PGBIN/psql"
[ -x "$PSQL" ] || PSQL="$(command -v psql)"
PG_ISREADY="$PGBIN/pg_isready"
[ -x "$PG_ISREADY" ] || PG_ISREADY="$(command -v pg_isready)"

ready() { "$PG_ISREADY" -q -h "$HOST" -p "$PORT" -t 2 >/dev/null 2>&1; }

if ready; then
    say "a server already answers on $HOST:$PORT: reusing it"
else
    if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
    mkdir -p "$DIR"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR"; fi
    chmod 700 "$DIR"
    if [ ! -s "$DATA/PG_VERSION" ]; then
        say "initdb $DATA"
        rm -rf "$DATA"
        pwfile="$(mktemp)"
        echo postgres >"$pwfile"
        if [ "$(id -u)" = 0 ]; then chown postgres: "$pwfile"; fi
        as_postgres "$PGBIN/initdb" -D "$DATA" -U postgres --pwfile="$pwfile" \
            --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
            || { cat "$DIR/initdb.log" >&2; rm -f "$pwfile"; exit 1; }
        rm -f "$pwfile"
        # A throw-away test cluster: durability traded for speed.
        cat >>"$DATA/postgresql.conf" <<CONF

# --- scripts/start-postgres.sh ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
    fi
    say "starting PostgreSQL ($PGBIN) on $HOST:$PORT, data in $DATA, log in $LOG"
    as_postgres "$PGBIN/pg_ctl" -D "$DATA" -l "$LOG" -o "-p $PORT" -w -t 60 start >&2 \
        || { tail -n 30 "$LOG" >&2 || true; exit 1; }
    ready || { say "server started but does not answer on $HOST:$PORT"; tail -n 30 "$LOG" >&2; exit 1; }
fi

# Run SQL as a superuser: by password over TCP, else by the local socket as the postgres OS user.
as_superuser() {
    if PGPASSWORD=postgres PGCONNECT_TIMEOUT=5 "$PSQL" -h "$HOST" -p "$PORT" -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
        PGPASSWORD=postgres "$PSQL" -X -q -v ON_ERROR_STOP=1 -h "$HOST" -p "$PORT" -U postgres -d postgres "$@"
    else
        local sock=""
        for d in "$DIR" /var/run/postgresql /tmp; do
            if [ -S "$d/.s.PGSQL.$PORT" ]; then sock="$d"; break; fi
        done
        if [ -z "$sock" ]; then
            say "cannot reach the server on $HOST:$PORT as a superuser (neither password 'postgres' nor a local socket)"
            return 1
        fi
        (cd / && as_postgres "$PSQL" -X -q -v ON_ERROR_STOP=1 -h "$sock" -p "$PORT" -U postgres -d postgres "$@")
    fi
}

as_superuser <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'mestring') THEN
    CREATE ROLE mestring LOGIN CREATEDB NOSUPERUSER NOCREATEROLE PASSWORD 'mestring';
  ELSE
    ALTER ROLE mestring LOGIN CREATEDB NOSUPERUSER NOCREATEROLE PASSWORD 'mestring';
  END IF;
END
$$;
SQL
if [ "$(as_superuser -tAc "SELECT 1 FROM pg_database WHERE datname = 'mestring'")" != 1 ]; then
    as_superuser -c 'CREATE DATABASE mestring OWNER mestring'
fi

PGPASSWORD=mestring PGCONNECT_TIMEOUT=5 "$PSQL" -X -h "$HOST" -p "$PORT" -U mestring -d mestring -tAc 'select 1' >/dev/null \
    || { say "role mestring cannot log in over TCP on $HOST:$PORT (check pg_hba.conf of the reused server)"; exit 1; }

say "ready. Superuser (if this script made the cluster): Host=$HOST;Port=$PORT;Username=postgres;Password=postgres"
echo "Host=$HOST;Port=$PORT;Username=postgres;Password=postgres"
echo "Host=$HOST;Port=$PORT;Username=mestring;Password=mestring"
