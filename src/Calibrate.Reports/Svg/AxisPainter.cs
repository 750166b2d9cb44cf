using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Svg;

/// <summary>Axis captions (with units), light grid lines at the ticks, the frame, and the tick labels.</summary>
public static class AxisPainter
{
    public const string GridColor = "#E4E4E4";
    public const string AxisColor = "#6E6E6E";

    public static void DrawCaptions(SvgCanvas canvas, PlotFrame frame)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(frame);
        var size = SvgWriter.CaptionSize;
        var xCaption = TextMetrics.Truncate(frame.X.Caption, size, frame.Width);
        canvas.TryText(frame.Left + (frame.Width / 2), canvas.Height - 12 - (size * 0.25), xCaption, size, TextAnchor.Middle, force: true);
        var yCaption = TextMetrics.Truncate(frame.Y.Caption, size, frame.Height);
        canvas.TryText(12 + size, frame.Top + (frame.Height / 2), yCaption, size, TextAnchor.Middle, angle: -90, force: true);
    }

    public static void DrawGridAndFrame(SvgCanvas canvas, PlotFrame frame)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Y.Kind != AxisKind.Category)
        {
            foreach (var tick in frame.Y.Ticks)
            {
                var y = frame.PixelY(tick.Value);
                canvas.Line(frame.Left, y, frame.Right, y, GridColor);
            }
        }

        if (frame.X.Kind != AxisKind.Category)
        {
            foreach (var tick in frame.X.Ticks)
            {
                var x = frame.PixelX(tick.Value);
                canvas.Line(x, frame.Top, x, frame.Bottom, GridColor);
            }
        }

        canvas.Line(frame.Left, frame.Bottom, frame.Right, frame.Bottom, AxisColor);
        canvas.Line(frame.Left, frame.Top, frame.Left, frame.Bottom, AxisColor);
    }

    public static void DrawXTicks(SvgCanvas canvas, PlotFrame frame, TickLayout layout)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(layout);
        var size = TickLayout.FontSize;
        for (var i = 0; i < frame.X.Ticks.Count; i += layout.Step)
        {
            var x = frame.PixelX(frame.X.Ticks[i].Value);
            canvas.Line(x, frame.Bottom, x, frame.Bottom + 5, AxisColor);
            var label = layout.Labels[i];
            if (layout.Angle == 0)
            {
                canvas.TryText(x, frame.Bottom + 8 + size, label, size, TextAnchor.Middle);
            }
            else
            {
                var fitted = TextMetrics.Truncate(label, size, Math.Max((layout.Extent - (size * 1.2)) / Math.Sqrt(0.5), size * 2));
                canvas.TryText(x + (size * 0.3), frame.Bottom + 10, fitted, size, TextAnchor.End, angle: layout.Angle);
            }
        }
    }

    public static void DrawYTicks(SvgCanvas canvas, PlotFrame frame, TickLayout layout)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(layout);
        var size = TickLayout.FontSize;
        for (var i = 0; i < frame.Y.Ticks.Count; i += layout.Step)
        {
            var y = frame.PixelY(frame.Y.Ticks[i].Value);
            canvas.Line(frame.Left - 5, y, frame.Left, y, AxisColor);
            canvas.TryText(frame.Left - 8, y + (size * 0.35), layout.Labels[i], size, TextAnchor.End);
        }
    }
}
