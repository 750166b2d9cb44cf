using Calibrate.Core.Results;
using Calibrate.Statistics.Comparison;
using Calibrate.Statistics.Intervals;
using Calibrate.TestSupport.Results;

namespace Calibrate.Statistics.Tests.Comparison;

/// <summary>A label measured once still gets an interval: that run's own and the run-to-run term, never narrower than either.</summary>
public sealed class SingleRunLabelTests
{
    [Test]
    public void A_label_measured_once_gets_its_runs_interval_widened_by_the_run_to_run_term()
    {
        // bare measured once with a ±0.5% within-run interval; kvm three times.
        var bare = Summary("bm01", "bare", 80.0) with { ScoreLow = 79.6, ScoreHigh = 80.4 };
        ResultSummary[] kvm = [.. new[] { 74.0, 75.0, 76.0 }.Select(s => Summary("vm01", "kvm", s))];
        var report = LabelComparison.Compare([bare, .. kvm], "bare", 0.95, new Reproducibility(0.02, 6, "test"));
        var row = report.Rows.Single(r => r.Label == "bare");
        var withinHalf = 0.4 / 8;
        Assert.Multiple(() =>
        {
            Assert.That(row.N, Is.EqualTo(1));
            Assert.That(row.MeanLow, Is.LessThan(10 - withinHalf), "wider than the run's own interval");
            Assert.That(row.MeanHigh, Is.GreaterThan(10 + (2 * 0.02 * 10)), "the 2% run-to-run term at t > 2");
            Assert.That(row.IntervalBasis, Does.StartWith("one run: its own interval and the run-to-run term (test)"));
            var kvmRow = report.Rows.Single(r => r.Label == "kvm");
            Assert.That(double.IsFinite(kvmRow.RatioLow) && double.IsFinite(kvmRow.RatioHigh), Is.True, "the ratio to a once-measured baseline has an interval");
            Assert.That(kvmRow.RatioLow, Is.LessThan(kvmRow.Ratio).And.GreaterThan(0));
            Assert.That(double.IsFinite(kvmRow.PValue), Is.True);
        });
    }

    [Test]
    public void Without_its_own_interval_a_single_run_still_has_the_run_to_run_term()
    {
        var report = LabelComparison.Compare([Summary("bm01", "bare", 80.0)], null, 0.95, new Reproducibility(0.025, 4, "default"));
        var row = report.Rows.Single();
        var half = StudentTQuantile.TwoSided(0.95, 4) * 0.025 * 10;
        Assert.Multiple(() =>
        {
            Assert.That(row.MeanLow, Is.EqualTo(10 - half).Within(1e-9));
            Assert.That(row.MeanHigh, Is.EqualTo(10 + half).Within(1e-9));
        });
    }

    /// <summary>A summary of 8 copies without an interval of its own.</summary>
    private static ResultSummary Summary(string host, string label, double nodeScore) =>
        new TestResult { Hostname = host, Label = label, Copies = 8, NodeScore = nodeScore, RelativeHalfWidth = null }.Summary();
}
