using System.Globalization;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;

namespace Calibrate.Statistics.Quality;

/// <summary>
/// Steal time and other processes during the run. Other load counts only what cannot have run on CPUs the copies left
/// idle: competing = max(0, other CPUs − (allowed CPUs − copies)), as a share of the copies.
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
        var idle = Math.Max(0, result.Probe.AllowedCpus.Count - copies);
        var competing = Math.Max(0.0, result.Interference.OtherProcessesCpus - idle) / copies;
        if (competing > thresholds.OtherLoadWarning)
        {
            yield return new Conclusion(
                competing > thresholds.OtherLoadError ? Severity.Error : Severity.Warning,
                ConclusionCodes.OtherLoad,
                string.Create(CultureInfo.InvariantCulture, $"other processes used {result.Interference.OtherProcessesCpus:F2} CPUs, {competing:0.0%} of the copies' CPUs"));
        }
    }
}
