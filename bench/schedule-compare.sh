#!/usr/bin/env bash
# Lockstep against rotation (issue 11, "reduce what can be reduced"): PAIRS pairs of quick runs, one of each schedule,
# alternating and in turn first (lockstep-rotate, rotate-lockstep, ...) so that the host's drift falls on both alike;
# prints each schedule's mean node score, run-to-run CV, median within-run half-width and the samples per kernel, and
# the median ratio of the two within a pair. Every run stores into a store of its own. Run it on an otherwise idle machine.
#
#   bench/schedule-compare.sh [PAIRS=8] [extra calibrate run options...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bench/lib.sh"
pairs=8
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then pairs="$1"; shift; fi
out="$(mktemp -d)"
bench_build
run() { bench_quick_run "$out" "$1-$2" --schedule "$1" "${@:3}"; }
for i in $(seq 1 "$pairs"); do
  if (( i % 2 )); then run lockstep "$i" "$@"; run rotate "$i" "$@"; else run rotate "$i" "$@"; run lockstep "$i" "$@"; fi
  echo "pair $i/$pairs done" >&2
done
lscpu | grep -m1 'Model name' | sed 's/  */ /g'
python3 - "$out" "$pairs" <<'PY'
import json, math, statistics as st, sys
out, pairs = sys.argv[1], int(sys.argv[2])
def load(schedule, i):
    try:
        return json.load(open(f"{out}/{schedule}-{i}.json"))
    except Exception:
        return None
runs = {s: [load(s, i) for i in range(1, pairs + 1)] for s in ("lockstep", "rotate")}
for s, rs in runs.items():
    ok = [r for r in rs if r]
    scores = [r["nodeScore"] for r in ok]
    widths = [r["scoreInterval"]["relativeHalfWidth"] * 100 for r in ok if r.get("scoreInterval")]
    counts = [min(sum(len(x) for x in k["repetitions"]) for c in r["copies"] for k in c["kernels"]) for r in ok]
    cv = st.stdev(scores) / st.mean(scores) * 100 if len(scores) > 1 else float("nan")
    print(f"{s:9s} runs {len(ok)}/{pairs}: mean {st.mean(scores):.3f}, CV {cv:.2f}%, within-run half-width median "
          f"{st.median(widths) if widths else float('nan'):.2f}% ({len(widths)} with one), samples per kernel and copy {min(counts)}-{max(counts)}, "
          f"disturbed {sum(1 for r in ok if r['disturbed'])}")
ratios = [math.log(l["nodeScore"] / r["nodeScore"]) for l, r in zip(runs["lockstep"], runs["rotate"]) if l and r]
if ratios:
    print(f"lockstep / rotate within a pair: median {math.exp(st.median(ratios)):.4f}, spread of the log-ratio {st.stdev(ratios) * 100 if len(ratios) > 1 else float('nan'):.2f}%")
PY
echo "raw data: $out" >&2
