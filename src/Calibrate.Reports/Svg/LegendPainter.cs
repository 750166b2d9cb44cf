using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Svg;

/// <summary>
/// The legend, right of the plot: one entry per named series with its marker or line, then (for a heat map) a colour
/// key with the values at its ends and midpoint. Right-hand placement keeps it off the data whatever the data do.
/// </summary>
public static class LegendPainter
{
    public const double FontSize = 12;

    private const double Swatch = 22, RowHeight = 20, KeyHeight = 120;

    private static double MaxWidth(double canvasWidth) => canvasWidth * 0.24;

    public static double Width(Figure figure, double canvasWidth)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (!figure.Legend.Visible)
        {
            return 0;
        }

        var names = Entries(figure).Select(s => s.Name!).ToList();
        if (figure.Legend.Title is { } title)
        {
            names.Add(title);
        }

        if (figure.ColorScale is { } scale)
        {
            names.Add(scale.Title);
        }

        if (names.Count == 0)
        {
            return 0;
        }

        var widest = names.Max(n => TextMetrics.Width(n, FontSize)) + Swatch + 8;
        return Math.Min(widest, MaxWidth(canvasWidth)) + 16;
    }

    public static void Draw(SvgCanvas canvas, Figure figure, double left, double top)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(figure);
        if (!figure.Legend.Visible)
        {
            return;
        }

        var textWidth = MaxWidth(canvas.Width) - Swatch - 8;
        var y = top + FontSize;
        if (figure.Legend.Title is { } title)
        {
            canvas.TryText(left, y, TextMetrics.Truncate(title, FontSize, textWidth + Swatch + 8), FontSize, TextAnchor.Start, bold: true);
            y += RowHeight;
        }

        foreach (var series in Entries(figure))
        {
            if (y > canvas.Height - RowHeight)
            {
                break;
            }

            DrawSwatch(canvas, series, left, y - (FontSize * 0.35));
            canvas.TryText(left + Swatch + 6, y, TextMetrics.Truncate(series.Name!, FontSize, textWidth), FontSize, TextAnchor.Start);
            y += RowHeight;
        }

        if (figure.ColorScale is { } scale)
        {
            DrawKey(canvas, scale, left, y + 6, textWidth);
        }
    }

    private static IEnumerable<Series> Entries(Figure figure) => figure.Series.Where(s => s.Name is not null);

    private static void DrawSwatch(SvgCanvas canvas, Series series, double x, double y)
    {
        switch (series)
        {
            case PointSeries p:
                if (p.Connect || p.Points.Any(q => q.Low is not null))
                {
                    canvas.Line(x, y, x + Swatch, y, p.Color, 1.5);
                }

                MarkerPainter.Draw(canvas, p.Marker, x + (Swatch / 2), y, PointSeries.DefaultSize, p.Color);
                break;
            case LineSeries l:
                canvas.Line(x, y, x + Swatch, y, l.Color, 2, l.Dashed ? "6 4" : null);
                break;
            case BandSeries b:
                canvas.Rect(x, y - 6, Swatch, 12, b.Color, null, Math.Max(b.Opacity, 0.3));
                break;
            default:
                canvas.Rect(x, y - 6, Swatch, 12, series.Color, null, 0.6);
                break;
        }
    }

    private static void DrawKey(SvgCanvas canvas, ColorScale scale, double x, double top, double textWidth)
    {
        canvas.TryText(x, top + FontSize, TextMetrics.Truncate(scale.Title, FontSize, textWidth + Swatch), FontSize, TextAnchor.Start);
        var y0 = top + FontSize + 14;
        const int Steps = 24;
        for (var i = 0; i < Steps; i++)
        {
            // Top of the key is the maximum, as on a vertical axis.
            var value = scale.Max - ((scale.Max - scale.Min) * (i + 0.5) / Steps);
            canvas.Rect(x, y0 + (i * KeyHeight / Steps), Swatch, (KeyHeight / Steps) + 0.5, scale.ColorOf(value));
        }

        canvas.Rect(x, y0, Swatch, KeyHeight, "none", AxisPainter.AxisColor);
        foreach (var (value, at) in new[] { (scale.Max, 0.0), (scale.Mid, (scale.Max - scale.Mid) / (scale.Max - scale.Min)), (scale.Min, 1.0) })
        {
            var y = y0 + (at * KeyHeight);
            canvas.TryText(x + Swatch + 6, y + (FontSize * 0.35), ValueFormat.Ratio(value), FontSize, TextAnchor.Start);
        }
    }
}
