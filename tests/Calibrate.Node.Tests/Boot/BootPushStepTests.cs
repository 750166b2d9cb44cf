using Calibrate.Node.Boot;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Results;

namespace Calibrate.Node.Tests.Boot;

/// <summary>Boot's pushers as configured: Prometheus' textfile is one of them, last, with the directory the configuration gives.</summary>
public sealed class BootPushStepTests
{
    [Test]
    public async Task A_configured_prometheus_pusher_writes_calibrate_prom_after_the_mjf_files()
    {
        using var node = new TempDirectory();
        Directory.CreateDirectory(node.Combine("textfile"));
        var journal = new RecordingJournal();
        var settings = ConfigParser.Parse("pushers:\n  mjf:\n    directory: mjf\n  prometheus:\n    directory: textfile\n", "calibrate.yaml").Pushers;
        var environment = new NodeEnvironment { WorkingDirectory = node.Path, GetEnvironment = _ => null };

        var (published, failed) = await new BootPushStep(environment, journal).PushAsync(new TestResult().Build(), settings, () => TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(published, Is.EqualTo(new[] { "mjf", "prometheus" }));
            Assert.That(failed, Is.False);
            Assert.That(journal.Text, Does.Contain("calibrate boot: push prometheus: updated: HS23 43.5, factor 2.175\n"));
            Assert.That(File.ReadAllText(node.Combine("textfile", "calibrate.prom")), Does.Contain("\ncalibrate_node_estimate{unit=\"HS23\"} 43.5\n"));
        });
    }

    [Test]
    public async Task A_missing_textfile_directory_fails_that_pusher_only()
    {
        using var node = new TempDirectory();
        var journal = new RecordingJournal();
        var settings = new PushersSettings { Mjf = new MjfPusherSettings { Directory = "mjf" }, Prometheus = new PrometheusPusherSettings { Directory = "nosuch" } };
        var environment = new NodeEnvironment { WorkingDirectory = node.Path, GetEnvironment = _ => null };

        var (published, failed) = await new BootPushStep(environment, journal).PushAsync(new TestResult().Build(), settings, () => TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(published, Is.EqualTo(new[] { "mjf" }));
            Assert.That(failed, Is.True);
            Assert.That(journal.Text, Does.Contain("calibrate boot: push prometheus: FAILED: the textfile directory ").And.Contain("nosuch does not exist"));
        });
    }
}
