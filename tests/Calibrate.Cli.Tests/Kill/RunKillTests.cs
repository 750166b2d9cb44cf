using System.Globalization;
using Calibrate.Cli.Infrastructure;
using Calibrate.Cli.Tests.Results;
using Calibrate.Platform.Locking;
using Calibrate.Store.Files;

namespace Calibrate.Cli.Tests.Kill;

/// <summary>
/// A real `calibrate run` killed with SIGKILL at seeded random moments of its duration (start-up, probe, measurement,
/// analysis, store, result file): each time the store opens whole, every result file under results/ is a whole result
/// that the store holds, the node lock is free at once, and the next run takes the lock, measures and stores its
/// result; whatever temporary file a kill left in results/ is gone after that run. (On a machine too loaded to run
/// every kernel once within the budget, a run ends with its documented "too slow" refusal and stores nothing.)
/// </summary>
[NonParallelizable]
public sealed class RunKillTests
{
    private const int Kills = 3;

    /// <summary>A short run that still measures one copy on a loaded machine (4 s left some kernels unrun there), labelled.</summary>
    private static readonly string[] Run = ["run", "--budget", "6s", "--copies", "1", "--label", "kill-test"];

    [Test]
    public void A_run_killed_at_seeded_moments_leaves_whole_results_and_a_free_lock_and_the_next_run_stores_its_result()
    {
        using var cli = new CliRunner();
        var results = Path.Combine(cli.WorkingDirectory, "results");
        var store = Path.Combine(results, "calibrate.db");
        var environment = new Dictionary<string, string> { [NodeLock.Variable] = Path.Combine(results, ".calibrate.lock") };

        var (duration, timedMeasured) = RunToEnd(cli, environment);
        var stored = AssertWhole(results, store);
        Assert.That(stored, Has.Count.EqualTo(timedMeasured ? 1 : 0), "the timed run stored its result");

        var killed = 0;
        foreach (var moment in KillMoments.Draw("run", duration, Kills))
        {
            bool wasRunning;
            using (var process = CalibrateProcess.Start(cli.WorkingDirectory, environment, Run))
            {
                wasRunning = process.KillAt(moment);
                Assert.That(wasRunning || process.ExitCode == 0, Is.True, process.Error);
            }

            var now = AssertWhole(results, store);
            Assert.That(now, Is.SupersetOf(stored), "a kill lost a stored result");
            Assert.That(now.Count - stored.Count, Is.InRange(wasRunning ? 0 : 1, 1), "a run stores its one result or nothing");
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  at {moment.TotalSeconds:F2} s: {(wasRunning ? "killed" : "had ended")}, {now.Count - stored.Count} result stored, left {Describe(Leftovers.Temporaries(results))}"));
            FreeLock.AssertFree(environment[NodeLock.Variable]);
            killed += wasRunning ? 1 : 0;
            stored = now;
        }

        Assert.That(killed, Is.Positive, "no run was killed: every one ended before its moment");
        Leftovers.LeaveKilledWritersTemporary(results, ResultFiles.FileName(ResultsData.Gold40(1).Build()));
        var (_, measured) = RunToEnd(cli, environment);
        var after = AssertWhole(results, store);
        Assert.That(after, Is.SupersetOf(stored).And.Count.EqualTo(stored.Count + (measured ? 1 : 0)), "the next run stored its result");
        if (measured)
        {
            Assert.That(Leftovers.Temporaries(results), Is.Empty, "the next run removes what a killed one left in results/");
        }
    }

    /// <summary>
    /// Runs to the end and returns how long it took and whether it measured: exit 0, or exit 1 on a machine too loaded
    /// for every kernel to run once within the budget (a documented refusal that stores nothing), never a busy lock.
    /// </summary>
    private static (TimeSpan Duration, bool Measured) RunToEnd(CliRunner cli, IReadOnlyDictionary<string, string> environment)
    {
        using var process = CalibrateProcess.Start(cli.WorkingDirectory, environment, Run);
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "the run did not end");
        var measured = process.ExitCode == ExitCodes.Ok;
        TestContext.Out.WriteLine($"run to the end: exit {process.ExitCode}{(measured ? "" : ": " + process.Error.Trim().Split('\n')[^1])}");
        Assert.That(measured || (process.ExitCode == ExitCodes.Failed && process.Error.Contains("too slow for the profile", StringComparison.Ordinal)), Is.True, process.Output + process.Error);
        return (process.Clock.Elapsed, measured);
    }

    /// <summary>The store is whole and every result file in results/ is a whole result it holds; returns the stored ids.</summary>
    private static IReadOnlyList<Guid> AssertWhole(string results, string store)
    {
        var stored = WholeStore.AssertWhole(store);
        Assert.That(Leftovers.AssertWholeResultFiles(results), Is.SubsetOf(stored), "a result file whose result is not stored");
        return stored;
    }

    private static string Describe(IEnumerable<string> leftovers) => string.Join(", ", leftovers.DefaultIfEmpty("nothing"));
}
