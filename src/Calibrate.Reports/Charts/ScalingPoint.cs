namespace Calibrate.Reports.Charts;

/// <summary>Input of chart 2 and of the sweep analysis: the node score at a copy count under a pinning policy, with its 95% interval.</summary>
public sealed record ScalingPoint(string Pinning, int Copies, double Score, double Low, double High);
