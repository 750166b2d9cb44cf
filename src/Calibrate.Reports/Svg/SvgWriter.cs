using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Svg;

/// <summary>
/// Lays out a <see cref="Figure"/> and writes it as a standalone SVG document: margins sized from the estimated width of
/// the labels, tick labels rotated, thinned or truncated so none overlaps (<see cref="TickLayout"/>), then the series,
/// the annotations and the legend, with every optional label placed only where it is free (<see cref="LabelPlacer"/>).
/// </summary>
public static class SvgWriter
{
    public const double TitleSize = 18, SubtitleSize = 13, CaptionSize = 13;

    private const double Pad = 12;

    public static string Write(Figure figure) => Render(figure).Svg;

    public static SvgDrawing Render(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var canvas = new SvgCanvas(figure.Width, figure.Height, figure.Title);
        var top = DrawTitles(canvas, figure);
        var legendWidth = LegendPainter.Width(figure, canvas.Width);
        var right = canvas.Width - Pad - legendWidth;

        var yCaptionWidth = CaptionSize * TextMetrics.LineHeight;
        var yLabels = figure.Y.Ticks.Select(t => t.Label).ToArray();
        var yMaxWidth = canvas.Width * 0.22;
        var estimatedHeight = canvas.Height - top - 80;
        var yLayout = TickLayout.ForY(yLabels, SlotY(figure.Y, estimatedHeight), yMaxWidth);
        var left = Pad + yCaptionWidth + 8 + yLayout.Extent + 8;

        var xLabels = figure.X.Ticks.Select(t => t.Label).ToArray();
        var xLayout = TickLayout.ForX(xLabels, SlotX(figure.X, right - left), figure.X.Kind == AxisKind.Category);
        if (xLayout.Angle != 0 && xLayout.Labels.Count > 0)
        {
            // The first rotated label hangs left of its tick: widen the left margin so it stays on the canvas.
            var hang = Pad + (TextMetrics.Width(xLayout.Labels[0], TickLayout.FontSize) * Math.Sqrt(0.5)) - (SlotX(figure.X, right - left) / 2);
            left = Math.Max(left, Math.Min(hang, canvas.Width * 0.3));
            xLayout = TickLayout.ForX(xLabels, SlotX(figure.X, right - left), categorical: true);
        }
        var bottom = canvas.Height - Pad - (CaptionSize * TextMetrics.LineHeight) - 8 - xLayout.Extent - 8;
        if (bottom - top < canvas.Height * 0.3)
        {
            // Long rotated labels never squeeze the plot below 30% of the height: shorten them instead.
            var room = canvas.Height - Pad - (CaptionSize * TextMetrics.LineHeight) - 16 - top - (canvas.Height * 0.3);
            xLayout = xLayout with { Extent = Math.Max(room, TickLayout.FontSize * 2) };
            bottom = canvas.Height - Pad - (CaptionSize * TextMetrics.LineHeight) - 8 - xLayout.Extent - 8;
        }

        var frame = new PlotFrame(left, top, right, bottom, figure.X, figure.Y);
        yLayout = TickLayout.ForY(yLabels, SlotY(figure.Y, frame.Height), yMaxWidth);
        AxisPainter.DrawCaptions(canvas, frame);
        AxisPainter.DrawGridAndFrame(canvas, frame);
        AxisPainter.DrawXTicks(canvas, frame, xLayout);
        AxisPainter.DrawYTicks(canvas, frame, yLayout);
        foreach (var series in figure.Series)
        {
            SeriesPainter.Draw(canvas, frame, series, figure.ColorScale);
        }

        AnnotationPainter.Draw(canvas, frame, figure.Annotations);
        SeriesPainter.DrawPointLabels(canvas, frame, figure.Series);
        LegendPainter.Draw(canvas, figure, right + 16, top);
        return new SvgDrawing(canvas.Finish(), canvas.Placer.Placed, canvas.Placer.Dropped);
    }

    private static double DrawTitles(SvgCanvas canvas, Figure figure)
    {
        var y = Pad + TitleSize;
        var title = TextMetrics.Truncate(figure.Title, TitleSize, canvas.Width - (2 * Pad));
        canvas.TryText(Pad, y, title, TitleSize, TextAnchor.Start, force: true, bold: true);
        if (figure.Subtitle is { } subtitle)
        {
            y += SubtitleSize * 1.5;
            canvas.TryText(Pad, y, TextMetrics.Truncate(subtitle, SubtitleSize, canvas.Width - (2 * Pad)), SubtitleSize, TextAnchor.Start, "#555555", force: true);
        }

        return y + 18;
    }

    private static double SlotX(Axis axis, double width) => axis.Ticks.Count < 2
        ? width
        : width * Math.Abs(axis.Ticks[1].Value - axis.Ticks[0].Value) / Math.Max(axis.Max - axis.Min, double.Epsilon);

    private static double SlotY(Axis axis, double height) => SlotX(axis, height);
}
