using Calibrate.Core.Probing;
using Calibrate.Node.Boot;
using Calibrate.TestSupport.Results;

namespace Calibrate.Node.Tests.Boot;

/// <summary>The publish decision as a pure function: what a boot publishes for each kind of measurement.</summary>
public sealed class BootGateTests
{
    private static readonly HardwareFingerprint Node = HardwareFingerprint.Of(new TestResult().Build().Probe);

    [Test]
    public void A_good_measurement_is_published()
    {
        var measured = new TestResult().Build();
        var decision = BootGate.Decide(measured, null, Node, null);
        Assert.That(decision, Is.EqualTo(new BootDecision(measured, false, [], BootOutcome.Published)).Using<BootDecision>(Same));
    }

    [Test]
    public void A_disturbed_measurement_publishes_nothing_and_exits_disturbed()
    {
        var decision = BootGate.Decide(new TestResult { Disturbed = true }.Build(), null, Node, null);
        Assert.Multiple(() =>
        {
            Assert.That(decision.Publish, Is.Null);
            Assert.That(decision.Outcome, Is.EqualTo(BootOutcome.Disturbed));
            Assert.That(decision.Reasons, Has.Some.Contains("disturbed"));
        });
    }

    [Test]
    public void A_failed_measurement_publishes_nothing_and_keeps_its_exit_code()
    {
        var decision = BootGate.Decide(null, ("a kernel's output was wrong", BootOutcome.InvalidMeasurement), Node, null);
        Assert.That((decision.Publish, decision.Outcome, decision.Reasons.Single()), Is.EqualTo(((Core.Results.RunResult?)null, BootOutcome.InvalidMeasurement, "a kernel's output was wrong")));
    }

    [Test]
    public void An_unestimated_result_is_not_published()
    {
        var decision = BootGate.Decide(new TestResult().Build() with { Estimate = null }, null, Node, null);
        Assert.That((decision.Publish, decision.Outcome), Is.EqualTo(((Core.Results.RunResult?)null, BootOutcome.Failed)));
    }

    [Test]
    public void With_fallback_the_last_good_result_of_the_same_hardware_stands_in_but_the_exit_still_says_failed()
    {
        var lastGood = new TestResult().Build() with { Id = Guid.NewGuid() };
        var decision = BootGate.Decide(new TestResult { Disturbed = true }.Build(), null, Node, lastGood);
        Assert.Multiple(() =>
        {
            Assert.That(decision.Publish, Is.SameAs(lastGood));
            Assert.That(decision.IsFallback, Is.True);
            Assert.That(decision.Outcome, Is.EqualTo(BootOutcome.Disturbed));
        });
    }

    [Test]
    public void A_last_result_from_other_hardware_is_no_fallback()
    {
        var resized = new TestResult { Cpus = 4 }.Build();
        var decision = BootGate.Decide(null, ("the measurement did not finish", BootOutcome.Failed), Node, resized);
        Assert.Multiple(() =>
        {
            Assert.That(decision.Publish, Is.Null);
            Assert.That(decision.Reasons[^1], Does.StartWith("no fallback: the last result").And.Contain("other hardware (AMD EPYC 7302 16-Core Processor, 4 CPUs as 1x4x1, 8 GiB, now AMD EPYC 7302 16-Core Processor, 2 CPUs as 1x2x1, 8 GiB)"));
        });
    }

    [Test]
    public void A_disturbed_last_result_is_no_fallback() =>
        Assert.That(BootGate.Decide(null, ("timeout", BootOutcome.Failed), Node, new TestResult { Disturbed = true }.Build()).Publish, Is.Null);

    [Test]
    public void Memory_is_compared_in_whole_GiB()
    {
        var probe = new TestResult().Build().Probe;
        Assert.Multiple(() =>
        {
            Assert.That(HardwareFingerprint.Of(probe with { MemoryKiB = 16_384_000 }), Is.EqualTo(HardwareFingerprint.Of(probe with { MemoryKiB = 16_390_000 })));
            Assert.That(HardwareFingerprint.Of(probe with { MemoryKiB = 16_384_000 }), Is.Not.EqualTo(HardwareFingerprint.Of(probe with { MemoryKiB = 33_554_432 })));
        });
    }

    private static bool Same(BootDecision a, BootDecision b) =>
        ReferenceEquals(a.Publish, b.Publish) && a.IsFallback == b.IsFallback && a.Reasons.SequenceEqual(b.Reasons) && a.Outcome == b.Outcome;
}
