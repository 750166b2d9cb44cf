namespace Calibrate.Reports.Plotting;

/// <summary>A reference line across the plot (baseline, knee, optimum) or a text at a point.</summary>
public enum AnnotationKind
{
    HorizontalLine,
    VerticalLine,
    Text,
}
