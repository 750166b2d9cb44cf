#!/usr/bin/env bash
# Starts a one-node Grid Engine cell on localhost (Debian gridengine-* 8.1.9, Son of Grid Engine) for the Grid Engine
# pusher tests (tests/Calibrate.Pushers.Tests/GridEngine) and the fleet campaign on Grid Engine. Idempotent and fast
# when the cell already runs: it installs only what is missing, configures only what differs, and starts only the
# daemons that are not running. .ci/run evals this script's stdout, so everything but the `export` lines goes to stderr.
#
# What the packages need that their documentation does not say (found by running them here):
# - The debconf questions are shared/gridengineconfig, shared/gridenginecell and shared/gridenginemaster (not
#   gridengine/...); with shared/gridengineconfig=true the master's postinst creates the cell (init_cluster).
# - The postinsts start the daemons through invoke-rc.d unless policy-rc.d forbids it; started that way they would
#   hold CI's pipes, so the install runs under a policy-rc.d that refuses, and the daemons are started detached below.
# - This machine's name resolves to 127.0.0.1, whose reverse name is `localhost`: sge_qmaster then refuses clients
#   that call themselves by the host name ("access denied"). host_aliases maps localhost (and every other name of the
#   machine) onto the host name, which the cell uses for the qmaster and the exec host, as a site's cell names its
#   nodes (and as the results the cell's jobs store name their host).
# - min_uid/min_gid default to 1000: root's jobs (CI runs as root) are rejected until they are 0.
# - One whole host per job: the `exclusive` complex (BOOL, relop EXCL) requested with `-l exclusive=true`, as
#   `calibrate fleet submit --scheduler gridengine` does; the exec host offers `complex_values exclusive=true`.
set -euo pipefail
exec 3>&1 1>&2

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# shellcheck source=detach.sh
source "$(dirname "$0")/detach.sh"

export SGE_ROOT=/var/lib/gridengine SGE_CELL=default
CELL_HOST="$(hostname)"
COMMON="$SGE_ROOT/$SGE_CELL/common"
QMASTER_PID=/var/spool/gridengine/qmaster/qmaster.pid
log() { echo "start-gridengine: $*" >&2; }

if [ ! -x /usr/sbin/sge_qmaster ] || [ ! -x /usr/sbin/sge_execd ] || ! command -v qconf >/dev/null; then
  log "installing gridengine-master, gridengine-exec and gridengine-client from the Debian archive"
  printf '%s\n' \
    "gridengine-common shared/gridengineconfig boolean true" \
    "gridengine-common shared/gridenginecell string $SGE_CELL" \
    "gridengine-common shared/gridenginemaster string $CELL_HOST" | $SUDO debconf-set-selections
  policy=/usr/sbin/policy-rc.d
  own_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# written by .ci/start-gridengine.sh for the install only\nexit 101\n' | $SUDO tee "$policy" >/dev/null
    $SUDO chmod 0755 "$policy"
    own_policy=1
  fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends gridengine-master gridengine-exec gridengine-client >/dev/null
  if [ -n "$own_policy" ]; then $SUDO rm -f "$policy"; fi
fi

# The cell's host names: every name this machine has, as aliases of the one the cell uses.
aliases="$CELL_HOST localhost $(hostname -s) $(hostname -f 2>/dev/null || true)"
aliases="$(printf '%s\n' $aliases | awk '!seen[$0]++' | paste -sd' ')"
if [ "$(cat "$COMMON/host_aliases" 2>/dev/null)" != "$aliases" ]; then
  echo "$aliases" | $SUDO tee "$COMMON/host_aliases" >/dev/null
fi
if [ "$(cat "$COMMON/act_qmaster" 2>/dev/null)" != "$CELL_HOST" ]; then
  echo "$CELL_HOST" | $SUDO tee "$COMMON/act_qmaster" >/dev/null
fi

running() {
  [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null && [ "$(cat "/proc/$(cat "$1")/comm" 2>/dev/null)" = "$2" ]
}

# sge_execd keeps its pid under a spool directory named as it resolves its own host name (here: localhost, the
# reverse name of 127.0.0.1, whatever the aliases say), so every spool directory is looked at.
execd_running() {
  local pidfile
  for pidfile in /var/spool/gridengine/execd/*/execd.pid; do
    if running "$pidfile" sge_execd; then return 0; fi
  done
  return 1
}

# The state of the queue instance: "ok" when it takes jobs, else its state letters (u: unknown, E: error, ...).
queue_state() {
  qstat -f -q "all.q@$CELL_HOST" 2>/dev/null | awk -v q="all.q@$CELL_HOST" '$1 == q { print ($6 == "" ? "ok" : $6) }'
}

print_exports() {
  echo "export CALIBRATE_TEST_GRIDENGINE=1" >&3
  echo "export CALIBRATE_TEST_GRIDENGINE_HOST=$CELL_HOST" >&3
  echo "export SGE_ROOT=$SGE_ROOT" >&3
  echo "export SGE_CELL=$SGE_CELL" >&3
}

# Fast path: both daemons up, the cell configured by this version of the script, the queue taking jobs. Every qconf
# call costs about a second on a loaded 2-core machine; this one check costs one.
STAMP="$COMMON/.calibrate-ci"
VERSION="$(sha256sum "$0" | cut -c1-16)"
if running "$QMASTER_PID" sge_qmaster && execd_running && [ "$(cat "$STAMP" 2>/dev/null)" = "$VERSION" ] \
  && [ "$(queue_state)" = ok ]; then
  log "already running: cell $SGE_CELL on $CELL_HOST"
  print_exports
  exit 0
fi

if ! running "$QMASTER_PID" sge_qmaster; then
  log "starting sge_qmaster"
  $SUDO mkdir -p /var/run/gridengine
  detached $SUDO env SGE_ROOT="$SGE_ROOT" SGE_CELL="$SGE_CELL" /usr/sbin/sge_qmaster
fi
for _ in $(seq 1 60); do
  if timeout 10 qconf -sh >/dev/null 2>&1; then break; fi
  sleep 0.5
done
timeout 10 qconf -sh >/dev/null || { log "sge_qmaster does not answer"; tail -n 20 /var/spool/gridengine/qmaster/messages >&2 || true; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Each setting is compared with what the qmaster holds and written only when it differs.
if ! qconf -ss 2>/dev/null | grep -qx "$CELL_HOST"; then qconf -as "$CELL_HOST"; fi

qconf -sconf global >"$work/current"
sed -e 's/^min_uid .*/min_uid                      0/' -e 's/^min_gid .*/min_gid                      0/' \
  -e 's/^\(reporting_params *\).*/\1accounting=true reporting=false \\/' \
  -e 's/^\( *\)flush_time=00:00:15 \(.*\)$/\1flush_time=00:00:01 accounting_flush_time=00:00:01 \2/' "$work/current" >"$work/global"
if ! cmp -s "$work/current" "$work/global"; then qconf -Mconf "$work/global"; fi

# The scheduler runs every second, so a test's job starts at once rather than after the default 15 s.
qconf -ssconf >"$work/sconf"
sed -e 's/^schedule_interval .*/schedule_interval                 0:0:1/' -e 's/^flush_submit_sec .*/flush_submit_sec                  1/' \
  -e 's/^flush_finish_sec .*/flush_finish_sec                  1/' "$work/sconf" >"$work/sconf.new"
if ! cmp -s "$work/sconf" "$work/sconf.new"; then qconf -Msconf "$work/sconf.new"; fi

if ! qconf -sc | grep -q '^exclusive '; then
  qconf -sc >"$work/complexes"
  echo "exclusive           excl       BOOL      EXCL  YES         YES        0        1000" >>"$work/complexes"
  qconf -Mc "$work/complexes"
fi

if ! qconf -se "$CELL_HOST" >/dev/null 2>&1; then
  printf '%s\n' "hostname $CELL_HOST" "load_scaling NONE" "complex_values exclusive=true" "user_lists NONE" \
    "xuser_lists NONE" "projects NONE" "xprojects NONE" "usage_scaling NONE" "report_variables NONE" >"$work/exechost"
  qconf -Ae "$work/exechost"
elif ! qconf -se "$CELL_HOST" | grep -q '^complex_values .*exclusive=true'; then
  qconf -rattr exechost complex_values exclusive=true "$CELL_HOST"
fi

slots="$(nproc --all)"
if ! qconf -sq all.q >/dev/null 2>&1; then
  cat >"$work/all.q" <<EOF
qname                 all.q
hostlist              $CELL_HOST
seq_no                0
load_thresholds       NONE
suspend_thresholds    NONE
nsuspend              1
suspend_interval      00:05:00
priority              0
min_cpu_interval      00:05:00
processors            UNDEFINED
qtype                 BATCH INTERACTIVE
ckpt_list             NONE
pe_list               NONE
rerun                 FALSE
slots                 $slots
tmpdir                /tmp
shell                 /bin/sh
prolog                NONE
epilog                NONE
shell_start_mode      posix_compliant
starter_method        NONE
suspend_method        NONE
resume_method         NONE
terminate_method      NONE
notify                00:00:60
owner_list            NONE
user_lists            NONE
xuser_lists           NONE
subordinate_list      NONE
complex_values        NONE
projects              NONE
xprojects             NONE
calendar              NONE
initial_state         default
s_rt                  INFINITY
h_rt                  INFINITY
s_cpu                 INFINITY
h_cpu                 INFINITY
s_fsize               INFINITY
h_fsize               INFINITY
s_data                INFINITY
h_data                INFINITY
s_stack               INFINITY
h_stack               INFINITY
s_core                INFINITY
h_core                INFINITY
s_rss                 INFINITY
h_rss                 INFINITY
s_vmem                INFINITY
h_vmem                INFINITY
EOF
  qconf -Aq "$work/all.q"
fi

if ! execd_running; then
  log "starting sge_execd"
  $SUDO mkdir -p /var/spool/gridengine/execd
  $SUDO chown sgeadmin:sgeadmin /var/spool/gridengine/execd
  detached $SUDO env SGE_ROOT="$SGE_ROOT" SGE_CELL="$SGE_CELL" /usr/sbin/sge_execd
fi

# Up when the exec host reports its load and its queue instance is neither unknown (u) nor in error (E).
state=""
for _ in $(seq 1 120); do
  state="$(queue_state)"
  if [ "$state" = ok ]; then break; fi
  if [ -n "$state" ] && [ "${state#*E}" != "$state" ]; then qmod -c "all.q@$CELL_HOST" >/dev/null 2>&1 || true; fi
  sleep 0.5
done
if [ "$state" != ok ]; then
  log "the queue all.q@$CELL_HOST did not come up (state '$state')"
  tail -n 20 /var/spool/gridengine/qmaster/messages "/var/spool/gridengine/execd/$CELL_HOST/messages" >&2 || true
  exit 1
fi
log "Grid Engine $(qconf -help 2>/dev/null | head -n 1 | awk '{print $2}'): cell $SGE_CELL on $CELL_HOST, queue all.q with $slots slots, exclusive complex"

echo "$VERSION" | $SUDO tee "$STAMP" >/dev/null
print_exports
