using System.Diagnostics;
using Calibrate.Node.Boot;

namespace Calibrate.Node.Tests.Boot;

/// <summary>A step that hangs, ignoring its token, is abandoned at its limit; one that listens is stopped before.</summary>
public sealed class BoundedTests
{
    [Test]
    public async Task A_step_that_ignores_cancellation_is_abandoned_at_its_limit()
    {
        var clock = Stopwatch.StartNew();
        var outcome = await Bounded.RunAsync(_ => Task.Run(() => { Thread.Sleep(TimeSpan.FromSeconds(30)); return 1; }), TimeSpan.FromSeconds(2), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.IsTimedOut, Is.True);
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(4)));
        });
    }

    [Test]
    public async Task A_step_that_listens_is_cancelled_a_grace_before_its_limit()
    {
        var outcome = await Bounded.RunAsync(async ct => { await Task.Delay(TimeSpan.FromSeconds(30), ct); return 1; }, TimeSpan.FromSeconds(3), CancellationToken.None);
        Assert.That(outcome.IsTimedOut, Is.True);
    }

    [Test]
    public async Task A_step_that_finishes_gives_its_value() =>
        Assert.That((await Bounded.RunAsync(_ => Task.FromResult(42), TimeSpan.FromSeconds(5), CancellationToken.None)).Value, Is.EqualTo(42));
}
