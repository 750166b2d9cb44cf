using System.Globalization;
using Calibrate.Cli.Commands.Boot;
using Calibrate.Cli.Configuration;
using Calibrate.Cli.Tests.Run;

namespace Calibrate.Cli.Tests.Boot;

/// <summary>The journal lines of a boot, snapshot-tested in the invariant culture and under de-DE: the same text.</summary>
public sealed class BootLinesTests
{
    [TestCase("")]
    [TestCase("de-DE")]
    public void A_boot_reads_the_same_in_every_culture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            Snapshot.Match(Transcript(), "boot-journal.txt");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static string Transcript()
    {
        var result = SampleRun.Result();
        var disturbed = SampleRun.Result(disturbed: true);
        var config = ConfigParser.Parse("store:\n  central: postgresql://calibrate@db/calibrate\npushers:\n  mjf: {}\n  slurm: {}\n", "/etc/calibrate/calibrate.yaml");
        var output = new StringWriter();
        var journal = new BootJournal(output);
        journal.Step("config", BootLines.Config(config, "/var/lib/calibrate/calibrate.db"));
        journal.Step("probe", BootLines.Probe(result.Probe with { MemoryKiB = 8_000_000 }));
        journal.Step("measure", BootLines.Measure(result));
        journal.Step("verdict", BootLines.Verdict(result));
        journal.Step("estimate", BootLines.Estimate(result));
        journal.Step("done", BootLines.Done(result, ["mjf", "slurm"], TimeSpan.FromSeconds(52.34)));
        journal.Step("verdict", BootLines.Verdict(disturbed));
        journal.Step("fallback", BootLines.Fallback(result));
        journal.Step("failed", BootLines.Failed(["the measurement is flagged disturbed"], false, TimeSpan.FromSeconds(49.5)));
        journal.Step("failed", BootLines.Failed(["the measurement is flagged disturbed"], true, TimeSpan.FromSeconds(49.5)));
        return output.ToString();
    }
}
