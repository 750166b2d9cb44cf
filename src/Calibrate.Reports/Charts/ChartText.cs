namespace Calibrate.Reports.Charts;

/// <summary>Units and wording shared by the charts, so axes say the same thing everywhere.</summary>
public static class ChartText
{
    /// <summary>
    /// The unit of Calibrate's scores: dimensionless and HS06-like (reference time over measured time, geometric mean over
    /// kernels), but not HS06; named on every score axis so that no axis of Calibrate's own score reads as HS06 or HS23.
    /// </summary>
    public const string ScoreUnit = "Calibrate score";

    public const string Interval = "95% interval";
}
