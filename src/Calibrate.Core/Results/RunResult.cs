using Calibrate.Core.Probing;
using Calibrate.Core.Quality;
using Calibrate.Core.Running;

namespace Calibrate.Core.Results;

/// <summary>
/// One measurement of one node: everything the runner produced, with provenance. Written as JSON (schema
/// <see cref="CurrentSchemaVersion"/>), stored, and read back by the statistics, the pushers and the reports.
/// </summary>
public sealed record RunResult
{
    public const int CurrentSchemaVersion = 2;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>A stable id: importing the same result twice keeps one row.</summary>
    public required Guid Id { get; init; }

    public required string Hostname { get; init; }

    public string? Label { get; init; }

    public required DateTimeOffset StartedUtc { get; init; }

    public required DateTimeOffset FinishedUtc { get; init; }

    public required NodeProbe Probe { get; init; }

    public required Provenance Provenance { get; init; }

    public required RunPlan Plan { get; init; }

    public required IReadOnlyList<CopyResult> Copies { get; init; }

    /// <summary>HS06-style node score: the sum over copies of each copy's geometric mean of kernel scores.</summary>
    public required double NodeScore { get; init; }

    /// <summary>The node score's confidence interval, where the statistics computed one.</summary>
    public ScoreInterval? ScoreInterval { get; init; }

    public required InterferenceSummary Interference { get; init; }

    public RunTiming? Timing { get; init; }

    /// <summary>The host's noise during the run (null for results measured before it was recorded).</summary>
    public NoiseSummary? Noise { get; init; }

    public IReadOnlyList<Conclusion> Conclusions { get; init; } = [];

    /// <summary>True when interference or quality analysis found the run unfit to publish.</summary>
    public bool Disturbed { get; init; }

    /// <summary>The HS06 estimate and CPU factor, where a calibration model was applied.</summary>
    public Estimate? Estimate { get; init; }
}
