using Calibrate.Reports.Layout;
using Calibrate.Reports.Plotting;
using ScottPlot;

namespace Calibrate.Reports.Rendering;

/// <summary>
/// Draws a <see cref="Figure"/> with ScottPlot: the pure model in, one laid-out plot out (<see cref="RenderedChart"/>),
/// written as SVG or PNG. ScottPlot lays out titles, axes, legend and colour bar; the project keeps what ScottPlot does
/// not do: tick labels chosen, thinned and rotated so none overlaps (<see cref="TickLayout"/>), and labels inside the plot
/// area placed where they collide with nothing (<see cref="InPlotLabels"/>), handed to ScottPlot as positioned text.
/// </summary>
public static class ChartRenderer
{
    /// <summary>Layout passes: tick labels depend on the plot area's size, and the margins they need change it.</summary>
    private const int LayoutPasses = 3;

    /// <param name="font">The font to draw with; <see cref="ChartFont.System"/> when null (throws <see cref="NoUsableFontException"/> without one).</param>
    /// <param name="idPrefix">Prefix of the SVG's ids, unique per chart on a page (the chart's file stem).</param>
    public static RenderedChart Render(Figure figure, ChartFont? font = null, string idPrefix = "chart")
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentOutOfRangeException.ThrowIfLessThan(figure.Width, Figure.MinWidth);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(figure.Width, Figure.MaxWidth);
        ArgumentOutOfRangeException.ThrowIfLessThan(figure.Height, Figure.MinHeight);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(figure.Height, Figure.MaxHeight);
        (font ?? ChartFont.System).Register();
        using var measure = new ScottPlotMeasure();
        var plot = new Plot();
        try
        {
            var axes = new PlotAxes(plot, figure, measure);
            axes.Titles();
            PlotSeries.Add(plot, figure);
            PlotLegend.Add(plot, figure, measure);
            var frame = new PixelFrame(0, 0, figure.Width * 0.7, figure.Height * 0.7, figure.X, figure.Y);
            for (var pass = 0; pass < LayoutPasses; pass++)
            {
                axes.Ticks(frame);
                plot.RenderInMemory(figure.Width, figure.Height);
                var area = plot.LastRender.DataRect;
                frame = new PixelFrame(area.Left, area.Top, area.Right, area.Bottom, figure.X, figure.Y);
            }

            plot.Layout.Fixed(plot.LastRender.DataRect);
            var labels = InPlotLabels.Place(figure, frame, measure);
            PlotLabels.Add(plot, frame, labels);
            return new RenderedChart(plot, figure, frame, labels, idPrefix);
        }
        catch
        {
            plot.Dispose();
            throw;
        }
    }
}
