using System.Globalization;

namespace Calibrate.Cli.Tests.Infrastructure;

/// <summary>--help teaches: every command's help is snapshot-tested, so a change in it is reviewed.</summary>
public sealed class HelpTests
{
    [TestCase("")]
    [TestCase("run")]
    [TestCase("probe")]
    public void Help_is_stable_and_culture_independent(string command)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "", "de-DE" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);
                using var cli = new CliRunner();
                string[] args = command.Length == 0 ? ["--help"] : [command, "--help"];
                var (exit, output, _) = cli.Run(args);
                Assert.That(exit, Is.EqualTo(0));
                Snapshot.Match(output, $"help-{(command.Length == 0 ? "root" : command)}.txt");
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Test]
    public void The_worker_command_is_hidden_from_help()
    {
        using var cli = new CliRunner();
        Assert.That(cli.Run("--help").Out, Does.Not.Contain("__worker"));
    }
}
