using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Svg;

/// <summary>Draws each kind of series in the plot area.</summary>
public static class SeriesPainter
{
    private const double CapHalfWidth = 4, PointLabelSize = 10, CellTextSize = 11;

    public static void Draw(SvgCanvas canvas, PlotFrame frame, Series series, ColorScale? scale)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(frame);
        switch (series)
        {
            case BandSeries band:
                DrawBand(canvas, frame, band);
                break;
            case HeatMapSeries heat:
                DrawHeatMap(canvas, frame, heat, scale);
                break;
            case BoxSeries box:
                DrawBoxes(canvas, frame, box);
                break;
            case BarSeries bars:
                DrawBars(canvas, frame, bars);
                break;
            case LineSeries line:
                canvas.Path([.. line.Points.Select(p => (frame.PixelX(p.X), frame.PixelY(p.Y)))], line.Color, width: 2, dash: line.Dashed ? "6 4" : null);
                break;
            case PointSeries points:
                DrawPoints(canvas, frame, points);
                break;
            default:
                throw new NotSupportedException($"No painter for {series?.GetType().Name}.");
        }
    }

    /// <summary>Labels next to points, after everything else is placed: right or left, above or below, or not at all.</summary>
    public static void DrawPointLabels(SvgCanvas canvas, PlotFrame frame, IReadOnlyList<Series> series)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(series);
        foreach (var points in series.OfType<PointSeries>())
        {
            if (points.LabelsClearOfData)
            {
                ClearLabelPainter.Draw(canvas, frame, points, series);
                continue;
            }

            foreach (var p in points.Points.Where(p => p.Label is not null))
            {
                var (x, y) = (frame.PixelX(p.X), frame.PixelY(p.Y));
                var d = points.Size + 3;
                var text = p.Label!;
                var s = PointLabelSize;
                canvas.TryTextAt(text, PointLabelSize, "#333333",
                    (x + d, y - d, TextAnchor.Start),
                    (x + d, y + d + s, TextAnchor.Start),
                    (x - d, y - d, TextAnchor.End),
                    (x - d, y + d + s, TextAnchor.End));
            }
        }
    }

    private static void DrawBand(SvgCanvas canvas, PlotFrame frame, BandSeries band)
    {
        var upper = band.Points.Select(p => (frame.PixelX(p.X), frame.PixelY(p.High)));
        var lower = band.Points.Reverse().Select(p => (frame.PixelX(p.X), frame.PixelY(p.Low)));
        canvas.Path([.. upper, .. lower], null, band.Color, band.Opacity, close: true);
    }

    private static void DrawHeatMap(SvgCanvas canvas, PlotFrame frame, HeatMapSeries heat, ColorScale? scale)
    {
        var w = frame.CategoryWidth;
        var h = frame.CategoryHeight;
        foreach (var cell in heat.Cells)
        {
            var fill = scale?.ColorOf(cell.Value) ?? heat.Color;
            var x = frame.PixelX(cell.Column - 0.5);
            var y = frame.PixelY(cell.Row + 0.5);
            canvas.Rect(x, y, w, h, fill, "#FFFFFF");
            if (TextMetrics.Width(cell.Text, CellTextSize) <= w - 4 && CellTextSize * 1.1 <= h - 2)
            {
                canvas.TryText(x + (w / 2), y + (h / 2) + (CellTextSize * 0.35), cell.Text, CellTextSize, TextAnchor.Middle, Contrast.TextOn(fill));
            }
        }
    }

    private static void DrawBoxes(SvgCanvas canvas, PlotFrame frame, BoxSeries series)
    {
        var half = frame.CategoryWidth * 0.3;
        foreach (var b in series.Boxes)
        {
            var x = frame.PixelX(b.X);
            canvas.Line(x, frame.PixelY(b.WhiskerLow), x, frame.PixelY(b.Q1), series.Color, 1.5);
            canvas.Line(x, frame.PixelY(b.Q3), x, frame.PixelY(b.WhiskerHigh), series.Color, 1.5);
            canvas.Line(x - (half / 2), frame.PixelY(b.WhiskerLow), x + (half / 2), frame.PixelY(b.WhiskerLow), series.Color, 1.5);
            canvas.Line(x - (half / 2), frame.PixelY(b.WhiskerHigh), x + (half / 2), frame.PixelY(b.WhiskerHigh), series.Color, 1.5);
            canvas.Rect(x - half, frame.PixelY(b.Q3), 2 * half, frame.PixelY(b.Q1) - frame.PixelY(b.Q3), series.Color, series.Color, 0.18);
            canvas.Line(x - half, frame.PixelY(b.Median), x + half, frame.PixelY(b.Median), series.Color, 3);
        }
    }

    private static void DrawBars(SvgCanvas canvas, PlotFrame frame, BarSeries series)
    {
        var group = frame.CategoryWidth * 0.8;
        var width = group / Math.Max(series.Slots, 1);
        foreach (var bar in series.Bars)
        {
            var x0 = frame.PixelX(bar.X) - (group / 2) + (series.Slot * width);
            var y0 = frame.PixelY(series.BaseValue);
            var y1 = frame.PixelY(bar.Y);
            canvas.Rect(x0 + 1, Math.Min(y0, y1), width - 2, Math.Abs(y1 - y0), series.Color);
            ErrorBar(canvas, frame, x0 + (width / 2), bar, Palette.Black);
        }
    }

    private static void DrawPoints(SvgCanvas canvas, PlotFrame frame, PointSeries series)
    {
        if (series.Connect)
        {
            canvas.Path([.. series.Points.OrderBy(p => p.X).Select(p => (frame.PixelX(p.X), frame.PixelY(p.Y)))], series.Color, width: 1.5);
        }

        foreach (var p in series.Points)
        {
            var x = frame.PixelX(p.X);
            var color = p.Highlight && series.HighlightColor is not null ? series.HighlightColor : series.Color;
            ErrorBar(canvas, frame, x, p, color);
            MarkerPainter.Draw(canvas, series.Marker, x, frame.PixelY(p.Y), p.Highlight ? series.Size * 1.4 : series.Size, color);
        }
    }

    private static void ErrorBar(SvgCanvas canvas, PlotFrame frame, double x, DataPoint p, string color)
    {
        if (p.Low is not { } low || p.High is not { } high)
        {
            return;
        }

        var (yl, yh) = (frame.PixelY(low), frame.PixelY(high));
        canvas.Line(x, yl, x, yh, color, 1.5);
        canvas.Line(x - CapHalfWidth, yl, x + CapHalfWidth, yl, color, 1.5);
        canvas.Line(x - CapHalfWidth, yh, x + CapHalfWidth, yh, color, 1.5);
    }
}
