using System.Text.Json;
using Calibrate.Node.Fleet;
using Calibrate.Store;
using Calibrate.TestSupport.Processes;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Fleet;

/// <summary>A campaign through LSF with stand-in bhosts, bsub and bjobs: what is submitted, and how status joins it with the store.</summary>
public sealed class LsfFleetTests
{
    /// <summary>bsub as LSF answers: a new job id per submission, from 101.</summary>
    private const string Bsub = """
        n=$(cat "$here/bsub.n" 2>/dev/null || echo 100); n=$((n + 1)); echo "$n" > "$here/bsub.n"
        echo "Job <$n> is submitted to default queue <normal>."
        """;

    [Test]
    public void Submit_runs_one_exclusive_bsub_per_node_and_status_joins_bjobs_with_the_store()
    {
        using var cli = new CliRunner();
        using var tools = new StandIns("bjobs", "bhosts").Behave("bsub", Bsub)
            .Output("bhosts", "HOST_NAME          STATUS       JL/U    MAX  NJOBS    RUN  SSUSP  USUSP    RSV\nwn001              ok              -      8      0      0      0      0      0\nwn002              ok              -      8      0      0      0      0      0\nwn003              closed          -      8      8      8      0      0      0\n")
            .Output("bjobs", "JOBID USER STAT QUEUE FROM_HOST EXEC_HOST JOB_NAME SUBMIT_TIME\n101 root DONE normal m wn001 calibrate-c1 Nov 21 10:00\n102 root RUN normal m wn002 calibrate-c1 Nov 21 10:00\n");
        cli.Environment["PATH"] = tools.SearchPath;
        var store = Path.Combine(cli.WorkingDirectory, "central.db");
        var submit = cli.Run("fleet", "submit", "--scheduler", "lsf", "--nodes", "wn001,wn002,wn003", "--profile", "quick", "--store", store, "--campaign", "c1", "--calibrate", "/opt/calibrate/bin/calibrate");
        Assert.That(submit.Exit, Is.EqualTo(0), submit.Error);
        var dir = Path.Combine(cli.WorkingDirectory, "results", "campaigns", "c1");
        Assert.That(tools.ArgumentsOf("bsub"), Is.EqualTo(new[] { "wn001", "wn002", "wn003" }.Select(n => new[]
        {
            "-x", "-m", n, "-J", "calibrate-c1", "-o", $"{dir}/{n}-%J.out", "-cwd", dir,
            "/opt/calibrate/bin/calibrate", "run", "--profile", "quick", "--label", "campaign-c1", "--store", store, "--wait", "10m",
        })));

        using (var central = StoreFactory.Open(store, store))
        {
            central.Save(new TestResult().Build() with { Hostname = "wn001.example.org", Label = "campaign-c1", StartedUtc = DateTimeOffset.UtcNow, FinishedUtc = DateTimeOffset.UtcNow });
        }

        var status = cli.Run("fleet", "status", "--json");
        Assert.That(status.Exit, Is.EqualTo(0), status.Error);
        var report = JsonSerializer.Deserialize(status.Out, FleetJsonContext.Default.CampaignReport)!;
        Assert.That(report.Nodes.Select(n => (n.Node, n.State, n.JobId)), Is.EqualTo(new[]
        {
            ("wn001", NodeState.Done, "101"), ("wn002", NodeState.Running, "102"), ("wn003", NodeState.Failed, "103"),
        }));
    }

    [Test]
    public void Submit_wants_nodes_or_all_but_not_both()
    {
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("fleet", "submit", "--scheduler", "lsf", "--nodes", "wn001", "--all");
        Assert.That((exit, error.Trim()), Is.EqualTo((2, "calibrate: give either --nodes LIST or --all")));
    }

    [Test]
    public void Fleet_outliers_is_still_there()
    {
        using var cli = new CliRunner();
        var (exit, output, _) = cli.Run("fleet", "--help");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("outliers").And.Contain("submit").And.Contain("status"));
    }
}
