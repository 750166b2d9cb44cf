using Calibrate.Core.Factors;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Priors;
using Calibrate.Statistics.Quality;
using MathNet.Numerics.Distributions;

namespace Calibrate.Statistics.Tests.Calibration;

/// <summary>The measurement and the prior, combined on the log scale, with a conclusion when they disagree.</summary>
public sealed class PriorCombinationTests
{
    private const double Z = 1.959963984540054;

    private static Estimate Measured(double value, double relativeSd, int slots = 2) => new()
    {
        Value = value,
        Low = value * Math.Exp(-Z * relativeSd),
        High = value * Math.Exp(Z * relativeSd),
        Unit = AccountingUnit.HS23,
        Level = 0.95,
        Slots = slots,
        ReferencePerSlot = 10,
        ModelId = "site@1",
        ModelProvisional = false,
    };

    private static EstimatePrior Prior(double value, double relativeSd, double? df = null, int cpus = 2) => new()
    {
        Value = value,
        Low = value * Math.Exp(-Z * relativeSd),
        High = value * Math.Exp(Z * relativeSd),
        LogicalCpus = cpus,
        RelativeSd = relativeSd,
        DegreesOfFreedom = df,
        SourceUnit = AccountingUnit.HS23,
        Source = "test",
    };

    [Test]
    public void Agreeing_figures_are_weighted_by_inverse_variance_on_the_log_scale()
    {
        var (estimate, conclusion) = PriorCombination.Combine(Measured(50, 0.10), Prior(45, 0.05), null);
        var (wm, wp) = (1 / 0.01, 1 / 0.0025);
        var expected = Math.Exp(((wm * Math.Log(50)) + (wp * Math.Log(45))) / (wm + wp));
        var s = Math.Sqrt(1 / (wm + wp));
        Assert.Multiple(() =>
        {
            Assert.That(conclusion, Is.Null);
            Assert.That(estimate.Value, Is.EqualTo(expected).Within(1e-9));
            Assert.That(estimate.High, Is.EqualTo(expected * Math.Exp(Z * s)).Within(1e-6), "both SDs known (unbounded df): the normal quantile");
            Assert.That(estimate.Measurement, Is.EqualTo(new FigureInterval(50, 50 * Math.Exp(-Z * 0.10), 50 * Math.Exp(Z * 0.10))));
            Assert.That(estimate.Combination, Does.Contain("measurement 20%, prior 80%"));
            Assert.That(estimate.High / estimate.Low, Is.LessThan(Prior(45, 0.05).High / Prior(45, 0.05).Low), "narrower than either part");
            Assert.That(estimate.CpuFactor, Is.EqualTo(expected / 2 / 10).Within(1e-9), "the factor follows the published figure");
        });
    }

    [Test]
    public void Figures_2_5_uncertainties_apart_warn_and_widen_by_that_factor()
    {
        var combinedSd = Math.Sqrt(0.01 + 0.01);
        var measured = 40 * Math.Exp(2.5 * combinedSd);
        var (estimate, conclusion) = PriorCombination.Combine(Measured(measured, 0.10), Prior(40, 0.10), null);
        var unscaled = Math.Sqrt(1 / (100.0 + 100.0));
        Assert.Multiple(() =>
        {
            Assert.That(conclusion!.Severity, Is.EqualTo(Severity.Warning));
            Assert.That(conclusion.Code, Is.EqualTo(ConclusionCodes.PriorDisagreement));
            Assert.That(Math.Log(estimate.High / estimate.Value), Is.EqualTo(Z * unscaled * 2.5).Within(1e-9));
            Assert.That(estimate.Combination, Does.Contain("scaled by 2.5"));
        });
    }

    [Test]
    public void Figures_far_apart_are_an_error_and_the_estimate_stays_the_measurement()
    {
        var (estimate, conclusion) = PriorCombination.Combine(Measured(80, 0.05), Prior(40, 0.05), null);
        Assert.Multiple(() =>
        {
            Assert.That(conclusion!.Severity, Is.EqualTo(Severity.Error));
            Assert.That(conclusion.Message, Does.Contain("+100% from the prior"));
            Assert.That(estimate.Value, Is.EqualTo(80));
            Assert.That(estimate.Combination, Is.Null);
            Assert.That(estimate.Prior!.Value, Is.EqualTo(40), "the prior is still shown");
        });
    }

    [Test]
    public void A_prior_of_another_layout_is_shown_but_not_combined()
    {
        var (estimate, conclusion) = PriorCombination.Combine(Measured(25, 0.05, slots: 1), Prior(48, 0.1, cpus: 2), null);
        Assert.Multiple(() =>
        {
            Assert.That(conclusion, Is.Null);
            Assert.That(estimate.Value, Is.EqualTo(25));
            Assert.That(estimate.PriorNote, Is.EqualTo("not combined: the run measured 1 copies, the prior is for all 2 logical CPUs"));
        });
    }

    /// <summary>
    /// Seeded simulation: a node of true figure T, a measurement and a prior each drawn about T with their stated SDs
    /// (the prior's SD itself estimated with its df), combined; the 95% interval must cover T in 93-97% of trials, for
    /// a measurement much better, as good as and much worse than the prior, and a prior with few and many df.
    /// </summary>
    [TestCase(0.03, 0.12, 596.0)]
    [TestCase(0.10, 0.10, 596.0)]
    [TestCase(0.20, 0.06, 596.0)]
    [TestCase(0.10, 0.10, 10.0)]
    [TestCase(0.20, 0.06, 10.0)]
    public void The_combined_95_percent_interval_covers_the_true_figure_93_to_97_percent_of_the_time(double sm, double sp, double dfp)
    {
        var random = new Random(20261201);
        const int Trials = 20_000;
        const double Truth = 40;
        var covered = 0;
        for (var i = 0; i < Trials; i++)
        {
            var m = Truth * Math.Exp(sm * Normal.Sample(random, 0, 1));
            var p = Truth * Math.Exp(sp * Normal.Sample(random, 0, 1));
            var statedSp = sp * Math.Sqrt(ChiSquared.Sample(random, dfp) / dfp);
            var (estimate, _) = PriorCombination.Combine(Measured(m, sm), Prior(p, statedSp, dfp), null);
            covered += estimate.Low <= Truth && Truth <= estimate.High ? 1 : 0;
        }

        var coverage = (double)covered / Trials;
        TestContext.Out.WriteLine($"coverage {coverage:P2} (s_m {sm}, s_p {sp}, prior df {dfp})");
        Assert.That(coverage, Is.InRange(0.93, 0.97));
    }

    [Test]
    public void The_site_replaces_the_table_from_eleven_other_nodes_with_the_predictive_sd()
    {
        var ten = Enumerable.Range(0, 10).Select(i => 40.0 + i).ToArray();
        Assert.That(PriorSources.FromSite(ten, 2, AccountingUnit.HS23, "EPYC"), Is.Null, "ten nodes: the table stays the prior");
        var eleven = ten.Append(45.0).ToArray();
        var prior = PriorSources.FromSite(eleven, 2, AccountingUnit.HS23, "EPYC")!;
        var logs = eleven.Select(f => Math.Log(f)).ToArray();
        var sd = Math.Sqrt(logs.Sum(l => Math.Pow(l - logs.Average(), 2)) / 10) * Math.Sqrt(1 + (1 / 11.0));
        Assert.Multiple(() =>
        {
            Assert.That(prior.Value, Is.EqualTo(Math.Exp(logs.Average())).Within(1e-9));
            Assert.That(prior.RelativeSd, Is.EqualTo(sd).Within(1e-12));
            Assert.That(prior.DegreesOfFreedom, Is.EqualTo(10));
            Assert.That(prior.Source, Does.StartWith("this site's 11 other nodes of EPYC"));
        });
    }
}
