using Calibrate.Agent.Planning;
using Calibrate.Core.Probing;
using Calibrate.Core.Results;
using Calibrate.Core.Running;

namespace Calibrate.Agent.Running;

/// <summary>Everything the runner needs: the node, where each copy goes, the profile and when to stop.</summary>
public sealed record RunRequest
{
    public required NodeProbe Probe { get; init; }

    public required IReadOnlyList<CopyPlacement> Placements { get; init; }

    public required ProfileSettings Settings { get; init; }

    /// <summary>Kernel names, in catalog order.</summary>
    public required IReadOnlyList<string> Kernels { get; init; }

    public required IReadOnlyDictionary<string, double> ReferenceSeconds { get; init; }

    /// <summary>The pinning policy in its command-line form, recorded in the result.</summary>
    public required string Pinning { get; init; }

    public string? Label { get; init; }

    /// <summary>The measurement budget (the profile's unless --budget set one).</summary>
    public required TimeSpan Budget { get; init; }

    public double? PrecisionTarget { get; init; }

    public IStoppingRule? StoppingRule { get; init; }

    public required Provenance Provenance { get; init; }

    public required WorkerLaunch Launch { get; init; }
}
