using Calibrate.Core.Results;
using Calibrate.Reports.Charts;
using Calibrate.Reports.Plotting;
using Calibrate.Reports.Reports;
using Calibrate.Statistics.Comparison;
using Calibrate.Statistics.Fleet;

namespace Calibrate.Reports.Inputs;

/// <summary>
/// From stored results to a report's input (`calibrate report --by label`): the label comparison and per-kernel
/// ratios from <see cref="LabelComparison"/>, the scaling curve when the results come from one node at several copy counts
/// (<see cref="ScalingInput"/>), the fleet chart when they span enough nodes (<see cref="FleetOutliers"/>), and one
/// node's history when they come from a single node. The statistics decide; this class only maps.
/// </summary>
public static class ResultReportInput
{
    /// <summary>Below this many nodes a fleet distribution says nothing (the fleet analysis needs 5 peers per model).</summary>
    public const int MinimumFleetNodes = FleetOutliers.MinimumPeers;

    public static ReportInput Build(IReadOnlyList<ResultSummary> results, string? baseline, DateTimeOffset generatedUtc, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var labelled = results.Any(r => r.Label is not null && !r.Disturbed);
        var comparison = labelled ? LabelComparison.Compare(results, baseline) : null;
        var labels = comparison is null ? [] : LabelScores(comparison);
        var kernels = comparison is null ? [] : comparison.Rows
            .Where(r => !string.Equals(r.Label, comparison.Baseline, StringComparison.Ordinal))
            .SelectMany(r => r.Kernels.Select(k => new KernelRatioPoint(k.Kernel, r.Label, k.Ratio)))
            .Where(k => double.IsFinite(k.Ratio))
            .ToArray();
        var hosts = results.Select(r => r.Hostname).Distinct(StringComparer.Ordinal).Count();
        return new ReportInput
        {
            Title = title ?? (comparison is null
                ? $"Results of {ValueFormat.Quantity(hosts, "node")}"
                : $"Comparison of {ValueFormat.Quantity(labels.Count, "configuration label")} against {comparison.Baseline}"),
            GeneratedUtc = generatedUtc,
            ResultCount = results.Count,
            Baseline = comparison?.Baseline,
            Labels = labels,
            KernelRatios = kernels,
            Scaling = hosts == 1 ? ScalingInput.From(results) : [],
            Fleet = hosts >= MinimumFleetNodes ? Fleet(results) : [],
            HistoryHost = hosts == 1 ? results[0].Hostname : null,
            History = hosts == 1 ? History(results) : [],
            Notes = comparison is null ? [] :
            [
                $"Intervals: {ValueFormat.Count((int)Math.Round(comparison.Level * 100))}% t-intervals of the mean score per copy; ratio: {comparison.Ratio}.",
                $"Test: {comparison.Test}; effect size: {comparison.EffectSize}.",
                $"{ValueFormat.Quantity(comparison.ExcludedDisturbed, "disturbed result")} excluded.",
            ],
        };
    }

    /// <summary>Baseline first, then the other labels from the best mean score per copy down.</summary>
    public static IReadOnlyList<LabelScore> LabelScores(ComparisonReport comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return [.. comparison.Rows
            .Select(r => new LabelScore(r.Label, r.MeanScorePerCopy, Finite(r.MeanLow, r.MeanScorePerCopy), Finite(r.MeanHigh, r.MeanScorePerCopy), r.N,
                string.Equals(r.Label, comparison.Baseline, StringComparison.Ordinal))
            {
                Ratio = NullIfNaN(r.Ratio),
                RatioLow = NullIfNaN(r.RatioLow),
                RatioHigh = NullIfNaN(r.RatioHigh),
                PValue = NullIfNaN(r.PValue),
            })
            .OrderByDescending(s => s.IsBaseline)
            .ThenByDescending(s => s.Mean)
            .ThenBy(s => s.Label, StringComparer.Ordinal)];
    }

    private static IReadOnlyList<FleetNode> Fleet(IReadOnlyList<ResultSummary> results)
    {
        var nodes = NodeEstimates.Compute(results);
        var outliers = FleetOutliers.Find(nodes).Outliers.Select(o => o.Hostname).ToHashSet(StringComparer.Ordinal);
        return [.. nodes.Select(n => new FleetNode(n.CpuModel, n.Hostname, n.LatestScore, outliers.Contains(n.Hostname)))];
    }

    private static IReadOnlyList<HistoryPoint> History(IReadOnlyList<ResultSummary> results) =>
        [.. results.Where(r => !r.Disturbed).Select(r => new HistoryPoint(r.StartedUtc, r.NodeScore)
        {
            Low = r.ScoreLow,
            High = r.ScoreHigh,
            Label = r.Label,
            Copies = r.Copies,
            Profile = r.Profile,
        })];

    /// <summary>A single run has no interval (NaN from the statistics): draw it as a point without error bar.</summary>
    private static double Finite(double value, double fallback) => double.IsFinite(value) ? value : fallback;

    private static double? NullIfNaN(double value) => double.IsFinite(value) ? value : null;
}
