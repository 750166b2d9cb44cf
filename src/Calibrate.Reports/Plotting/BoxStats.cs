namespace Calibrate.Reports.Plotting;

/// <summary>A Tukey box at category X: quartiles, median and whiskers (the furthest data within 1.5 IQR).</summary>
public sealed record BoxStats(double X, double Q1, double Median, double Q3, double WhiskerLow, double WhiskerHigh, int N);
