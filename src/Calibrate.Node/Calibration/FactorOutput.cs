using Calibrate.Core.Factors;
using Calibrate.Core.Results;

namespace Calibrate.Node.Calibration;

/// <summary>
/// A node's estimate and CPU factor as `calibrate factor` shows them: the result it belongs to, and the figures of
/// its one <see cref="Estimate"/> (the whole node's figure in its unit with its prediction interval, the factor with the same interval, the LSF-ready
/// value and the bucket), so the JSON carries exactly what the pushers publish.
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

    /// <summary>The node score's interval as a statement about the node (this run's interval and the run-to-run term), from the estimate's basis.</summary>
    public double? NodeScoreLow { get; init; }

    public double? NodeScoreHigh { get; init; }

    /// <summary>The run-to-run term of that interval (relative standard deviation) and where it came from.</summary>
    public double? RunToRun { get; init; }

    public string? RunToRunSource { get; init; }

    public required bool Disturbed { get; init; }

    public required string ModelId { get; init; }

    public required bool ModelProvisional { get; init; }

    public required string ModelDescription { get; init; }

    /// <summary>How the estimate came about: stored with the result, or estimated now (no estimate was stored).</summary>
    public required string EstimateSource { get; init; }

    public required double Level { get; init; }

    /// <summary>The whole node's figure, in <see cref="Unit"/>.</summary>
    public required double Value { get; init; }

    public required AccountingUnit Unit { get; init; }

    public required double Low { get; init; }

    public required double High { get; init; }

    public required FactorFigures Factor { get; init; }

    /// <summary>The measurement's figure, the prior and how they were combined (see <see cref="Estimate"/>).</summary>
    public FigureInterval? Measurement { get; init; }

    public EstimatePrior? Prior { get; init; }

    public string? Combination { get; init; }

    public string? PriorNote { get; init; }

    public required double FactorLow { get; init; }

    public required double FactorHigh { get; init; }

    /// <summary>True when --slots set the slot count; false when it is the copies measured.</summary>
    public required bool SlotsGiven { get; init; }

    public static FactorOutput From(RunResult result, Estimate estimate, string modelDescription, string source, bool slotsGiven)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(estimate);
        return new FactorOutput
        {
            ResultId = result.Id,
            Hostname = result.Hostname,
            Label = result.Label,
            StartedUtc = result.StartedUtc,
            Copies = result.Copies.Count,
            NodeScore = result.NodeScore,
            ScoreLow = result.ScoreInterval?.Low,
            ScoreHigh = result.ScoreInterval?.High,
            NodeScoreLow = estimate.Basis?.NodeScoreLow,
            NodeScoreHigh = estimate.Basis?.NodeScoreHigh,
            RunToRun = estimate.Basis?.RunToRun,
            RunToRunSource = estimate.Basis?.RunToRunSource,
            Disturbed = result.Disturbed,
            ModelId = estimate.ModelId,
            ModelProvisional = estimate.ModelProvisional,
            ModelDescription = modelDescription,
            EstimateSource = source,
            Level = estimate.Level,
            Value = estimate.Value,
            Unit = estimate.Unit,
            Low = estimate.Low,
            High = estimate.High,
            Factor = new FactorFigures(estimate.CpuFactor, estimate.LsfFactor, estimate.Bucket, estimate.BucketStep, estimate.ValuePerSlot, estimate.ReferencePerSlot, estimate.Slots),
            FactorLow = estimate.CpuFactorLow,
            FactorHigh = estimate.CpuFactorHigh,
            SlotsGiven = slotsGiven,
            Measurement = estimate.Measurement,
            Prior = estimate.Prior,
            Combination = estimate.Combination,
            PriorNote = estimate.PriorNote,
        };
    }
}
