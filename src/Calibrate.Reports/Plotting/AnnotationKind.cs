namespace Calibrate.Reports.Plotting;

/// <summary>A reference line across the plot: horizontal (a baseline, a median) or vertical (a knee, an optimum).</summary>
public enum AnnotationKind
{
    HorizontalLine,
    VerticalLine,
}
