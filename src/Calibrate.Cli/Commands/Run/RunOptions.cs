using Calibrate.Core.Running;

namespace Calibrate.Cli.Commands.Run;

/// <summary>The validated options of `calibrate run`.</summary>
public sealed record RunOptions
{
    public required Profile Profile { get; init; }

    public int? Copies { get; init; }

    public required Pinning Pinning { get; init; }

    public string? Label { get; init; }

    public double? Precision { get; init; }

    public TimeSpan? Budget { get; init; }

    public bool Json { get; init; }

    public string? OutFile { get; init; }

    public string? Store { get; init; }

    /// <summary>HS06 per slot of the site's factor-1.0 model (default: see SiteReference).</summary>
    public double? ReferenceHs06PerSlot { get; init; }

    /// <summary>How long to wait for another calibrate measuring this node; zero refuses at once (<see cref="NodeLock"/>).</summary>
    public TimeSpan LockWait { get; init; }
}
