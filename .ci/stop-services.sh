#!/usr/bin/env bash
# Stops the daemons .ci/run started (PostgreSQL, slurmctld, slurmd, munged, sge_qmaster, sge_execd, node-exporter), named
# on the command line as they were found not running before the setup scripts. CI ends with no daemon of its own left behind: a runner that waits for
# every process of the job, or for its output pipes to close, must not wait for them.
set -uo pipefail

for service in "$@"; do
  case "$service" in
    postgres)
      data="${CALIBRATE_PG_DIR:-/tmp/calibrate-postgres}/data"
      for bindir in /usr/lib/postgresql/*/bin; do
        if [ -x "$bindir/pg_ctl" ]; then runuser -u postgres -- "$bindir/pg_ctl" -D "$data" stop -m fast >/dev/null 2>&1 || true; fi
      done
      ;;
    slurmd | slurmctld | munged | sge_execd | sge_qmaster)
      pkill -x "$service" 2>/dev/null || true
      ;;
    node-exporter)
      # By the pid its start script kept (its process name is longer than pgrep -x can match).
      if pid="$(bash "$(dirname "$0")/start-node-exporter.sh" --pid 2>/dev/null)"; then kill "$pid" 2>/dev/null || true; fi
      ;;
  esac
done

# Give them a moment to exit, then make sure.
for _ in $(seq 1 20); do
  left=0
  for service in "$@"; do
    if [ "$service" != node-exporter ] && pgrep -x "$service" >/dev/null; then left=1; fi
  done
  [ "$left" -eq 0 ] && exit 0
  sleep 0.5
done
for service in "$@"; do
  if [ "$service" != node-exporter ]; then pkill -9 -x "$service" 2>/dev/null || true; fi
done
