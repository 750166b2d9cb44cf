using Calibrate.Core.Factors;

namespace Calibrate.Core.Results;

/// <summary>
/// What was known of the node before it was measured, for the whole node at the estimate's level and in the estimate's
/// unit: from the public HEPiX HS23 table (by CPU model, SMT state and logical CPUs), or from this site's own results of
/// the same CPU model and layout once there are enough. Stored with the estimate, so the pushers' plausibility gate and
/// every command read the same prior.
/// </summary>
public sealed record EstimatePrior
{
    public required double Value { get; init; }

    public required double Low { get; init; }

    public required double High { get; init; }

    /// <summary>The logical CPUs the whole-node figure counts (the figure per logical CPU times these).</summary>
    public required int LogicalCpus { get; init; }

    /// <summary>Its relative standard deviation, on the log scale, as stated by its source (the table's leave-one-site-out error, VM term included).</summary>
    public required double RelativeSd { get; init; }

    /// <summary>Degrees of freedom of that SD; null when unbounded.</summary>
    public double? DegreesOfFreedom { get; init; }

    /// <summary>The unit the source states (HS23 for the table); figures carried 1:1 into the estimate's unit when they differ.</summary>
    public required AccountingUnit SourceUnit { get; init; }

    /// <summary>Where it comes from, in words.</summary>
    public required string Source { get; init; }

    public double PerLogicalCpu => Value / LogicalCpus;
}
