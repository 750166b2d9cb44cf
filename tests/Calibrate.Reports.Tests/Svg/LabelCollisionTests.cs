using Calibrate.Reports.Charts;
using Calibrate.Reports.Svg;

namespace Calibrate.Reports.Tests.Svg;

/// <summary>
/// "No overlapping labels at 20 labels or 500 nodes": every text drawn (titles, captions, ticks, legend, annotations,
/// point labels, cell values) is checked pairwise with the oriented-box metric, and must lie inside the drawing.
/// </summary>
public sealed class LabelCollisionTests
{
    [Test]
    public void Twenty_long_labels_do_not_overlap() =>
        AssertNoOverlap(SvgWriter.Render(LabelScoreChart.Build(Fixtures.Labels(20, longNames: true)).Figure), minimumTicks: 20);

    [Test]
    public void Twenty_short_labels_do_not_overlap() =>
        AssertNoOverlap(SvgWriter.Render(LabelScoreChart.Build(Fixtures.Labels(20)).Figure), minimumTicks: 20);

    [Test]
    public void Kernel_heat_map_with_twenty_labels_does_not_overlap() =>
        AssertNoOverlap(SvgWriter.Render(KernelRatioChart.Build(Fixtures.KernelRatios(21), "bare").Figure), minimumTicks: 20);

    [Test]
    public void Fleet_of_500_nodes_with_many_outliers_does_not_overlap()
    {
        var drawing = SvgWriter.Render(FleetChart.Build(Fixtures.Fleet(500, 0.15)).Figure);
        AssertNoOverlap(drawing, minimumTicks: 4);
        Assert.That(drawing.DroppedLabels, Is.GreaterThan(0), "at 15% outliers of 500 some host labels must be left out");
    }

    [Test]
    public void History_of_500_runs_does_not_overlap() =>
        AssertNoOverlap(SvgWriter.Render(HistoryChart.Build("wn-test-01", Fixtures.History(500)).Figure), minimumTicks: 3);

    [Test]
    public void Sweep_to_128_copies_does_not_overlap() =>
        AssertNoOverlap(SvgWriter.Render(ScalingChart.Build(Fixtures.Scaling(128)).Figure), minimumTicks: 4);

    [Test]
    public void Calibration_with_crowded_references_does_not_overlap()
    {
        var (_, curve) = Fixtures.Calibration();
        var crowded = Enumerable.Range(0, 60).Select(i => new CalibrationPoint($"wn-ref-{i:D2}", 100 + (i * 2), 1000 + (i * 20))).ToArray();
        AssertNoOverlap(SvgWriter.Render(CalibrationChart.Build(crowded, curve).Figure), minimumTicks: 4);
    }

    private static void AssertNoOverlap(SvgDrawing drawing, int minimumTicks)
    {
        var texts = drawing.Texts;
        Assert.That(texts, Has.Count.GreaterThanOrEqualTo(minimumTicks));
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.That(texts[i].InsideCanvas(960, 540), Is.True, $"'{texts[i].Text}' leaves the drawing");
            for (var j = i + 1; j < texts.Count; j++)
            {
                Assert.That(texts[i].Overlaps(texts[j]), Is.False, $"'{texts[i].Text}' overlaps '{texts[j].Text}'");
            }
        }
    }
}
