using System.Globalization;
using Calibrate.Cli.Infrastructure;
using Calibrate.Cli.Tests.Results;
using Calibrate.Platform.Locking;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Mjf;
using Calibrate.Store;
using Calibrate.Store.Files;

namespace Calibrate.Cli.Tests.Kill;

/// <summary>
/// A real `calibrate boot` (one copy, a short budget, the local store, MJF) killed with SIGKILL at seeded random
/// moments of its measured duration. After each kill the store opens whole and gains at most the killed boot's one
/// result; every MJF key file holds its old value or the killed boot's new one, whole, and nothing else is visible
/// in the directory; the node lock is free at once. The next boot then takes the lock and runs to its end: it publishes
/// its stored estimate and leaves no temporary file behind in MJF or results/, or, on a node too busy to measure (a
/// loaded build machine), it is refused or fails by its documented exit code and leaves MJF as it was.
/// </summary>
[NonParallelizable]
public sealed class BootKillTests
{
    private const int Kills = 3;

    /// <summary>A short boot: 65% of it (7.8 s) measures, the rest is set-up, store and push (8 s did not finish measuring on a loaded machine).</summary>
    private const string Budget = "12s";

    /// <summary>What the node published before these boots: both keys differ from what a one-copy boot writes, so a push changes both.</summary>
    private static readonly Dictionary<string, string> Previous = new() { [MjfKeys.Hs06] = "12.34\n", [MjfKeys.TotalCpu] = "2\n" };

    [Test]
    public void A_boot_killed_at_seeded_moments_leaves_whole_results_old_or_new_mjf_files_and_a_free_lock_and_the_next_boot_ends()
    {
        using var cli = new CliRunner();
        var results = Path.Combine(cli.WorkingDirectory, "results");
        var store = Path.Combine(results, "calibrate.db");
        var mjf = Path.Combine(cli.WorkingDirectory, "machinefeatures");
        var environment = new Dictionary<string, string> { [NodeLock.Variable] = Path.Combine(results, ".calibrate.lock") };
        Directory.CreateDirectory(mjf);
        foreach (var (key, value) in Previous)
        {
            File.WriteAllText(Path.Combine(mjf, key), value);
        }

        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "calibrate.yaml"), $"measure:\n  copies: 1\npushers:\n  mjf:\n    directory: {mjf}\n");

        var stored = WholeStore.AssertWhole(store);
        var (duration, _) = BootToEnd(cli, environment, store, mjf, stored);
        stored = WholeStore.AssertWhole(store);

        var killed = 0;
        foreach (var moment in KillMoments.Draw("boot", duration, Kills))
        {
            var before = Published(mjf);
            bool wasRunning;
            string journal;
            using (var process = CalibrateProcess.Start(cli.WorkingDirectory, environment, "boot", "--config", "calibrate.yaml", "--budget", Budget))
            {
                wasRunning = process.KillAt(moment);
                journal = process.Output;
            }

            var now = WholeStore.AssertWhole(store);
            Assert.That(now, Is.SupersetOf(stored), "a kill lost a stored result");
            var added = now.Except(stored).ToList();
            Assert.That(added, Has.Count.LessThanOrEqualTo(1), "a boot stores its one result");
            Leftovers.AssertWholeResultFiles(results);
            var published = Published(mjf);
            var fresh = added.Count == 1 ? PublishedValues(store, added[0]) : null;
            Assert.Multiple(() =>
            {
                foreach (var (key, value) in published)
                {
                    Assert.That(value, Is.EqualTo(before.GetValueOrDefault(key)).Or.EqualTo(fresh?.GetValueOrDefault(key)), $"{key} is neither its old value nor the killed boot's new one");
                }

                Assert.That(published.Keys, Is.EquivalentTo(Previous.Keys), "the files MJF readers list are the keys, no more");
            });
            var last = journal.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "(nothing yet)";
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  at {moment.TotalSeconds:F2} s: {(wasRunning ? "killed" : "had ended")} after '{last}', {added.Count} result stored, left {Describe(Leftovers.Temporaries(mjf).Concat(Leftovers.Temporaries(results)))}"));
            FreeLock.AssertFree(environment[NodeLock.Variable]);
            killed += wasRunning ? 1 : 0;
            stored = now;
        }

        Assert.That(killed, Is.Positive, "no boot was killed: every one ended before its moment");
        Leftovers.LeaveKilledWritersTemporary(Path.Combine(results, "pending"), ResultFiles.FileName(ResultsData.Gold40(1).Build()));
        BootToEnd(cli, environment, store, mjf, stored);
    }

    /// <summary>
    /// Boots to the end and checks what it left, by its documented outcome: published (exit 0), its one result stored
    /// and MJF holding that result's values with no temporary left there; refused (4, disturbed: the node too busy to
    /// measure cleanly), its result stored and MJF as it was; failed (1, the measurement did not finish in the budget,
    /// as on a heavily loaded machine), MJF as it was. A boot that stored its result also left no temporary in results/.
    /// </summary>
    private static (TimeSpan Duration, int Exit) BootToEnd(CliRunner cli, IReadOnlyDictionary<string, string> environment, string store, string mjf, IReadOnlyList<Guid> stored)
    {
        var before = Published(mjf);
        using var process = CalibrateProcess.Start(cli.WorkingDirectory, environment, "boot", "--config", "calibrate.yaml", "--budget", Budget);
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "the boot did not end");
        var lines = process.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var journal = process.Output + process.Error;
        var added = WholeStore.AssertWhole(store).Except(stored).ToList();
        TestContext.Out.WriteLine($"boot to the end: exit {process.ExitCode}, '{lines.LastOrDefault()}'");
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.Not.Empty.And.Some.StartsWith("calibrate boot: lock:"), "the boot took the lock: " + journal);
            Assert.That(process.ExitCode, Is.AnyOf(ExitCodes.Ok, ExitCodes.Disturbed, ExitCodes.Failed), journal);
            Assert.That(added.Count, Is.EqualTo(1).Or.EqualTo(process.ExitCode == ExitCodes.Failed ? 0 : 1), "the boot stored its one result (none when the measurement failed): " + journal);
        });
        if (process.ExitCode == ExitCodes.Ok)
        {
            Assert.Multiple(() =>
            {
                Assert.That(lines[^1], Does.StartWith("calibrate boot: done").And.Contain("published to mjf"), journal);
                Assert.That(Published(mjf), Is.EqualTo(PublishedValues(store, added[0])), "MJF holds the stored result's values");
                Assert.That(Leftovers.Temporaries(mjf), Is.Empty, "the publishing boot removes what a killed one left in MJF");
            });
        }
        else
        {
            Assert.Multiple(() =>
            {
                Assert.That(lines[^1], Does.StartWith("calibrate boot: failed:").And.Contain("nothing published"), journal);
                Assert.That(Published(mjf), Is.EqualTo(before), "a boot that publishes nothing leaves MJF as it was");
            });
        }

        if (added.Count == 1)
        {
            Assert.That(Leftovers.Temporaries(Path.GetDirectoryName(store)!), Is.Empty, "the boot's store step removes what a killed one left in results/pending/");
        }

        return (process.Clock.Elapsed, process.ExitCode);
    }

    /// <summary>The MJF key files as a reader lists them (hidden files are not keys), with their contents.</summary>
    private static Dictionary<string, string> Published(string mjf) =>
        Directory.GetFiles(mjf)
            .Where(path => !Path.GetFileName(path).StartsWith('.'))
            .ToDictionary(path => Path.GetFileName(path), File.ReadAllText, StringComparer.Ordinal);

    /// <summary>What publishing the stored result writes into MJF, file by file; null when it may not be published.</summary>
    private static Dictionary<string, string>? PublishedValues(string store, Guid id)
    {
        using var opened = StoreFactory.Open(store, "unused");
        var result = opened.Get(id)!;
        return PublishGate.Refusals(result).Count > 0
            ? null
            : MachineFeaturesPlanner.Values(result, legacy: false).ToDictionary(v => v.Key, v => v.Value + "\n", StringComparer.Ordinal);
    }

    private static string Describe(IEnumerable<string> leftovers) => string.Join(", ", leftovers.DefaultIfEmpty("nothing"));
}
