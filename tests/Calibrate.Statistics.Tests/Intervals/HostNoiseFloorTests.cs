using Calibrate.Core.Results;
using Calibrate.Statistics.Comparison;
using Calibrate.Statistics.Intervals;
using Calibrate.TestSupport.Results;

namespace Calibrate.Statistics.Tests.Intervals;

/// <summary>
/// The host's noise during a run floors the run-to-run term: a noisy hour widens the interval even where the node's
/// history (measured in quieter hours) or the stated default would not, and a quiet host changes nothing.
/// </summary>
public sealed class HostNoiseFloorTests
{
    private static readonly Reproducibility QuietHistory = new(0.004, 9, "this node's last 10 undisturbed results");

    [Test]
    public void Probes_noisier_than_the_history_replace_its_term_with_twice_their_spread_and_the_defaults_df()
    {
        var floored = HostNoiseFloor.Apply(QuietHistory, 0.063);
        Assert.Multiple(() =>
        {
            Assert.That(floored.RelativeStandardDeviation, Is.EqualTo(0.126).Within(1e-15));
            Assert.That(floored.DegreesOfFreedom, Is.EqualTo(ReproducibilityEstimator.Default.DegreesOfFreedom));
            Assert.That(floored.Source, Is.EqualTo("this run's noise probes (2 x ±6.3%, above the 0.4% it replaces)"));
        });
    }

    [TestCase(0.002)]
    [TestCase(0.0019)]
    [TestCase(null)]
    [TestCase(double.NaN)]
    public void A_quiet_host_or_no_probes_leave_the_term_as_it_was(double? hostNoise) =>
        Assert.That(HostNoiseFloor.Apply(QuietHistory, hostNoise), Is.SameAs(QuietHistory));

    [Test]
    public void The_host_noise_is_the_larger_of_the_two_probes_spreads()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new NoiseSummary { AluDispersion = 0.02, MemoryDispersion = 0.07, RunToRunEstimate = 0 }.HostNoise, Is.EqualTo(0.07));
            Assert.That(new NoiseSummary { AluDispersion = 0.03, RunToRunEstimate = 0 }.HostNoise, Is.EqualTo(0.03));
            Assert.That(new NoiseSummary { RunToRunEstimate = 0 }.HostNoise, Is.Null);
        });
    }

    /// <summary>`compare` of a label measured once in a noisy hour: its interval is as wide as the run's own estimate's.</summary>
    [Test]
    public void A_label_measured_once_on_a_noisy_host_gets_the_floored_term_in_a_comparison()
    {
        var quiet = Summary("bm01", 80.0, hostNoise: 0.004);
        var noisy = Summary("bm02", 80.0, hostNoise: 0.08);
        var report = LabelComparison.Compare([quiet with { Label = "quiet" }, noisy with { Label = "noisy" }], "quiet", 0.95, ReproducibilityEstimator.Default);
        var q = report.Rows.Single(r => r.Label == "quiet");
        var n = report.Rows.Single(r => r.Label == "noisy");
        var t4 = StudentTQuantile.TwoSided(0.95, 4);
        Assert.Multiple(() =>
        {
            Assert.That(q.MeanHigh - q.MeanScorePerCopy, Is.EqualTo(t4 * 0.025 * 10).Within(1e-9), "the default where the host was quiet");
            Assert.That(n.MeanHigh - n.MeanScorePerCopy, Is.EqualTo(t4 * 0.16 * 10).Within(1e-9), "twice the host's 8% where it was noisy");
        });
    }

    private static ResultSummary Summary(string host, double nodeScore, double hostNoise) =>
        new TestResult { Hostname = host, Copies = 8, NodeScore = nodeScore, RelativeHalfWidth = null }.Summary() with { HostNoise = hostNoise };
}
