namespace Calibrate.Core.Factors;

/// <summary>
/// What a site accounts in and what its CPU factors are relative to: the accounting unit (HS23 by default), the figure
/// per slot of its factor-1.0 host model in that unit, and the host-model bucket step. Resolved once per command
/// (option, configuration, environment, default) and stored with every estimate.
/// </summary>
public sealed record FactorSettings
{
    /// <summary>
    /// 10 per slot: a round figure in the range of the per-copy HS06 and per-CPU HS23 of the HEPiX tables
    /// (research/anchors_benchmarks.md), so factors read as "x times a 10-HS23 slot" until a site names its own.
    /// </summary>
    public const double DefaultReferencePerSlot = 10.0;

    public static FactorSettings Default { get; } = new();

    public AccountingUnit Unit { get; init; } = AccountingUnits.Default;

    public double ReferencePerSlot { get; init; } = DefaultReferencePerSlot;

    public double BucketStep { get; init; } = CpuFactorRules.DefaultBucketStep;
}
