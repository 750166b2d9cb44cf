using Calibrate.Reports.Plotting;
using Calibrate.Reports.Rendering;
using Calibrate.Reports.Tests.Charts;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Reports.Tests.Plotting;

/// <summary>
/// The plot model and the SVG ScottPlot draws from it, snapshotted, byte-identical under the invariant culture and de-DE
/// (comma decimals). The SVG is stable because the font is pinned (DejaVu Sans from its file: text positions come from its
/// metrics) and the renderer renumbers ScottPlot's process-wide clip-path ids per chart.
/// </summary>
public sealed class PlotModelSnapshotTests
{
    [TestCaseSource(typeof(AllCharts), nameof(AllCharts.SmallCases))]
    public void Plot_model_json_matches_snapshot_under_invariant_and_german_culture(int number) =>
        Snapshot.Match($"{AllCharts.Small(number).FileStem}.json", () => PlotJson.Serialize(AllCharts.Small(number).Figure));

    [TestCaseSource(typeof(AllCharts), nameof(AllCharts.SmallCases))]
    public void Svg_matches_snapshot_under_invariant_and_german_culture(int number) =>
        Snapshot.Match($"{AllCharts.Small(number).FileStem}.svg", () => Svg(AllCharts.Small(number)));

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
