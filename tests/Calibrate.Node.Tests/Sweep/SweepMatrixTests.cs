using Calibrate.Core.Running;
using Calibrate.Node.Hosting;
using Calibrate.Node.Sweep;
using Calibrate.TestSupport.Results;

namespace Calibrate.Node.Tests.Sweep;

public sealed class SweepMatrixTests
{
    [TestCase("1..4", 8, new[] { 1, 2, 3, 4 })]
    [TestCase("1,2,4,8", 8, new[] { 1, 2, 4, 8 })]
    [TestCase("1..N", 3, new[] { 1, 2, 3 })]
    [TestCase(null, 2, new[] { 1, 2 })]
    [TestCase("4,1..2,4", 8, new[] { 1, 2, 4 })]
    [TestCase("N", 6, new[] { 6 })]
    public void Parses_copy_counts(string? spec, int allowed, int[] expected) =>
        Assert.That(SweepMatrix.ParseCopies(spec, allowed), Is.EqualTo(expected));

    [TestCase("0")]
    [TestCase("4..2")]
    [TestCase("1..2..3")]
    [TestCase("x")]
    public void Rejects_bad_copy_specs_naming_the_part(string spec)
    {
        var error = Assert.Throws<InputException>(() => SweepMatrix.ParseCopies(spec, 8));
        Assert.That(error!.Message, Does.Contain($"--copies '{spec}'"));
    }

    [Test]
    public void Rejects_an_unknown_pinning() =>
        Assert.That(Assert.Throws<InputException>(() => SweepMatrix.ParsePinnings("none,sockets"))!.Message, Does.Contain("unknown pinning 'sockets'"));

    [Test]
    public void Cells_the_node_cannot_hold_are_left_out_and_named()
    {
        var probe = new TestResult { Cpus = 2 }.Build().Probe;
        var (cells, skipped) = SweepMatrix.Plan(probe, [1, 2, 3], SweepMatrix.ParsePinnings("none,thread"), "sw");
        Assert.That(cells.Select(c => c.Label), Is.EqualTo(new[] { "sw-none-1", "sw-none-2", "sw-none-3", "sw-thread-1", "sw-thread-2" }));
        Assert.That(skipped.Single(), Does.StartWith("thread x3:"));
        Assert.That(cells[3].Pinning, Is.EqualTo(new Pinning(PinningKind.Thread)));
    }
}
