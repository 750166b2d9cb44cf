namespace Calibrate.Node.Fleet;

/// <summary>What `fleet submit` was asked: the scheduler, the nodes (a list, or all the scheduler knows), and how each job runs.</summary>
public sealed record FleetSubmitRequest
{
    public required string Scheduler { get; init; }

    /// <summary>Comma-separated node names; null with <see cref="All"/>.</summary>
    public string? Nodes { get; init; }

    public bool All { get; init; }

    public required string Profile { get; init; }

    /// <summary>Measurement time per node (a duration such as 60s); null for the profile's.</summary>
    public string? Budget { get; init; }

    /// <summary>The store option; <see cref="Configuration.Site.StoreArgument"/> decides when null.</summary>
    public string? Store { get; init; }

    /// <summary>The campaign id; null for the UTC time.</summary>
    public string? CampaignId { get; init; }

    /// <summary>How nodes start calibrate: the program and its leading arguments (e.g. dotnet /opt/calibrate/calibrate.dll).</summary>
    public required IReadOnlyList<string> Calibrate { get; init; }

    /// <summary>The jobs' working directory; null for results/campaigns/ID.</summary>
    public string? WorkingDirectory { get; init; }

    public IReadOnlyList<string> SchedulerArguments { get; init; } = [];

    public bool DryRun { get; init; }
}
