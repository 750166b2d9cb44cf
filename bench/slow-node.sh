#!/usr/bin/env bash
# An emulated slow node (issue 11): one quick run of calibrate inside a CPU cgroup whose quota is 1/SLOWDOWN of the
# CPUs (cgroup v2 cpu.max, or v1 cpu.cfs_quota_us), so every copy runs about SLOWDOWN times slower, and the samples per
# kernel and copy, the units per sample and whether the run got an interval. Needs root (it makes a cgroup).
#
#   bench/slow-node.sh [SLOWDOWN=5] [extra calibrate run options...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
slowdown="${1:-5}"; shift || true
cpus=$(nproc)
out="$(mktemp -d)"
dotnet build "$here/src/Calibrate.Cli/Calibrate.Cli.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
# A 10 ms period (the kernel default is 100 ms): with 100 ms, both copies run 20 ms and wait 80 ms of every period, so
# every sample spans a whole period (about 100 ms whatever its work): the emulation's quantum, not a slower CPU.
period=10000
quota=$(( cpus * period / slowdown ))
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
echo "cgroup $group: $quota us of CPU per $period us over $cpus CPUs (1/$slowdown)" >&2
sh -c "echo \$\$ > '$group/cgroup.procs' && exec env CALIBRATE_RESULTS_DIR='$out/results' CALIBRATE_LOCK_FILE='$out/lock' \
  dotnet '$here/src/Calibrate.Cli/bin/Release/net10.0/calibrate.dll' run --profile quick --json --store '$out/store.db' $*" \
  > "$out/run.json" 2> "$out/run.err" || true
lscpu | grep -m1 'Model name' | sed 's/  */ /g'
python3 - "$out" "$slowdown" <<'PY'
import json, sys
out, slowdown = sys.argv[1], sys.argv[2]
try:
    r = json.load(open(f"{out}/run.json"))
except Exception as e:
    print(f"no result ({e}): {open(f'{out}/run.err').read()[-400:]}"); sys.exit(1)
counts = [sum(len(x) for x in k["repetitions"]) for c in r["copies"] for k in c["kernels"]]
units = sorted({k["unitsPerSample"] for c in r["copies"] for k in c["kernels"]})
ci = r.get("scoreInterval")
print(f"emulated {slowdown}x slower node: score {r['nodeScore']:.3f}, samples per kernel and copy {min(counts)} to {max(counts)}, "
      f"units per sample {units}, interval {'±%.2f%%' % (ci['relativeHalfWidth'] * 100) if ci else 'NONE'}, "
      f"measured {r['timing']['measureSeconds']:.1f} s, setup {r['timing']['setupSeconds']:.1f} s, disturbed {r['disturbed']}")
PY
