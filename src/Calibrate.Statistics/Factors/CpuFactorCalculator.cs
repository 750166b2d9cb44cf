namespace Calibrate.Statistics.Factors;

/// <summary>
/// factor = (HS06 / slots) / referenceHs06PerSlot. LSF's CPUFACTOR (lsf.shared HostModel) is a float; two decimals
/// (MidpointRounding.AwayFromZero) keep it readable while a 0.5% step is below the measurement precision. The bucket is
/// round(factor / step) · step, away from zero at the midpoint, so hosts within ±step/2 share one host model.
/// </summary>
/// <remarks>LSF CPU factor semantics: IBM Spectrum LSF configuration reference, lsf.shared HostModel section (see research/anchors_benchmarks.md §5).</remarks>
public static class CpuFactorCalculator
{
    public const int LsfDecimals = 2;

    /// <summary>Default host-model bucket width.</summary>
    public const double DefaultBucketStep = 0.05;

    public static CpuFactor Compute(double hs06, int slots, double referenceHs06PerSlot, double bucketStep = DefaultBucketStep)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(hs06);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slots);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(referenceHs06PerSlot);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bucketStep);
        var perSlot = hs06 / slots;
        var factor = perSlot / referenceHs06PerSlot;
        var bucket = Math.Round(Math.Round(factor / bucketStep, MidpointRounding.AwayFromZero) * bucketStep, 10);
        return new CpuFactor(
            factor,
            Math.Round(factor, LsfDecimals, MidpointRounding.AwayFromZero),
            bucket,
            bucketStep,
            perSlot,
            referenceHs06PerSlot,
            slots);
    }
}
