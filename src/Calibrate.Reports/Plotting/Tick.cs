namespace Calibrate.Reports.Plotting;

/// <summary>A tick at a data value with its label, already formatted under the invariant culture.</summary>
public sealed record Tick(double Value, string Label);
