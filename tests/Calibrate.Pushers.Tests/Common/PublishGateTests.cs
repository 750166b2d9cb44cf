using Calibrate.Core.Factors;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Tests.Support;

namespace Calibrate.Pushers.Tests.Common;

public class PublishGateTests
{
    [Test]
    public void A_plausible_undisturbed_result_with_an_estimate_passes() =>
        Assert.That(PublishGate.Refusals(Nodes.Worker.Build()), Is.Empty);

    [Test]
    public void A_disturbed_result_is_refused_unless_forced()
    {
        var result = (Nodes.Worker with { Disturbed = true }).Build();
        var error = Assert.Throws<PushRefusedException>(() => PublishGate.Ensure(result, force: false));
        Assert.That(error!.Message, Does.Contain("disturbed").And.Contain("--force"));
        Assert.DoesNotThrow(() => PublishGate.Ensure(result, force: true));
    }

    [Test]
    public void A_result_without_an_estimate_is_refused_and_force_cannot_publish_it()
    {
        var result = (Nodes.Worker with { EstimateValue = null }).Build();
        Assert.That(PublishGate.Refusals(result).Single(), Does.Contain("has no estimate"));
        Assert.Throws<PushRefusedException>(() => EstimateRequirement.Of(result));
    }

    [Test]
    public void An_error_conclusion_of_an_undisturbed_result_is_refused_with_its_message_unless_forced()
    {
        var conclusion = new Conclusion(Severity.Error, "prior-disagreement", "the measurement is +100% from the prior: far apart");
        var result = (Nodes.Worker with { Conclusions = [conclusion] }).Build();
        Assert.That(PublishGate.Refusals(result), Is.EqualTo(new[] { conclusion.Message }));
        Assert.DoesNotThrow(() => PublishGate.Ensure(result, force: true));
        var warned = (Nodes.Worker with { Conclusions = [conclusion with { Severity = Severity.Warning }] }).Build();
        Assert.That(PublishGate.Refusals(warned), Is.Empty, "a warning is published");
    }

    /// <summary>With a prior, the plausible range is half to twice its figure per logical CPU, not the fixed 2.5 to 80.</summary>
    [TestCase(9.9, false)]
    [TestCase(10.1, true)]
    [TestCase(39.9, true)]
    [TestCase(40.1, false)]
    public void With_a_prior_the_bounds_are_half_and_twice_its_figure_per_logical_cpu(double perCpu, bool plausible)
    {
        var built = (Nodes.Worker with { EstimateValue = 64 * perCpu }).Build();
        var prior = new EstimatePrior { Value = 64 * 20.0, Low = 64 * 16.0, High = 64 * 25.0, LogicalCpus = 64, RelativeSd = 0.1, SourceUnit = AccountingUnit.HS23, Source = "HEPiX HS23 table, epyc 7302" };
        var result = built with { Estimate = built.Estimate! with { Prior = prior } };
        var refusals = PublishGate.Refusals(result);
        Assert.That(refusals, plausible ? Is.Empty : Has.One.Contains("10 to 40").And.One.Contains("HEPiX HS23 table"));
    }

    [TestCase(64 * 2.4)]
    [TestCase(64 * 81.0)]
    public void HS06_per_logical_CPU_outside_the_stated_bounds_is_refused_with_the_bounds_and_their_source(double hs06)
    {
        var reason = PublishGate.Refusals((Nodes.Worker with { EstimateValue = hs06 }).Build()).Single();
        Assert.That(reason, Does.Contain("2.5 to 80").And.Contain("HEPiX"));
    }

    [TestCase(64 * 2.5)]
    [TestCase(64 * 80.0)]
    public void The_bounds_themselves_are_plausible(double hs06) =>
        Assert.That(PublishGate.Refusals((Nodes.Worker with { EstimateValue = hs06 }).Build()), Is.Empty);

    [Test]
    public void The_bounds_contain_every_published_HEPiX_value_with_a_margin()
    {
        // hs06_results.csv: 5.75..20.7 per copy; hepscore23_results.csv: 5.1..40.1 per online CPU.
        Assert.That(PlausibilityBounds.MinPerLogicalCpu, Is.LessThanOrEqualTo(5.1 / 2));
        Assert.That(PlausibilityBounds.MaxPerLogicalCpu, Is.GreaterThanOrEqualTo(40.1 * 2 - 0.5));
    }
}
