#!/usr/bin/python3
"""Reference vectors for the HS23 prior from the public HEPiX table (Calibrate.Statistics/Priors), computed
independently of the C# code with numpy/scipy (Debian: apt-get install python3-numpy python3-scipy
python3-statsmodels).
Run from anywhere: /usr/bin/python3 generate_prior_vectors.py
Reads the table the build ships (src/Calibrate.Statistics/Priors/Data/hepscore23_results.csv) and writes
prior_vectors.json next to this script: the normalised CPU model names, the SMT gain, every leave-one-site-out
prediction with its summary (median and 90th-percentile absolute percent error, the relative SD and its df per
rule class), and the prior of a few node layouts with their 95% intervals.

The rules, as stated in the C# files they check:
- model name: lower case; an Arm name keeps what precedes " - "; (R), (TM), (C), "@ 2.90GHz", "16-Core", the words
  cpu, processor, intel, amd and a lone "0" (Sandy Bridge's "E5-2620 0") dropped; "2630v3" written "2630 v3".
- site: upper case, "_" as "-", a parenthesised qualifier dropped, two aliases (SCOTGRID-GLASGOW, IHEP-NEW).
- SMT state: Threads/core > 1; logical CPUs: Ncores; HS23 per logical CPU: Score / Ncores.
- a site's value for a layout: the median of its rows weighted by # Meas (statsmodels DescrStatsW.quantile); a
  prediction: the median over sites.
- layout rule: (1) same SMT state and logical CPUs; (2) same SMT state, the logical-CPU count nearest in ratio
  (ties: all); (3) rows of the other SMT state only: converted with the table's SMT gain g (per logical CPU x g/2
  off->on, x 2/g on->off; logical CPUs x2 or /2), then (1)-(2).
- SMT gain: median over same-model, same-site pairs of an SMT-on row with twice the logical CPUs of an SMT-off row
  of Score(on) / Score(off).
- leave-one-site-out: for each model measured at two or more sites, each site and each of its layouts, predict the
  site's value from the other sites' rows by the layout rule (the SMT gain from the other sites' rows too).
- relative SD of a class: sqrt(mean(ln(predicted / truth)^2)); df: per (model, SMT state of the held-out layout),
  min(predictions, sites involved - 1), summed.
- VM widening: relative SD 0.102 added in quadrature; Welch-Satterthwaite df with the widening taken as exact.
"""
import csv, json, math, os, re
import numpy as np
from scipy import stats
from statsmodels.stats.weightstats import DescrStatsW

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "..", "..", "..", "src", "Calibrate.Statistics", "Priors", "Data", "hepscore23_results.csv")
SAME, CONVERTED = "SameSmtState", "ConvertedSmtState"
VM_SD = 0.102
LEVEL = 0.95
MIN_CLASS_DF = 10


def normalise(name):
    s = name.lower()
    s = s.split(" - ")[0]
    s = re.sub(r"\(\s*(r|tm|c)\s*\)", " ", s)
    s = re.sub(r"@?\s*\d+(\.\d+)?\s*[gm]hz\b", " ", s)
    s = re.sub(r"\b\d+-core\b", " ", s)
    s = re.sub(r"(\d)(v\d)\b", r"\1 \2", s)
    return " ".join(t for t in s.split() if t not in ("cpu", "processor", "intel", "amd", "0"))


ALIASES = {"SCOTGRID-GLASGOW": "UKI-SCOTGRID-GLASGOW", "IHEP-NEW": "IHEP"}


def site_key(site):
    s = re.sub(r"\(.*?\)", " ", site).strip().upper().replace("_", "-")
    s = " ".join(s.split())
    return ALIASES.get(s, s)


def read_table():
    rows = []
    with open(TABLE, newline="") as f:
        for line, r in enumerate(csv.DictReader(f), start=2):
            n = int(r["Ncores"])
            rows.append(dict(line=line, cpu=r["CPU"], model=normalise(r["CPU"]), smt=int(r["Threads/core"]) > 1, n=n,
                             per=float(r["Score"]) / n, w=int(r["# Meas"]), site=site_key(r["Site"])))
    return rows


def weighted_median(pairs):
    """statsmodels' weighted quantile at 0.5 (SAS's definition 5: the mean of the two neighbours at an exact half)."""
    x = np.array([v for v, _ in pairs], float)
    w = np.array([w for _, w in pairs], float)
    return float(DescrStatsW(x, weights=w).quantile([0.5], return_pandas=False)[0])


def weighted_median_cases():
    rng = np.random.default_rng(20261201)
    cases = [dict(x=[1.0, 2.0, 3.0, 4.0], w=[1, 1, 1, 1]), dict(x=[9.8, 5.1], w=[56, 5]), dict(x=[1.0, 2.0, 3.0], w=[3, 2, 1])]
    for n in (1, 2, 5, 9, 20):
        x = np.round(rng.lognormal(2.5, 0.3, n), 3)
        w = rng.integers(1, 8, n)
        cases.append(dict(x=x.tolist(), w=w.tolist()))
    for c in cases:
        c["median"] = weighted_median(list(zip(c["x"], c["w"])))
    return cases


def by_site(rows):
    sites = {}
    for r in rows:
        sites.setdefault(r["site"], []).append((r["per"], r["w"]))
    return {s: weighted_median(v) for s, v in sites.items()}


def smt_gain(rows):
    groups = {}
    for r in rows:
        groups.setdefault((r["model"], r["site"]), []).append(r)
    ratios = []
    for g in groups.values():
        for off in (r for r in g if not r["smt"]):
            for on in (r for r in g if r["smt"] and r["n"] == 2 * off["n"]):
                ratios.append((on["per"] * on["n"]) / (off["per"] * off["n"]))
    return (float(np.median(ratios)), len(ratios)) if ratios else (None, 0)


def nearest(rows, n):
    best = min(abs(math.log(r["n"] / n)) for r in rows)
    return [r for r in rows if abs(abs(math.log(r["n"] / n)) - best) <= 1e-12]


def predict(rows, smt, n, gain):
    """(HS23 per logical CPU, rule, rows used) for a node of this model, or None."""
    same = [r for r in rows if r["smt"] == smt]
    if same:
        exact = [r for r in same if r["n"] == n]
        used, rule = (exact, "Exact") if exact else (nearest(same, n), "NearestLogicalCpus")
    else:
        if gain is None or not rows:
            return None
        factor = gain / 2 if smt else 2 / gain
        converted = [dict(r, smt=smt, n=r["n"] * 2 if smt else r["n"] // 2, per=r["per"] * factor) for r in rows]
        exact = [r for r in converted if r["n"] == n]
        used, rule = (exact if exact else nearest(converted, n)), "OtherSmtState"
    return float(np.median(list(by_site(used).values()))), rule, used


def loso(rows):
    predictions = []
    for model in sorted({r["model"] for r in rows}):
        mine = [r for r in rows if r["model"] == model]
        sites = sorted({r["site"] for r in mine})
        if len(sites) < 2:
            continue
        for site in sites:
            held = [r for r in mine if r["site"] == site]
            others = [r for r in mine if r["site"] != site]
            gain, _ = smt_gain([r for r in rows if r["site"] != site])
            for smt, n in sorted({(r["smt"], r["n"]) for r in held}):
                truth = weighted_median([(r["per"], r["w"]) for r in held if r["smt"] == smt and r["n"] == n])
                p = predict(others, smt, n, gain)
                if p is None:
                    continue
                value, rule, used = p
                predictions.append(dict(model=model, site=site, smt=smt, logical_cpus=n, truth=truth, predicted=value, rule=rule,
                                        rule_class=CONVERTED if rule == "OtherSmtState" else SAME,
                                        sources=sorted({r["site"] for r in used})))
    return predictions


def summarise(predictions):
    ape = np.array([abs(p["predicted"] / p["truth"] - 1) * 100 for p in predictions])
    log = np.array([math.log(p["predicted"] / p["truth"]) for p in predictions])
    groups = {}
    for p in predictions:
        g = groups.setdefault((p["model"], p["smt"]), dict(count=0, sites=set()))
        g["count"] += 1
        g["sites"].add(p["site"])
        g["sites"].update(p["sources"])
    df = sum(min(g["count"], len(g["sites"]) - 1) for g in groups.values())
    return dict(predictions=len(predictions), models=len({p["model"] for p in predictions}),
                median_ape=float(np.median(ape)), p90_ape=float(np.quantile(ape, 0.9)),
                relative_sd=float(math.sqrt(np.mean(log ** 2))), df=df)


def prior(rows, gain, classes, pooled, cpu, smt, n, hypervisor):
    model = normalise(cpu)
    mine = [r for r in rows if r["model"] == model]
    value, rule, used = predict(mine, smt, n, gain)
    cls = classes[CONVERTED if rule == "OtherSmtState" else SAME]
    source = cls if cls["df"] >= MIN_CLASS_DF else pooled
    sd, df = source["relative_sd"], source["df"]
    if hypervisor:
        total = math.sqrt(sd ** 2 + VM_SD ** 2)
        df = total ** 4 / (sd ** 4 / df)
        sd = total
    t = float(stats.t.ppf((1 + LEVEL) / 2, df))
    return dict(cpu=cpu, smt=smt, logical_cpus=n, hypervisor=hypervisor, model=model, rule=rule, per_logical_cpu=value,
                whole_node=value * n, relative_sd=sd, df=df, t=t, low=value * math.exp(-t * sd), high=value * math.exp(t * sd),
                lines=sorted(r["line"] for r in used))


def main():
    rows = read_table()
    gain, pairs = smt_gain(rows)
    predictions = loso(rows)
    classes = {c: summarise([p for p in predictions if p["rule_class"] == c]) for c in (SAME, CONVERTED)}
    pooled = summarise(predictions)
    captures = ["AMD EPYC", "Intel(R) Core(TM) i5-3317U CPU @ 1.70GHz", "AMD Opteron(tm) Processor 6328",
                "Intel(R) Core(TM) i5 CPU       M 560  @ 2.67GHz"]
    names = sorted({r["cpu"] for r in rows}) + captures
    nodes = [("Intel(R) Xeon(R) Gold 6326 CPU @ 2.90GHz", True, 64, None),
             ("Intel(R) Xeon(R) Gold 6326 CPU @ 2.90GHz", True, 64, "KVM"),
             ("Intel(R) Xeon(R) Gold 6326 CPU @ 2.90GHz", True, 32, None),
             ("AMD EPYC 7302 16-Core Processor", False, 32, None),
             ("AMD EPYC 7763 64-Core Processor", True, 128, None),
             ("Intel(R) Xeon(R) CPU E5-2680 v3 @ 2.50GHz", True, 48, None),
             ("Intel(R) Xeon(R) CPU E5-2683 v4 @ 2.10GHz", True, 64, None),
             ("Neoverse-N1", False, 80, None)]
    out = dict(table=os.path.relpath(TABLE, HERE), rows=len(rows),
               normalised={n: normalise(n) for n in names},
               weighted_median=weighted_median_cases(),
               smt_gain=dict(median=gain, pairs=pairs),
               predictions=predictions,
               summary=dict(pooled=pooled, classes=classes),
               priors=[prior(rows, gain, classes, pooled, *node) for node in nodes])
    with open(os.path.join(HERE, "prior_vectors.json"), "w") as f:
        json.dump(out, f, indent=1)
    print(json.dumps(dict(smt_gain=out["smt_gain"], summary=out["summary"]), indent=1))


main()
