using Calibrate.Reports.Charts;
using Calibrate.Reports.Rendering;

namespace Calibrate.Reports.Reports;

/// <summary>A chart drawn: its SVG (standalone and inline in the HTML alike) and its PNG, from one ScottPlot layout.</summary>
public sealed record ChartDrawing(Chart Chart, string Svg, byte[] Png)
{
    /// <summary>Draws <paramref name="chart"/> in both formats; ids in the SVG are prefixed with its file stem.</summary>
    public static ChartDrawing Of(Chart chart, ChartFont? font = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        using var rendered = ChartRenderer.Render(chart.Figure, font, chart.FileStem);
        return new ChartDrawing(chart, rendered.Svg(), rendered.Png());
    }
}
