using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Topology;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Quality;
using Calibrate.Statistics.Tests.Support;
using Calibrate.TestSupport.Results;

namespace Calibrate.Statistics.Tests.Quality;

/// <summary>The host's noise: measured, stored, and turned into conclusions by the stated thresholds.</summary>
public sealed class NoiseAnalyserTests
{
    private static readonly Reproducibility NodeHistory = new(0.004, 9, "this node");

    private static RunResult Run(params double[][] copies) => new TestResult
    {
        CopyResults = [.. copies.Select((samples, i) => TestResult.Copy(i, CpuSet.Of([i]), new TestKernel("alpha", 1.0, [samples])))],
        RelativeHalfWidth = null,
    }.Build();

    [Test]
    public void The_summary_holds_the_samples_and_probes_robust_spread_and_the_run_to_run_estimate()
    {
        var random = new Random(11);
        var run = Run(Samples.Normal(random, 80, 1.0, 0.02), Samples.Normal(random, 80, 1.0, 0.02));
        NoiseProbeSeries[] probes = [new("alu", 0, Samples.Normal(random, 60, 0.004, 0.00002)), new("memory", 0, Samples.Normal(random, 60, 0.005, 0.0005))];
        var summary = NoiseAnalyser.Summarise(run, probes, NodeHistory);
        Assert.Multiple(() =>
        {
            Assert.That(summary.SampleDispersion, Is.EqualTo(0.02).Within(0.006), "the samples' robust CV");
            Assert.That(summary.AluDispersion, Is.EqualTo(0.005).Within(0.002));
            Assert.That(summary.MemoryDispersion, Is.EqualTo(0.1).Within(0.03));
            Assert.That(summary.RunToRunEstimate, Is.EqualTo(2 * summary.MemoryDispersion!.Value).Within(1e-12), "no interval: what the host's noise implies (twice the probes' spread), more than the node's 0.4% history");
            Assert.That(summary.Probes, Is.EqualTo(probes));
        });
    }

    /// <summary>
    /// The expected run-to-run spread is measured, never assumed: the stated default (no history) does not make a quiet
    /// host "noisy" (it did, in every first run, before), while a history or the probes that show noise do.
    /// </summary>
    [Test]
    public void The_expected_spread_comes_from_measurements_not_from_the_stated_default()
    {
        var random = new Random(12);
        var run = Run(Samples.Normal(random, 80, 1.0, 0.002));
        NoiseProbeSeries[] quietProbes = [new("alu", 0, Samples.Normal(random, 60, 0.004, 0.00001)), new("memory", 0, Samples.Normal(random, 60, 0.005, 0.00002))];
        var firstRun = NoiseAnalyser.Summarise(run, quietProbes, ReproducibilityEstimator.Default);
        var noisyHistory = NoiseAnalyser.Summarise(run, quietProbes, new Reproducibility(0.03, 5, "this node"));
        Assert.Multiple(() =>
        {
            Assert.That(firstRun.RunToRunEstimate, Is.LessThan(0.01), "quiet probes, no history: no 2.5% assumed");
            Assert.That(NoiseAnalyser.Analyse(run with { Noise = firstRun }, QualityThresholds.Default).Select(c => c.Code), Has.No.Member(ConclusionCodes.NoisyHost));
            Assert.That(noisyHistory.RunToRunEstimate, Is.EqualTo(0.03).Within(1e-12), "the node's measured history");
        });
    }

    /// <summary>A run cut short by its wall limit has one sample a kernel: no spread to state, and the result must still store.</summary>
    [Test]
    public void With_one_sample_a_kernel_the_sample_spread_is_absent_and_the_result_still_serialises()
    {
        var run = Run([1.0], [1.01]);
        var summary = NoiseAnalyser.Summarise(run, [], NodeHistory);
        var stored = Calibrate.Core.Json.CalibrateJson.DeserializeResult(Calibrate.Core.Json.CalibrateJson.Serialize(run with { Noise = summary }));
        Assert.Multiple(() =>
        {
            Assert.That(summary.SampleDispersion, Is.Null);
            Assert.That(stored.Noise!.SampleDispersion, Is.Null);
            Assert.That(stored.Noise.RunToRunEstimate, Is.EqualTo(summary.RunToRunEstimate));
        });
    }

    [Test]
    public void A_noisy_host_is_a_warning_with_its_expected_spread_and_a_quiet_one_is_not()
    {
        var run = Run([1.0, 1.0, 1.0]);
        NoiseSummary Noise(double runToRun) => new() { SampleDispersion = 0.01, RunToRunEstimate = runToRun };
        var noisy = NoiseAnalyser.Analyse(run with { Noise = Noise(0.03) }, QualityThresholds.Default).ToArray();
        var quiet = NoiseAnalyser.Analyse(run with { Noise = Noise(0.005) }, QualityThresholds.Default).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(noisy.Single().Code, Is.EqualTo(ConclusionCodes.NoisyHost));
            Assert.That(noisy.Single().Severity, Is.EqualTo(Severity.Warning));
            Assert.That(noisy.Single().Message, Does.Contain("noisy host: about ±6.0% from run to run"));
            Assert.That(quiet, Is.Empty);
        });
    }

    [TestCase(0.05, null)]
    [TestCase(0.15, Severity.Warning)]
    [TestCase(0.30, Severity.Error)]
    public void A_probe_that_varies_a_lot_means_noisy_neighbours(double memoryDispersion, Severity? expected)
    {
        var run = Run([1.0, 1.0, 1.0]) with { Noise = new NoiseSummary { SampleDispersion = 0.01, RunToRunEstimate = 0.001, MemoryDispersion = memoryDispersion } };
        var conclusions = NoiseAnalyser.Analyse(run, QualityThresholds.Default).Where(c => c.Code == ConclusionCodes.NoisyNeighbours).ToArray();
        Assert.That(conclusions.Select(c => (Severity?)c.Severity).SingleOrDefault(), Is.EqualTo(expected));
    }

    [Test]
    public void A_run_whose_own_interval_is_wider_than_five_percent_is_disturbed()
    {
        var run = Run([1.0, 1.0, 1.0]) with
        {
            ScoreInterval = new ScoreInterval { Low = 0.9, High = 1.1, Level = 0.95, Method = NodeScoreInterval.MethodName, RelativeHalfWidth = 0.1 },
        };
        var verdict = QualityAnalysis.Analyse(run);
        Assert.Multiple(() =>
        {
            Assert.That(verdict.Disturbed, Is.True);
            Assert.That(verdict.Conclusions.Single(c => c.Code == ConclusionCodes.WithinRunNoise).Message, Does.Contain("±10.0%"));
        });
    }
}
