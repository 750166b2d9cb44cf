using Calibrate.Cli.Infrastructure;
using Calibrate.Store.Files;
using Calibrate.TestSupport.Processes;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Push;

/// <summary>`calibrate push pbs` through the CLI: the mom's config written, its odd lines refused in one line, qmgr through stand-ins.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class PbsPushCommandTests
{
    private const string Config = "$pbsserver pbs.example.org\n$cputmult 1.0\n$wallmult 1.0\nscratch 200gb\n";

    [Test]
    public void The_multipliers_are_the_stored_factor_and_a_second_push_changes_nothing()
    {
        using var cli = Node(out var result);
        var first = cli.Run("push", "pbs", "--result-file", result, "--mom-config", "mom_priv/config");
        Assert.That(first.Exit, Is.EqualTo(ExitCodes.Ok), first.Error);
        Assert.That(File.ReadAllText(Path.Combine(cli.WorkingDirectory, "mom_priv", "config")), Is.EqualTo("$pbsserver pbs.example.org\n$cputmult 2.175\n$wallmult 2.175\nscratch 200gb\n"));
        Assert.That(first.Out, Does.Contain("note: pbs_mom is not running"));
        Assert.That(cli.Run("push", "pbs", "--result-file", result, "--mom-config", "mom_priv/config").Out, Does.Contain("nothing to change"));
    }

    [Test]
    public void An_odd_config_is_one_line_exit_2_and_the_file_is_left_as_it_was()
    {
        using var cli = Node(out var result);
        var path = Path.Combine(cli.WorkingDirectory, "mom_priv", "config");
        File.WriteAllText(path, Config + "$wallmult 1.5\n");
        var (exit, _, error) = cli.Run("push", "pbs", "--result-file", result, "--mom-config", "mom_priv/config");
        Assert.That((exit, error), Is.EqualTo((ExitCodes.Usage, $"calibrate: {path} line 5: `$wallmult 1.5` sets $wallmult again (first on line 3); nothing was changed\n")));
        Assert.That(File.ReadAllText(path), Is.EqualTo(Config + "$wallmult 1.5\n"));
    }

    [Test]
    public void A_node_pbs_server_does_not_know_is_one_line_exit_6_and_nothing_changes()
    {
        using var cli = Node(out var result);
        using var tools = new StandIns("qmgr").Behave("pbsnodes", "echo \"pbsnodes: Unknown node  MSG=cannot locate specified node\" >&2; exit 153");
        cli.Environment["PATH"] = tools.SearchPath;
        var (exit, _, error) = cli.Run("push", "pbs", "--result-file", result, "--mom-config", "mom_priv/config", "--qmgr", "property", "--node", "wn999");
        Assert.That(exit, Is.EqualTo(ExitCodes.ExternalCommandFailed));
        Assert.That(error, Does.StartWith("calibrate: `pbsnodes wn999` exited with 153").And.Contain("cannot locate specified node"));
        Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n'));
        Assert.That(File.ReadAllText(Path.Combine(cli.WorkingDirectory, "mom_priv", "config")), Is.EqualTo(Config));
        Assert.That(tools.ArgumentsOf("qmgr"), Is.Empty);
    }

    [Test]
    public void The_dry_run_shows_the_diff_and_the_qmgr_commands_and_changes_nothing()
    {
        using var cli = Node(out var result);
        using var tools = new StandIns("qmgr", "pbsnodes").Output("pbsnodes", "wn001\n     properties = batch\n");
        cli.Environment["PATH"] = tools.SearchPath;
        var (exit, output, error) = cli.Run("push", "pbs", "--result-file", result, "--mom-config", "mom_priv/config", "--qmgr", "property", "--node", "wn001", "--dry-run");
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        Assert.That(output, Does.Contain("-$cputmult 1.0\n-$wallmult 1.0\n+$cputmult 2.175\n+$wallmult 2.175\n").And.Contain("would run: qmgr -c 'set node wn001 properties += hs06_21_8'"));
        Assert.That(File.ReadAllText(Path.Combine(cli.WorkingDirectory, "mom_priv", "config")), Is.EqualTo(Config));
        Assert.That(tools.ArgumentsOf("qmgr"), Is.Empty);
    }

    /// <summary>A node with a mom_priv/config and a result file: HS06 43.5 over 2 CPUs, factor 2.175 against 10 HS06 per slot.</summary>
    private static CliRunner Node(out string result)
    {
        var cli = new CliRunner();
        Directory.CreateDirectory(Path.Combine(cli.WorkingDirectory, "mom_priv"));
        File.WriteAllText(Path.Combine(cli.WorkingDirectory, "mom_priv", "config"), Config);
        result = Path.Combine(cli.WorkingDirectory, "result.json");
        ResultFiles.Write(result, new TestResult().Build());
        return cli;
    }
}
