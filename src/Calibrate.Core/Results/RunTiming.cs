namespace Calibrate.Core.Results;

/// <summary>Where a run's wall time went, and what the runner itself cost: the figures behind its overhead target.</summary>
public sealed record RunTiming
{
    /// <summary>From launching the copies until all were READY (process start, input generation, JIT warm-up).</summary>
    public required double SetupSeconds { get; init; }

    /// <summary>Time between telling the first and the last copy to start.</summary>
    public required double StartSkewSeconds { get; init; }

    /// <summary>From GO until every copy was told to stop.</summary>
    public required double MeasureSeconds { get; init; }

    /// <summary>CPU seconds the parent runner used while the copies measured.</summary>
    public required double RunnerCpuSeconds { get; init; }

    /// <summary>RunnerCpuSeconds / (copies x MeasureSeconds): the share of the measured capacity the runner took.</summary>
    public required double RunnerOverheadFraction { get; init; }

    /// <summary>Whether the run stopped because its precision target was met (false: budget reached, or no target).</summary>
    public bool StoppedOnPrecision { get; init; }
}
