#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the store tests (tests/Calibrate.Store.Tests run the same fixture against
# SQLite and this server). Installs PostgreSQL from the Debian archive when it is missing, creates a cluster in a temp
# directory owned by the unprivileged `postgres` user (the server refuses to run as root), listens on 127.0.0.1 only,
# on a free port, with scram-sha-256 password authentication.
#
# Idempotent: a second call finds the running server and prints the same lines again.
# stdout carries only the lines for `eval` (as .ci/run does); progress goes to stderr:
#   export CALIBRATE_TEST_POSTGRES=postgresql://calibrate@127.0.0.1:PORT/calibrate
#   export PGPASSWORD=...
# Stop it with: runuser -u postgres -- "$(pg_config --bindir)/pg_ctl" -D "$CALIBRATE_PG_DIR/data" stop
set -euo pipefail
# shellcheck source=detach.sh
source "$(dirname "$0")/detach.sh"

state="${CALIBRATE_PG_DIR:-/tmp/calibrate-postgres}"
data="$state/data"
log() { echo "start-postgres: $*" >&2; }

find_bindir() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ]; then echo "$dir"; fi
  done | sort -V | tail -n 1
}

bindir="$(find_bindir)"
if [ -z "$bindir" ]; then
  log "installing postgresql from the Debian archive"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends postgresql >&2
  # The Debian package starts its own cluster on 5432; this script does not use it.
  bindir="$(find_bindir)"
fi

run_as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

print_exports() {
  echo "export CALIBRATE_TEST_POSTGRES=$(cat "$state/url")"
  echo "export PGPASSWORD=$(cat "$state/password")"
}

if [ -f "$state/url" ] && run_as_postgres "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  log "already running ($(cat "$state/url"))"
  print_exports
  exit 0
fi

if [ -f "$data/PG_VERSION" ]; then
  log "starting the existing cluster in $data"
else
  rm -rf "$state"
  mkdir -p "$state"
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  echo "$password" > "$state/password"
  chmod 600 "$state/password"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$state"; fi
  pwfile="$state/pwfile"
  run_as_postgres sh -c "umask 077; cat '$state/password' > '$pwfile'"
  log "initdb into $data"
  run_as_postgres "$bindir/initdb" -D "$data" -U calibrate --pwfile="$pwfile" --auth-local=scram-sha-256 \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >&2
  rm -f "$pwfile"
fi

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || shuf -i 20000-40000 -n 1)"
# Settings for a throwaway test server: no durability needed, small memory, the socket in the state dir.
without_inherited_fds run_as_postgres "$bindir/pg_ctl" -D "$data" -l "$state/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$state -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100 -c shared_buffers=128MB" >&2

export PGPASSWORD="$(cat "$state/password")"
if ! "$bindir/psql" -h 127.0.0.1 -p "$port" -U calibrate -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='calibrate'" | grep -q 1; then
  "$bindir/psql" -h 127.0.0.1 -p "$port" -U calibrate -d postgres -qc "CREATE DATABASE calibrate" >&2
fi
echo "postgresql://calibrate@127.0.0.1:$port/calibrate" > "$state/url"
log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, database calibrate, user calibrate"
print_exports
