# Sourced by .ci/run: installs (if missing) and starts a throwaway PostgreSQL server on
# 127.0.0.1 for the tests, and exports RAQIB_TEST_PG_URL. Idempotent: a running server is reused.
set -e
PG_PORT="${RAQIB_PG_PORT:-55432}"
PG_DIR="${RAQIB_PG_DIR:-/tmp/raqib-pg}"
# One database per checkout's test run (several worktrees may test at once on one server).
PG_DB="${RAQIB_PG_DB:-raqib_test}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "ci: installing PostgreSQL (Debian package)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
if ! "$PG_BIN/pg_isready" -h 127.0.0.1 -p "$PG_PORT" -q 2>/dev/null; then
  id postgres >/dev/null 2>&1 || useradd -r -m postgres
  if [ ! -f "$PG_DIR/PG_VERSION" ]; then
    mkdir -p "$PG_DIR" && chown postgres "$PG_DIR"
    su postgres -s /bin/sh -c "'$PG_BIN/initdb' -D '$PG_DIR' -A trust -U postgres >/dev/null"
  fi
  su postgres -s /bin/sh -c "'$PG_BIN/pg_ctl' -D '$PG_DIR' -o '-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off' -l '$PG_DIR/server.log' -w start >/dev/null"
fi
"$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1 \
  || "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$PG_DB"
export RAQIB_TEST_PG_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB?user=postgres"
echo "ci: PostgreSQL ready at 127.0.0.1:$PG_PORT"
set +e
