using System.CommandLine;
using Calibrate.Cli.Commands;
using Calibrate.Cli.Infrastructure;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Infrastructure;

/// <summary>
/// --help teaches: the help of calibrate and of every command under it, leaves and groups, found by walking the command
/// tree, is snapshot-tested under the invariant culture and de-DE (Snapshots/help-PATH.txt), so a change in it is
/// reviewed and a new command cannot come without its help.
/// </summary>
public sealed class HelpTests
{
    private static IEnumerable<TestCaseData> Commands() =>
        Paths(Root(), []).Select(path => new TestCaseData(path).SetArgDisplayNames(path.Length == 0 ? "calibrate" : path));

    [TestCaseSource(nameof(Commands))]
    public void Help_is_stable_and_culture_independent(string path) =>
        Snapshot.Match(SnapshotName(path), () => CliRunner.Output(_ => { }, [.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]));

    [Test]
    public void Every_help_snapshot_belongs_to_a_command()
    {
        var snapshots = Directory.EnumerateFiles(Path.Combine(TestSupport.Files.Repository.Path("tests", "Calibrate.Cli.Tests", "Snapshots")), "help-*.txt").Select(Path.GetFileName);
        Assert.That(snapshots, Is.EquivalentTo(Paths(Root(), []).Select(SnapshotName)), "a help snapshot of a command that is gone, or a command without one");
    }

    [Test]
    public void The_worker_command_is_hidden_from_help()
    {
        using var cli = new CliRunner();
        Assert.That(cli.Run("--help").Out, Does.Not.Contain("__worker"));
    }

    /// <summary>"" for calibrate itself, then "run", "results", "results list", ...: every command users see.</summary>
    private static IEnumerable<string> Paths(Command command, IReadOnlyList<string> above)
    {
        yield return string.Join(' ', above);
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
        {
            foreach (var path in Paths(sub, [.. above, sub.Name]))
            {
                yield return path;
            }
        }
    }

    private static string SnapshotName(string path) => $"help-{(path.Length == 0 ? "root" : path.Replace(' ', '-'))}.txt";

    private static Command Root() => CommandCatalog.CreateRoot(new CliContext
    {
        Out = TextWriter.Null,
        Error = TextWriter.Null,
        WorkingDirectory = Path.GetTempPath(),
        GetEnvironment = _ => null,
    });
}
