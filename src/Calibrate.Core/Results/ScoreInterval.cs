namespace Calibrate.Core.Results;

/// <summary>A confidence interval of the node score, and how it was obtained.</summary>
public sealed record ScoreInterval
{
    public required double Low { get; init; }

    public required double High { get; init; }

    /// <summary>Confidence level, e.g. 0.95.</summary>
    public required double Level { get; init; }

    /// <summary>The method, e.g. "t over samples" or "seeded percentile bootstrap".</summary>
    public required string Method { get; init; }

    /// <summary>(High - Low) / 2 / NodeScore.</summary>
    public required double RelativeHalfWidth { get; init; }

    /// <summary>Whether the run's precision target was met (null when the run had none).</summary>
    public bool? TargetMet { get; init; }
}
