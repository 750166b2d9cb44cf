namespace Calibrate.Reports.Plotting;

/// <summary>
/// A mark that explains the data: a horizontal line at Y (the baseline's mean) or a vertical line at X (the knee, the
/// optimal copy count). Lines carry their own label, placed inside the plot area where it is free, so the legend
/// stays short and no label can reach into the legend.
/// </summary>
public sealed record Annotation(AnnotationKind Kind, double X, double Y, string Text, string Color)
{
    public static Annotation Horizontal(double y, string text, string color) => new(AnnotationKind.HorizontalLine, 0, y, text, color);

    public static Annotation Vertical(double x, string text, string color) => new(AnnotationKind.VerticalLine, x, 0, text, color);
}
