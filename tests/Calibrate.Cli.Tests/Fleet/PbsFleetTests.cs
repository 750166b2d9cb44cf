using System.Text.Json;
using Calibrate.Node.Fleet;
using Calibrate.Store;
using Calibrate.TestSupport.Processes;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Fleet;

/// <summary>
/// A campaign through PBS/Torque with stand-in pbsnodes, qsub and qstat printing Torque's documented formats: every
/// slot of each node requested, status from qstat joined with the store, and a qsub that fails for one node.
/// </summary>
public sealed class PbsFleetTests
{
    /// <summary>qsub as pbs_server answers: "SEQUENCE.SERVER", from 101.</summary>
    private const string Qsub = """
        n=$(cat "$here/seq" 2>/dev/null || echo 100); n=$((n + 1)); echo "$n" > "$here/seq"
        echo "$n.pbs.example.org"
        """;

    [Test]
    public void Submit_requests_every_slot_of_each_node_and_status_joins_qstat_with_the_store()
    {
        using var cli = new CliRunner();
        using var tools = Tools(cli);
        var store = Path.Combine(cli.WorkingDirectory, "central.db");
        var submit = cli.Run("fleet", "submit", "--scheduler", "pbs", "--nodes", "wn001,wn002", "--profile", "quick", "--store", store, "--campaign", "c1", "--calibrate", "/opt/calibrate/bin/calibrate");
        Assert.That(submit.Exit, Is.EqualTo(0), submit.Error);

        var dir = Path.Combine(cli.WorkingDirectory, "results", "campaigns", "c1");
        Assert.That(tools.ArgumentsOf("qsub"), Is.EqualTo(new[] { ("wn001.example.org", 16), ("wn002.example.org", 32) }.Select(n => new[]
        {
            "-N", "calibrate-c1", "-S", "/bin/sh", "-l", $"nodes={n.Item1}:ppn={n.Item2}", "-j", "oe", "-o", $"{dir}/{n.Item1}.out", "-d", dir, $"{dir}/{n.Item1}.sh",
        })));

        using (var central = StoreFactory.Open(store, store))
        {
            central.Save(new TestResult().Build() with { Hostname = "wn001", Label = "campaign-c1", StartedUtc = DateTimeOffset.UtcNow, FinishedUtc = DateTimeOffset.UtcNow });
        }

        var status = cli.Run("fleet", "status", "--json");
        Assert.That(status.Exit, Is.EqualTo(0), status.Error);
        var report = JsonSerializer.Deserialize(status.Out, FleetJsonContext.Default.CampaignReport)!;
        Assert.That(report.Nodes.Select(n => (n.Node, n.State, n.JobId)), Is.EqualTo(new[]
        {
            ("wn001.example.org", NodeState.Done, "101.pbs.example.org"), ("wn002.example.org", NodeState.Pending, "102.pbs.example.org"),
        }));
        Assert.That(report.StatesFrom, Is.EqualTo("qstat"));
    }

    [Test]
    public void A_qsub_that_fails_for_one_node_is_named_and_the_others_are_kept()
    {
        using var cli = new CliRunner();
        using var tools = Tools(cli);
        tools.Fail("qsub", 1);
        var (exit, output, error) = cli.Run("fleet", "submit", "--scheduler", "pbs", "--nodes", "wn001,wn002", "--store", "/shared/calibrate.db", "--campaign", "c2");
        Assert.That(exit, Is.EqualTo(6));
        Assert.That(error, Does.StartWith("calibrate fleet submit: wn001.example.org: `qsub -N calibrate-c2").And.Contain("exited with 3 (tried once): qsub: stand-in told to fail (1)"));
        Assert.That(output, Does.Contain("1 job(s) submitted, 1 failed to submit"));
        var campaign = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(cli.WorkingDirectory, "results", "campaigns", "c2", "campaign.json")), FleetJsonContext.Default.Campaign)!;
        Assert.That(campaign.Jobs.Select(j => (j.Node, j.JobId)), Is.EqualTo(new[] { ("wn002.example.org", "101.pbs.example.org") }), "the failed qsub took no number");
    }

    [Test]
    public void A_failing_pbsnodes_stops_before_anything_is_written()
    {
        using var cli = new CliRunner();
        using var tools = Tools(cli);
        tools.Fail("pbsnodes");
        var (exit, _, error) = cli.Run("fleet", "submit", "--scheduler", "pbs", "--all", "--store", "/shared/calibrate.db");
        Assert.That((exit, error), Is.EqualTo((6, "calibrate: `pbsnodes -a` exited with 3 (tried once): pbsnodes: stand-in told to fail (1)\n")));
        Assert.That(tools.ArgumentsOf("qsub"), Is.Empty);
        Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "results")), Is.False);
    }

    /// <summary>The stand-ins, first on the PATH calibrate gives its children.</summary>
    private static StandIns Tools(CliRunner cli)
    {
        var tools = new StandIns("pbsnodes", "qstat").Behave("qsub", Qsub)
            .Output("pbsnodes", FleetCaptures.Read("pbs", "pbsnodes-a.txt"))
            .Output("qstat", FleetCaptures.Read("pbs", "qstat.txt"));
        cli.Environment["PATH"] = tools.SearchPath;
        return tools;
    }
}
