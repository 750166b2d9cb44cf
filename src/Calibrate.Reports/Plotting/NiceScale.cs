namespace Calibrate.Reports.Plotting;

/// <summary>The result of <see cref="NiceTicks.Compute"/>: nice bounds, the step, and the labelled ticks.</summary>
public sealed record NiceScale(double Min, double Max, double Step, IReadOnlyList<Tick> Ticks);
