#!/usr/bin/env bash
# Starts Debian's prometheus-node-exporter for the Prometheus pusher tests (tests/Calibrate.Pushers.Tests/Prometheus):
# on 127.0.0.1 only, on a free port, with its textfile collector reading a directory of its own (its other collectors
# stay as they are). Installs prometheus-node-exporter, and prometheus for `promtool check metrics`, from the Debian
# archive when missing, without letting the packages start their services (the prometheus server is never started).
#
# Idempotent: a second call finds the running exporter and prints the same lines again.
# stdout carries only the lines for `eval` (as .ci/run does); progress goes to stderr:
#   export CALIBRATE_TEST_NODE_EXPORTER=http://127.0.0.1:PORT/metrics
#   export CALIBRATE_TEST_TEXTFILE_DIR=DIR
# `--pid` prints the running exporter's pid (exit 1 when none runs) for .ci/run and .ci/stop-services.sh.
# Stop it with: bash .ci/stop-services.sh node-exporter
set -euo pipefail
exec 3>&1 1>&2
# shellcheck source=detach.sh
source "$(dirname "$0")/detach.sh"

state="${CALIBRATE_NODE_EXPORTER_DIR:-/tmp/calibrate-node-exporter}"
textfiles="$state/textfile"
log() { echo "start-node-exporter: $*" >&2; }

print_exports() {
  echo "export CALIBRATE_TEST_NODE_EXPORTER=http://127.0.0.1:$(cat "$state/port")/metrics" >&3
  echo "export CALIBRATE_TEST_TEXTFILE_DIR=$textfiles" >&3
}

# Ours if the pid file names a live prometheus-node-exporter (a recycled pid is someone else's process).
running() { [ -s "$state/pid" ] && [ -s "$state/port" ] && grep -qa prometheus-node-exporter "/proc/$(cat "$state/pid")/cmdline" 2>/dev/null; }
if [ "${1:-}" = --pid ]; then
  if running; then cat "$state/pid" >&3; exit 0; fi
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! command -v prometheus-node-exporter >/dev/null || ! command -v promtool >/dev/null; then
  log "installing prometheus-node-exporter and prometheus (for promtool) from the Debian archive"
  export DEBIAN_FRONTEND=noninteractive
  # Package scripts must not start node_exporter on :9100 or the prometheus server: a policy-rc.d that denies every
  # start (invoke-rc.d's interface, exit 101) while they install, unless the machine has one already.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
    $SUDO chmod 0755 "$policy"
  fi
  $SUDO apt-get update -qq
  status=0
  $SUDO apt-get install -y -qq --no-install-recommends prometheus-node-exporter prometheus >/dev/null || status=$?
  if [ -n "$policy" ]; then $SUDO rm -f "$policy"; fi
  [ "$status" -eq 0 ] || exit "$status"
fi


# One GET over bash's /dev/tcp (no curl or wget on a bare machine): the metrics page, or nothing.
scrape() {
  (
    exec 9<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf 'GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&9
    timeout 10 cat <&9
  ) 2>/dev/null || true
}

if running && scrape "$(cat "$state/port")" | grep -q '^node_textfile_scrape_error'; then
  log "already running (pid $(cat "$state/pid"), 127.0.0.1:$(cat "$state/port"))"
  print_exports
  exit 0
fi

mkdir -p "$textfiles"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || shuf -i 20000-40000 -n 1)"
echo "$port" > "$state/port"
# In the background with no inherited descriptor (a daemon holding CI's pipes keeps CI waiting), its pid kept for
# stop-services.sh. Its other collectors stay on: the tests read only the textfile collector's metrics.
detached_exec prometheus-node-exporter --web.listen-address="127.0.0.1:$port" \
  --collector.textfile.directory="$textfiles" >"$state/node-exporter.log" 2>&1 &
echo $! > "$state/pid"

for _ in $(seq 1 50); do
  if scrape "$port" | grep -q '^node_textfile_scrape_error'; then break; fi
  sleep 0.2
done
if ! scrape "$port" | grep -q '^node_textfile_scrape_error'; then
  log "node_exporter did not come up on 127.0.0.1:$port with its textfile collector"
  tail -n 20 "$state/node-exporter.log" >&2 || true
  exit 1
fi
log "prometheus-node-exporter $(prometheus-node-exporter --version 2>&1 | awk 'NR==1 {print $3}') on 127.0.0.1:$port, textfile directory $textfiles (pid $(cat "$state/pid"))"
print_exports
