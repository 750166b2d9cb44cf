namespace Calibrate.Node.Configuration;

/// <summary>`reference:`: what HS06 and the CPU factor are computed with.</summary>
public sealed record ReferenceSettings
{
    /// <summary>`hs06_per_slot`: the site's factor-1.0 HS06 per slot; null for $CALIBRATE_REFERENCE_HS06_PER_SLOT or 10.</summary>
    public double? Hs06PerSlot { get; init; }

    /// <summary>`bucket_step`: the width of the host-model buckets; null for $CALIBRATE_BUCKET_STEP or 0.1.</summary>
    public double? BucketStep { get; init; }

    /// <summary>`model_dir`: the calibration models (current.json); null for $CALIBRATE_MODEL_DIR or results/models.</summary>
    public string? ModelDirectory { get; init; }
}
