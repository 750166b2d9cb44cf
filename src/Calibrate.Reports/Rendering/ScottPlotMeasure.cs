using Calibrate.Reports.Layout;
using ScottPlot;

namespace Calibrate.Reports.Rendering;

/// <summary>
/// Text measured as ScottPlot measures it when it lays out and draws a label (its <see cref="LabelStyle.Measure(string, Paint)"/>
/// in the registered <see cref="ChartFont"/>), so the boxes the layout reasons about are the extents ScottPlot draws.
/// Not thread-safe: one per drawing.
/// </summary>
public sealed class ScottPlotMeasure : TextMeasure, IDisposable
{
    private readonly Paint paint = Paint.NewDisposablePaint();
    private readonly LabelStyle style = new() { FontName = ChartFont.Family };

    public override double Width(string text, double fontSize)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return 0;
        }

        style.FontSize = (float)fontSize;
        return style.Measure(text, paint).Width;
    }

    public override double Height(double fontSize)
    {
        style.FontSize = (float)fontSize;
        return style.Measure("Hg", paint).Height;
    }

    public void Dispose() => paint.Dispose();
}
