namespace Calibrate.Statistics.Priors;

/// <summary>The prior of one node from the public table, or why there is none, in words.</summary>
public sealed record PriorOutcome
{
    public required NodeLayout Node { get; init; }

    /// <summary>The node's CPU model as matched (<see cref="CpuModelKey.Of"/>).</summary>
    public required string Model { get; init; }

    /// <summary>The table, in words.</summary>
    public required string Source { get; init; }

    /// <summary>The table's own leave-one-site-out error, all predictions (null where no model was measured at two sites).</summary>
    public LosoSummary? TableError { get; init; }

    public Hs23Prior? Prior { get; init; }

    /// <summary>Why there is no prior; null when there is one.</summary>
    public string? Reason { get; init; }
}
