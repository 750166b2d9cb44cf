using Calibrate.Platform.Processes;
using Calibrate.TestSupport.Processes;

namespace Calibrate.Platform.Tests.Processes;

public sealed class CommandExecutorTests
{
    [Test]
    public async Task A_transient_failure_is_retried_with_backoff_until_it_succeeds()
    {
        using var bin = new StandIns("badmin").Fail("badmin mbdrestart", times: 2);
        var result = await bin.Executor().RunAsync(CommandLine.Of("badmin", "mbdrestart", "-f"), CancellationToken.None);
        Assert.That(result.Succeeded, Is.True);
        Assert.That(bin.Calls, Has.Count.EqualTo(3));
    }

    [Test]
    public void A_command_that_keeps_failing_is_reported_with_its_stderr()
    {
        using var bin = new StandIns("badmin").Fail("badmin mbdrestart");
        var error = Assert.ThrowsAsync<CommandFailedException>(() => bin.Executor().RunAsync(CommandLine.Of("badmin", "mbdrestart", "-f"), CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("badmin mbdrestart -f").And.Contain("exited with 3").And.Contain("tried 3 times").And.Contain("told to fail (3)"));
    }

    [Test]
    public void A_hanging_command_is_killed_at_its_timeout()
    {
        using var bin = new StandIns("lsadmin").Hang("lsadmin reconfig");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.ThrowsAsync<CommandFailedException>(() =>
            bin.Executor(TimeSpan.FromMilliseconds(300)).RunAsync(CommandLine.Of("lsadmin", "reconfig", "-f"), CancellationToken.None, RetryPolicy.Once with { Timeout = TimeSpan.FromMilliseconds(300) }));
        Assert.That(error!.Message, Does.Contain("timed out"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }
}
