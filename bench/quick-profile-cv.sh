#!/usr/bin/env bash
# The quick profile's figures (README "Measured"): N back-to-back `calibrate run --profile quick` runs on this node,
# then the coefficient of variation of the node score, wall time, setup, start skew and runner overhead.
#   bench/quick-profile-cv.sh [RUNS=10] [extra calibrate run options...]
# Each run stores into a temporary store of its own, not results/. Run it on an otherwise idle machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bench/lib.sh"
runs="${1:-10}"; shift || true
bench_build
out="$(mktemp -d)"
for i in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  bench_quick_run "$out" "run-$i" "$@"
  end=$(date +%s.%N)
  echo "$start $end" > "$out/run-$i.wall"
  echo "run $i/$runs done" >&2
done
python3 - "$out" "$runs" <<'PY'
import json, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
rows = []
for i in range(1, runs + 1):
    try:
        r = json.load(open(f"{out}/run-{i}.json"))
    except Exception as e:
        print(f"run {i}: no result ({e}); stderr: {open(f'{out}/run-{i}.err').read().strip()[:200]}")
        continue
    s, e = map(float, open(f"{out}/run-{i}.wall").read().split())
    t = r["timing"]
    rows.append((r["nodeScore"], e - s, t["setupSeconds"], t["startSkewSeconds"], t["runnerOverheadFraction"],
                 r["disturbed"], (r.get("scoreInterval") or {}).get("relativeHalfWidth")))
    print(f"run {i}: score {r['nodeScore']:.4f} wall {e - s:.1f} s setup {t['setupSeconds']:.1f} s skew {t['startSkewSeconds']*1000:.2f} ms "
          f"overhead {t['runnerOverheadFraction']*100:.2f}% disturbed {r['disturbed']} halfwidth {rows[-1][6]}")
scores = [r[0] for r in rows]
if len(scores) > 1:
    cv = statistics.stdev(scores) / statistics.mean(scores)
    print(f"\n{len(scores)} runs: node score mean {statistics.mean(scores):.4f}, CV {cv*100:.2f}%")
    print(f"wall max {max(r[1] for r in rows):.1f} s, setup max {max(r[2] for r in rows):.1f} s, "
          f"start skew max {max(r[3] for r in rows)*1000:.2f} ms, runner overhead max {max(r[4] for r in rows)*100:.2f}%, "
          f"disturbed {sum(1 for r in rows if r[5])}")
PY
echo "raw results: $out" >&2
