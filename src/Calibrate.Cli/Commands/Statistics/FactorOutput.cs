using Calibrate.Statistics.Factors;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>
/// A node's HS06 estimate and CPU factor from one stored result and the current model: the prediction interval of
/// HS06, the factor with the same interval divided by slots and reference, the LSF-ready value and the bucket.
/// </summary>
public sealed record FactorOutput
{
    public required Guid ResultId { get; init; }

    public required string Hostname { get; init; }

    public string? Label { get; init; }

    public required DateTimeOffset StartedUtc { get; init; }

    public required int Copies { get; init; }

    public required double NodeScore { get; init; }

    public double? ScoreLow { get; init; }

    public double? ScoreHigh { get; init; }

    public required bool Disturbed { get; init; }

    public required string ModelId { get; init; }

    public required bool ModelProvisional { get; init; }

    public required string ModelDescription { get; init; }

    public required double Level { get; init; }

    public required double Hs06 { get; init; }

    public required double Hs06Low { get; init; }

    public required double Hs06High { get; init; }

    public required CpuFactor Factor { get; init; }

    public required double FactorLow { get; init; }

    public required double FactorHigh { get; init; }

    /// <summary>True when --slots set the slot count; false when it is the copies measured.</summary>
    public required bool SlotsGiven { get; init; }
}
