namespace Calibrate.Core.Factors;

/// <summary>
/// What a site's CPU factors are relative to and how they are bucketed: the HS06 per slot of its factor-1.0 host model
/// and the host-model bucket step. Resolved once per command (option, environment, configuration, default) and
/// stored with every estimate.
/// </summary>
public sealed record FactorSettings
{
    /// <summary>
    /// 10 HS06 per slot: a round figure in the range of the per-copy HS06 of the HEPiX tables
    /// (research/anchors_benchmarks.md), so factors read as "x times a 10-HS06 slot" until a site names its own.
    /// </summary>
    public const double DefaultReferenceHs06PerSlot = 10.0;

    public static FactorSettings Default { get; } = new();

    public double ReferenceHs06PerSlot { get; init; } = DefaultReferenceHs06PerSlot;

    public double BucketStep { get; init; } = CpuFactorRules.DefaultBucketStep;
}
