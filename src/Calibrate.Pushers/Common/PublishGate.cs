using System.Globalization;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;

namespace Calibrate.Pushers.Common;

/// <summary>
/// Decides whether a result may be published: not disturbed, no error conclusion, with an estimate, and plausible
/// (<see cref="PlausibilityBounds"/>). Every pusher asks it first; `--force` publishes anyway and says what it overrode.
/// </summary>
public static class PublishGate
{
    /// <summary>The reasons not to publish; empty when the result may be published.</summary>
    public static IReadOnlyList<string> Refusals(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reasons = new List<string>();
        if (result.Disturbed)
        {
            reasons.Add("the measurement is flagged disturbed");
        }
        else
        {
            // An error that does not mark the measurement disturbed (measurement and prior far apart) still stops publishing.
            reasons.AddRange(result.Conclusions.Where(c => c.Severity == Severity.Error).Select(c => c.Message));
        }

        if (result.Estimate is not { } estimate)
        {
            reasons.Add("the result has no estimate (no calibration model was applied)");
            return reasons;
        }

        if (!double.IsFinite(estimate.Value) || estimate.Value <= 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"the {estimate.Unit} estimate {estimate.Value} is not a positive number"));
            return reasons;
        }

        var cpus = LogicalCpus(result);
        if (cpus < 1)
        {
            reasons.Add("the result has no copies, so the figure per logical CPU is undefined");
            return reasons;
        }

        var perCpu = estimate.Value / cpus;
        var (min, max, source) = PlausibilityBounds.For(estimate);
        if (perCpu < min || perCpu > max)
        {
            reasons.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"{estimate.Unit} per logical CPU {perCpu:0.##} is outside the plausible {min:0.##} to {max:0.##} ({source})"));
        }

        if (!double.IsFinite(estimate.CpuFactor) || estimate.CpuFactor <= 0)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"the CPU factor {estimate.CpuFactor} is not a positive number"));
        }

        return reasons;
    }

    /// <summary>Throws <see cref="PushRefusedException"/> unless the result passes or <paramref name="force"/> is set.</summary>
    public static void Ensure(RunResult result, bool force)
    {
        var reasons = Refusals(result);
        if (reasons.Count > 0 && !force)
        {
            throw new PushRefusedException(
                $"refusing to publish result {result.Id:D}: {string.Join("; ", reasons)} (--force publishes anyway)");
        }
    }

    /// <summary>
    /// The processors the HS06 was measured on, one copy each: HSF-TN-2016-02 defines hs06 as "HS06 benchmarks run in
    /// parallel, one for each processor which may be allocated to jobs", so this is also MJF's total_cpu.
    /// </summary>
    public static int LogicalCpus(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Plan.Copies;
    }
}
