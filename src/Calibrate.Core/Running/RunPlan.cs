namespace Calibrate.Core.Running;

/// <summary>What a run was asked to do.</summary>
public sealed record RunPlan
{
    public required Profile Profile { get; init; }

    public required int Copies { get; init; }

    /// <summary>The pinning policy in its command-line form ("none", "thread", "list:0-3").</summary>
    public required string Pinning { get; init; }

    public string? Label { get; init; }

    /// <summary>Target relative half-width of the node score's 95% interval (0.005 for 0.5%), or null for a fixed-length run.</summary>
    public double? PrecisionTarget { get; init; }

    /// <summary>The wall-time budget of the measurement phase.</summary>
    public required TimeSpan Budget { get; init; }

    /// <summary>Repetitions per kernel whose medians are taken (HS06 run rule: 3 for the full profile).</summary>
    public required int Repetitions { get; init; }

    /// <summary>
    /// The time one sample aims at: each kernel's units per sample were chosen at warm-up to take about this long here
    /// (null for results measured before samples were made of units).
    /// </summary>
    public double? SampleTargetSeconds { get; init; }

    /// <summary>"lockstep" (every copy runs the same kernel at the same moment, round by round) or "rotate" (null before it was recorded: rotate).</summary>
    public string? Schedule { get; init; }
}
