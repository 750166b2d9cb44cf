namespace Calibrate.Cli.Tests.Statistics;

/// <summary>The statistics commands' help, snapshot-tested under the invariant and a comma-decimal culture.</summary>
public sealed class StatisticsHelpTests
{
    [TestCase("fit", "")]
    [TestCase("fit", "de-DE")]
    [TestCase("factor", "")]
    [TestCase("factor", "de-DE")]
    [TestCase("compare", "")]
    [TestCase("compare", "de-DE")]
    [TestCase("fleet outliers", "")]
    [TestCase("fleet outliers", "de-DE")]
    public void Help_is_stable_and_culture_independent(string command, string culture)
    {
        using var cli = new CliRunner();
        var (exit, output, error) = Cultures.Under(culture, () => cli.Run([.. command.Split(' '), "--help"]));
        Assert.That(exit, Is.EqualTo(0), error);
        Snapshot.Match(output, $"{command.Replace(' ', '-')}-help.txt");
    }
}
