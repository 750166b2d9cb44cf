using Calibrate.Reports.Plotting;
using Calibrate.Reports.Rendering;
using Calibrate.Reports.Tests.Charts;

namespace Calibrate.Reports.Tests.Plotting;

/// <summary>
/// The plot model and the SVG ScottPlot draws from it, snapshotted, byte-identical under the invariant culture and de-DE
/// (comma decimals). The SVG is stable because the font is pinned (DejaVu Sans from its file: text positions come from its
/// metrics) and the renderer renumbers ScottPlot's process-wide clip-path ids per chart.
/// </summary>
public sealed class PlotModelSnapshotTests
{
    [TestCaseSource(typeof(AllCharts), nameof(AllCharts.SmallCases))]
    public void Plot_model_json_matches_snapshot_under_invariant_and_german_culture(int number)
    {
        string invariant, german;
        using (new CultureScope(""))
        {
            invariant = PlotJson.Serialize(AllCharts.Small(number).Figure);
        }

        using (new CultureScope("de-DE"))
        {
            german = PlotJson.Serialize(AllCharts.Small(number).Figure);
        }

        Assert.That(german, Is.EqualTo(invariant));
        Snapshot.Match(invariant, $"{AllCharts.Small(number).FileStem}.json");
    }

    [TestCaseSource(typeof(AllCharts), nameof(AllCharts.SmallCases))]
    public void Svg_matches_snapshot_under_invariant_and_german_culture(int number)
    {
        string invariant, german;
        using (new CultureScope(""))
        {
            invariant = Svg(AllCharts.Small(number));
        }

        using (new CultureScope("de-DE"))
        {
            german = Svg(AllCharts.Small(number));
        }

        Assert.That(german, Is.EqualTo(invariant));
        Snapshot.Match(invariant, $"{AllCharts.Small(number).FileStem}.svg");
    }

    private static string Svg(Calibrate.Reports.Charts.Chart chart)
    {
        using var rendered = ChartRenderer.Render(chart.Figure, idPrefix: chart.FileStem);
        return rendered.Svg();
    }

    [TestCaseSource(typeof(AllCharts), nameof(AllCharts.SmallCases))]
    public void Plot_model_json_round_trips(int number)
    {
        var figure = AllCharts.Small(number).Figure;
        var json = PlotJson.Serialize(figure);
        Assert.That(PlotJson.Serialize(PlotJson.Deserialize(json)), Is.EqualTo(json));
    }
}
