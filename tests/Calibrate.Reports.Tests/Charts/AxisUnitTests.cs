using Calibrate.Reports.Charts;
using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Tests.Charts;

/// <summary>Every numeric axis names its unit; Calibrate's own score is "Calibrate score", the site's ratings HS06.</summary>
public sealed class AxisUnitTests
{
    [TestCaseSource(typeof(AllCharts), nameof(AllCharts.SmallCases))]
    public void Numeric_axes_carry_a_named_unit(int number)
    {
        var figure = AllCharts.Small(number).Figure;
        foreach (var axis in new[] { figure.X, figure.Y }.Where(a => a.Kind != AxisKind.Category))
        {
            Assert.That(axis.Unit, Is.Not.Null.And.Not.Empty, axis.Title);
            Assert.That(axis.Caption, Does.Not.Contain("units"), "a unit is named, not 'Calibrate units'");
            if (axis.Title.Contains("score", StringComparison.OrdinalIgnoreCase))
            {
                Assert.That(axis.Unit, Is.EqualTo(ChartText.ScoreUnit), axis.Title);
            }
        }
    }

    [Test]
    public void The_calibration_chart_sets_hs06_against_the_calibrate_score()
    {
        var figure = AllCharts.Small(CalibrationChart.Number).Figure;
        Assert.That(figure.X.Caption, Is.EqualTo("Node score (Calibrate score)"));
        Assert.That(figure.Y.Caption, Is.EqualTo("Measured HEP-SPEC06 (HS06)"));
    }
}
