using System.Globalization;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Topology;

namespace Calibrate.Statistics.Quality;

/// <summary>
/// Steal time and other processes during the run. Other load counts only what cannot have run on measured CPUs the
/// copies left idle: competing = max(0, other CPUs − (measured CPUs − copies)), as a share of the copies. The measured
/// CPUs are those the interference monitor sampled (MultiCopyRunner): the CPUs the copies were pinned to, or every
/// allowed CPU when a copy ran unpinned. Load the monitor saw on pinned copies' CPUs ran there, beside a copy, however
/// many other CPUs were idle.
/// </summary>
public static class InterferenceAnalyser
{
    public static IEnumerable<Conclusion> Analyse(RunResult result, QualityThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(thresholds);
        var steal = result.Interference.StealFraction;
        if (steal > thresholds.StealWarning)
        {
            yield return new Conclusion(
                steal > thresholds.StealError ? Severity.Error : Severity.Warning,
                ConclusionCodes.Steal,
                string.Create(CultureInfo.InvariantCulture, $"the hypervisor stole {steal:0.0%} of CPU time during the run"));
        }

        var copies = Math.Max(1, result.Copies.Count);
        var idle = Math.Max(0, MeasuredCpus(result) - copies);
        var competing = Math.Max(0.0, result.Interference.OtherProcessesCpus - idle) / copies;
        if (competing > thresholds.OtherLoadWarning)
        {
            yield return new Conclusion(
                competing > thresholds.OtherLoadError ? Severity.Error : Severity.Warning,
                ConclusionCodes.OtherLoad,
                string.Create(CultureInfo.InvariantCulture, $"other processes used {result.Interference.OtherProcessesCpus:F2} CPUs, {competing:0.0%} of the copies' CPUs"));
        }
    }

    private static int MeasuredCpus(RunResult result) =>
        result.Copies.Count > 0 && result.Copies.All(c => c.PinnedCpus is not null)
            ? result.Copies.Aggregate(CpuSet.Empty, (all, c) => all.Union(c.PinnedCpus!)).Count
            : result.Probe.AllowedCpus.Count;
}
