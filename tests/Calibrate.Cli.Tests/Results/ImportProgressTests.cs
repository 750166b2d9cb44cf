using Calibrate.Core.Json;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Results;

public sealed class ImportProgressTests
{
    [Test]
    public void A_long_import_draws_its_progress_in_place_on_a_terminal_and_clears_it()
    {
        using var cli = new CliRunner { ErrorIsTerminal = true };
        var source = Path.Combine(cli.WorkingDirectory, "pending");
        Directory.CreateDirectory(source);
        for (var i = 1; i <= 2500; i++)
        {
            var result = (TestResult.Numbered(i) with { Hostname = $"wn{i:D4}" }).Build();
            File.WriteAllText(Path.Combine(source, $"{i:D4}.json"), CalibrateJson.Serialize(result));
        }

        var (exit, output, error) = cli.Run("results", "import", source, "--store", Path.Combine(cli.WorkingDirectory, "s.db"));

        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.Zero, error);
            Assert.That(output, Does.StartWith("imported 2500, already stored 0, not results 0 (of 2500 files)"));
            Assert.That(error, Does.Contain("\rcalibrate: importing: 1,000 of 2,500 files read"));
            Assert.That(error, Does.Contain("\rcalibrate: importing: 2,000 of 2,500 files read"));
            Assert.That(error, Does.EndWith("\r"), "the progress line is cleared before the report");
        });
    }

    [Test]
    public void A_short_import_prints_its_report_only()
    {
        using var cli = new CliRunner { ErrorIsTerminal = true };
        var file = Path.Combine(cli.WorkingDirectory, "one.json");
        File.WriteAllText(file, CalibrateJson.Serialize(TestResult.Numbered(1).Build()));
        var (exit, _, error) = cli.Run("results", "import", file, "--store", Path.Combine(cli.WorkingDirectory, "s.db"));
        Assert.That(exit, Is.Zero);
        Assert.That(error, Is.Empty);
    }
}
