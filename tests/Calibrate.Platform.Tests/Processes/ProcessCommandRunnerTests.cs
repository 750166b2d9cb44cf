using Calibrate.Platform.Processes;
using Calibrate.TestSupport.Processes;

namespace Calibrate.Platform.Tests.Processes;

public sealed class ProcessCommandRunnerTests
{
    [Test]
    public async Task Arguments_are_passed_as_a_vector_never_through_a_shell()
    {
        using var bin = new StandIns("qconf");
        await bin.Runner().RunAsync(CommandLine.Of("qconf", "-mattr", "a b; touch /tmp/x", "$(id)", ""), TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.That(bin.ArgumentsOf("qconf").Single(), Is.EqualTo(new[] { "-mattr", "a b; touch /tmp/x", "$(id)", "" }));
    }

    [Test]
    public void The_stand_ins_are_on_the_child_PATH_only()
    {
        using var bin = new StandIns("lshosts");
        Assert.That(bin.Runner().Locate("lshosts"), Does.EndWith("/bin/lshosts"));
        Assert.That(Environment.GetEnvironmentVariable("PATH"), Does.Not.Contain("calibrate-standins-"));
        Assert.That(new ProcessCommandRunner().Locate("lshosts"), Is.Null);
    }

    [Test]
    public async Task Stdout_stderr_and_the_exit_code_come_back_even_when_the_child_writes_more_than_a_pipe_holds()
    {
        using var bin = new StandIns().Behave("chatty", "head -c 200000 /dev/zero | tr '\\0' o; head -c 200000 /dev/zero | tr '\\0' e >&2; exit 7");
        var result = await bin.Runner().RunAsync(CommandLine.Of("chatty"), TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(7));
            Assert.That(result.TimedOut, Is.False);
            Assert.That(result.StandardOutput, Has.Length.EqualTo(200_000));
            Assert.That(result.StandardError, Has.Length.EqualTo(200_000));
        });
    }

    [Test]
    public async Task A_child_past_its_timeout_is_killed_with_its_children()
    {
        using var bin = new StandIns().Behave("forks", "sleep 300 & echo $! > \"$here/child.pid\"; wait");
        var result = await bin.Runner().RunAsync(CommandLine.Of("forks"), TimeSpan.FromSeconds(2), CancellationToken.None);
        var child = File.ReadAllText(Path.Combine(bin.Root, "child.pid")).Trim();
        Assert.Multiple(() =>
        {
            Assert.That(result.TimedOut, Is.True);
            Assert.That(result.ExitCode, Is.Null);
            Assert.That(Running(child), Is.False, "the grandchild outlived the timeout");
        });
    }

    /// <summary>Whether the process runs: /proc/PID exists and is not a zombie (a container's PID 1 may never reap it).</summary>
    private static bool Running(string pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z') is false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    [Test]
    public void A_missing_program_is_a_clear_failure()
    {
        var error = Assert.ThrowsAsync<CommandFailedException>(() =>
            new ProcessCommandRunner().RunAsync(CommandLine.Of("no-such-calibrate-tool"), TimeSpan.FromSeconds(1), CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("not found on PATH"));
    }
}
