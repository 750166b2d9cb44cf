using Calibrate.Core.Factors;
using Calibrate.Core.Quality;
using Calibrate.Node.Measurement;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Quality;

namespace Calibrate.Node.Tests.Measurement;

/// <summary>A bad model costs a run its estimate, never its measurement: no exception, a warning saying why (issue 15, defect 4).</summary>
public sealed class RunEstimateTests
{
    private static readonly Calibrate.Core.Probing.NodeProbe Probe = new Calibrate.TestSupport.Results.TestResult().Build().Probe;

    private static readonly ScoreEvidence Evidence = ScoreEvidence.OfRun(20.0, null, ReproducibilityEstimator.Default);

    [Test]
    public void A_sane_model_gives_its_estimate()
    {
        var (estimate, failure) = RunEstimate.Of(DefaultModel.Provisional, null, Evidence, 2, new FactorSettings(), Probe, []);
        Assert.That(failure, Is.Null);
        Assert.That(estimate!.Value, Is.GreaterThan(0));
    }

    [TestCase(1e300, 1e300)]
    [TestCase(1e200, 0.0)]
    [TestCase(double.NaN, 0.0)]
    public void A_model_that_gives_no_finite_figures_leaves_no_estimate_and_says_so(double k, double kVariance)
    {
        var model = DefaultModel.Provisional with { K = k, KVariance = kVariance };
        var (estimate, failure) = RunEstimate.Of(model, null, Evidence, 2, new FactorSettings(), Probe, []);
        Assert.That(estimate, Is.Null);
        Assert.That(failure!.Code, Is.EqualTo(ConclusionCodes.EstimateFailed));
        Assert.That(failure.Severity, Is.EqualTo(Severity.Warning));
        Assert.That(failure.Message, Does.StartWith("estimate failed:").And.Contain("stored without an estimate"));
    }

    [Test]
    public void No_model_leaves_no_estimate_with_the_reason()
    {
        var (estimate, failure) = RunEstimate.Of(null, "the calibration model current.json is unreadable", Evidence, 2, new FactorSettings(), Probe, []);
        Assert.That(estimate, Is.Null);
        Assert.That(failure!.Message, Does.Contain("current.json is unreadable"));
    }
}
