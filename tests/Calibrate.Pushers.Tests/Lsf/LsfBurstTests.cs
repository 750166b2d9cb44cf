using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Processes;

namespace Calibrate.Pushers.Tests.Lsf;

public class LsfBurstTests
{
    [Test]
    public async Task Nodes_booting_together_lead_to_one_reconfiguration()
    {
        using var lsf = new LsfFixture();
        using var bin = SimulatedLim.Start(lsf.ConfDir);
        var nodes = new[] { "wn001", "wn002", "wn003", "lsfmaster" }.Select((host, i) => new NodeFactor(host, 11 + i)).ToList();

        // One invocation per node, started together as a rack powering on would; each has its own applier and runner.
        var pushes = nodes.Select(node => Task.Run(() =>
            new LsfBatchPush(new LsfPendingSpool(lsf.Spool), new PlanApplier(bin.Executor()), new LsfReconfigVerifier(bin.Executor())) { Debounce = TimeSpan.FromMilliseconds(500) }
                .RunAsync([node], lsf.Files, CancellationToken.None)));
        var outcomes = await Task.WhenAll(pushes);

        Assert.That(bin.Calls.Count(c => c.StartsWith("lsadmin|reconfig", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(bin.Calls.Count(c => c.StartsWith("badmin|mbdrestart", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(outcomes.Count(o => o is { Changed: true }), Is.EqualTo(1));
        var cluster = File.ReadAllText(lsf.Cluster);
        Assert.That(cluster, Does.Contain("wn001     HS06_11_0").And.Contain("wn002.example.org  HS06_12_0").And.Contain("wn003     HS06_13_0").And.Contain("lsfmaster HS06_14_0"));
        Assert.That(new LsfPendingSpool(lsf.Spool).ReadAll(), Is.Empty);
    }

    [Test]
    public void A_failed_reconciliation_leaves_the_nodes_pending_for_the_next_push()
    {
        using var lsf = new LsfFixture();
        using var bin = new StandIns("lsadmin", "badmin").Fail("lsadmin ckconfig");
        var push = new LsfBatchPush(new LsfPendingSpool(lsf.Spool), new PlanApplier(bin.Executor()), new LsfReconfigVerifier(bin.Executor())) { Debounce = TimeSpan.Zero };
        Assert.ThrowsAsync<CommandFailedException>(() =>
            push.RunAsync([new NodeFactor("wn001", 12.5)], lsf.Files, CancellationToken.None));
        Assert.That(new LsfPendingSpool(lsf.Spool).ReadAll().Single().Node, Is.EqualTo(new NodeFactor("wn001", 12.5)));
    }
}
