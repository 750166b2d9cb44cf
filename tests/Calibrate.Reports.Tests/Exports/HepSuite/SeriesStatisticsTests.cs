using System.Text.Json;
using Calibrate.Reports.Exports.HepSuite;

namespace Calibrate.Reports.Tests.Exports.HepSuite;

/// <summary>
/// The statistics beside each series, against the suite's own: every series of the sample report that carries the full
/// statistics is recomputed from its values and must give the suite's numbers (numpy's percentiles, linear
/// interpolation), which makes the sample a reference vector computed by the suite itself.
/// </summary>
public sealed class SeriesStatisticsTests
{
    private static readonly Dictionary<string, Func<SuiteStatistics, double>> Figures = new()
    {
        ["min"] = s => s.Min,
        ["q25"] = s => s.Q25,
        ["mean"] = s => s.Mean,
        ["median"] = s => s.Median,
        ["q75"] = s => s.Q75,
        ["q85"] = s => s.Q85,
        ["q95"] = s => s.Q95,
        ["max"] = s => s.Max,
    };

    [Test]
    public void The_sample_reports_statistics_are_reproduced_from_its_values()
    {
        using var sample = SuiteJson.Sample();
        var checkedSeries = 0;
        var miscounted = new List<string>();
        foreach (var phase in sample.RootElement.GetProperty("plugins").GetProperty("CommandExecutor").EnumerateObject())
        {
            foreach (var metric in phase.Value.EnumerateObject().Where(m => m.Value.ValueKind == JsonValueKind.Object))
            {
                var expected = metric.Value.GetProperty("statistics");
                if (!expected.TryGetProperty("q25", out _))
                {
                    continue;
                }

                var values = metric.Value.GetProperty("values").EnumerateArray().Select(v => (double?)v.GetDouble()).ToArray();
                var actual = SeriesStatistics.Of(values)!;
                var counted = expected.GetProperty("total_count").GetInt32();
                if (counted != values.Length)
                {
                    miscounted.Add($"{phase.Name}.{metric.Name}");
                }

                Assert.Multiple(() =>
                {
                    if (counted == values.Length)
                    {
                        Assert.That(actual.TotalCount, Is.EqualTo(counted), $"{phase.Name}.{metric.Name}");
                        Assert.That(actual.ValidCount, Is.EqualTo(expected.GetProperty("valid_count").GetInt32()), $"{phase.Name}.{metric.Name}");
                    }

                    foreach (var (figure, of) in Figures)
                    {
                        var want = expected.GetProperty(figure).GetDouble();
                        Assert.That(of(actual), Is.EqualTo(want).Within((Math.Abs(want) * 1e-12) + 1e-12), $"{phase.Name}.{metric.Name}.{figure}");
                    }
                });
                checkedSeries++;
            }
        }

        Assert.That(checkedSeries, Is.GreaterThanOrEqualTo(10), "the pre and hepscore phases' five series each");

        // The illustrative sample lists 102 values of one series and counts 101 (all 3354.0, so its figures hold
        // either way); every other series counts its values.
        Assert.That(miscounted, Is.EqualTo(new[] { "hepscore.cpu-frequency" }));
    }

    [Test]
    public void Samples_without_a_value_count_in_total_only()
    {
        var statistics = SeriesStatistics.Of([2600.0, null, 2400.0])!;
        Assert.Multiple(() =>
        {
            Assert.That((statistics.TotalCount, statistics.ValidCount), Is.EqualTo((3, 2)));
            Assert.That((statistics.Min, statistics.Median, statistics.Max), Is.EqualTo((2400.0, 2500.0, 2600.0)));
            Assert.That(statistics.Q25, Is.EqualTo(2450.0));
        });
        Assert.That(SeriesStatistics.Of([null, null]), Is.Null, "no value: no statistics, and the series is left out");
    }

    [Test]
    public void Shifting_the_values_shifts_every_location_figure()
    {
        double?[] values = [0.08, 0.03, 11.25, 17.05, 14.64];
        var plain = SeriesStatistics.Of(values)!;
        var shifted = SeriesStatistics.Of([.. values.Select(v => v + 2)])!;
        Assert.Multiple(() =>
        {
            Assert.That(shifted.Q25, Is.EqualTo(plain.Q25 + 2).Within(1e-12));
            Assert.That(shifted.Median, Is.EqualTo(plain.Median + 2).Within(1e-12));
            Assert.That(shifted.Q95, Is.EqualTo(plain.Q95 + 2).Within(1e-12));
            Assert.That(shifted.Mean, Is.EqualTo(plain.Mean + 2).Within(1e-12));
        });
    }
}
