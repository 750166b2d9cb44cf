using Calibrate.Reports.Layout;
using Calibrate.Reports.Plotting;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Calibrate.Reports.Rendering;

/// <summary>
/// The legend right of the plot area, aligned with its top, one entry per named series (names truncated to a quarter
/// of the width); and for a heat map its colour bar with the ratio at both ends and the midpoint. Outside the plot
/// area, the legend can never be covered by data or by a label placed inside it.
/// </summary>
internal static class PlotLegend
{
    public const double FontSize = 12;

    public static void Add(Plot plot, Figure figure, TextMeasure measure)
    {
        var maxWidth = figure.Width * 0.24;
        foreach (var item in plot.GetPlottables().OfType<IHasLegendText>().Where(p => p.LegendText.Length > 0))
        {
            item.LegendText = measure.Truncate(item.LegendText, FontSize, maxWidth);
        }

        if (figure.Legend.Visible && figure.Series.Any(s => s.Name is not null))
        {
            var panel = plot.ShowLegend(Edge.Right);
            panel.Alignment = Alignment.UpperCenter;
            plot.Legend.FontSize = (float)FontSize;
            plot.Legend.FontName = ChartFont.Family;
            plot.Legend.FontColor = Ink.Text;
            plot.Legend.OutlineColor = Ink.Axis;
            plot.Legend.ShadowColor = Colors.Transparent;
        }
        else
        {
            plot.HideLegend();
        }

        if (figure.ColorScale is { } scale)
        {
            var bar = plot.Add.ColorBar(new ScaleColorAxis(scale), Edge.Right);
            bar.Label = measure.Truncate(scale.Title, PlotAxes.CaptionSize, figure.Height * 0.6);
            bar.LabelStyle.FontSize = (float)PlotAxes.CaptionSize;
            bar.LabelStyle.Bold = false;
            bar.Axis.TickGenerator = new NumericManual(
                [scale.Min, scale.Mid, scale.Max],
                [ValueFormat.Ratio(scale.Min), ValueFormat.Ratio(scale.Mid), ValueFormat.Ratio(scale.Max)]);
            bar.Axis.TickLabelStyle.FontSize = (float)TickLayout.FontSize;
        }
    }
}
