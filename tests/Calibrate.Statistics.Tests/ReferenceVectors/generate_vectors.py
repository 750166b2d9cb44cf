#!/usr/bin/python3
"""Reference vectors for Calibrate.Statistics, computed independently with numpy/scipy/statsmodels (Debian packages:
apt-get install python3-scipy python3-statsmodels). Run from anywhere: /usr/bin/python3 generate_vectors.py
Writes vectors.json (synthetic cases) and realdata.json (HEPiX tables in ../TestData) next to this script."""
import csv, json, os, re, statistics
import numpy as np
import scipy
import statsmodels
import statsmodels.api as sm
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "TestData")
rng = np.random.default_rng(20261121)


def loo_rmse_percent(x, y, const):
    errs = []
    for i in range(len(x)):
        keep = np.arange(len(x)) != i
        X = sm.add_constant(x[keep]) if const else x[keep]
        fit = sm.OLS(y[keep], X).fit()
        pred = fit.params[0] + fit.params[1] * x[i] if const else fit.params[0] * x[i]
        errs.append((pred - y[i]) / y[i] * 100)
    return float(np.sqrt(np.mean(np.square(errs))))


def regression(x, y, x0):
    x = np.asarray(x, float); y = np.asarray(y, float)
    o = sm.OLS(y, x).fit()
    sse = float(np.sum(o.resid ** 2))
    origin = dict(k=float(o.params[0]), se=float(o.bse[0]), low=float(o.conf_int(0.05)[0][0]), high=float(o.conf_int(0.05)[0][1]),
                  sigma=float(np.sqrt(o.scale)), df=int(o.df_resid), r2_uncentred=float(o.rsquared),
                  r2_centred=float(1 - sse / np.sum((y - y.mean()) ** 2)), loo_rmse_percent=loo_rmse_percent(x, y, False))
    pf = o.get_prediction(np.array([[x0]])).summary_frame(alpha=0.05)
    origin["pred_x0"] = x0; origin["pred"] = float(pf["mean"].iloc[0])
    origin["pred_low"] = float(pf["obs_ci_lower"].iloc[0]); origin["pred_high"] = float(pf["obs_ci_upper"].iloc[0])
    X = sm.add_constant(x)
    l = sm.OLS(y, X).fit()
    cov = l.cov_params()
    lf = l.get_prediction(np.array([[1.0, x0]])).summary_frame(alpha=0.05)
    linear = dict(a=float(l.params[0]), b=float(l.params[1]), var_a=float(cov[0][0]), var_b=float(cov[1][1]), cov_ab=float(cov[0][1]),
                  b_low=float(l.conf_int(0.05)[1][0]), b_high=float(l.conf_int(0.05)[1][1]), sigma=float(np.sqrt(l.scale)),
                  df=int(l.df_resid), r2=float(l.rsquared), loo_rmse_percent=loo_rmse_percent(x, y, True),
                  pred_x0=x0, pred=float(lf["mean"].iloc[0]), pred_low=float(lf["obs_ci_lower"].iloc[0]), pred_high=float(lf["obs_ci_upper"].iloc[0]))
    return dict(x=x.tolist(), y=y.tolist(), origin=origin, linear=linear)


def hedges_g(a, b):
    n1, n2 = len(a), len(b)
    sp = np.sqrt(((n1 - 1) * np.var(a, ddof=1) + (n2 - 1) * np.var(b, ddof=1)) / (n1 + n2 - 2))
    return float((1 - 3 / (4 * (n1 + n2) - 9)) * (np.mean(a) - np.mean(b)) / sp)


def floored_lugsail_df(batches, ratio):
    """Satterthwaite df 2E[v]^2/Var[v] of v = max(v_B, 2 v_B - v_rB), in units of the true variance, when the rB small batch
    means are independent normal: v_B = W/(B-1), v_rB = (W + U)/(rB - 1), W ~ chi2(B-1) between, U ~ chi2(B(r-1)) within."""
    from scipy import integrate
    kw, ku = batches - 1, batches * (ratio - 1)
    def v(w, u):
        a = w / kw
        return max(a, 2 * a - (w + u) / (ratio * batches - 1))
    def moment(p):
        f = lambda u, w: v(w, u) ** p * stats.chi2.pdf(w, kw) * stats.chi2.pdf(u, ku)
        return integrate.dblquad(f, 0, np.inf, 0, np.inf, epsabs=1e-11, epsrel=1e-10)[0]
    m1, m2 = moment(1), moment(2)
    return dict(batches=batches, ratio=ratio, mean=m1, df=2 * m1 ** 2 / (m2 - m1 ** 2))


def satterthwaite(terms):
    """Welch-Satterthwaite effective df of a sum of variances [(v, df), ...]; df None is infinite (GUM G.4.1)."""
    total = sum(v for v, _ in terms)
    denominator = sum(v * v / df for v, df in terms if df is not None)
    return None if denominator == 0 else total * total / denominator


def hs06_prediction(rng, name, kind, x0, relative_half_width=None, interval_df=None):
    """The HS06 prediction interval of a measured node (Hs06Estimator.Estimate), computed here from its parts:
    the model's prediction variance of a new observation at x0 (statsmodels: se_mean^2 + residual scale, residual df),
    the node score's within-run term (the interval's half-width / t(interval_df), Student t from scipy), the between-run
    term (CV x0, 9 df) and the total df by Welch-Satterthwaite over the three; interval yhat -/+ t(0.975, df) sqrt(V)."""
    x = rng.uniform(100, 1500, 9)
    noise = np.exp(rng.normal(0, 0.03, 9))
    if kind in ("origin", "stated"):
        y = 2.2 * x * noise
        fit = sm.OLS(y, x).fit()
        frame = fit.get_prediction(np.array([[x0]])).summary_frame(alpha=0.05)
        k, a = float(fit.params[0]), 0.0
        var_k, var_a, cov_ak = float(fit.cov_params()[0][0]), 0.0, 0.0
    else:
        y = (60 + 2.1 * x) * noise
        fit = sm.OLS(y, sm.add_constant(x)).fit()
        frame = fit.get_prediction(np.array([[1.0, x0]])).summary_frame(alpha=0.05)
        cov = fit.cov_params()
        k, a = float(fit.params[1]), float(fit.params[0])
        var_k, var_a, cov_ak = float(cov[1][1]), float(cov[0][0]), float(cov[0][1])
    yhat = float(frame["mean"].iloc[0])
    model_variance = float(frame["mean_se"].iloc[0]) ** 2 + float(fit.scale)
    model_df = int(fit.df_resid)
    # A model without residual df: a stated normal uncertainty of k alone (as the provisional model), no scatter.
    sigma = float(np.sqrt(fit.scale))
    if kind == "stated":
        var_k, model_df, sigma = (0.2 * k) ** 2, None, 0.0
        model_variance = x0 * x0 * var_k
    between = RUN_TO_RUN_CV * x0
    terms = [(model_variance, model_df), (k * k * between * between, RUN_TO_RUN_DF)]
    interval = None
    if relative_half_width is not None:
        half = relative_half_width * x0
        within = half / stats.t.ppf(0.975, interval_df)
        terms.append((k * k * within * within, interval_df))
        interval = dict(low=x0 - half, high=x0 + half, level=0.95, df=interval_df)
    else:
        within = 0.0
    u = float(np.sqrt(within ** 2 + between ** 2))
    u_df = satterthwaite([(within ** 2, interval_df), (between ** 2, RUN_TO_RUN_DF)] if interval else [(between ** 2, RUN_TO_RUN_DF)])
    variance = sum(v for v, _ in terms)
    df = satterthwaite(terms)
    t = stats.norm.ppf(0.975) if df is None else stats.t.ppf(0.975, df)
    half = float(t * np.sqrt(variance))
    return dict(name=name, model=dict(kind="Linear" if kind == "linear" else "ThroughOrigin", k=k, var_k=var_k, intercept=a,
                                      var_intercept=var_a, cov_intercept_k=cov_ak, sigma=sigma, df=model_df),
                score=x0, interval=interval, between_run=dict(cv=RUN_TO_RUN_CV, df=RUN_TO_RUN_DF),
                expected=dict(hs06=yhat, u=u, u_df=u_df, df=df, low=yhat - half, high=yhat + half))


# The between-run reproducibility (RunToRunReproducibility: 10 back-to-back runs, CV 0.83%, 9 df) and the lugsail
# interval's df (NodeScoreInterval, "floored_lugsail" below): inputs of the HS06 cases, stated with them.
RUN_TO_RUN_CV, RUN_TO_RUN_DF, LUGSAIL_DF = 0.0083, 9, 2.64


def synthetic():
    out = {"versions": {"numpy": np.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__}}
    welch = []
    for n1, n2, shift in ((8, 12, 0.03), (5, 5, 0.0), (20, 7, -0.08)):
        a = rng.normal(10 * (1 + shift), 0.3, n1); b = rng.normal(10, 0.5, n2)
        r = stats.ttest_ind(a, b, equal_var=False)
        va, vb = np.var(a, ddof=1) / n1, np.var(b, ddof=1) / n2
        df = (va + vb) ** 2 / (va ** 2 / (n1 - 1) + vb ** 2 / (n2 - 1))
        ci = stats.t.interval(0.95, n1 - 1, loc=np.mean(a), scale=stats.sem(a))
        welch.append(dict(a=a.tolist(), b=b.tolist(), t=float(r.statistic), df=float(df), p=float(r.pvalue),
                          hedges_g=hedges_g(a, b), mean_a_low=float(ci[0]), mean_a_high=float(ci[1])))
    out["welch"] = welch
    robust = []
    for n in (7, 10, 31):
        x = rng.normal(100, 2, n); x[0] = 80.0
        med = float(np.median(x)); mad = float(stats.median_abs_deviation(x))
        robust.append(dict(x=x.tolist(), median=med, mad=mad, mad_normal=float(stats.median_abs_deviation(x, scale="normal")),
                           modified_z=(0.6745 * (x - med) / mad).tolist(),
                           q25=float(np.quantile(x, 0.25)), q75=float(np.quantile(x, 0.75)),
                           skew=float(stats.skew(x, bias=False)), kurtosis=float(stats.kurtosis(x, bias=False))))
    out["robust"] = robust
    x = rng.uniform(8, 30, 9); y = 2.2 * x * np.exp(rng.normal(0, 0.04, 9))
    out["regression"] = regression(x, y, 20.0)
    out["floored_lugsail"] = floored_lugsail_df(5, 3)
    cases = np.random.default_rng(20261122)
    out["hs06_prediction"] = [
        hs06_prediction(cases, "origin, lugsail interval", "origin", 640.0, 0.006, LUGSAIL_DF),
        hs06_prediction(cases, "linear, lugsail interval", "linear", 900.0, 0.004, LUGSAIL_DF),
        hs06_prediction(cases, "origin, no interval", "origin", 320.0),
        hs06_prediction(cases, "stated uncertainty, interval with 4 df", "stated", 20.0, 0.01, 4),
    ]
    return out


def intel_key(name):
    n = name.replace("(R)", "").replace("CPU", "")
    m = re.search(r"\b(E5|E7)[- ]?(\d{4}[A-Z]?)\s*(v\d)?", n)
    if m:
        return f"{m.group(1)}-{m.group(2)}{m.group(3) or ''}".lower()
    m = re.search(r"\b(Gold|Silver|Platinum)\s+(\d{4}[A-Z]?)", n)
    if m:
        return f"{m.group(1)} {m.group(2)}".lower()
    m = re.search(r"\bEPYC\s+(\d{4}[A-Z]?)", n)
    if m:
        return f"epyc {m.group(1)}".lower()
    m = re.search(r"\b([EXL]\d{4})\b", n)
    return m.group(1).lower() if m else None


def realdata():
    out = {}
    hs06 = list(csv.DictReader(open(os.path.join(DATA, "hs06_results.csv"), newline="")))
    hs23 = list(csv.DictReader(open(os.path.join(DATA, "hepscore23_results.csv"), newline="")))
    # SMT pairs: same cpu_model, site and source table; HT-on copies = 2 x HT-off copies.
    groups = {}
    for r in hs06:
        if r["smt_ht"] in ("on", "off"):
            groups.setdefault((r["cpu_model"], r["site"], r["source"]), []).append(r)
    ratios = []
    per_model = {}
    for (model, _, _), rows in groups.items():
        for off in (r for r in rows if r["smt_ht"] == "off"):
            for on in (r for r in rows if r["smt_ht"] == "on"):
                if int(on["logical_cpus_benchmark_copies"]) == 2 * int(off["logical_cpus_benchmark_copies"]):
                    q = float(on["hs06_total"]) / float(off["hs06_total"])
                    ratios.append(q); per_model.setdefault(model, []).append(q)
    out["smt"] = dict(pairs=len(ratios), median_ratio=float(np.median(ratios)),
                      per_model={m: float(np.median(v)) for m, v in sorted(per_model.items())})
    # HS06 vs HS23 on matched configurations (CPU model key, SMT, logical CPUs); mean when several rows match.
    a = {}
    for r in hs06:
        if r["smt_ht"] not in ("on", "off"):
            continue
        k = intel_key(r["cpu_model"])
        if k:
            a.setdefault((k, r["smt_ht"] == "on", int(r["logical_cpus_benchmark_copies"])), []).append(float(r["hs06_total"]))
    b = {}
    for r in hs23:
        k = intel_key(r["CPU"])
        if k and r["Ncores"]:
            b.setdefault((k, r["SMT enabled"] == "1", int(float(r["Ncores"]))), []).append(float(r["Score"]))
    keys = sorted(set(a) & set(b))
    pairs = [dict(key=f"{k[0]}|smt={'on' if k[1] else 'off'}|{k[2]}", hs23=float(np.mean(b[k])), hs06=float(np.mean(a[k]))) for k in keys]
    out["hs23_vs_hs06"] = dict(pairs=pairs, fit=regression([p["hs23"] for p in pairs], [p["hs06"] for p in pairs], 1000.0))
    # Default model anchor: median Score/Ncores of AMD EPYC 9xx5 (Zen 5) SMT-on rows.
    zen5 = [float(r["Score/Ncores"]) for r in hs23 if re.search(r"EPYC 9\d\d5\b", r["CPU"]) and r["SMT enabled"] == "1"]
    out["zen5_smt_on"] = dict(n=len(zen5), median=float(np.median(zen5)))
    # Job-slot probes: per CPU model (>= 5 rows), modified z of Score/Ncores < -3.5 with MAD floored at 0.5% of median.
    probes = list(csv.DictReader(open(os.path.join(DATA, "hepscore23_jobslot_probes.csv"), newline="")))
    by = {}
    for i, r in enumerate(probes):
        if re.fullmatch(r"[0-9.]+", r["Score/Ncores"]):
            by.setdefault(r["CPU"], []).append((i + 2, float(r["Score/Ncores"])))
    flagged = []
    for cpu, rows in sorted(by.items()):
        if len(rows) < 5:
            continue
        v = np.array([s for _, s in rows]); med = np.median(v)
        mad = max(stats.median_abs_deviation(v), 0.005 * med)
        for line, s in rows:
            if 0.6745 * (s - med) / mad < -3.5:
                flagged.append(dict(line=line, cpu=cpu, score_per_core=s))
    out["jobslot_outliers"] = dict(groups=sum(1 for r in by.values() if len(r) >= 5), outliers=flagged)
    # Run-to-run reproducibility: 10 back-to-back quick runs on one 2-vCPU KVM guest (node_scores_back_to_back.csv).
    runs = list(csv.DictReader(open(os.path.join(DATA, "node_scores_back_to_back.csv"), newline="")))
    scores = np.array([float(r["node_score"]) for r in runs])
    out["run_to_run"] = dict(n=len(scores), mean=float(scores.mean()), sd=float(scores.std(ddof=1)),
                             cv=float(scores.std(ddof=1) / scores.mean()))
    return out


with open(os.path.join(HERE, "vectors.json"), "w") as f:
    json.dump(synthetic(), f, indent=1)
with open(os.path.join(HERE, "realdata.json"), "w") as f:
    json.dump(realdata(), f, indent=1)
