using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Pushers.Tests.Lsf;

public class LsfLocalPlannerTests
{
    private const string Resources = "LSF_LOCAL_RESOURCES=\"[resource linux]  [resourcemap x86_64*arch]   [resource bigmem]";

    [Test]
    public void The_hs06_resource_is_added_keeping_the_resources_already_listed()
    {
        using var lsf = new LsfFixture();
        var result = (Nodes.Worker with { EstimateValue = 812.6 }).Build();
        Snapshot.Match("lsf-local-dry-run.txt", () => Apply.DryRun(LsfLocalPlanner.Plan(result, lsf.LsfConf), lsf.Root));
        var plan = LsfLocalPlanner.Plan(result, lsf.LsfConf);
        Assert.That(plan.Files[0].After, Does.Contain(Resources + " [resourcemap 813*hs06]\"\n"));
        Assert.That(plan.Files[0].After, Does.Contain("#LSF_LOCAL_RESOURCES=\"[resource old]\"\n"));
    }

    [Test]
    public void An_existing_hs06_item_is_replaced_in_place_and_a_second_push_changes_nothing()
    {
        using var lsf = new LsfFixture();
        Apply.Files(LsfLocalPlanner.Plan((Nodes.Worker with { EstimateValue = 700 }).Build(), lsf.LsfConf));
        var plan = LsfLocalPlanner.Plan((Nodes.Worker with { EstimateValue = 812.6 }).Build(), lsf.LsfConf);
        Assert.That(plan.Files[0].After, Does.Contain(Resources + " [resourcemap 813*hs06]\"\n"));
        Apply.Files(plan);
        Assert.That(LsfLocalPlanner.Plan((Nodes.Worker with { EstimateValue = 812.6 }).Build(), lsf.LsfConf).HasChanges, Is.False);
    }

    [Test]
    public void Without_a_definition_one_is_appended()
    {
        using var lsf = new LsfFixture();
        File.WriteAllText(lsf.LsfConf, "LSF_TOP=/usr/share/lsf");
        var plan = LsfLocalPlanner.Plan((Nodes.Worker with { EstimateValue = 812.6 }).Build(), lsf.LsfConf);
        Assert.That(plan.Files[0].After, Is.EqualTo("LSF_TOP=/usr/share/lsf\nLSF_LOCAL_RESOURCES=\"[resourcemap 813*hs06]\"\n"));
    }

    [Test]
    public void A_missing_lsf_conf_and_a_malformed_definition_are_clear_errors()
    {
        using var lsf = new LsfFixture();
        Assert.Throws<PushConfigException>(() => LsfLocalPlanner.Plan(Nodes.Worker.Build(), Path.Combine(lsf.Root, "missing.conf")));
        File.WriteAllText(lsf.LsfConf, "LSF_LOCAL_RESOURCES=\"[resource linux] junk\"\n");
        Assert.That(Assert.Throws<PushConfigException>(() => LsfLocalPlanner.Plan(Nodes.Worker.Build(), lsf.LsfConf))!.Message, Does.Contain("outside [..] items"));
    }
}
