using Calibrate.Pushers.Common;
using Calibrate.Pushers.Slurm;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Pushers.Tests.Slurm;

public class SlurmPlannerTests
{
    private const string ShowNode =
        "NodeName=wn042 Arch=x86_64 CoresPerSocket=16 CPUAlloc=0 CPUTot=64 AvailableFeatures=ib,hs06_9.0,avx2 ActiveFeatures=ib,hs06_9.0,avx2 Gres=(null) NodeAddr=wn042 Weight=1 Owner=N/A";

    [Test]
    public void Features_keep_the_others_and_replace_an_old_hs06_tag()
    {
        Snapshot.Match("slurm-dry-run.txt", () => PlanRenderer.Render(SlurmPlanner.Plan(Nodes.Worker.Build(), SlurmNodeState.Parse("wn042", ShowNode)), dryRun: true));
        var plan = CultureScope.Run("de-DE", () => SlurmPlanner.Plan(Nodes.Worker.Build(), SlurmNodeState.Parse("wn042", ShowNode)));
        Assert.That(plan.Commands.Single().Command.Arguments, Is.EqualTo(new[]
        {
            "update", "NodeName=wn042", "AvailableFeatures=ib,avx2,hs23_12.7,hs06_12.7", "ActiveFeatures=ib,avx2,hs23_12.7,hs06_12.7", "Weight=788",
        }));
    }

    [Test]
    public void The_same_values_again_plan_no_command()
    {
        var state = SlurmNodeState.Parse("wn042", ShowNode.Replace("hs06_9.0", "hs06_12.7", StringComparison.Ordinal).Replace("ib,hs06_12.7,avx2", "ib,avx2,hs23_12.7,hs06_12.7", StringComparison.Ordinal).Replace("Weight=1", "Weight=788", StringComparison.Ordinal));
        Assert.That(SlurmPlanner.Plan(Nodes.Worker.Build(), state).HasChanges, Is.False);
    }

    [TestCase(2.5, 4000)]
    [TestCase(12.5, 800)]
    [TestCase(20, 500)]
    [TestCase(80, 125)]
    public void Faster_nodes_get_lower_weights(double perCpu, long weight) => Assert.That(SlurmSpeed.Weight(perCpu), Is.EqualTo(weight));

    [TestCase("wn[01-04]")]
    [TestCase("wn01,wn02")]
    [TestCase("wn01 Weight=0")]
    public void Node_names_scontrol_would_read_as_more_are_refused(string node) =>
        Assert.Throws<PushConfigException>(() => SlurmPlanner.ValidateNodeName(node));

    [Test]
    public void No_features_show_as_null() =>
        Assert.That(SlurmNodeState.Parse("n1", "NodeName=n1 AvailableFeatures=(null) ActiveFeatures=(null) Weight=1").AvailableFeatures, Is.Empty);
}
