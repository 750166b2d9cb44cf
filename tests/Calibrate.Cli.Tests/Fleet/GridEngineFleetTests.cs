using System.Diagnostics;
using System.Text.Json;
using Calibrate.Node.Fleet;
using Calibrate.Store;
using Calibrate.TestSupport.Services;

namespace Calibrate.Cli.Tests.Fleet;

/// <summary>
/// A real campaign on the one-node Grid Engine cell of .ci/start-gridengine.sh (CALIBRATE_TEST_GRIDENGINE=1): qsub
/// with the exclusive complex runs `calibrate run --budget 20s` on this host, the result lands in the store, and status
/// (qstat, then qacct once the job has ended) says done. Without the cell the test fails under CI=true and is ignored
/// elsewhere.
/// </summary>
[NonParallelizable]
public sealed class GridEngineFleetTests
{
    private static readonly TimeSpan JobLimit = TimeSpan.FromMinutes(4);

    [Test]
    public void A_campaign_on_the_real_cell_is_submitted_runs_stores_and_is_done()
    {
        var host = Required.GridEngineHost();
        using var cli = new CliRunner();
        var store = Path.Combine(cli.WorkingDirectory, "central.db");
        var submit = cli.Run("fleet", "submit", "--scheduler", "gridengine", "--nodes", host, "--profile", "quick", "--budget", "20s", "--store", store, "--json");
        Assert.That(submit.Exit, Is.EqualTo(0), submit.Error);
        var campaign = JsonSerializer.Deserialize(submit.Out, FleetJsonContext.Default.Campaign)!;
        Assert.That(campaign.Jobs.Single().Node, Is.EqualTo(host));

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
        Assert.That(report.StatesFrom, Does.StartWith("qstat"));
        using var central = StoreFactory.Open(store, store);
        Assert.That(central.Query(new ResultFilter { Label = campaign.Label }).Select(r => r.Hostname.Split('.')[0]), Is.EqualTo(new[] { host.Split('.')[0] }));
    }

    [Test]
    public void A_host_the_cell_does_not_know_is_refused_before_qsub()
    {
        Required.GridEngineHost();
        using var cli = new CliRunner();
        var (exit, _, error) = cli.Run("fleet", "submit", "--scheduler", "gridengine", "--nodes", "wn-not-in-the-cell", "--store", "/shared/calibrate.db");
        Assert.That((exit, error), Is.EqualTo((2, "calibrate: unknown node 'wn-not-in-the-cell': gridengine does not list it (`qconf -sel`)\n")));
        Assert.That(Directory.Exists(Path.Combine(cli.WorkingDirectory, "results")), Is.False);
    }
}
