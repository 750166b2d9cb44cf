using System.Diagnostics;
using System.Text.Json;
using Calibrate.Node.Fleet;
using Calibrate.Store;
using Calibrate.TestSupport.Services;

namespace Calibrate.Cli.Tests.Fleet;

/// <summary>
/// A real campaign on the one-node Slurm cluster of .ci/start-slurm.sh (CALIBRATE_TEST_SLURM=1): sbatch runs
/// `calibrate run --budget 10s` on this node (5 s is enough for a Release build; the tests may run a Debug one), the
/// result lands in the store, and status says done. Without the cluster the test fails under CI=true and is ignored elsewhere.
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
        var submit = cli.Run("fleet", "submit", "--scheduler", "slurm", "--nodes", node, "--profile", "quick", "--budget", "10s", "--store", store, "--json");
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
        using var central = StoreFactory.Open(store, store);
        Assert.That(central.Query(new ResultFilter { Label = campaign.Label }).Select(r => r.Hostname.Split('.')[0]), Is.EqualTo(new[] { node }));
    }
}
