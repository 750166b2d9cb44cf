using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Processes;

namespace Calibrate.Pushers.Tests.Common;

public class CommandExecutorTests
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

    [Test]
    public async Task Arguments_are_passed_as_a_vector_never_through_a_shell()
    {
        using var bin = new StandIns("qconf");
        await bin.Executor().RunAsync(CommandLine.Of("qconf", "-mattr", "a b; touch /tmp/x", "$(id)"), CancellationToken.None);
        Assert.That(bin.Calls.Single(), Is.EqualTo("qconf|-mattr|a b; touch /tmp/x|$(id)"));
    }

    [Test]
    public void The_stand_ins_are_on_the_child_PATH_only()
    {
        using var bin = new StandIns("lshosts");
        Assert.That(bin.Runner().Locate("lshosts"), Does.EndWith("/bin/lshosts"));
        Assert.That(Environment.GetEnvironmentVariable("PATH"), Does.Not.Contain("calibrate-pushers-"));
        Assert.That(new ProcessCommandRunner().Locate("lshosts"), Is.Null);
    }

    [Test]
    public void A_missing_program_is_a_clear_failure()
    {
        var error = Assert.ThrowsAsync<CommandFailedException>(() =>
            new ProcessCommandRunner().RunAsync(CommandLine.Of("no-such-calibrate-tool"), TimeSpan.FromSeconds(1), CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("not found on PATH"));
    }
}
