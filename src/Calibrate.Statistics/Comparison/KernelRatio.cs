namespace Calibrate.Statistics.Comparison;

/// <summary>A kernel's mean score under a label over its mean under the baseline.</summary>
public sealed record KernelRatio(string Kernel, double Ratio);
