namespace Calibrate.Reports.Plotting;

/// <summary>A line through points, e.g. a fit or the ideal linear scaling; dashed for references rather than data.</summary>
public sealed record LineSeries : Series
{
    public required IReadOnlyList<DataPoint> Points { get; init; }

    public bool Dashed { get; init; }
}
