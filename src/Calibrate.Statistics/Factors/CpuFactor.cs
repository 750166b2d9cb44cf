namespace Calibrate.Statistics.Factors;

/// <summary>
/// A node's CPU factor: (HS06 / slots) / reference HS06 per slot; the LSF-ready value rounded to
/// <see cref="CpuFactorCalculator.LsfDecimals"/> decimals; and the host-model bucket, the factor rounded to the nearest
/// multiple of <see cref="BucketStep"/> (pushers name the model from it, e.g. HS06_12_5).
/// </summary>
public sealed record CpuFactor(
    double Factor,
    double LsfFactor,
    double Bucket,
    double BucketStep,
    double Hs06PerSlot,
    double ReferenceHs06PerSlot,
    int Slots);
