using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Svg;

/// <summary>Reference lines (dashed, so they do not read as data) and their labels, placed where they are free.</summary>
public static class AnnotationPainter
{
    public const double FontSize = 11;

    public static void Draw(SvgCanvas canvas, PlotFrame frame, IReadOnlyList<Annotation> annotations)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(annotations);
        var s = FontSize;
        foreach (var a in annotations)
        {
            switch (a.Kind)
            {
                case AnnotationKind.HorizontalLine when frame.ContainsY(a.Y):
                    var y = frame.PixelY(a.Y);
                    canvas.Line(frame.Left, y, frame.Right, y, a.Color, 1.5, "5 4");
                    canvas.TryTextAt(a.Text, s, a.Color,
                        (frame.Right - 4, y - 4, TextAnchor.End),
                        (frame.Right - 4, y + s + 2, TextAnchor.End),
                        (frame.Left + 4, y - 4, TextAnchor.Start),
                        (frame.Left + 4, y + s + 2, TextAnchor.Start));
                    break;
                case AnnotationKind.VerticalLine when frame.ContainsX(a.X):
                    var x = frame.PixelX(a.X);
                    canvas.Line(x, frame.Top, x, frame.Bottom, a.Color, 1.5, "5 4");
                    var candidates = new List<(double, double, TextAnchor)>();
                    for (var row = 1; row <= 4; row++)
                    {
                        candidates.Add((x + 4, frame.Top + (row * (s + 3)), TextAnchor.Start));
                        candidates.Add((x - 4, frame.Top + (row * (s + 3)), TextAnchor.End));
                    }

                    canvas.TryTextAt(a.Text, s, a.Color, [.. candidates]);
                    break;
                case AnnotationKind.Text when frame.ContainsX(a.X) && frame.ContainsY(a.Y):
                    var (tx, ty) = (frame.PixelX(a.X), frame.PixelY(a.Y));
                    canvas.TryTextAt(a.Text, s, a.Color,
                        (tx + 6, ty - 6, TextAnchor.Start),
                        (tx - 6, ty - 6, TextAnchor.End),
                        (tx + 6, ty + s + 4, TextAnchor.Start),
                        (tx - 6, ty + s + 4, TextAnchor.End));
                    break;
                default:
                    // Outside the axes' range: drawing it would put it over the margins.
                    break;
            }
        }
    }
}
