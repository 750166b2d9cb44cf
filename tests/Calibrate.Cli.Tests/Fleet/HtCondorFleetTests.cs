using System.Text.Json;
using Calibrate.Node.Fleet;
using Calibrate.Store;
using Calibrate.TestSupport.Processes;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Fleet;

/// <summary>
/// A campaign through HTCondor with stand-in condor_status, condor_submit, condor_q and condor_history printing the
/// documented formats: one submit description per machine asking for its whole partitionable slot, status from
/// condor_q and condor_history joined with the store, and the ways it refuses.
/// </summary>
public sealed class HtCondorFleetTests
{
    /// <summary>condor_submit as a schedd answers: a new cluster per submission, from 1234.</summary>
    private const string CondorSubmit = """
        n=$(cat "$here/cluster" 2>/dev/null || echo 1233); n=$((n + 1)); echo "$n" > "$here/cluster"
        for a in "$@"; do last="$a"; done
        cp "$last" "$here/submitted-$n.sub"
        echo "Submitting job(s)."
        echo "1 job(s) submitted to cluster $n."
        """;

    [Test]
    public void Submit_writes_a_whole_slot_description_per_machine_and_status_joins_condor_q_and_condor_history_with_the_store()
    {
        using var cli = new CliRunner();
        using var tools = Tools(cli);
        var store = Path.Combine(cli.WorkingDirectory, "central.db");
        var submit = cli.Run("fleet", "submit", "--scheduler", "htcondor", "--nodes", "wn001,wn002.example.org", "--profile", "quick", "--store", store, "--campaign", "c1", "--calibrate", "/opt/calibrate/bin/calibrate");
        Assert.That(submit.Exit, Is.EqualTo(0), submit.Error);

        var dir = Path.Combine(cli.WorkingDirectory, "results", "campaigns", "c1");
        Assert.That(tools.ArgumentsOf("condor_submit"), Is.EqualTo(new[] { new[] { $"{dir}/wn001.example.org.sub" }, new[] { $"{dir}/wn002.example.org.sub" } }));
        var first = File.ReadAllText(Path.Combine(tools.Root, "submitted-1234.sub")).Split('\n');
        Assert.That(first, Does.Contain("requirements = (Machine == \"wn001.example.org\")").And.Contain("request_cpus = 32").And.Contain("request_memory = 128000")
            .And.Contain($"executable = {dir}/wn001.example.org.sh").And.Contain("+CalibrateCampaign = \"c1\""));
        Assert.That(File.ReadAllText(Path.Combine(dir, "wn001.example.org.sh")), Does.Contain("--label campaign-c1"));

        using (var central = StoreFactory.Open(store, store))
        {
            central.Save(new TestResult().Build() with { Hostname = "wn001.example.org", Label = "campaign-c1", StartedUtc = DateTimeOffset.UtcNow, FinishedUtc = DateTimeOffset.UtcNow });
        }

        tools.Output("condor_q", "1235 2\n").Output("condor_history", "1234 4\n");
        var status = cli.Run("fleet", "status", "--json");
        Assert.That(status.Exit, Is.EqualTo(0), status.Error);
        var report = JsonSerializer.Deserialize(status.Out, FleetJsonContext.Default.CampaignReport)!;
        Assert.That(report.Nodes.Select(n => (n.Node, n.State, n.JobId)), Is.EqualTo(new[] { ("wn001.example.org", NodeState.Done, "1234"), ("wn002.example.org", NodeState.Running, "1235") }));
        Assert.That(report.StatesFrom, Is.EqualTo("condor_q and condor_history"));
        Assert.That(tools.ArgumentsOf("condor_q").Single(), Is.EqualTo(new[] { "-allusers", "-constraint", "CalibrateCampaign == \"c1\"", "-af", "ClusterId", "JobStatus" }));
    }

    [Test]
    public void A_dry_run_shows_every_file_and_command_and_writes_and_submits_nothing()
    {
        using var cli = new CliRunner();
        using var tools = Tools(cli);
        var (exit, output, error) = cli.Run("fleet", "submit", "--scheduler", "htcondor", "--all", "--store", "/shared/calibrate.db", "--campaign", "c2", "--calibrate", "/opt/calibrate/bin/calibrate", "--dry-run");
        Assert.That(exit, Is.EqualTo(0), error);
        var dir = Path.Combine(cli.WorkingDirectory, "results", "campaigns", "c2");
        Assert.That(output, Does.Contain($"# wn001.example.org: would write {dir}/wn001.example.org.sh\n#!/bin/sh\n")
            .And.Contain($"# wn002.example.org: would write {dir}/wn002.example.org.sub\n").And.Contain("request_cpus = 64\n")
            .And.Contain($"# wn002.example.org: would run condor_submit {dir}/wn002.example.org.sub\n"));
        Assert.That(tools.Calls.Select(c => c.Split('|')[0]), Is.EqualTo(new[] { "condor_status" }), "only the node list is asked");
        Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "results")), Is.False, "nothing is written");
    }

    [Test]
    public void An_unknown_machine_is_one_line_and_nothing_is_submitted()
    {
        using var cli = new CliRunner();
        using var tools = Tools(cli);
        var (exit, _, error) = cli.Run("fleet", "submit", "--scheduler", "htcondor", "--nodes", "wn001,wn009", "--store", "/shared/calibrate.db");
        Assert.That((exit, error), Is.EqualTo((2, "calibrate: unknown node 'wn009': htcondor does not list it (`condor_status -constraint 'PartitionableSlot =?= True' -af Machine TotalSlotCpus TotalSlotMemory`)\n")));
        Assert.That(tools.ArgumentsOf("condor_submit"), Is.Empty);
        Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "results")), Is.False);
    }

    [Test]
    public void A_hanging_condor_q_is_killed_and_named_in_one_line()
    {
        using var cli = new CliRunner();
        using var tools = Tools(cli);
        Assert.That(cli.Run("fleet", "submit", "--scheduler", "htcondor", "--nodes", "wn001", "--store", "/shared/calibrate.db", "--campaign", "c3").Exit, Is.EqualTo(0));
        tools.Hang("condor_q");
        cli.Environment["CALIBRATE_COMMAND_TIMEOUT"] = "2s";
        var (exit, _, error) = cli.Run("fleet", "status");
        Assert.That(exit, Is.EqualTo(6));
        Assert.That(error, Does.StartWith("calibrate: `condor_q -allusers -constraint 'CalibrateCampaign == \"c3\"' -af ClusterId JobStatus` timed out after 2s"));
        Assert.That(error.TrimEnd('\n'), Does.Not.Contain('\n'));
    }

    [Test]
    public void A_failing_condor_history_leaves_condor_q_to_answer_and_says_so()
    {
        using var cli = new CliRunner();
        using var tools = Tools(cli);
        Assert.That(cli.Run("fleet", "submit", "--scheduler", "htcondor", "--nodes", "wn001", "--store", "/shared/calibrate.db", "--campaign", "c4").Exit, Is.EqualTo(0));
        tools.Fail("condor_history").Output("condor_q", "1234 1\n");
        var (exit, output, error) = cli.Run("fleet", "status", "--store", Path.Combine(cli.WorkingDirectory, "empty.db"));
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("job states from condor_q (condor_history: condor_history: stand-in told to fail (1))").And.Contain("pending"));
    }

    /// <summary>The stand-ins, first on the PATH calibrate gives its children.</summary>
    private static StandIns Tools(CliRunner cli)
    {
        var tools = new StandIns("condor_status", "condor_q", "condor_history").Behave("condor_submit", CondorSubmit).Output("condor_status", FleetCaptures.Read("htcondor", "condor_status-af.txt"));
        cli.Environment["PATH"] = tools.SearchPath;
        return tools;
    }
}
