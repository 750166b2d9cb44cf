using System.Diagnostics;
using System.Globalization;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Results;
using Calibrate.Statistics.Quality;
using Calibrate.Store;

namespace Calibrate.Cli.Tests.Boot;

/// <summary>
/// Real boots on this node, each measuring one copy pinned to one CPU under a 40 s budget, storing locally and
/// publishing MJF. Their outcome is pinned by what runs beside them: with nothing else in the guest the boot publishes
/// the stored estimate (exit 0); with a busy loop pinned to the measured CPU it refuses (exit 4, disturbed) and
/// publishes nothing. Both run under a site gate no run's own interval reaches (measure.max_interval 99%): the default
/// ±5% rightly refuses this shared VM in its noisy hours (CI, 2026-12-02: ±6.3% twice in a row, then ±37.5% with one
/// copy), and what is tested here is the pipeline from measurement to publication, and the other-load gate, not the
/// host. The gate itself is tested where its outcome does not hang on the host (RunAnalysisNoiseTests,
/// MaxIntervalOptionTests).
/// </summary>
[NonParallelizable]
public sealed class BootEndToEndTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(40);

    /// <summary>A within-run gate no run reaches: the boot publishes whatever the host's noise, unless another gate refuses.</summary>
    private const string OpenGate = "99%";

    [Test]
    public void With_nothing_else_on_the_node_a_boot_measures_stores_and_publishes_the_stored_estimate_within_its_budget()
    {
        NodeLoad.RequireQuiet(TimeSpan.FromSeconds(60));
        var cli = new CliRunner();
        var boot = Boot(cli, MeasuredCpu(), maxInterval: OpenGate);
        if (boot.Exit == ExitCodes.Disturbed && boot.Lines.Any(l => l.Contains("verdict: DISTURBED: noisy neighbours", StringComparison.Ordinal)))
        {
            // The hypervisor swamped the caches or CPUs (a probe's time varied by over 25%: no load in this guest shows
            // it) and the boot refused, rightly; it measures once more in a fresh directory before judging.
            cli.Dispose();
            cli = new CliRunner();
            boot = Boot(cli, MeasuredCpu(), maxInterval: OpenGate);
        }

        using var disposeCli = cli;

        var stored = StoredResult(cli);
        Assert.Multiple(() =>
        {
            Assert.That(boot.Exit, Is.EqualTo(ExitCodes.Ok), boot.Output + boot.Error);
            Assert.That(boot.Lines.Select(l => l.Split(':')[1].Trim()), Is.EqualTo(new[] { "config", "lock", "probe", "measure", "verdict", "estimate", "store local", "push mjf", "done" }), boot.Output);
            Assert.That(boot.Lines[^1], Does.Contain("published to mjf"));
            Assert.That(boot.Elapsed, Is.LessThan(Budget + TimeSpan.FromSeconds(1)), boot.Output);
            Assert.That(stored.Disturbed, Is.False, boot.Output);
            Assert.That(stored.Estimate, Is.Not.Null);
        });

        // MJF's hs06 is the stored estimate's HS06 to the two decimals MJF files carry.
        var published = double.Parse(File.ReadAllText(Path.Combine(boot.Mjf, "hs06")), NumberStyles.Float, CultureInfo.InvariantCulture);
        Assert.Multiple(() =>
        {
            Assert.That(published, Is.EqualTo(stored.Estimate!.Value).Within(0.005));
            Assert.That(File.ReadAllText(Path.Combine(boot.Mjf, "total_cpu")), Is.EqualTo("1\n"));
        });
    }

    [Test]
    public void With_a_competing_load_on_the_measured_cpu_a_boot_refuses_and_publishes_nothing()
    {
        var cpu = MeasuredCpu();
        using var cli = new CliRunner();
        BootRun boot;
        using (NodeLoad.Start(cpu))
        {
            boot = Boot(cli, cpu, maxInterval: OpenGate);
        }

        var stored = StoredResult(cli);
        Assert.Multiple(() =>
        {
            Assert.That(boot.Exit, Is.EqualTo(ExitCodes.Disturbed), boot.Output + boot.Error);
            Assert.That(boot.Lines, Has.Some.StartsWith("calibrate boot: verdict: DISTURBED: other processes used"), boot.Output);
            Assert.That(boot.Lines[^1], Does.StartWith("calibrate boot: failed: the measurement is flagged disturbed").And.Contain("nothing published"));
            Assert.That(Directory.EnumerateFileSystemEntries(boot.Mjf), Is.Empty, "nothing is published");
            Assert.That(stored.Disturbed, Is.True);
            // The load is other processes' CPU time on the measured CPU; the noise probes may also see it (noisy neighbours).
            Assert.That(stored.Conclusions.Where(c => c.Severity == Core.Quality.Severity.Error).Select(c => c.Code), Has.Member(ConclusionCodes.OtherLoad));
        });
    }

    /// <summary>The last CPU this process may use: the boot's copy is pinned there, and so is the competing load.</summary>
    private static int MeasuredCpu() => NodeLoad.AllowedCpus[^1];

    private static BootRun Boot(CliRunner cli, int cpu, string maxInterval)
    {
        var mjf = Path.Combine(cli.WorkingDirectory, "machinefeatures");
        Directory.CreateDirectory(mjf);
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "calibrate.yaml"), string.Create(CultureInfo.InvariantCulture, $"""
            measure:
              copies: 1
              pinning: list:{cpu}
              max_interval: {maxInterval}
            pushers:
              mjf:
                directory: {mjf}
            boot:
              budget: {Budget.TotalSeconds}s
            """));
        var clock = Stopwatch.StartNew();
        var (exit, output, error) = cli.Run("boot", "--config", "calibrate.yaml");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.All.StartsWith("calibrate boot: "), output + error);
        return new BootRun(exit, output, error, lines, clock.Elapsed, mjf);
    }

    /// <summary>The one result the boot stored in the node's local store.</summary>
    private static RunResult StoredResult(CliRunner cli)
    {
        using var store = StoreFactory.Open(null, Path.Combine(cli.WorkingDirectory, "results", "calibrate.db"));
        var summary = store.Query(ResultFilter.All).Single();
        Assert.That(summary.Label, Is.EqualTo("boot"));
        return store.Get(summary.Id)!;
    }

    private sealed record BootRun(int Exit, string Output, string Error, string[] Lines, TimeSpan Elapsed, string Mjf);
}
