#!/usr/bin/env bash
# An emulated slow node (issue 11): one quick run of calibrate inside a CPU cgroup whose quota is a fraction of the
# CPUs (cgroup v2 cpu.max, or v1 cpu.cfs_quota_us), so every copy runs slower, and the samples per kernel and copy, the
# units per sample and whether the run got an interval. Needs root (it makes a cgroup).
#
#   bench/slow-node.sh [SLOWDOWN=5] [--host] [extra calibrate run options...]
#
# SLOWDOWN is against the reference machine, the development machine on which a copy scores 10 (KernelCatalog): a
# short quick run at full speed first measures this host's score per copy s, and the quota is then SLOWDOWN * s / 10
# of the CPUs, so the emulated node is SLOWDOWN times slower than the reference whatever this host's speed today.
# With --host the quota is 1/SLOWDOWN of this host instead. Either way the emulated node's own score per copy and its
# slowdown against the reference (10 / score per copy) are printed: that is the figure to quote.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bench/lib.sh"
slowdown=5
if [[ "${1:-}" =~ ^[0-9]+([.][0-9]+)?$ ]]; then slowdown="$1"; shift; fi
host_relative=false
if [[ "${1:-}" == --host ]]; then host_relative=true; shift; fi
cpus=$(nproc)
out="$(mktemp -d)"
bench_build
calibrate() { bench_calibrate "$out" "$@"; }
per_copy() { python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print(r["nodeScore"] / r["plan"]["copies"])' "$1"; }
if $host_relative; then
  fraction=$slowdown
else
  calibrate run --profile quick --budget 10 --json --store "$out/full-speed.db" "$@" > "$out/full-speed.json" 2> "$out/full-speed.err" \
    || { echo "the full-speed run failed: $(tail -1 "$out/full-speed.err")" >&2; exit 1; }
  full=$(per_copy "$out/full-speed.json")
  fraction=$(python3 -c "import sys; print(max(1.0, float(sys.argv[1]) * float(sys.argv[2]) / 10))" "$slowdown" "$full")
  echo "full speed: $full per copy ($(python3 -c "import sys; print(f'{10 / float(sys.argv[1]):.2f}')" "$full")x slower than the reference); quota 1/$fraction of this host" >&2
fi
period=10000
quota=$(python3 -c "import sys; print(int(int(sys.argv[1]) * int(sys.argv[2]) / float(sys.argv[3])))" "$cpus" "$period" "$fraction")
if [[ -f /sys/fs/cgroup/cgroup.controllers ]]; then
  group=/sys/fs/cgroup/calibrate-slow-$$
  mkdir "$group"
  echo "$quota $period" > "$group/cpu.max"
else
  group=/sys/fs/cgroup/cpu/calibrate-slow-$$
  mkdir "$group"
  echo "$period" > "$group/cpu.cfs_period_us"
  echo "$quota" > "$group/cpu.cfs_quota_us"
fi
trap 'rmdir "$group" 2>/dev/null || true' EXIT
echo "cgroup $group: $quota us of CPU per $period us over $cpus CPUs (1/$fraction)" >&2
echo $$ > "$group/cgroup.procs"
calibrate run --profile quick --json --store "$out/store.db" "$@" > "$out/run.json" 2> "$out/run.err" || true
echo $$ > "$(dirname "$group")/cgroup.procs"
lscpu | grep -m1 'Model name' | sed 's/  */ /g'
python3 - "$out" "$fraction" <<'PY'
import json, sys
out, fraction = sys.argv[1], sys.argv[2]
try:
    r = json.load(open(f"{out}/run.json"))
except Exception as e:
    print(f"no result ({e}): {open(f'{out}/run.err').read()[-400:]}"); sys.exit(1)
counts = [sum(len(x) for x in k["repetitions"]) for c in r["copies"] for k in c["kernels"]]
units = sorted({k["unitsPerSample"] for c in r["copies"] for k in c["kernels"]})
ci = r.get("scoreInterval")
per_copy = r["nodeScore"] / r["plan"]["copies"]
print(f"quota 1/{float(fraction):.2f} of this host: score {r['nodeScore']:.3f} ({per_copy:.2f} per copy, {10 / per_copy:.2f}x slower than the reference), samples per kernel and copy {min(counts)} to {max(counts)}, "
      f"units per sample {units}, interval {'±%.2f%%' % (ci['relativeHalfWidth'] * 100) if ci else 'NONE'}, "
      f"measured {r['timing']['measureSeconds']:.1f} s, setup {r['timing']['setupSeconds']:.1f} s, disturbed {r['disturbed']}")
PY
