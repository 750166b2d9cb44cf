using Calibrate.Reports.Charts;

namespace Calibrate.Reports.Tests.Charts;

/// <summary>The six charts built from the small fixtures, for tests that run over all of them.</summary>
public static class AllCharts
{
    public static IEnumerable<Chart> Small()
    {
        var (points, curve) = Fixtures.Calibration();
        yield return LabelScoreChart.Build(Fixtures.Labels(6));
        yield return ScalingChart.Build(Fixtures.Scaling());
        yield return CalibrationChart.Build(points, curve);
        yield return KernelRatioChart.Build(Fixtures.KernelRatios(6), "bare");
        yield return FleetChart.Build(Fixtures.Fleet(40, 0.1));
        yield return HistoryChart.Build("wn-test-01", Fixtures.History(12));
    }

    public static IEnumerable<TestCaseData> SmallCases() =>
        Small().Select(c => new TestCaseData(c.Number).SetName($"chart {c.Number} ({c.Slug})"));

    public static Chart Small(int number) => Small().Single(c => c.Number == number);
}
