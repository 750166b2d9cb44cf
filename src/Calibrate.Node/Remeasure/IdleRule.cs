using System.Globalization;

namespace Calibrate.Node.Remeasure;

/// <summary>
/// When a node is idle enough to be measured again: the 1-minute load average under <see cref="MaxLoadPerCpu"/> per
/// CPU, the CPUs busy under <see cref="MaxBusyFraction"/> of the time over the sampling window, and the batch system
/// running no job on the node (when one is configured). All three, or the node is left alone: a re-measurement must
/// never take CPU from a job, nor be disturbed by one.
/// </summary>
public static class IdleRule
{
    /// <summary>0.1 per CPU: one short-lived process at most; a running job keeps its CPUs' load near 1.</summary>
    public const double MaxLoadPerCpu = 0.1;

    /// <summary>5% of the CPUs' time busy: daemons and monitoring, not work (the quality gate warns at 2% of other load).</summary>
    public const double MaxBusyFraction = 0.05;

    /// <summary>Null when idle; else why not.</summary>
    public static string? Refusal(IdleReadings readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        if (readings.LoadAverage > MaxLoadPerCpu * readings.Cpus)
        {
            return string.Create(CultureInfo.InvariantCulture, $"load average {readings.LoadAverage:0.00} is above {MaxLoadPerCpu * readings.Cpus:0.00} ({MaxLoadPerCpu} per CPU)");
        }

        if (readings.BusyFraction > MaxBusyFraction)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the CPUs were {readings.BusyFraction:0.0%} busy, above {MaxBusyFraction:0%}");
        }

        return readings.Jobs switch
        {
            null => null,
            { Count: > 0 } jobs => string.Create(CultureInfo.InvariantCulture, $"the batch system runs {jobs.Count} job(s) here ({string.Join(", ", jobs.Take(3))}{(jobs.Count > 3 ? ", ..." : "")})"),
            _ => null,
        };
    }
}
