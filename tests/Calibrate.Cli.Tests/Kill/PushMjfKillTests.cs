using System.Globalization;
using Calibrate.Cli.Infrastructure;
using Calibrate.Store.Files;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Kill;

/// <summary>
/// A real `calibrate push mjf --legacy` (five key files in one transaction, backups beside them) killed with SIGKILL at
/// kill points drawn with a fixed seed within the duration of one whole push measured first, one in each of
/// <see cref="KillPoints"/> equal slices of it (issue 15, the kill campaign). After each kill every key file is whole, its old or its new content; the next push of the same result
/// brings every file to its new content and leaves nothing else in the directory (jobs list it): no backup, no temporary.
/// </summary>
[NonParallelizable]
public sealed class PushMjfKillTests
{
    /// <summary>The campaign's seed: the same kill points on every run (printed, to replay a failure).</summary>
    private const int Seed = 151207;

    private const int KillPoints = 6;

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    /// <summary>The keys `--legacy` writes, each with a value the result does not give.</summary>
    private static readonly Dictionary<string, string> Old = new()
    {
        ["hs06"] = "40.1\n",
        ["total_cpu"] = "1\n",
        ["jobslots"] = "1\n",
        ["phys_cores"] = "1\n",
        ["log_cores"] = "1\n",
    };

    [Test]
    public void Pushes_killed_at_seeded_random_points_leave_whole_files_and_the_next_push_completes_them()
    {
        using var cli = new CliRunner();
        var result = Path.Combine(cli.WorkingDirectory, "wn042.json");
        ResultFiles.Write(result, new TestResult().Build());
        var dir = Path.Combine(cli.WorkingDirectory, "mjf");
        string[] push = ["push", "mjf", "--result-file", result, "--dir", dir, "--legacy"];

        Reset(dir);
        RunOnce(cli, push);
        var @new = Read(dir);
        Assert.That(Old.Keys.Where(k => @new[k] != Old[k]), Is.Not.Empty);

        // Measured warm (the first start of the build reads it from disk), from the old files as every killed push starts.
        Reset(dir);
        var duration = RunOnce(cli, push);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed {Seed}: a whole push took {duration.TotalSeconds:0.00} s"));
        var random = new Random(Seed);
        for (var point = 1; point <= KillPoints; point++)
        {
            Reset(dir);
            var at = duration * ((point - 1 + random.NextDouble()) / KillPoints);
            using (var killed = CalibrateProcess.Start(cli.WorkingDirectory, cli.Environment, push))
            {
                Thread.Sleep(at);
                killed.Kill();
            }

            var left = Read(dir);
            foreach (var key in Old.Keys)
            {
                Assert.That(left[key], Is.EqualTo(Old[key]).Or.EqualTo(@new[key]), $"kill at {at}: {key} is whole");
            }

            var beside = Directory.GetFiles(dir).Length - Old.Count;
            var (exit, _, error) = cli.Run(push);

            Assert.That(exit, Is.EqualTo(ExitCodes.Ok), $"kill at {at}: {error}");
            Assert.Multiple(() =>
            {
                Assert.That(Read(dir), Is.EqualTo(@new), $"kill at {at}: the next push completes every file");
                Assert.That(Directory.GetFiles(dir).Select(Path.GetFileName).Order(), Is.EqualTo(Old.Keys.Order()), $"kill at {at}: nothing left over");
            });
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"kill {point} at {at.TotalSeconds:0.00} s: {Old.Keys.Count(k => left[k] != Old[k])} of {Old.Count} files new, {beside} other file(s) beside them"));
        }
    }

    private static TimeSpan RunOnce(CliRunner cli, string[] push)
    {
        using var whole = CalibrateProcess.Start(cli.WorkingDirectory, cli.Environment, push);
        whole.WaitForSuccess(Limit);
        return whole.Elapsed;
    }

    private static void Reset(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        Directory.CreateDirectory(dir);
        foreach (var (key, value) in Old)
        {
            File.WriteAllText(Path.Combine(dir, key), value);
        }
    }

    private static Dictionary<string, string> Read(string dir) => Old.Keys.ToDictionary(k => k, k => File.ReadAllText(Path.Combine(dir, k)));
}
