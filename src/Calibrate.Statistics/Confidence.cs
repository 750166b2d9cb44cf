namespace Calibrate.Statistics;

/// <summary>The confidence level of every interval Calibrate computes, prints, stores and publishes.</summary>
public static class Confidence
{
    /// <summary>95%: the level of the HEPiX tables' and SPEC's reporting, and of every figure in the README.</summary>
    public const double Level = 0.95;
}
