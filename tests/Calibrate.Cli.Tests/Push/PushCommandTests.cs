using Calibrate.Cli.Infrastructure;
using Calibrate.Store.Files;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Push;

/// <summary>`calibrate push` end to end through the CLI, on real files: from a result file and from the store.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class PushCommandTests
{
    private static string WriteResult(CliRunner cli, bool disturbed = false)
    {
        var path = Path.Combine(cli.WorkingDirectory, disturbed ? "disturbed.json" : "result.json");
        ResultFiles.Write(path, new TestResult { Disturbed = disturbed }.Build());
        return path;
    }

    private static string Read(CliRunner cli, string relative) => File.ReadAllText(Path.Combine(cli.WorkingDirectory, relative));

    [Test]
    public void Mjf_writes_hs06_and_total_cpu_then_a_second_push_changes_nothing()
    {
        using var cli = new CliRunner();
        var file = WriteResult(cli);
        var first = cli.Run("push", "mjf", "--result-file", file, "--dir", "mjf");
        Assert.That(first.Exit, Is.EqualTo(ExitCodes.Ok), first.Error);
        Assert.Multiple(() =>
        {
            Assert.That(Read(cli, "mjf/hs06"), Is.EqualTo("43.5\n"));
            Assert.That(Read(cli, "mjf/total_cpu"), Is.EqualTo("2\n"));
            Assert.That(File.GetUnixFileMode(Path.Combine(cli.WorkingDirectory, "mjf/hs06")), Is.EqualTo(Calibrate.Platform.Files.AtomicFile.DefaultMode));
        });
        var written = File.GetLastWriteTimeUtc(Path.Combine(cli.WorkingDirectory, "mjf/hs06"));

        var second = cli.Run("push", "mjf", "--result-file", file, "--dir", "mjf");
        Assert.That(second.Exit, Is.EqualTo(ExitCodes.Ok), second.Error);
        Assert.That(second.Out, Does.Contain("nothing to change"));
        Assert.That(File.GetLastWriteTimeUtc(Path.Combine(cli.WorkingDirectory, "mjf/hs06")), Is.EqualTo(written));
    }

    [Test]
    public void A_dry_run_shows_the_diff_and_writes_nothing()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("push", "mjf", "--result-file", WriteResult(cli), "--dir", "mjf", "--dry-run");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("+43.5"));
        Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "mjf")), Is.False);
    }

    [Test]
    public void A_disturbed_result_is_refused_unless_forced()
    {
        using var cli = new CliRunner();
        var file = WriteResult(cli, disturbed: true);
        var refused = cli.Run("push", "mjf", "--result-file", file, "--dir", "mjf");
        Assert.Multiple(() =>
        {
            Assert.That(refused.Exit, Is.Not.EqualTo(ExitCodes.Ok));
            Assert.That(refused.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), refused.Error);
            Assert.That(refused.Error, Does.Contain("disturbed"));
            Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "mjf")), Is.False);
        });

        var forced = cli.Run("push", "mjf", "--result-file", file, "--dir", "mjf", "--force");
        Assert.That(forced.Exit, Is.EqualTo(ExitCodes.Ok), forced.Error);
        Assert.That(Read(cli, "mjf/hs06"), Is.EqualTo("43.5\n"));
    }

    [Test]
    public void The_latest_stored_result_is_pushed_and_job_features_follow_the_allocation()
    {
        using var cli = new CliRunner();
        var imported = cli.Run("results", "import", WriteResult(cli), "--store", "s.db");
        Assert.That(imported.Exit, Is.EqualTo(ExitCodes.Ok), imported.Error);
        var machine = cli.Run("push", "mjf", "--latest", "--store", "s.db", "--dir", "mjf");
        Assert.That(machine.Exit, Is.EqualTo(ExitCodes.Ok), machine.Error);
        var job = cli.Run("push", "jobfeatures", "--latest", "--store", "s.db", "--allocated-cpu", "1", "--dir", "job");
        Assert.That(job.Exit, Is.EqualTo(ExitCodes.Ok), job.Error);
        Assert.That(Read(cli, "mjf/hs06"), Is.EqualTo("43.5\n"));
        Assert.That(Read(cli, "job/allocated_cpu"), Is.EqualTo("1\n"));
        Assert.That(double.Parse(Read(cli, "job/hs06_job"), System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(43.5 / 2).Within(0.006));
    }

    [Test]
    public void A_missing_result_file_is_one_clear_line()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("push", "mjf", "--result-file", "nope.json", "--dir", "mjf");
        Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
        Assert.That(error, Does.Contain("nope.json"));
    }

    [Test]
    public void Prometheus_writes_calibrate_prom_into_the_textfile_directory()
    {
        using var cli = new CliRunner();
        Directory.CreateDirectory(Path.Combine(cli.WorkingDirectory, "textfile"));
        var (exit, output, error) = cli.Run("push", "prometheus", "--result-file", WriteResult(cli), "--dir", "textfile");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.StartWith("prometheus: HS23 43.5, factor 2.175 from result 6f1c2a4e (node wn042.example.org) into "));
            Assert.That(Read(cli, "textfile/calibrate.prom"), Does.Contain("\ncalibrate_node_estimate{unit=\"HS23\"} 43.5\n").And.Contain("\ncalibrate_cpu_factor 2.175\n"));
            Assert.That(Directory.GetFileSystemEntries(Path.Combine(cli.WorkingDirectory, "textfile")), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void Prometheus_into_a_directory_that_does_not_exist_is_one_line_and_writes_nothing()
    {
        using var cli = new CliRunner();
        var file = WriteResult(cli);
        var (exit, output, error) = cli.Run("push", "prometheus", "--result-file", file, "--dir", "nosuch");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.StartWith("calibrate: the textfile directory ").And.Contain("nosuch does not exist"));
            Assert.That(output, Is.Empty);
            Assert.That(cli.FilesWritten(), Is.EqualTo(new[] { file }));
        });
    }

    [Test]
    public void Prometheus_into_a_read_only_directory_is_one_line_and_changes_nothing()
    {
        using var cli = new CliRunner();
        var file = WriteResult(cli);
        var textfile = Path.Combine(cli.WorkingDirectory, "ro");
        using var readOnly = Mounts.ReadOnly(textfile);
        var (exit, output, error) = cli.Run("push", "prometheus", "--result-file", file, "--dir", "ro");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Failed));
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.StartWith("calibrate: could not write ").And.Contain("calibrate.prom").And.Contain("left as it was"));
            Assert.That(output, Is.Empty);
            Assert.That(Directory.GetFileSystemEntries(textfile), Is.Empty);
        });
    }
}
