#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: its own cluster in a temporary folder, listening on
# 127.0.0.1 only, gone after the run. Needs Debian's server binaries (apt-get install postgresql).
#
#   eval "$(scripts/test-postgres.sh start)"   # prints export lines: TEST_DATABASE_URL, TEST_PG_DIR
#   scripts/test-postgres.sh stop [DIR]        # stops the cluster in DIR (default $TEST_PG_DIR), removes DIR
#   scripts/test-postgres.sh run CMD…          # start, run CMD with TEST_DATABASE_URL set, stop (also on failure)
#
# PG_TEST_PORT picks the port (default 5433). As root, the server runs as the `postgres` system
# user (PostgreSQL refuses to run as root); otherwise as the calling user.
set -euo pipefail

PORT="${PG_TEST_PORT:-5433}"
DATABASE=hanzi_test
log() { echo "test-postgres: $*" >&2; }

bindir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    log "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)"
    exit 1
  fi
  echo "$dir"
}

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin dir password
  bin="$(bindir)"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/hanzi-pg.XXXXXX")"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  # URL-safe, so it needs no escaping in the connection URL.
  password="$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')"
  as_server_user sh -c "umask 077 && printf '%s' '$password' > '$dir/password' && mkdir '$dir/socket'"

  # Password over TCP (as the app connects); trust only on the socket, inside the 0700 folder.
  # --no-sync: the cluster is thrown away; the running server still fsyncs every commit.
  as_server_user "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/password" --auth-host=scram-sha-256 \
    --auth-local=trust --encoding=UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; rm -rf "$dir"; log "initdb failed"; exit 1; }
  rm -f "$dir/password"

  if ! as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 start \
    -o "-p $PORT -k $dir/socket -c listen_addresses=127.0.0.1" >/dev/null; then
    cat "$dir/server.log" >&2
    rm -rf "$dir"
    log "the server did not start on port $PORT (in use? set PG_TEST_PORT)"
    exit 1
  fi
  as_server_user "$bin/createdb" -h "$dir/socket" -p "$PORT" -U postgres "$DATABASE"
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT, cluster in $dir"
  echo "export TEST_PG_DIR='$dir'"
  echo "export TEST_DATABASE_URL='postgres://postgres:$password@127.0.0.1:$PORT/$DATABASE'"
}

stop() {
  local dir="${1:-${TEST_PG_DIR:-}}"
  # Remove only what `start` made: a hanzi-pg.* folder holding a cluster.
  case "$(basename "$dir")" in hanzi-pg.*) ;; *) log "not a test cluster folder: '$dir'"; exit 1 ;; esac
  [ -f "$dir/data/PG_VERSION" ] || { log "no cluster in $dir"; exit 1; }
  as_server_user "$(bindir)/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || log "pg_ctl stop failed; removing anyway"
  rm -rf "$dir"
  log "stopped and removed $dir"
}

case "${1:-}" in
  start) start ;;
  stop) shift; stop "$@" ;;
  run)
    shift
    [ $# -gt 0 ] || { log "usage: $0 run CMD…"; exit 2; }
    eval "$(start)"
    trap 'stop "$TEST_PG_DIR"' EXIT
    "$@"
    ;;
  *) log "usage: $0 start | stop [DIR] | run CMD…"; exit 2 ;;
esac
