using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Statistics;

/// <summary>The statistics commands' help, snapshot-tested under the invariant and a comma-decimal culture.</summary>
public sealed class StatisticsHelpTests
{
    [TestCase("fit")]
    [TestCase("factor")]
    [TestCase("compare")]
    [TestCase("fleet outliers")]
    public void Help_is_stable_and_culture_independent(string command) =>
        Snapshot.Match($"{command.Replace(' ', '-')}-help.txt", () => CliRunner.Output(_ => { }, [.. command.Split(' '), "--help"]));
}
