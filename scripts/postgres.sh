#!/usr/bin/env bash
# Start a private PostgreSQL cluster for the test suite, owned by the `postgres` user, in a
# temporary folder, listening on 127.0.0.1 only. Prints the server URL on stdout.
#   scripts/postgres.sh start   -> postgres://postgres@127.0.0.1:5433
#   scripts/postgres.sh stop
# The cluster trusts local connections: it holds nothing but throwaway test databases.
set -euo pipefail
PORT="${SAUTI_PG_PORT:-5433}"
DIR="${SAUTI_PG_DIR:-/tmp/sauti-pg-$PORT}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$BIN" ]; then
  echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-start}" in
  start)
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
      rm -rf "$DIR"
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
      as_postgres "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 >"$DIR.initdb.log" 2>&1 \
        || { cat "$DIR.initdb.log" >&2; exit 1; }
    fi
    if ! as_postgres "$BIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
      as_postgres "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
        -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2
    fi
    echo "postgres://postgres@127.0.0.1:$PORT"
    ;;
  stop)
    as_postgres "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >&2 || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
