using System.Text.RegularExpressions;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Tests.Statistics;

/// <summary>
/// A fit refuses reference values no real node has, and a bad model already on file makes `factor` fail with one
/// clear line, never exit 70 (issue 15, defect 4).
/// </summary>
public sealed partial class BadModelTests
{
    [TestCase("1e300")]
    [TestCase("1e6")]
    [TestCase("0.5")]
    public void Fit_refuses_an_implausible_reference_and_stores_nothing(string hs06)
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        SiteData.Write(cli, "refs.csv", SiteData.References.Replace("e5v2-01,318.0", "e5v2-01," + hs06, StringComparison.Ordinal));
        var (exit, _, error) = cli.Run("fit", "--reference", "refs.csv");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage), error);
            Assert.That(error, Does.Contain("e5v2-01").And.Contain("plausible 2.5 to 80"));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "results", "models")), Is.False);
        });
    }

    [TestCase("1e300")]
    [TestCase("-3")]
    public void Factor_with_a_bad_model_on_file_is_one_line_and_exit_1(string k)
    {
        using var cli = new CliRunner();
        SiteData.Store(cli);
        SiteData.Write(cli, "refs.csv", SiteData.References);
        Assert.That(cli.Run("fit", "--reference", "refs.csv").Exit, Is.Zero);
        var current = Path.Combine(cli.WorkingDirectory, "results", "models", "current-hs06.json");
        File.WriteAllText(current, Slope().Replace(File.ReadAllText(current), $"\"k\": {k},", 1));

        var (exit, output, error) = cli.Run("factor", "--latest", "--force");

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Failed), output + error);
            Assert.That(error, Does.Contain("model").And.Contain("calibrate fit").And.Not.Contain("internal error"));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        });
    }

    [GeneratedRegex("\"k\": [^,]+,")]
    private static partial Regex Slope();
}
