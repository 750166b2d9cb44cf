using Calibrate.Core.Factors;

namespace Calibrate.Core.Results;

/// <summary>
/// A node's HS06 estimate and CPU factor, computed once (Hs06Estimator.Estimate) when the result is analysed and
/// stored with it. The stored members are the prediction and the settings it was made with; everything else (per
/// slot, the factor with its interval, the LSF value, the bucket) is derived here by <see cref="CpuFactorRules"/>, so
/// every command and pusher shows and publishes the same figures.
/// </summary>
public sealed record Estimate
{
    public required double Hs06 { get; init; }

    /// <summary>Prediction interval, combining the model's and the measurement's uncertainty.</summary>
    public required double Hs06Low { get; init; }

    public required double Hs06High { get; init; }

    public required double Level { get; init; }

    /// <summary>Job slots the HS06 is divided over for the CPU factor (default: copies measured).</summary>
    public required int Slots { get; init; }

    public required double ReferenceHs06PerSlot { get; init; }

    /// <summary>The host-model bucket width (results stored before it was recorded were bucketed by the default).</summary>
    public double BucketStep { get; init; } = CpuFactorRules.DefaultBucketStep;

    public required string ModelId { get; init; }

    /// <summary>True while the model is the shipped provisional one, not a site's own fit.</summary>
    public required bool ModelProvisional { get; init; }

    /// <summary>The score evidence the prediction was made from (null for estimates stored before it was recorded).</summary>
    public EstimateBasis? Basis { get; init; }

    public double Hs06PerSlot => Hs06 / Slots;

    /// <summary>HS06 per slot / the reference HS06 per slot of the site's factor-1.0 model.</summary>
    public double CpuFactor => CpuFactorRules.Factor(Hs06, Slots, ReferenceHs06PerSlot);

    public double CpuFactorLow => CpuFactorRules.Factor(Hs06Low, Slots, ReferenceHs06PerSlot);

    public double CpuFactorHigh => CpuFactorRules.Factor(Hs06High, Slots, ReferenceHs06PerSlot);

    /// <summary>The LSF-ready CPUFACTOR (two decimals).</summary>
    public double LsfFactor => CpuFactorRules.Lsf(CpuFactor);

    /// <summary>The host-model bucket the factor falls into (LSF model HS06_&lt;bucket&gt;).</summary>
    public double Bucket => CpuFactorRules.Bucket(CpuFactor, BucketStep);

    /// <summary>The same prediction divided over other slots, against another reference or bucketed by another step.</summary>
    public Estimate With(int? slots = null, double? referenceHs06PerSlot = null, double? bucketStep = null) => this with
    {
        Slots = slots ?? Slots,
        ReferenceHs06PerSlot = referenceHs06PerSlot ?? ReferenceHs06PerSlot,
        BucketStep = bucketStep ?? BucketStep,
    };
}
