using System.Diagnostics;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli.Tests.Run;

/// <summary>
/// Issue 15: under load, every run with a short --budget failed after its setup with "measurement did not finish".
/// A budget too short to measure anything is now refused before any copy starts: one line, exit 2, nothing stored.
/// </summary>
[NonParallelizable]
public sealed class TooShortBudgetTests
{
    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(3);

    [Test]
    public void A_run_with_a_one_second_budget_is_refused_at_once_naming_the_least_that_can_work()
    {
        using var cli = new CliRunner();
        var clock = Stopwatch.StartNew();
        var (exit, output, error) = cli.Run("run", "--budget", "0.5s", "--copies", "1");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage), error);
            Assert.That(clock.Elapsed, Is.LessThan(AtOnce));
            Assert.That(error, Is.EqualTo("calibrate: --budget 0.5 s is too short to measure anything: this run needs at least 0.8 s (3 rounds of the 9 kernels, a sample at least 27 ms, 1 copy per CPU)" + Environment.NewLine));
            Assert.That(output, Is.Empty);
            Assert.That(Stored(cli), Is.Empty);
        });
    }

    [Test]
    public void A_boot_with_a_budget_too_short_for_setup_and_three_rounds_is_refused_at_once_and_publishes_nothing()
    {
        using var cli = new CliRunner();
        var mjf = Path.Combine(cli.WorkingDirectory, "mjf");
        Directory.CreateDirectory(mjf);
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "calibrate.yaml"), $"measure:\n  copies: 1\npushers:\n  mjf:\n    directory: {mjf}\n");
        var clock = Stopwatch.StartNew();
        var (exit, output, error) = cli.Run("boot", "--config", "calibrate.yaml", "--budget", "5s");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage), output + error);
            Assert.That(clock.Elapsed, Is.LessThan(AtOnce));
            Assert.That(error, Does.StartWith("calibrate: the boot budget of 5 s is too short to measure anything: boot needs at least 6.7 s: setup (1.6 s on the development machine)"));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
            Assert.That(output, Does.Not.Contain("measure:"), "no copy was started");
            Assert.That(Directory.EnumerateFileSystemEntries(mjf), Is.Empty, "nothing published");
            Assert.That(Stored(cli), Is.Empty);
        });
    }

    /// <summary>What a run or boot writes: the store, result files, pending results (the lock file and the config are not).</summary>
    private static string[] Stored(CliRunner cli) =>
        cli.FilesWritten().Where(f => !f.EndsWith(".calibrate.lock", StringComparison.Ordinal) && !f.EndsWith("calibrate.yaml", StringComparison.Ordinal)).ToArray();
}
