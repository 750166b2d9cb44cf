using Calibrate.TestSupport.Snapshots;


namespace Calibrate.Cli.Tests.Infrastructure;

/// <summary>--help teaches: every command's help is snapshot-tested, so a change in it is reviewed.</summary>
public sealed class HelpTests
{
    [TestCase("")]
    [TestCase("run")]
    [TestCase("probe")]
    public void Help_is_stable_and_culture_independent(string command)
    {
        string[] args = command.Length == 0 ? ["--help"] : [command, "--help"];
        Snapshot.Match($"help-{(command.Length == 0 ? "root" : command)}.txt", () => CliRunner.Output(_ => { }, args));
    }

    [Test]
    public void The_worker_command_is_hidden_from_help()
    {
        using var cli = new CliRunner();
        Assert.That(cli.Run("--help").Out, Does.Not.Contain("__worker"));
    }
}
