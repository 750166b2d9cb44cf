using System.Text.Json.Serialization;
using Calibrate.Core.Factors;

namespace Calibrate.Core.Results;

/// <summary>
/// A node's estimate in the site's accounting unit and its CPU factor, computed once (NodeEstimator.Estimate) when the
/// result is analysed and stored with it. The stored members are the prediction, its unit and the settings it was made
/// with; everything else (per slot, the factor with its interval, the LSF value, the bucket) is derived here by
/// <see cref="CpuFactorRules"/>, so every command and pusher shows and publishes the same figures.
/// </summary>
/// <remarks>
/// Estimates stored before units were recorded were HS06 and named their fields hs06, hs06Low, hs06High and
/// referenceHs06PerSlot; they read back as such.
/// </remarks>
public sealed record Estimate
{
    // Value, Low, High and ReferencePerSlot are not `required`: JSON stored before units has them under their legacy
    // names (below), and System.Text.Json would refuse a document that lacks a required member's current name.

    /// <summary>
    /// The whole node's figure, in <see cref="Unit"/>: the one every command shows and every pusher publishes. The
    /// measurement and the prior combined where both exist and agree (<see cref="Combination"/>), else the measurement's.
    /// </summary>
    public double Value { get; init; }

    /// <summary>Prediction interval, combining the model's and the measurement's uncertainty.</summary>
    public double Low { get; init; }

    public double High { get; init; }

    public AccountingUnit Unit { get; init; } = AccountingUnit.HS06;

    public required double Level { get; init; }

    /// <summary>Job slots the figure is divided over for the CPU factor (default: copies measured).</summary>
    public required int Slots { get; init; }

    /// <summary>The site's factor-1.0 figure per slot, in <see cref="Unit"/>.</summary>
    public double ReferencePerSlot { get; init; }

    /// <summary>The host-model bucket width (results stored before it was recorded were bucketed by the default).</summary>
    public double BucketStep { get; init; } = CpuFactorRules.DefaultBucketStep;

    public required string ModelId { get; init; }

    /// <summary>True while the model is the shipped provisional one, not a site's own fit.</summary>
    public required bool ModelProvisional { get; init; }

    /// <summary>The score evidence the prediction was made from (null for estimates stored before it was recorded).</summary>
    public EstimateBasis? Basis { get; init; }

    public double ValuePerSlot => Value / Slots;

    /// <summary>Figure per slot / the site's factor-1.0 figure per slot.</summary>
    public double CpuFactor => CpuFactorRules.Factor(Value, Slots, ReferencePerSlot);

    public double CpuFactorLow => CpuFactorRules.Factor(Low, Slots, ReferencePerSlot);

    public double CpuFactorHigh => CpuFactorRules.Factor(High, Slots, ReferencePerSlot);

    /// <summary>The LSF-ready CPUFACTOR (two decimals).</summary>
    public double LsfFactor => CpuFactorRules.Lsf(CpuFactor);

    /// <summary>The host-model bucket the factor falls into (LSF model HS06_&lt;bucket&gt;).</summary>
    public double Bucket => CpuFactorRules.Bucket(CpuFactor, BucketStep);

    [JsonPropertyName("hs06")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonInclude]
    public double? LegacyHs06 { get => null; init => Value = value ?? Value; }

    [JsonPropertyName("hs06Low")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonInclude]
    public double? LegacyHs06Low { get => null; init => Low = value ?? Low; }

    [JsonPropertyName("hs06High")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonInclude]
    public double? LegacyHs06High { get => null; init => High = value ?? High; }

    [JsonPropertyName("referenceHs06PerSlot")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonInclude]
    public double? LegacyReferenceHs06PerSlot { get => null; init => ReferencePerSlot = value ?? ReferencePerSlot; }

    /// <summary>
    /// The figure from the measurement alone (calibration model x node score, its prediction interval); null in
    /// estimates stored before priors, whose Value is that figure.
    /// </summary>
    public FigureInterval? Measurement { get; init; }

    /// <summary>The prior, when the node has one (see <see cref="PriorNote"/> when it has none).</summary>
    public EstimatePrior? Prior { get; init; }

    /// <summary>
    /// How <see cref="Value"/> was formed from the measurement and the prior ("inverse-variance on the log scale,
    /// measurement 31%, prior 69%"); null when Value is the measurement's figure alone.
    /// </summary>
    public string? Combination { get; init; }

    /// <summary>Why there is no prior, or why it was not combined; null when it was.</summary>
    public string? PriorNote { get; init; }

    /// <summary>The same prediction divided over other slots, against another reference or bucketed by another step.</summary>
    public Estimate With(int? slots = null, double? referencePerSlot = null, double? bucketStep = null) => this with
    {
        Slots = slots ?? Slots,
        ReferencePerSlot = referencePerSlot ?? ReferencePerSlot,
        BucketStep = bucketStep ?? BucketStep,
    };
}
