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
source "$here/bench/lib.sh"
runs=10
noise=0
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then runs="$1"; shift; fi
if [[ "${1:-}" == "--noise" ]]; then noise=1; shift; fi
out="$(mktemp -d)"
cc -O2 -o "$out/alu" "$here/bench/floors/alu.c"
cc -O2 -o "$out/memlat" "$here/bench/floors/memlat.c"
bench_build
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
  bench_quick_run "$out" "run-$i" "$@"
  echo "round $i/$runs done" >&2
done

lscpu | grep -m1 'Model name' | sed 's/  */ /g'
python3 "$here/bench/noise-report.py" "$out" "$runs" "$noise"
echo "raw data: $out" >&2
