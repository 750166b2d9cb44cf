namespace Calibrate.Node.Configuration;

/// <summary>`boot:`: the limits that keep a node's start from waiting on its benchmark.</summary>
public sealed record BootSettings
{
    /// <summary>The whole of `calibrate boot`, probe to last push: the quick profile's 60 s wall limit.</summary>
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(60);

    /// <summary>`budget`: a hard limit; steps still running at its end are abandoned.</summary>
    public TimeSpan Budget { get; init; } = DefaultBudget;

    /// <summary>`fallback`: on a failed or disturbed measurement, publish the last good result of this node and hardware.</summary>
    public bool Fallback { get; init; }

    /// <summary>`lock_wait`: how long to wait for another calibrate measuring the node (zero: refuse at once).</summary>
    public TimeSpan LockWait { get; init; }
}
