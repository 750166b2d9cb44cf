#!/usr/bin/env bash
# The noise harness (issue 11): N quick runs of calibrate and, in the same session and interleaved with them, the two
# floors of bench/floors (a pure ALU loop and a 64 MiB pointer chase); prints each one's run-to-run CV, the ratios of
# the quick profile's CV to the floors', the samples per kernel, and how often each run's 95% node-score interval (as
# a statement about the node: within-run and run-to-run terms) covers the mean of the other runs.
#
#   bench/noise-harness.sh [RUNS=10] [--noise] [--budget TIME] [extra calibrate run options...]
#
# --noise induces noise for the whole harness: stress-ng memory and cache stressors at a 50% duty cycle (3 s on,
# 3 s off) on every CPU, so the quick runs meet noisy neighbours as on a shared host (needs Debian's stress-ng).
# Every run stores into a store of its own, so each is a first measurement of the node (no history): the coverage
# checks the stated default run-to-run term, the honest worst case. Run it on an otherwise idle machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=10
noise=0
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then runs="$1"; shift; fi
if [[ "${1:-}" == "--noise" ]]; then noise=1; shift; fi
out="$(mktemp -d)"
cc -O2 -o "$out/alu" "$here/bench/floors/alu.c"
cc -O2 -o "$out/memlat" "$here/bench/floors/memlat.c"
dotnet build "$here/src/Calibrate.Cli/Calibrate.Cli.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
cpus=$(nproc)

stressor=""
cleanup() { if [[ -n "$stressor" ]]; then kill "$stressor" 2>/dev/null || true; pkill -f "stress-ng --cache" 2>/dev/null || true; fi; }
trap cleanup EXIT
if [[ $noise == 1 ]]; then
  command -v stress-ng >/dev/null || { echo "noise-harness: --noise needs stress-ng (apt-get install stress-ng)" >&2; exit 2; }
  (
    while true; do
      timeout 3 stress-ng --cache "$cpus" --vm 1 --vm-bytes 256M --vm-method ror -q >/dev/null 2>&1 || true
      sleep 3
    done
  ) &
  stressor=$!
fi

# One floor run: both loops on every CPU at once (as the copies run), the slowest copy's seconds.
floor() {
  local program="$1"; shift
  local pids=() i
  for ((i = 0; i < cpus; i++)); do "$out/$program" "$@" > "$out/$program.$i" & pids+=($!); done
  wait "${pids[@]}"
  cat "$out/$program".* | awk '{ if ($1 > m) m = $1 } END { print m }'
}

for i in $(seq 1 "$runs"); do
  floor alu 1500000000 > "$out/alu-$i"
  floor memlat 20000000 > "$out/mem-$i"
  CALIBRATE_RESULTS_DIR="$out/results-$i" CALIBRATE_LOCK_FILE="$out/lock" \
    dotnet "$here/src/Calibrate.Cli/bin/Release/net10.0/calibrate.dll" \
    run --profile quick --json --store "$out/store-$i.db" "$@" > "$out/run-$i.json" 2> "$out/run-$i.err" || true
  echo "round $i/$runs done" >&2
done

lscpu | grep -m1 'Model name' | sed 's/  */ /g'
python3 - "$out" "$runs" "$noise" <<'PY'
import json, statistics, sys
out, runs, noise = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
def cv(xs): return statistics.stdev(xs) / statistics.mean(xs) if len(xs) > 1 else float("nan")
alu = [float(open(f"{out}/alu-{i}").read()) for i in range(1, runs + 1)]
mem = [float(open(f"{out}/mem-{i}").read()) for i in range(1, runs + 1)]
res = []
for i in range(1, runs + 1):
    try:
        res.append(json.load(open(f"{out}/run-{i}.json")))
    except Exception as e:
        print(f"run {i}: no result ({e}): {open(f'{out}/run-{i}.err').read().strip()[-300:]}")
scores = [r["nodeScore"] for r in res]
for i, r in enumerate(res):
    b = r["estimate"]["basis"]
    n = r.get("noise") or {}
    samples = min(sum(len(x) for x in k["repetitions"]) for c in r["copies"] for k in c["kernels"])
    codes = [c["code"] for c in r["conclusions"]]
    print(f"run {i+1}: score {r['nodeScore']:.3f}, within ±{r['scoreInterval']['relativeHalfWidth']*100:.2f}% "
          f"(node interval {b['nodeScoreLow']:.3f} to {b['nodeScoreHigh']:.3f}), samples/kernel {samples}, "
          f"noise: samples {n.get('sampleDispersion', float('nan'))*100:.1f}% alu {(n.get('aluDispersion') or float('nan'))*100:.1f}% "
          f"memory {(n.get('memoryDispersion') or float('nan'))*100:.1f}%, run-to-run term {b['runToRun']*100:.1f}% ({b['runToRunSource']}), "
          f"disturbed {r['disturbed']}, {', '.join(codes) or 'no conclusions'}")
covered = within = 0
for i, r in enumerate(res):
    others = [s for j, s in enumerate(scores) if j != i]
    m = statistics.mean(others)
    b = r["estimate"]["basis"]
    covered += b["nodeScoreLow"] <= m <= b["nodeScoreHigh"]
    within += r["scoreInterval"]["low"] <= m <= r["scoreInterval"]["high"]
print()
print(f"{'induced noise (stress-ng, 50% duty)' if noise else 'no induced noise'}: {len(res)} quick runs, schedule {res[0]['plan'].get('schedule') if res else '?'}")
print(f"quick profile node score CV {cv(scores)*100:.2f}% (mean {statistics.mean(scores):.3f})")
print(f"ALU floor CV {cv(alu)*100:.2f}%, memory floor CV {cv(mem)*100:.2f}%")
print(f"ratios: quick / ALU {cv(scores)/cv(alu):.1f}, quick / memory {cv(scores)/cv(mem):.1f}")
print(f"node-score 95% interval (within-run and run-to-run) covers the mean of the other runs: {covered}/{len(res)}")
print(f"within-run 95% interval alone covers it: {within}/{len(res)}")
print(f"noisy-host conclusion in {sum('noisy-host' in [c['code'] for c in r['conclusions']] for r in res)}/{len(res)} runs, "
      f"noisy-neighbours in {sum('noisy-neighbours' in [c['code'] for c in r['conclusions']] for r in res)}/{len(res)}, disturbed {sum(r['disturbed'] for r in res)}")
PY
echo "raw data: $out" >&2
