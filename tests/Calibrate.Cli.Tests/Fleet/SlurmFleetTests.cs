using System.Diagnostics;
using System.Text.Json;
using Calibrate.Node.Fleet;
using Calibrate.Store;
using Calibrate.TestSupport.Services;

namespace Calibrate.Cli.Tests.Fleet;

/// <summary>
/// A real campaign on the one-node Slurm cluster of .ci/start-slurm.sh (CALIBRATE_TEST_SLURM=1): sbatch runs
/// `calibrate run --budget 20s` on this node (twice what an idle 2-core machine needs: CI shares its cores), the
/// result lands in the store, and status says done; hostlist expressions are expanded by the cluster's scontrol. Without the cluster the test fails under CI=true and is ignored elsewhere.
/// </summary>
[NonParallelizable]
public sealed class SlurmFleetTests
{
    private static readonly TimeSpan JobLimit = TimeSpan.FromMinutes(4);

    [Test]
    public void A_campaign_on_the_real_cluster_is_submitted_runs_stores_and_is_done()
    {
        var node = Required.SlurmNode();
        using var cli = new CliRunner();
        var store = Path.Combine(cli.WorkingDirectory, "central.db");
        var submit = cli.Run("fleet", "submit", "--scheduler", "slurm", "--nodes", node, "--profile", "quick", "--budget", "20s", "--store", store, "--json");
        Assert.That(submit.Exit, Is.EqualTo(0), submit.Error);
        var campaign = JsonSerializer.Deserialize(submit.Out, FleetJsonContext.Default.Campaign)!;
        Assert.That(campaign.Jobs.Single().Node, Is.EqualTo(node));

        var clock = Stopwatch.StartNew();
        CampaignReport report;
        do
        {
            Thread.Sleep(TimeSpan.FromSeconds(3));
            var status = cli.Run("fleet", "status", "--campaign", campaign.Id, "--json");
            Assert.That(status.Exit, Is.EqualTo(0), status.Error);
            report = JsonSerializer.Deserialize(status.Out, FleetJsonContext.Default.CampaignReport)!;
        }
        while (report.Nodes[0].State is NodeState.Pending or NodeState.Running && clock.Elapsed < JobLimit);

        var output = string.Join("\n", Directory.EnumerateFiles(Path.Combine(cli.WorkingDirectory, "results", "campaigns", campaign.Id), "*.out").Select(File.ReadAllText));
        Assert.That(report.Nodes[0].State, Is.EqualTo(NodeState.Done), "job output:\n" + output);
        Assert.That(report.StatesFrom, Is.EqualTo("squeue (sacct: Slurm accounting storage is disabled)"), "the CI cluster has no accounting database");
        using var central = StoreFactory.Open(store, store);
        Assert.That(central.Query(new ResultFilter { Label = campaign.Label }).Select(r => r.Hostname.Split('.')[0]), Is.EqualTo(new[] { node }));
    }

    [Test]
    public void A_hostlist_is_expanded_by_scontrol_and_each_name_checked_against_sinfo()
    {
        var node = Required.SlurmNode();
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("fleet", "submit", "--scheduler", "slurm", "--nodes", $"{node},wn[07-09]", "--store", "/shared/calibrate.db", "--dry-run");
        Assert.That((exit, error), Is.EqualTo((2, "calibrate: unknown node 'wn07': slurm does not list it (`sinfo -h -N -o '%N %c'`)\n")), "wn07 exists only once the expression is expanded");

        var dryRun = cli.Run("fleet", "submit", "--scheduler", "slurm", "--nodes", $"{node},{node}", "--store", "/shared/calibrate.db", "--campaign", "h1", "--dry-run");
        Assert.That(dryRun.Exit, Is.EqualTo(0), dryRun.Error);
        Assert.That(dryRun.Out, Does.Contain($"# {node}: would run sbatch --parsable --exclusive -w {node} ").And.Contain($"would write {cli.WorkingDirectory}/results/campaigns/h1/{node}.sh"));
        Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "results")), Is.False, "a dry run writes nothing");
    }

    [Test]
    public void A_malformed_hostlist_names_no_node_and_submits_nothing()
    {
        Required.SlurmNode();
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("fleet", "submit", "--scheduler", "slurm", "--nodes", "wn[a-b]", "--store", "/shared/calibrate.db");
        Assert.That((exit, error), Is.EqualTo((2, "calibrate: --nodes 'wn[a-b]' names no node\n")));
    }
}
