namespace Calibrate.Reports.Charts;

/// <summary>
/// Input of chart 4: a kernel's mean score under a label over its mean under the baseline (1 = no change), with an
/// optional 95% interval.
/// </summary>
public sealed record KernelRatioPoint(string Kernel, string Label, double Ratio)
{
    public double? Low { get; init; }

    public double? High { get; init; }
}
