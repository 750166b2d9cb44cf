using System.Diagnostics;
using System.Globalization;
using Calibrate.Cli.Infrastructure;
using Calibrate.Pushers.Lsf;
using Calibrate.TestSupport.Processes;

namespace Calibrate.Cli.Tests.Kill;

/// <summary>
/// A real `calibrate push lsf` killed with SIGKILL (issue 15, defect 5 and the kill campaign). LSF takes a change only
/// at `lsadmin reconfig`, so a push killed after writing lsf.shared and lsf.cluster and before LIM re-read them leaves
/// files that the next push finds already right: unless the push recorded the reconfiguration as pending first, LIM
/// never learns the new factors. The stand-in LIM (<see cref="Calibrate.TestSupport.Processes.SimulatedLim"/>) shows
/// in `lshosts -w` what it read at its last reconfiguration, so a reconfiguration that did not happen shows.
/// </summary>
[NonParallelizable]
public sealed class PushLsfKillTests
{
    /// <summary>The campaign's seed: the same kill points on every run (printed, to replay a failure).</summary>
    private const int Seed = 151205;

    private const int KillPoints = 6;

    /// <summary>What LIM commands take here, as they do when they talk to the daemons: a push spends part of its time after writing the files.</summary>
    private static readonly TimeSpan CommandTime = TimeSpan.FromMilliseconds(200);

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Test]
    public void A_push_killed_before_lsadmin_reconfig_is_completed_by_the_next_push()
    {
        using var site = new LsfSite();
        site.Lim.Hang("lsadmin reconfig");
        using (var push = site.Start(site.PushArgs()))
        {
            // Progress, not time: the stand-in logs its call, then blocks; the files were written before it ran.
            push.WaitUntil(() => site.Lim.Calls.Contains("lsadmin|reconfig|-f"), Limit);
            push.Kill();
        }

        var written = site.FilesView();
        Assert.Multiple(() =>
        {
            Assert.That(written.Model, Does.StartWith(LsfNames.ModelPrefix), "the killed push wrote lsf.cluster");
            Assert.That(site.LimView().Model, Is.EqualTo(LsfSite.SiteModel), "LIM never re-read the files");
            Assert.That(File.Exists(site.JournalPath), Is.True, "the pending reconfiguration is recorded");
        });

        site.Lim.Unhang("lsadmin reconfig");
        var (exit, output, error) = site.Cli.Run(site.PushArgs());

        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        var shown = site.LimView();
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain(LsfBatchPush.CompletingNote).And.Contain("run: lsadmin reconfig -f"));
            Assert.That(output, Does.Contain($"verified: lshosts -w shows {LsfSite.Host}"));
            Assert.That((shown.Model, shown.CpuFactor), Is.EqualTo(written), "LIM shows the factor the files give wn042");
            Assert.That(site.Lim.Calls.Count(c => c == "lsadmin|reconfig|-f"), Is.EqualTo(2));
            Assert.That(site.Leftovers(), Is.Empty, "journal, pending node, backups and temporaries are gone");
        });
    }

    /// <summary>
    /// Kill points drawn with a fixed seed within the duration of one whole push measured first, one in each of
    /// <see cref="KillPoints"/> equal slices of it (so that they spread over start-up, writing, reconfiguring and
    /// verifying rather than clustering by chance). After each kill: each
    /// file is whole, its old or its new content; then a push with no node of its own completes what the killed one
    /// left pending: LIM shows what the files say, the files are the new ones if the killed push had written them, and
    /// nothing is left over beside them or in the spool.
    /// </summary>
    [Test]
    public void Pushes_killed_at_seeded_random_points_are_completed_by_the_next_push()
    {
        using var site = new LsfSite();
        site.Lim.Slow(CommandTime);
        var old = (Shared: File.ReadAllText(site.SharedPath), Cluster: File.ReadAllText(site.ClusterPath));
        var clock = Stopwatch.StartNew();
        RunOnce(site);
        var @new = (Shared: File.ReadAllText(site.SharedPath), Cluster: File.ReadAllText(site.ClusterPath));
        Assert.That(@new, Is.Not.EqualTo(old));

        // Measured warm (the first start of the build reads it from disk), from the old state as every killed push starts.
        Reset(site, old);
        var duration = RunOnce(site);
        var random = new Random(Seed);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {Seed}: a whole push took {duration.TotalSeconds:0.00} s"));
        for (var point = 1; point <= KillPoints; point++)
        {
            Reset(site, old);
            var at = duration * ((point - 1 + random.NextDouble()) / KillPoints);
            using (var push = site.Start(site.PushArgs()))
            {
                Thread.Sleep(at);
                push.Kill();
            }

            var killed = (Shared: File.ReadAllText(site.SharedPath), Cluster: File.ReadAllText(site.ClusterPath));
            Assert.That(killed.Shared, Is.EqualTo(old.Shared).Or.EqualTo(@new.Shared), $"kill at {at}: lsf.shared is whole");
            Assert.That(killed.Cluster, Is.EqualTo(old.Cluster).Or.EqualTo(@new.Cluster), $"kill at {at}: lsf.cluster is whole");
            var reconfigured = site.LimView().Model != LsfSite.SiteModel;

            var (exit, output, error) = site.Cli.Run(site.PendingPushArgs());

            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), $"kill at {at}: {error}");
            var shown = site.LimView();
            var files = site.FilesView();
            Assert.Multiple(() =>
            {
                Assert.That((shown.Model, shown.CpuFactor), Is.EqualTo(files), $"kill at {at}: LIM shows what the files say\n{output}");
                Assert.That(killed.Cluster == old.Cluster || File.ReadAllText(site.ClusterPath) == @new.Cluster, Is.True, $"kill at {at}: new files stay new");
                Assert.That(site.Leftovers(), Is.Empty, $"kill at {at}: nothing left over");
            });
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kill {point} at {at.TotalSeconds:0.00} s: files {(killed.Cluster == old.Cluster ? "old" : "new")}, LIM {(reconfigured ? "reconfigured" : "not reconfigured")} when killed; next push: {output.Split('\n').FirstOrDefault(l => l.StartsWith("note: completing", StringComparison.Ordinal) || l.StartsWith("nothing", StringComparison.Ordinal) || l.StartsWith("lsf: another", StringComparison.Ordinal)) ?? "reconciled the pending node"}"));
        }

        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"campaign: {clock.Elapsed.TotalSeconds:0.0} s"));
    }

    /// <summary>One whole push from the old state, as a real process; its duration from start to exit.</summary>
    private static TimeSpan RunOnce(LsfSite site)
    {
        using var push = site.Start(site.PushArgs());
        push.WaitForSuccess(Limit);
        return push.Elapsed;
    }

    private static void Reset(LsfSite site, (string Shared, string Cluster) old)
    {
        File.WriteAllText(site.SharedPath, old.Shared);
        File.WriteAllText(site.ClusterPath, old.Cluster);
        SimulatedLim.Restart(site.Lim, site.ConfDir);
        if (Directory.Exists(site.SpoolDir))
        {
            Directory.Delete(site.SpoolDir, recursive: true);
        }
    }
}
