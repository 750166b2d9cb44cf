using Calibrate.Core.Running;

namespace Calibrate.Core.Tests.Running;

public sealed class PinningTests
{
    [TestCase("none", PinningKind.None)]
    [TestCase("CORE", PinningKind.Core)]
    [TestCase("thread", PinningKind.Thread)]
    [TestCase("numa", PinningKind.Numa)]
    public void Parses_the_policies(string text, PinningKind kind)
    {
        Assert.That(Pinning.TryParse(text, out var pinning, out _), Is.True);
        Assert.That(pinning!.Kind, Is.EqualTo(kind));
    }

    [Test]
    public void Parses_an_explicit_list_and_prints_it_back()
    {
        Assert.That(Pinning.TryParse("list:0,2,4-7", out var pinning, out _), Is.True);
        Assert.That(pinning!.Cpus!.ToString(), Is.EqualTo("0,2,4-7"));
        Assert.That(pinning.ToString(), Is.EqualTo("list:0,2,4-7"));
    }

    [TestCase("sockets", "unknown pinning 'sockets'")]
    [TestCase("list:", "list: needs at least one CPU")]
    [TestCase("list:x", "'x' is not a CPU id")]
    public void Rejects_bad_policies_with_a_clear_message(string text, string message)
    {
        Assert.That(Pinning.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(message));
    }
}
