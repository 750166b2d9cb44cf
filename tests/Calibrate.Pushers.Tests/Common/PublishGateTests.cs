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
