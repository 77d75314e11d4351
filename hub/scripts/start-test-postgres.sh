#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the hub tests (never for data you keep: fsync is off).
#
#   eval "$(hub/scripts/start-test-postgres.sh)"     # starts it, exports PG_TEST_URL and PG_TEST_DIR
#   npx vitest run tests/unit/hub                    # the hub suites now also run on PostgreSQL
#   hub/scripts/start-test-postgres.sh stop          # stops it and removes $PG_TEST_DIR
#
# initdb refuses to run as root, so as root the cluster runs as the "postgres" user.
# Only the two export lines go to stdout; progress goes to stderr.
set -euo pipefail

# The newest PostgreSQL installed by Debian's packages, unless PG_BIN says otherwise.
BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
BIN=${BIN:-/usr/lib/postgresql/15/bin}
PORT=${PG_TEST_PORT:-55432}

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = stop ]; then
  DIR=${2:-${PG_TEST_DIR:?set PG_TEST_DIR or pass the directory}}
  as_owner "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >&2 || true
  rm -rf "$DIR"
  exit 0
fi

[ -x "$BIN/initdb" ] || { echo "PostgreSQL binaries not found in $BIN (apt-get install postgresql, or set PG_BIN)" >&2; exit 1; }
DIR=${PG_TEST_DIR:-$(mktemp -d /tmp/xinping-pg-XXXXXX)}
mkdir -p "$DIR"
chmod 755 "$DIR"
if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR"; fi

as_owner "$BIN/initdb" -D "$DIR/data" -U xinping -A trust -E UTF8 --no-locale --no-sync >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 \
  || { cat "$DIR/server.log" >&2; exit 1; }

echo "export PG_TEST_URL=postgres://xinping@127.0.0.1:$PORT/postgres"
echo "export PG_TEST_DIR=$DIR"
