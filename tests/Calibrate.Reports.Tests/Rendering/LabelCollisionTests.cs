using Calibrate.Reports.Charts;
using Calibrate.Reports.Plotting;
using Calibrate.Reports.Rendering;

namespace Calibrate.Reports.Tests.Rendering;

/// <summary>
/// "No overlapping labels at 20 labels, 500 nodes or a 128-copy sweep": every text ScottPlot drew (titles, captions,
/// ticks, legend, colour bar, annotation and point labels, cell values), read back from the SVG, is checked pairwise
/// with the oriented-box metric and must lie inside the drawing.
/// </summary>
public sealed class LabelCollisionTests
{
    [Test]
    public void Twenty_long_labels_do_not_overlap() =>
        AssertNoOverlap(LabelScoreChart.Build(Fixtures.Labels(20, longNames: true)).Figure, minimumTexts: 20).Dispose();

    [Test]
    public void Twenty_short_labels_do_not_overlap() =>
        AssertNoOverlap(LabelScoreChart.Build(Fixtures.Labels(20)).Figure, minimumTexts: 20).Dispose();

    [Test]
    public void Twenty_labels_do_not_overlap_on_the_smallest_drawing() =>
        AssertNoOverlap(LabelScoreChart.Build(Fixtures.Labels(20, longNames: true)).Figure with { Width = Figure.MinWidth, Height = Figure.MinHeight }, minimumTexts: 10).Dispose();

    [Test]
    public void Kernel_heat_map_with_twenty_labels_does_not_overlap() =>
        AssertNoOverlap(KernelRatioChart.Build(Fixtures.KernelRatios(21), "bare").Figure, minimumTexts: 20 + 160).Dispose();

    [Test]
    public void Fleet_of_500_nodes_with_many_outliers_does_not_overlap()
    {
        using var rendered = AssertNoOverlap(FleetChart.Build(Fixtures.Fleet(500, 0.15)).Figure, minimumTexts: 4);
        Assert.That(rendered.Labels.Dropped, Is.GreaterThan(0), "at 15% outliers of 500 some host labels must be left out");
    }

    [Test]
    public void History_of_500_runs_does_not_overlap() =>
        AssertNoOverlap(HistoryChart.Build("wn-test-01", Fixtures.History(500)).Figure, minimumTexts: 3).Dispose();

    [Test]
    public void Sweep_to_128_copies_does_not_overlap() =>
        AssertNoOverlap(ScalingChart.Build(Fixtures.Scaling(128)).Figure, minimumTexts: 4).Dispose();

    [Test]
    public void Calibration_with_crowded_references_does_not_overlap()
    {
        var (_, curve) = Fixtures.Calibration();
        var crowded = Enumerable.Range(0, 60).Select(i => new CalibrationPoint($"wn-ref-{i:D2}", 100 + (i * 2), 1000 + (i * 20))).ToArray();
        AssertNoOverlap(CalibrationChart.Build(crowded, curve).Figure, minimumTexts: 4).Dispose();
    }

    private static RenderedChart AssertNoOverlap(Figure figure, int minimumTexts)
    {
        var rendered = ChartRenderer.Render(figure);
        var texts = SvgTexts.Boxes(rendered.Svg());
        Assert.That(texts, Has.Count.GreaterThanOrEqualTo(minimumTexts));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < texts.Count; i++)
            {
                Assert.That(texts[i].InsideCanvas(figure.Width, figure.Height), Is.True, $"'{texts[i].Text}' leaves the drawing");
                for (var j = i + 1; j < texts.Count; j++)
                {
                    Assert.That(texts[i].Overlaps(texts[j]), Is.False, $"'{texts[i].Text}' overlaps '{texts[j].Text}'");
                }
            }
        });
        return rendered;
    }
}
