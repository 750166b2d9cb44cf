namespace Calibrate.Reports.Plotting;

/// <summary>One vertical slice of a band: at X, from Low to High.</summary>
public sealed record BandPoint(double X, double Low, double High);
