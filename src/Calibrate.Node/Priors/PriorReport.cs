using Calibrate.Statistics.Priors;

namespace Calibrate.Node.Priors;

/// <summary>What `calibrate prior` shows: the node as probed and its prior from the public HS23 table, or why there is none.</summary>
public sealed record PriorReport
{
    public required string Hostname { get; init; }

    public required int Sockets { get; init; }

    public required int CoresPerSocket { get; init; }

    public required int ThreadsPerCore { get; init; }

    public required PriorOutcome Outcome { get; init; }
}
