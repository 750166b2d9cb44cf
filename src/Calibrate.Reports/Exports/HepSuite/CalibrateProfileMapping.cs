using System.Globalization;
using System.Text.Json;
using Calibrate.Core.Results;
using Calibrate.Core.Scoring;
using Calibrate.Core.Text;
using Calibrate.Reports.Charts;

namespace Calibrate.Reports.Exports.HepSuite;

/// <summary>
/// `profiles.calibrate` from the result: the figures of its stored estimate, rounded as published
/// (<see cref="FigureDecimals"/>, <see cref="DecimalRounding"/>), and the kernels' scores as measured.
/// </summary>
internal static class CalibrateProfileMapping
{
    public static CalibrateProfile Of(RunResult result)
    {
        var estimate = result.Estimate;
        var basis = estimate?.Basis;
        return new CalibrateProfile
        {
            Value = estimate is null ? null : Rating(estimate.Value),
            Unit = estimate is null ? null : "est. " + EstimateUnit.Of(estimate),
            Status = estimate is null ? CalibrateProfile.NotEstimated : result.Disturbed ? CalibrateProfile.Disturbed : CalibrateProfile.Success,
            Interval = estimate is null ? null : new SuiteInterval { Low = Rating(estimate.Low), High = Rating(estimate.High), Level = estimate.Level },
            CpuFactor = estimate is null ? null : new SuiteCpuFactor
            {
                Value = Factor(estimate.CpuFactor),
                Low = Factor(estimate.CpuFactorLow),
                High = Factor(estimate.CpuFactorHigh),
                Slots = estimate.Slots,
                ReferencePerSlot = estimate.ReferencePerSlot,
            },
            NodeScore = new SuiteNodeScore
            {
                Value = Score(basis?.NodeScore ?? result.NodeScore),
                Low = basis is null ? null : Score(basis.NodeScoreLow),
                High = basis is null ? null : Score(basis.NodeScoreHigh),
                Unit = ChartText.ScoreUnit,
                Runs = basis?.Runs ?? 1,
                ThisRun = result.NodeScore,
            },
            Settings = new SuiteSettings
            {
                Profile = result.Plan.Profile.ToString().ToLowerInvariant(),
                Copies = result.Plan.Copies,
                Repetitions = result.Plan.Repetitions,
                PrecisionTarget = result.Plan.PrecisionTarget,
                ModelId = estimate?.ModelId,
                ModelProvisional = estimate?.ModelProvisional,
            },
            AppInfo = AppInfo(result.Provenance),
            Conclusions = [.. result.Conclusions.Select(c => $"{c.Severity.ToString().ToLowerInvariant()}: {c.Message}")],
            WorkloadScores = Kernels(result).ToDictionary(
                k => k.Key,
                k => (IReadOnlyDictionary<string, double>)new Dictionary<string, double> { [k.Key] = k.Sum(x => x.Score) }),
            Benchmarks = Kernels(result).ToDictionary(k => k.Key, k => Benchmark(k.Key, [.. k], result.Provenance.ToolVersion)),
        };
    }

    /// <summary>Each kernel's results, one per copy in copy order, kernels in the order the first copy ran them.</summary>
    private static IEnumerable<IGrouping<string, KernelResult>> Kernels(RunResult result) =>
        result.Copies.OrderBy(c => c.Copy).SelectMany(c => c.Kernels).GroupBy(k => k.Kernel, StringComparer.Ordinal);

    private static SuiteBenchmark Benchmark(string kernel, KernelResult[] copies, string version)
    {
        var repetitions = copies.Max(c => c.Repetitions.Count);
        var benchmark = new SuiteBenchmark
        {
            Version = version,
            Args = new SuiteBenchmarkArgs { Copies = copies.Length, UnitsPerSample = copies[0].UnitsPerSample, ReferenceSeconds = copies[0].ReferenceSeconds },
            CopyScores = [.. copies.Select(c => c.Score)],
        };
        for (var r = 0; r < repetitions; r++)
        {
            var present = copies.Where(c => r < c.Repetitions.Count && c.Repetitions[r].Count > 0).ToArray();
            if (present.Length == 0)
            {
                continue;
            }

            // A copy's score in this repetition as the node score makes it of a repetition: reference over the median.
            var scores = present.Select(c => Hs06Aggregation.KernelScore(c.ReferenceSeconds, SampleMedian.Of(c.Repetitions[r]))).ToArray();
            var run = new SuiteRun
            {
                Duration = present.Average(c => c.Repetitions[r].Sum() * c.UnitsPerSample),
                Report = new SuiteRunReport
                {
                    WorkloadScores = new Dictionary<string, double> { [kernel] = scores.Sum() },
                    WorkloadStatistics = new SuiteCopyStatistics
                    {
                        Average = scores.Average(),
                        Median = SampleMedian.Of(scores),
                        Min = scores.Min(),
                        Max = scores.Max(),
                        Count = scores.Length,
                    },
                },
            };
            benchmark.Runs[string.Create(CultureInfo.InvariantCulture, $"run{r}")] = JsonSerializer.SerializeToElement(run, HepSuiteJsonContext.Default.SuiteRun);
        }

        return benchmark;
    }

    private static Dictionary<string, string> AppInfo(Provenance provenance)
    {
        var info = new Dictionary<string, string> { ["calibrate_ver"] = provenance.ToolVersion, ["runtime"] = provenance.RuntimeVersion };
        if (provenance.Commit is { } commit)
        {
            info["commit"] = commit;
        }

        return info;
    }

    private static double Rating(double value) => DecimalRounding.Round(value, FigureDecimals.Rating);

    private static double Factor(double value) => DecimalRounding.Round(value, FigureDecimals.CpuFactor);

    private static double Score(double value) => DecimalRounding.Round(value, FigureDecimals.NodeScore);
}
