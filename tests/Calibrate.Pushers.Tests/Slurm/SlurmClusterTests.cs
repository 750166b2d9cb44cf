using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Slurm;
using Calibrate.TestSupport.Results;
using Calibrate.TestSupport.Services;

namespace Calibrate.Pushers.Tests.Slurm;

/// <summary>
/// Against the real one-node cluster that .ci/start-slurm.sh starts (it exports CALIBRATE_TEST_SLURM=1 and the node
/// name). Ignored where there is none, but a failure under CI=true, where there must be one.
/// </summary>
[NonParallelizable]
public class SlurmClusterTests
{
    private string _node = string.Empty;
    private readonly CommandExecutor _executor = new(new ProcessCommandRunner(), new RetryPolicy { Attempts = 3, InitialDelay = TimeSpan.FromMilliseconds(200), Timeout = TimeSpan.FromSeconds(30) });

    [SetUp]
    public void RequireCluster() => _node = Required.SlurmNode();

    [Test]
    public async Task Features_and_weight_are_set_and_read_back_keeping_an_existing_feature()
    {
        await _executor.RunAsync(CommandLine.Of("scontrol", "update", "NodeName=" + _node, "AvailableFeatures=ci_base,hs06_1.0", "ActiveFeatures=ci_base,hs06_1.0", "Weight=1"), CancellationToken.None);
        var result = new TestResult { EstimateValue = 2 * 13.37, Copies = 2, Hostname = _node }.Build();

        var plan = await SlurmPusher.PlanAsync(result, _node, _executor, CancellationToken.None);
        var outcome = await new PlanApplier(_executor).ApplyAsync(plan, CancellationToken.None);

        Assert.That(outcome.Changed, Is.True);
        var state = await ReadBack();
        Assert.That(state.AvailableFeatures, Is.EqualTo(new[] { "ci_base", "hs23_13.4", "hs06_13.4" }));
        Assert.That(state.ActiveFeatures, Is.EqualTo(new[] { "ci_base", "hs23_13.4", "hs06_13.4" }));
        Assert.That(state.Weight, Is.EqualTo(SlurmSpeed.Weight(13.37)));

        var again = await SlurmPusher.PlanAsync(result, _node, _executor, CancellationToken.None);
        Assert.That(again.HasChanges, Is.False, "a second push of the same result changes nothing");
    }

    [TearDown]
    public async Task Restore()
    {
        if (_node.Length > 0)
        {
            await _executor.RunAsync(CommandLine.Of("scontrol", "update", "NodeName=" + _node, "AvailableFeatures=ci_base", "ActiveFeatures=ci_base", "Weight=1"), CancellationToken.None);
        }
    }

    private async Task<SlurmNodeState> ReadBack()
    {
        var show = await _executor.RunAsync(CommandLine.Of("scontrol", "show", "node", _node, "-o"), CancellationToken.None);
        return SlurmNodeState.Parse(_node, show.StandardOutput);
    }
}
