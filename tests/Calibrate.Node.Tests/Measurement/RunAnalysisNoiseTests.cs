using Calibrate.Agent.Running;
using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Core.Running;
using Calibrate.Node.Measurement;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Quality;
using Calibrate.TestSupport.Results;

namespace Calibrate.Node.Tests.Measurement;

/// <summary>
/// A run's analysis floors its run-to-run term with the host's noise it measured (issue 11): the estimate of a run on a
/// noisy host is as wide as the host's noise, says where its term came from, and carries the noisy-host warning, while a
/// quiet host's first run keeps the stated default and no warning.
/// </summary>
public sealed class RunAnalysisNoiseTests
{
    [Test]
    public void A_run_on_a_noisy_host_carries_the_hosts_noise_in_its_estimate_and_the_warning()
    {
        var analysed = Analyse(probeSpread: 0.06, seed: 1);
        var basis = analysed.Estimate!.Basis!;
        Assert.Multiple(() =>
        {
            Assert.That(analysed.Noise!.HostNoise, Is.EqualTo(0.06).Within(0.02));
            Assert.That(basis.RunToRun, Is.EqualTo(2 * analysed.Noise.HostNoise!.Value).Within(1e-15));
            Assert.That(basis.RunToRunSource, Does.StartWith("this run's noise probes"));
            Assert.That((basis.NodeScoreHigh - basis.NodeScoreLow) / 2 / basis.NodeScore, Is.GreaterThan(StudentTQuantile.TwoSided(0.95, 4) * 0.08));
            Assert.That(analysed.Conclusions.Select(c => c.Code), Has.Member(ConclusionCodes.NoisyHost));
        });
    }

    [Test]
    public void A_quiet_hosts_first_run_keeps_the_stated_default_and_no_warning()
    {
        var analysed = Analyse(probeSpread: 0.002, seed: 2);
        Assert.Multiple(() =>
        {
            Assert.That(analysed.Estimate!.Basis!.RunToRun, Is.EqualTo(ReproducibilityEstimator.Default.RelativeStandardDeviation));
            Assert.That(analysed.Estimate.Basis.RunToRunSource, Is.EqualTo(ReproducibilityEstimator.Default.Source));
            Assert.That(analysed.Conclusions.Select(c => c.Code), Has.No.Member(ConclusionCodes.NoisyHost));
        });
    }

    [Test]
    public void The_run_is_judged_by_the_gate_it_was_given()
    {
        var width = Analyse(probeSpread: 0.002, seed: 3, jitter: 0.25).ScoreInterval!.RelativeHalfWidth;
        Assert.That(width, Is.InRange(0.001, 0.5), "a noisy run's interval, to put gates either side of");
        var under = Analyse(probeSpread: 0.002, seed: 3, jitter: 0.25, gate: width * 0.9);
        var over = Analyse(probeSpread: 0.002, seed: 3, jitter: 0.25, gate: width * 1.1);
        Assert.Multiple(() =>
        {
            Assert.That(under.Disturbed, Is.True);
            Assert.That(under.Conclusions.Select(c => c.Code), Has.Member(ConclusionCodes.WithinRunNoise));
            Assert.That(over.Conclusions.Select(c => c.Code), Has.No.Member(ConclusionCodes.WithinRunNoise));
        });
    }

    private static RunResult Analyse(double probeSpread, int seed, double jitter = 0.002, double? gate = null)
    {
        var random = new Random(seed);
        var result = new TestResult { Seed = seed, Jitter = jitter, Kernels = [TestKernel.Scoring("namd", 10, samples: 90), TestKernel.Scoring("povray", 10, samples: 90)] }.Build();
        var probes = Enumerable.Range(0, result.Copies.Count)
            .SelectMany(copy => new[] { "alu", "memory" }.Select(name => new NoiseProbeSeries(name, copy, Normal(random, 80, 0.004, probeSpread))))
            .ToArray();
        var measured = new MeasuredRun(result with { ScoreInterval = null, Noise = null, Estimate = null, Conclusions = [] }, SampleSnapshot.From(result), StopCheck.None) { Probes = probes };
        var thresholds = gate is { } g ? QualityThresholds.Default with { WithinRunError = g } : null;
        return RunAnalysis.Analyse(measured, DefaultModel.Provisional, new FactorSettings(), NodeHistory.None, thresholds: thresholds);
    }

    private static double[] Normal(Random random, int count, double mean, double relativeSd) =>
        [.. Enumerable.Range(0, count).Select(_ => mean * (1 + (relativeSd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))))];
}
