using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Layout;

/// <summary>
/// Places the labels that belong inside the plot area, in pixels, before ScottPlot draws them: first the reference
/// lines' labels (they explain the chart), then heat-map cell values, then point labels. Each goes to the first free
/// candidate position wholly inside the plot area (<see cref="LabelPlacer"/>), so none overlaps another, the axes,
/// the titles or the legend, which all lie outside it.
/// </summary>
public static class InPlotLabels
{
    public const double AnnotationSize = 11, PointLabelSize = 10, CellTextSize = 11;

    /// <summary>White halo around labels drawn over data; part of the label's box.</summary>
    public const double HaloPadding = 1.5;

    /// <summary>Point labels in dark grey: read as annotation, not as data.</summary>
    internal const string LabelColor = "#333333";

    public static InPlotLayout Place(Figure figure, PixelFrame frame, TextMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(measure);
        var placer = new LabelPlacer(frame);
        var labels = new List<PlacedLabel>();
        var leaders = new List<LeaderLine>();
        foreach (var annotation in figure.Annotations)
        {
            AddFirstFree(placer, labels, measure, annotation.Text, AnnotationSize, annotation.Color, AnnotationCandidates(annotation, frame));
        }

        foreach (var heat in figure.Series.OfType<HeatMapSeries>())
        {
            AddCells(placer, labels, measure, frame, heat, figure.ColorScale);
        }

        foreach (var points in figure.Series.OfType<PointSeries>())
        {
            if (points.LabelsClearOfData)
            {
                ClearLabels.Place(placer, labels, leaders, measure, frame, points, figure.Series);
                continue;
            }

            foreach (var p in points.Points.Where(p => p.Label is not null))
            {
                var (x, y, d) = (frame.PixelX(p.X), frame.PixelY(p.Y), points.Size + 3);
                AddFirstFree(placer, labels, measure, p.Label!, PointLabelSize, LabelColor,
                    [(x + d, y - d, 0, 1), (x + d, y + d, 0, 0), (x - d, y - d, 1, 1), (x - d, y + d, 1, 0)]);
            }
        }

        return new InPlotLayout(labels, leaders, placer.Dropped);
    }

    /// <summary>A label with a halo at the first free candidate (pixel, anchor fractions), or none (counted as dropped).</summary>
    internal static bool AddFirstFree(LabelPlacer placer, List<PlacedLabel> labels, TextMeasure measure, string text, double size, string color,
        IEnumerable<(double X, double Y, double AnchorX, double AnchorY)> candidates)
    {
        var (width, height) = (measure.Width(text, size) + (2 * HaloPadding), measure.Height(size) + (2 * HaloPadding));
        foreach (var (x, y, ax, ay) in candidates)
        {
            var box = TextBox.Anchored(text, x, y, width, height, ax, ay);
            if (placer.IsFree(box))
            {
                placer.Force(box);
                labels.Add(new PlacedLabel(text, x, y, ax, ay, size, color, Halo: true, box));
                return true;
            }
        }

        placer.NoteDropped();
        return false;
    }

    /// <summary>Along a horizontal line: right end above, below, then left end; along a vertical one: rows from the top, right then left.</summary>
    private static IEnumerable<(double, double, double, double)> AnnotationCandidates(Annotation a, PixelFrame frame)
    {
        const double Inset = 4;
        if (a.Kind == AnnotationKind.HorizontalLine && frame.ContainsY(a.Y))
        {
            var y = frame.PixelY(a.Y);
            return [(frame.Right - Inset, y - 2, 1, 1), (frame.Right - Inset, y + 2, 1, 0), (frame.Left + Inset, y - 2, 0, 1), (frame.Left + Inset, y + 2, 0, 0)];
        }

        if (a.Kind == AnnotationKind.VerticalLine && frame.ContainsX(a.X))
        {
            var x = frame.PixelX(a.X);
            var row = AnnotationSize * 1.6;
            return Enumerable.Range(0, 6).SelectMany(r => new[]
            {
                (x + Inset, frame.Top + Inset + (r * row), 0.0, 0.0),
                (x - Inset, frame.Top + Inset + (r * row), 1.0, 0.0),
            });
        }

        // Outside the axes' range: there is no line to label.
        return [];
    }

    /// <summary>The value in the middle of its cell, in black or white for contrast, where it fits the cell.</summary>
    private static void AddCells(LabelPlacer placer, List<PlacedLabel> labels, TextMeasure measure, PixelFrame frame, HeatMapSeries heat, ColorScale? scale)
    {
        var (w, h) = (frame.CategoryWidth, frame.CategoryHeight);
        var height = measure.Height(CellTextSize);
        foreach (var cell in heat.Cells)
        {
            var width = measure.Width(cell.Text, CellTextSize);
            if (width > w - 4 || height > h - 2)
            {
                placer.NoteDropped();
                continue;
            }

            var (x, y) = (frame.PixelX(cell.Column), frame.PixelY(cell.Row));
            var box = TextBox.Anchored(cell.Text, x, y, width, height, 0.5, 0.5);
            placer.Force(box);
            var fill = scale?.ColorOf(cell.Value) ?? heat.Color;
            labels.Add(new PlacedLabel(cell.Text, x, y, 0.5, 0.5, CellTextSize, Contrast.TextOn(fill), Halo: false, box));
        }
    }
}
