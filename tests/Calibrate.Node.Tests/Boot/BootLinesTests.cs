using Calibrate.Node.Boot;
using Calibrate.Node.Configuration;
using Calibrate.TestSupport.Results;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Node.Tests.Boot;

/// <summary>The journal lines of a boot, snapshot-tested in the invariant culture and under de-DE: the same text.</summary>
public sealed class BootLinesTests
{
    [Test]
    public void A_boot_reads_the_same_in_every_culture() => Snapshot.Match("boot-journal.txt", Transcript);

    private static string Transcript()
    {
        var result = new TestResult().Build();
        var disturbed = new TestResult { Disturbed = true }.Build();
        var config = ConfigParser.Parse("store:\n  central: postgresql://calibrate@db/calibrate\npushers:\n  mjf: {}\n  slurm: {}\n", "/etc/calibrate/calibrate.yaml");
        var journal = new RecordingJournal();
        journal.Record("config", BootLines.Config(config, "/var/lib/calibrate/calibrate.db"));
        journal.Record("probe", BootLines.Probe(result.Probe with { MemoryKiB = 8_000_000 }));
        journal.Record("measure", BootLines.Measure(result));
        journal.Record("verdict", BootLines.Verdict(result));
        journal.Record("estimate", BootLines.Estimate(result));
        journal.Record("done", BootLines.Done(result, ["mjf", "slurm"], TimeSpan.FromSeconds(52.34)));
        journal.Record("verdict", BootLines.Verdict(disturbed));
        journal.Record("fallback", BootLines.Fallback(result));
        journal.Record("failed", BootLines.Failed(["the measurement is flagged disturbed"], false, TimeSpan.FromSeconds(49.5)));
        journal.Record("failed", BootLines.Failed(["the measurement is flagged disturbed"], true, TimeSpan.FromSeconds(49.5)));
        return journal.Text;
    }
}
