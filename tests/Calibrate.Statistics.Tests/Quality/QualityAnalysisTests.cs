using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Core.Topology;
using Calibrate.Statistics.Quality;
using Calibrate.Statistics.Tests.Support;
using Calibrate.TestSupport.Results;

namespace Calibrate.Statistics.Tests.Quality;

public sealed class QualityAnalysisTests
{
    private static readonly InterferenceSummary Quiet = new() { SampleCount = 10, StealFraction = 0, OtherProcessesCpus = 0, LoadAverageMax = 2 };

    private static double[][] Copies(int copies, int seed, double sd = 0.005) =>
        Enumerable.Range(0, copies).Select(i => Samples.Normal(new Random(seed + i), 40, 1.0, sd)).ToArray();

    /// <summary>A run of one kernel per copy with the given sample times, on one CPU per copy unless given, copy i pinned to CPU i or unpinned.</summary>
    private static RunResult Run(double[][] copies, InterferenceSummary? interference = null, bool verified = true, int? allowedCpus = null, bool pinned = false) => new TestResult
    {
        CopyResults = [.. copies.Select((samples, i) => TestResult.Copy(i, pinned ? CpuSet.Of([i]) : null, new TestKernel("alpha", 1.0, [samples]) { Verified = verified }))],
        Pinning = pinned ? "thread" : "none",
        Cpus = allowedCpus,
        Interference = interference ?? Quiet,
    }.Build();

    [Test]
    public void A_quiet_run_has_no_conclusions()
    {
        var verdict = QualityAnalysis.Analyse(Run(Copies(4, 1)));
        Assert.Multiple(() =>
        {
            Assert.That(verdict.Conclusions, Is.Empty);
            Assert.That(verdict.Disturbed, Is.False);
        });
    }

    [Test]
    public void A_slow_copy_is_an_outlier_and_a_much_slower_one_disturbs_the_run()
    {
        var copies = Copies(6, 2);
        copies[3] = copies[3].Select(t => t * 1.05).ToArray();
        var warning = QualityAnalysis.Analyse(Run(copies));
        copies[3] = copies[3].Select(t => t * 1.2).ToArray();
        var error = QualityAnalysis.Analyse(Run(copies));
        Assert.Multiple(() =>
        {
            Assert.That(warning.Conclusions.Single(c => c.Code == ConclusionCodes.OutlierCopy).Severity, Is.EqualTo(Severity.Warning));
            Assert.That(warning.Conclusions.Single().Message, Does.Contain("copy 3"));
            Assert.That(warning.Disturbed, Is.False);
            Assert.That(error.Conclusions.Single(c => c.Code == ConclusionCodes.OutlierCopy).Severity, Is.EqualTo(Severity.Error));
            Assert.That(error.Disturbed, Is.True);
        });
    }

    [Test]
    public void Many_spikes_are_reported_as_outlying_samples()
    {
        var copies = Copies(2, 3);
        for (var i = 0; i < copies[0].Length; i += 4)
        {
            copies[0][i] *= 1.3;
        }

        var conclusion = QualityAnalysis.Analyse(Run(copies)).Conclusions.Single(c => c.Code == ConclusionCodes.OutlierSamples);
        Assert.That(conclusion.Severity, Is.EqualTo(Severity.Warning));
    }

    [Test]
    public void Two_speeds_are_a_bimodality_hint()
    {
        var copies = Copies(2, 4, 0.002);
        copies[1] = copies[1].Select((t, i) => i < 20 ? t : t * 1.03).ToArray();
        var verdict = QualityAnalysis.Analyse(Run(copies));
        Assert.That(verdict.Conclusions.Single(c => c.Code == ConclusionCodes.Bimodal).Severity, Is.EqualTo(Severity.Hint));
    }

    [TestCase(0.01, null)]
    [TestCase(0.05, Severity.Warning)]
    [TestCase(0.2, Severity.Error)]
    public void Steal_is_graded(double steal, Severity? expected)
    {
        var interference = Quiet with { StealFraction = steal };
        var found = QualityAnalysis.Analyse(Run(Copies(2, 5), interference)).Conclusions.SingleOrDefault(c => c.Code == ConclusionCodes.Steal);
        Assert.That(found?.Severity, Is.EqualTo(expected));
    }

    [Test]
    public void Other_load_on_idle_CPUs_is_not_competition_but_on_busy_ones_it_is()
    {
        var load = Quiet with { OtherProcessesCpus = 0.5 };
        var idleCpus = QualityAnalysis.Analyse(Run(Copies(2, 6), load, allowedCpus: 4));
        var busy = QualityAnalysis.Analyse(Run(Copies(2, 6), load, allowedCpus: 2));
        Assert.Multiple(() =>
        {
            Assert.That(idleCpus.Conclusions, Is.Empty);
            Assert.That(busy.Conclusions.Single(c => c.Code == ConclusionCodes.OtherLoad).Severity, Is.EqualTo(Severity.Error));
        });
    }

    [Test]
    public void Other_load_on_the_CPUs_the_copies_were_pinned_to_competes_however_many_others_were_idle()
    {
        // The monitor sampled CPUs 0 and 1 only (the copies' pins): half a CPU of other load there ran beside a copy.
        var pinned = Run(Copies(2, 6), Quiet with { OtherProcessesCpus = 0.5 }, allowedCpus: 8, pinned: true);
        var conclusion = QualityAnalysis.Analyse(pinned).Conclusions.Single(c => c.Code == ConclusionCodes.OtherLoad);
        Assert.That((conclusion.Severity, conclusion.Message), Is.EqualTo((Severity.Error, "other processes used 0.50 CPUs, 25.0% of the copies' CPUs")));
    }

    [Test]
    public void A_frequency_drop_is_a_warning()
    {
        var interference = Quiet with { FrequencyMHzMin = 2400, FrequencyMHzMax = 3700 };
        var verdict = QualityAnalysis.Analyse(Run(Copies(2, 7), interference));
        Assert.That(verdict.Conclusions.Single().Code, Is.EqualTo(ConclusionCodes.FrequencyDrop));
    }

    [Test]
    public void An_unverified_kernel_is_an_error()
    {
        var verdict = QualityAnalysis.Analyse(Run(Copies(2, 8), verified: false));
        Assert.Multiple(() =>
        {
            Assert.That(verdict.Conclusions.Single().Code, Is.EqualTo(ConclusionCodes.UnverifiedKernel));
            Assert.That(verdict.Disturbed, Is.True);
        });
    }
}
