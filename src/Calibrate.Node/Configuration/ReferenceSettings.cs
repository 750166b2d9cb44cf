using Calibrate.Core.Factors;

namespace Calibrate.Node.Configuration;

/// <summary>`reference:`: what the estimate and the CPU factor are computed with.</summary>
public sealed record ReferenceSettings
{
    /// <summary>`unit`: the site's accounting unit, HS23 or HS06; null for $CALIBRATE_UNIT or HS23.</summary>
    public AccountingUnit? Unit { get; init; }

    /// <summary>
    /// `per_slot` (before units: `hs06_per_slot`): the site's factor-1.0 figure per slot, in its unit; null for
    /// $CALIBRATE_REFERENCE_PER_SLOT or 10.
    /// </summary>
    public double? PerSlot { get; init; }

    /// <summary>`bucket_step`: the width of the host-model buckets; null for $CALIBRATE_BUCKET_STEP or 0.1.</summary>
    public double? BucketStep { get; init; }

    /// <summary>`model_dir`: the calibration models (current-hs23.json, current-hs06.json); null for $CALIBRATE_MODEL_DIR or results/models.</summary>
    public string? ModelDirectory { get; init; }
}
