namespace Calibrate.Reports.Charts;

/// <summary>Units and wording shared by the charts, so axes say the same thing everywhere.</summary>
public static class ChartText
{
    /// <summary>Calibrate's score is HS06-like: reference time over measured time, geometric mean over kernels.</summary>
    public const string ScoreUnit = "Calibrate units";

    public const string Interval = "95% interval";
}
