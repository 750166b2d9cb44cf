using Calibrate.Cli.Infrastructure;
using Calibrate.Cli.Tests.Prior;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Cli.Tests.Configuration;

/// <summary>
/// `calibrate config check`: the effective settings of a valid file, one line per mistake of a bad one, and what boot
/// would refuse on the node before measuring (checked against captured trees, so the outcome is the tree's, not this machine's).
/// </summary>
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

    /// <summary>
    /// Eight copies with an 8 s budget: four copies per CPU on the captured 2-vCPU KVM guest, whose run needs 9.4 s of
    /// budget, so boot would refuse there; half a copy per CPU on the captured 16-CPU VMware guest, where 8 s is enough.
    /// </summary>
    [Test]
    public void A_budget_too_short_for_the_nodes_run_is_refused_there_and_accepted_on_a_larger_node()
    {
        using var trees = new CapturedTrees();
        using var cli = new CliRunner();
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "calibrate.yaml"), "measure:\n  copies: 8\nboot:\n  budget: 8s\n");
        var small = cli.Run("config", "check", "--config", "calibrate.yaml", "--sysroot", trees.Unpack("kvm_epyc_2vcpu"));
        var large = cli.Run("config", "check", "--config", "calibrate.yaml", "--sysroot", trees.Unpack("vmware_fpe"));
        Assert.Multiple(() =>
        {
            Assert.That(small.Exit, Is.EqualTo(ExitCodes.Usage));
            Assert.That(small.Out.TrimEnd().Split('\n')[^1], Does.StartWith("calibrate.yaml: on ").And.Contain(": the boot budget of 8 s is too short to measure anything: boot needs at least 9.4 s").And.Contain("4 copies per CPU"));
            Assert.That(small.Out, Does.StartWith("calibrate.yaml: valid\n"), "the file itself is valid; its settings are printed");
            Assert.That(small.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), small.Error);
            Assert.That(small.Error, Does.Contain("is valid, but boot would refuse on"));
            Assert.That(large.Exit, Is.EqualTo(ExitCodes.Ok), large.Out + large.Error);
            Assert.That(large.Out, Does.Not.Contain("too short"));
        });
    }

    /// <summary>Copies or a pinning the captured 2-vCPU guest cannot plan, refused naming the file's key, not a command-line option.</summary>
    [TestCase("measure:\n  pinning: list:7\n", "CPUs 7 in the pinning list are not allowed for this process (allowed: 0-1)")]
    [TestCase("measure:\n  copies: 9\n", "measure.copies 9 is more than 4 per allowed CPU: this node allows 2 CPUs, so at most 8 copies")]
    [TestCase("measure:\n  copies: 3\n  pinning: thread\n", "measure.pinning thread puts every copy on its own logical CPU, but 3 copies were asked for")]
    public void Copies_or_pinning_the_nodes_cpus_do_not_allow_are_refused_naming_the_key(string yaml, string refusal)
    {
        using var trees = new CapturedTrees();
        using var cli = new CliRunner();
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "calibrate.yaml"), yaml);
        var (exit, output, error) = cli.Run("config", "check", "--config", "calibrate.yaml", "--sysroot", trees.Unpack("kvm_epyc_2vcpu"));
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Usage), output + error);
            Assert.That(output.TrimEnd().Split('\n')[^1], Does.Contain(refusal));
        });
    }
}
