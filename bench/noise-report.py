#!/usr/bin/env python3
"""The noise harness's figures from its raw data: bench/noise-report.py DIR RUNS NOISE(0|1) (bench/noise-harness.sh runs it)."""
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
def pct(x, digits=1): return "n/a" if x is None else f"{x*100:.{digits}f}%"
res = [r for r in res if r.get("estimate") and r["estimate"].get("basis")]
scores = [r["nodeScore"] for r in res]
for i, r in enumerate(res):
    b = r["estimate"]["basis"]
    n = r.get("noise") or {}
    ci = r.get("scoreInterval")
    samples = min(sum(len(x) for x in k["repetitions"]) for c in r["copies"] for k in c["kernels"])
    codes = [c["code"] for c in r["conclusions"]]
    print(f"run {i+1}: score {r['nodeScore']:.3f}, within {'±' + pct(ci['relativeHalfWidth'], 2) if ci else 'no interval'} "
          f"(node interval {b['nodeScoreLow']:.3f} to {b['nodeScoreHigh']:.3f}), samples/kernel {samples}, "
          f"noise: samples {pct(n.get('sampleDispersion'))} alu {pct(n.get('aluDispersion'))} memory {pct(n.get('memoryDispersion'))}, "
          f"run-to-run term {pct(b['runToRun'])} ({b['runToRunSource']}), disturbed {r['disturbed']}, {', '.join(codes) or 'no conclusions'}")
if len(res) < 3:
    print(f"only {len(res)} runs with an estimate: no coverage figures"); sys.exit(1)
def coverage(indices):
    node = within = 0
    for i in indices:
        r = res[i]
        m = statistics.mean([s for j, s in enumerate(scores) if j != i])
        b = r["estimate"]["basis"]
        node += b["nodeScoreLow"] <= m <= b["nodeScoreHigh"]
        ci = r.get("scoreInterval")
        within += bool(ci) and ci["low"] <= m <= ci["high"]
    return node, within
everything = range(len(res))
quiet = [i for i in everything if not res[i]["disturbed"]]
node, within = coverage(everything)
print()
print(f"{'induced noise (stress-ng, 50% duty)' if noise else 'no induced noise'}: {len(res)} quick runs, schedule {res[0]['plan'].get('schedule')}")
print(f"quick profile node score CV {cv(scores)*100:.2f}% (mean {statistics.mean(scores):.3f})")
print(f"ALU floor CV {cv(alu)*100:.2f}%, memory floor CV {cv(mem)*100:.2f}%")
print(f"ratios: quick / ALU {cv(scores)/cv(alu):.1f}, quick / memory {cv(scores)/cv(mem):.1f}")
print(f"node-score 95% interval (within-run and run-to-run) covers the mean of the other runs: {node}/{len(res)}")
print(f"  of the undisturbed (published) runs: {coverage(quiet)[0]}/{len(quiet)}")
print(f"within-run 95% interval alone covers it: {within}/{len(res)}")
print(f"median node-interval half-width {statistics.median((r['estimate']['basis']['nodeScoreHigh'] - r['estimate']['basis']['nodeScoreLow']) / 2 / r['nodeScore'] for r in res)*100:.1f}%")
print(f"noisy-host conclusion in {sum('noisy-host' in [c['code'] for c in r['conclusions']] for r in res)}/{len(res)} runs, "
      f"noisy-neighbours in {sum('noisy-neighbours' in [c['code'] for c in r['conclusions']] for r in res)}/{len(res)}, disturbed {sum(r['disturbed'] for r in res)}")
