#!/usr/bin/env bash
# Starts a one-node Slurm cluster on localhost (Debian slurm-wlm 22.05 + munge) for the Slurm pusher tests
# (tests/Calibrate.Pushers.Tests/Slurm) and the fleet jobs. Idempotent: installs only what is missing, reuses a
# running cluster. .ci/run evals this script's stdout, so everything but the final `export` lines goes to stderr.
#
# The node is this machine: NodeName=$(hostname -s) with the CPUs and memory it really has, so `sbatch` works too.
# No cgroups (proctrack/linuxproc, task/none): containers here may not delegate them.
set -euo pipefail
exec 3>&1 1>&2

export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# shellcheck source=detach.sh
source "$(dirname "$0")/detach.sh"

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
fi

NODE="$(hostname -s)"
CPUS="$(nproc --all)"
MEM_MB="$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 * 0.9 }' /proc/meminfo)"
CONF_DIR=/etc/slurm
STATE=/var/spool/calibrate-slurm
$SUDO mkdir -p "$CONF_DIR" "$STATE/ctld" "$STATE/d" /var/log/slurm /run/munge /var/lib/munge /var/log/munge /etc/munge

# munge: one key, the daemon as the munge user (created by the package).
if [ ! -s /etc/munge/munge.key ]; then
  $SUDO dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
$SUDO chown -R munge:munge /etc/munge /var/lib/munge /var/log/munge /run/munge
$SUDO chmod 0700 /etc/munge /var/lib/munge /var/log/munge
$SUDO chmod 0400 /etc/munge/munge.key
$SUDO chmod 0755 /run/munge
if ! munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1; then
  if [ -n "$SUDO" ]; then detached sudo -u munge /usr/sbin/munged --force; else detached runuser -u munge -- /usr/sbin/munged --force; fi
  for _ in $(seq 1 50); do munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1 && break; sleep 0.2; done
fi

CONF="$(cat <<EOF
# Written by .ci/start-slurm.sh: a one-node test cluster on localhost.
ClusterName=calibrate-ci
SlurmctldHost=$NODE
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/d
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
ReturnToService=2
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
NodeName=$NODE NodeAddr=127.0.0.1 CPUs=$CPUS RealMemory=$MEM_MB Features=ci_base State=UNKNOWN
PartitionName=debug Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
EOF
)"
if [ ! -f "$CONF_DIR/slurm.conf" ] || [ "$(cat "$CONF_DIR/slurm.conf")" != "$CONF" ]; then
  printf '%s\n' "$CONF" | $SUDO tee "$CONF_DIR/slurm.conf" >/dev/null
  # A changed configuration needs fresh daemons: stop the ones this script started (by their pid files).
  for pidfile in "$STATE/slurmctld.pid" "$STATE/slurmd.pid"; do
    if [ -s "$pidfile" ]; then $SUDO kill "$(cat "$pidfile")" 2>/dev/null || true; fi
  done
  sleep 2
fi

if ! scontrol ping 2>/dev/null | grep -q 'is UP'; then
  detached $SUDO /usr/sbin/slurmctld -c
fi
if ! { [ -s "$STATE/slurmd.pid" ] && kill -0 "$(cat "$STATE/slurmd.pid")" 2>/dev/null; }; then
  detached $SUDO /usr/sbin/slurmd
fi

state=""
for _ in $(seq 1 60); do
  state="$(sinfo -h -n "$NODE" -o '%t' 2>/dev/null || true)"
  case "$state" in
    idle|mix|alloc) break ;;
    down*|drain*|fail*) $SUDO scontrol update NodeName="$NODE" State=RESUME 2>/dev/null || true ;;
  esac
  sleep 1
done
if [ "$state" != idle ] && [ "$state" != mix ] && [ "$state" != alloc ]; then
  echo "slurm node $NODE did not become idle (state: '${state}')" >&2
  tail -n 20 /var/log/slurm/slurmctld.log /var/log/slurm/slurmd.log >&2 || true
  exit 1
fi
echo "slurm: one-node cluster up, node $NODE is $state" >&2

echo "export CALIBRATE_TEST_SLURM=1" >&3
echo "export CALIBRATE_TEST_SLURM_NODE=$NODE" >&3
