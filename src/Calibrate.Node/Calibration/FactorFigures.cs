namespace Calibrate.Node.Calibration;

/// <summary>The CPU factor, its LSF-ready value and host-model bucket, and what it was divided by (the JSON `factor` object).</summary>
public sealed record FactorFigures(
    double Factor,
    double LsfFactor,
    double Bucket,
    double BucketStep,
    double ValuePerSlot,
    double ReferencePerSlot,
    int Slots);
