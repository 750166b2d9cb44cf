using Calibrate.Core.Results;
using Calibrate.Statistics.Intervals;

namespace Calibrate.Statistics.Comparison;

/// <summary>
/// Compares labels by score per copy against a baseline label: per label the mean with its t-interval
/// x̄ ± t_{n−1} s/√n, the ratio to the baseline (<see cref="LogRatioInterval"/>), <see cref="WelchTest"/>,
/// <see cref="HedgesG"/>, and per-kernel ratios of mean kernel scores, largest loss first. Disturbed results and results
/// without a label are left out. A null baseline means the first label in ordinal order.
/// </summary>
public static class LabelComparison
{
    public static ComparisonReport Compare(IReadOnlyList<ResultSummary> results, string? baseline, double level = 0.95, Reproducibility? reproducibility = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var groups = new Dictionary<string, LabelAccumulator>(StringComparer.Ordinal);
        var excluded = 0;
        foreach (var result in results)
        {
            if (result.Disturbed)
            {
                excluded++;
                continue;
            }

            if (result.Label is null)
            {
                continue;
            }

            if (!groups.TryGetValue(result.Label, out var acc))
            {
                acc = new LabelAccumulator();
                groups.Add(result.Label, acc);
            }

            acc.Add(result);
        }

        var labels = groups.Keys.Order(StringComparer.Ordinal).ToArray();
        var baseLabel = baseline ?? labels.FirstOrDefault() ?? throw new UnknownLabelException("(any)", labels);
        if (!groups.TryGetValue(baseLabel, out var baseAcc))
        {
            throw new UnknownLabelException(baseLabel, labels);
        }

        var rows = labels.Select(label => Row(label, groups[label], baseAcc, level, reproducibility ?? ReproducibilityEstimator.Default)).ToArray();
        return new ComparisonReport { Baseline = baseLabel, Level = level, ExcludedDisturbed = excluded, Rows = rows };
    }

    private static LabelComparisonRow Row(string label, LabelAccumulator acc, LabelAccumulator baseAcc, double level, Reproducibility reproducibility)
    {
        var m = acc.Moments;
        var b = baseAcc.Moments;
        var me = acc.Evidence(reproducibility, level);
        var be = baseAcc.Evidence(reproducibility, level);
        var half = me.DegreesOfFreedom > 0 ? StudentTQuantile.TwoSided(level, me.DegreesOfFreedom) * me.StandardError : double.NaN;
        var (ratio, low, high) = LogRatioInterval.Of(me, be, level);
        var (t, df, p) = WelchTest.Of(me, be);
        var kernels = acc.Kernels
            .Select(k => (k, Target: acc.KernelMean(k), Base: baseAcc.KernelMean(k)))
            .Where(x => x.Base is > 0 && x.Target is not null)
            .Select(x => new KernelRatio(x.k, x.Target!.Value / x.Base!.Value))
            .OrderBy(x => x.Ratio)
            .ThenBy(x => x.Kernel, StringComparer.Ordinal)
            .ToArray();
        return new LabelComparisonRow
        {
            Label = label,
            N = m.Count,
            MeanScorePerCopy = m.Mean,
            StandardDeviation = m.StandardDeviation,
            MeanLow = me.Mean - half,
            MeanHigh = me.Mean + half,
            IntervalBasis = me.Runs > 1
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"t over {me.Runs} runs")
                : $"one run: its own interval and the run-to-run term ({reproducibility.Source})",
            Ratio = ratio,
            RatioLow = low,
            RatioHigh = high,
            WelchT = t,
            WelchDegreesOfFreedom = df,
            PValue = p,
            HedgesG = HedgesG.Of(m, b),
            Kernels = kernels,
        };
    }
}
