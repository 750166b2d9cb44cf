using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Configuration;

/// <summary>`calibrate config check`: the effective settings of a valid file, one line per mistake of a bad one.</summary>
public sealed class ConfigCheckCommandTests
{
    [Test]
    public void Config_check_names_the_bad_key_and_exits_2()
    {
        using var cli = new CliRunner();
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "calibrate.yaml"), "pushers:\n  slurm:\n    nodes: wn042\n");
        var (exit, output, error) = cli.Run("config", "check", "--config", "calibrate.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(2));
            Assert.That(output, Is.EqualTo("calibrate.yaml line 3: unknown key 'pushers.slurm.nodes' (did you mean 'node'?)\n"));
            Assert.That(error, Does.Contain("is not valid (1 error(s))"));
        });
    }

    [Test]
    public void Config_check_prints_the_effective_settings_of_the_shipped_example() =>
        Snapshot.Match("config-check.txt", () => CliRunner.Output(
            cli => File.Copy(Repository.Path("packaging", "calibrate.example.yaml"), Path.Combine(cli.WorkingDirectory, "calibrate.yaml")),
            "config", "check", "--config", "calibrate.yaml"));

    [Test]
    public void Config_check_names_the_prometheus_textfile_directory_when_the_pusher_is_on()
    {
        using var cli = new CliRunner();
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "calibrate.yaml"), "pushers:\n  mjf: {}\n  prometheus: {}\n");
        var (exit, output, error) = cli.Run("config", "check", "--config", "calibrate.yaml");
        Assert.That(exit, Is.Zero, error);
        Assert.That(output, Does.Contain("pushers                  mjf, prometheus\n").And.Contain("pushers.prometheus       /var/lib/prometheus/node-exporter (default)\n"));
    }
}
