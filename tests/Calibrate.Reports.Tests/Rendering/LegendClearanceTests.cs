using Calibrate.Reports.Charts;
using Calibrate.Reports.Layout;
using Calibrate.Reports.Plotting;
using Calibrate.Reports.Rendering;
using Calibrate.Reports.Tests.Charts;

namespace Calibrate.Reports.Tests.Rendering;

/// <summary>
/// "Annotations never overlap legends", checked on the drawn SVG: the legend's frame, read back from ScottPlot's output,
/// against every label placed inside the plot area, and the frame against the plot area itself.
/// </summary>
public sealed class LegendClearanceTests
{
    /// <summary>Issue 14's report: two runs of one node, 1 and 2 copies; "optimum: 2 copies" sits on the right edge.</summary>
    private static Chart TwoCopyCounts() => ScalingChart.Build(
    [
        new ScalingPoint("none", 1, 21.1, 20.9, 21.3),
        new ScalingPoint("none", 2, 41.8, 41.4, 42.2),
    ]);

    [TestCase(960, 540)]
    [TestCase(Figure.MinWidth, Figure.MinHeight)]
    public void The_optimum_on_the_last_copy_count_is_labelled_clear_of_the_legend(int width, int height)
    {
        var figure = TwoCopyCounts().Figure with { Width = width, Height = height };
        AssertLabelsClearOfLegend(figure, expectLabel: "optimum: 2 copies");
    }

    [TestCaseSource(typeof(AllCharts), nameof(AllCharts.SmallCases))]
    public void No_label_inside_the_plot_touches_the_legend(int number)
    {
        var figure = AllCharts.Small(number).Figure;
        if (figure.Legend.Visible && figure.Series.Any(s => s.Name is not null))
        {
            AssertLabelsClearOfLegend(figure, expectLabel: null);
        }
    }

    private static void AssertLabelsClearOfLegend(Figure figure, string? expectLabel)
    {
        using var rendered = ChartRenderer.Render(figure);
        var svg = rendered.Svg();
        var legend = SvgTexts.LegendFrame(svg, figure.Series.First(s => s.Name is not null).Name!);
        var frame = rendered.Frame;
        var plotArea = new TextBox("plot area", (frame.Left + frame.Right) / 2, (frame.Top + frame.Bottom) / 2, frame.Width, frame.Height, 0);
        Assert.That(legend.Overlaps(plotArea), Is.False, "the legend lies outside the plot area");
        var inPlot = rendered.Labels.Labels.Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        var drawn = SvgTexts.Boxes(svg).Where(b => inPlot.Contains(b.Text)).ToArray();
        Assert.That(drawn, Has.Length.GreaterThanOrEqualTo(inPlot.Count));
        if (expectLabel is not null)
        {
            Assert.That(drawn.Select(b => b.Text), Does.Contain(expectLabel));
        }

        foreach (var label in drawn)
        {
            Assert.That(label.Overlaps(legend), Is.False, $"'{label.Text}' overlaps the legend");
            Assert.That(label.InsideRect(frame.Left, frame.Top, frame.Right, frame.Bottom), Is.True, $"'{label.Text}' leaves the plot area");
        }
    }
}
