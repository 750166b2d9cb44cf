using System.Diagnostics;
using System.Globalization;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Pbs;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Processes;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Pushers.Tests.Pbs;

/// <summary>
/// `push pbs` on a mom_priv directory of its own: a stand-in pbs_mom (a process named pbs_mom that notes each SIGHUP)
/// found through mom.lock and signalled by the real kill(1); stand-in pbsnodes and qmgr for the server side. The
/// node: HS06 812.345 over 64 CPUs, factor 12.54 against its reference.
/// </summary>
[NonParallelizable]
public sealed class PbsPusherTests
{
    /// <summary>pbs_mom as far as the pusher sees it: a live process of that name that re-reads on SIGHUP (here: notes it).</summary>
    private const string Mom = """
        #!/bin/sh
        trap 'echo HUP >> "$(dirname "$0")/hup.log"' HUP
        while true; do sleep 0.2; done
        """;

    private TempDirectory _home = null!;
    private Process? _mom;

    private string MomPriv => _home.Combine("mom_priv");

    private string Config => _home.Combine("mom_priv", "config");

    [SetUp]
    public void CreateHome()
    {
        _home = new TempDirectory("calibrate-pbs");
        Directory.CreateDirectory(MomPriv);
        File.Copy(Repository.Path("tests", "Calibrate.Pushers.Tests", "TestData", "pbs", "mom_priv-config"), Config);
    }

    [TearDown]
    public void RemoveHome()
    {
        if (_mom is { HasExited: false })
        {
            _mom.Kill();
            _mom.WaitForExit();
        }

        _mom?.Dispose();
        _mom = null;
        _home.Dispose();
    }

    [Test]
    public async Task The_multipliers_are_written_and_the_running_mom_is_told_to_reread()
    {
        StartMom();
        var executor = new CommandExecutor(new ProcessCommandRunner(), RetryPolicy.Once);
        var result = Nodes.Worker.Build();
        var plan = await PbsPusher.PlanAsync(result, Config, PbsQmgr.None, null, executor, CancellationToken.None);
        Assert.That(plan.Commands.Single().Command.Arguments, Is.EqualTo(new[] { "-HUP", _mom!.Id.ToString(CultureInfo.InvariantCulture) }));

        await new PlanApplier(executor).ApplyAsync(plan, CancellationToken.None);
        Assert.That(MomConfig.Read(File.ReadAllText(Config), Config)[MomConfig.CpuTimeMultiplier], Is.EqualTo(12.54));
        Assert.That(SpinWait.SpinUntil(() => File.Exists(_home.Combine("mom_priv", "hup.log")), TimeSpan.FromSeconds(10)), Is.True, "pbs_mom got SIGHUP");
        Assert.That((await PbsPusher.PlanAsync(result, Config, PbsQmgr.None, null, executor, CancellationToken.None)).HasChanges, Is.False, "a second push changes nothing");
    }

    [Test]
    public async Task A_stale_mom_lock_gets_no_signal_and_the_plan_says_the_file_is_read_at_start()
    {
        // The pid of a live process that is not pbs_mom: this test host.
        File.WriteAllText(Path.Combine(MomPriv, "mom.lock"), Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n");
        var plan = await PbsPusher.PlanAsync(Nodes.Worker.Build(), Config, PbsQmgr.None, null, new CommandExecutor(new ProcessCommandRunner(), RetryPolicy.Once), CancellationToken.None);
        Assert.That(plan.Commands, Is.Empty);
        Assert.That(plan.Notes.Single(), Does.StartWith("pbs_mom is not running"));
    }

    [Test]
    public async Task The_dry_run_shows_the_diff_and_the_signal()
    {
        StartMom();
        var plan = await PbsPusher.PlanAsync(Nodes.Worker.Build(), Config, PbsQmgr.None, null, new CommandExecutor(new ProcessCommandRunner(), RetryPolicy.Once), CancellationToken.None);
        Snapshot.Match("pbs-dry-run.txt", () => Apply.DryRun(plan, _home.Path).Replace(_mom!.Id.ToString(CultureInfo.InvariantCulture), "<pid>", StringComparison.Ordinal));
    }

    [Test]
    public async Task The_torque_property_replaces_the_previous_hs06_one()
    {
        using var tools = new StandIns("qmgr", "pbsnodes").Output("pbsnodes", "wn042.example.org\n     state = free\n     np = 64\n     properties = batch,hs06_11_9,bigmem\n     ntype = cluster\n");
        var executor = tools.Executor();
        var plan = await PbsPusher.PlanAsync(Nodes.Worker.Build(), Config, PbsQmgr.Property, null, executor, CancellationToken.None);
        await new PlanApplier(executor).ApplyAsync(plan, CancellationToken.None);
        Assert.That(tools.ArgumentsOf("qmgr"), Is.EqualTo(new[]
        {
            new[] { "-c", "set node wn042.example.org properties -= hs06_11_9" },
            new[] { "-c", "set node wn042.example.org properties += hs06_12_7" },
        }));
        Assert.That(tools.ArgumentsOf("pbsnodes").Single(), Is.EqualTo(new[] { "wn042.example.org" }));
    }

    [Test]
    public async Task The_pbs_professional_resource_is_set_unless_it_holds_the_value()
    {
        using var tools = new StandIns("qmgr", "pbsnodes").Output("pbsnodes", "wn042\n     state = free\n     resources_available.hs06 = 800\n");
        var executor = tools.Executor();
        var plan = await PbsPusher.PlanAsync(Nodes.Worker.Build(), Config, PbsQmgr.Resource, "wn042", executor, CancellationToken.None);
        Assert.That(plan.Commands.Single().Command.Arguments, Is.EqualTo(new[] { "-c", "set node wn042 resources_available.hs06 = 812.35" }));

        tools.Output("pbsnodes", "wn042\n     resources_available.hs06 = 812.35\n");
        var again = await PbsPusher.PlanAsync(Nodes.Worker.Build(), Config, PbsQmgr.Resource, "wn042", executor, CancellationToken.None);
        Assert.That(again.Commands, Is.Empty);
    }

    [Test]
    public async Task A_failing_qmgr_leaves_mom_priv_config_as_it_was()
    {
        using var tools = new StandIns("pbsnodes").Fail("qmgr").Output("pbsnodes", "wn042\n     properties = batch\n");
        var executor = tools.Executor();
        var before = File.ReadAllBytes(Config);
        var plan = await PbsPusher.PlanAsync(Nodes.Worker.Build(), Config, PbsQmgr.Property, "wn042", executor, CancellationToken.None);
        Assert.ThrowsAsync<CommandFailedException>(() => new PlanApplier(executor).ApplyAsync(plan, CancellationToken.None));
        Assert.That(File.ReadAllBytes(Config), Is.EqualTo(before));
    }

    [Test]
    public void An_odd_config_is_refused_before_anything_runs()
    {
        File.AppendAllText(Config, "$cputmult 1.1\n");
        using var tools = new StandIns("qmgr", "pbsnodes");
        var error = Assert.ThrowsAsync<PushConfigException>(() => PbsPusher.PlanAsync(Nodes.Worker.Build(), Config, PbsQmgr.Property, "wn042", tools.Executor(), CancellationToken.None));
        Assert.That(error!.Message, Does.Contain("line 14: `$cputmult 1.1` sets $cputmult again (first on line 5)"));
        Assert.That(tools.ArgumentsOf("qmgr"), Is.Empty);
    }

    private void StartMom()
    {
        var mom = Path.Combine(MomPriv, "pbs_mom");
        File.WriteAllText(mom, Mom.Replace("\r", string.Empty, StringComparison.Ordinal) + "\n");
        File.SetUnixFileMode(mom, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _mom = Process.Start(new ProcessStartInfo(mom) { UseShellExecute = false })!;
        File.WriteAllText(Path.Combine(MomPriv, "mom.lock"), _mom.Id.ToString(CultureInfo.InvariantCulture) + "\n");
        Assert.That(SpinWait.SpinUntil(() => PbsPusher.MomPid(MomPriv) == _mom.Id, TimeSpan.FromSeconds(5)), Is.True, "the stand-in pbs_mom is up");
    }
}
