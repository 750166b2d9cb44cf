using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.HtCondor;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Processes;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Pushers.Tests.HtCondor;

public class HtCondorPlannerTests
{
    [Test]
    public async Task Writes_ApelSpecs_per_core_then_runs_condor_reconfig()
    {
        using var dir = new TempDirectory();
        using var bin = new StandIns("condor_reconfig");
        var reconfig = bin.Runner().Locate("condor_reconfig") is not null;
        Snapshot.Match("htcondor-dry-run.txt", () => Apply.DryRun(HtCondorPlanner.Plan(Nodes.Worker.Build(), dir.Path, reconfig), dir.Path));
        var plan = CultureScope.Run("de-DE", () => HtCondorPlanner.Plan(Nodes.Worker.Build(), dir.Path, reconfig));

        await new PlanApplier(bin.Executor()).ApplyAsync(plan, CancellationToken.None);

        Assert.That(File.ReadAllText(dir.Combine(HtCondorPlanner.FileName)), Does.Contain("ApelSpecs = [HEPSPEC=12.69; HEPscore23=12.69]\nSTARTD_ATTRS = $(STARTD_ATTRS) ApelSpecs\n"));
        Assert.That(bin.Calls, Is.EqualTo(new[] { "condor_reconfig" }));
        var again = HtCondorPlanner.Plan(Nodes.Worker.Build(), dir.Path, true);
        Assert.That(again.HasChanges, Is.False);
    }

    [Test]
    public void Without_condor_reconfig_the_file_is_written_and_the_plan_says_so()
    {
        using var dir = new TempDirectory();
        var plan = HtCondorPlanner.Plan(Nodes.Worker.Build(), dir.Path, reconfigAvailable: false);
        Assert.That(plan.Commands, Is.Empty);
        Assert.That(plan.Notes.Single(), Does.Contain("condor_reconfig is not on PATH"));
    }

    [Test]
    public void A_missing_config_directory_is_a_clear_error() =>
        Assert.Throws<PushConfigException>(() => HtCondorPlanner.Plan(Nodes.Worker.Build(), "/nonexistent/condor/config.d", true));

    [Test]
    public async Task A_failing_condor_reconfig_restores_the_file()
    {
        using var dir = new TempDirectory();
        using var bin = new StandIns("condor_reconfig").Fail("condor_reconfig");
        var plan = HtCondorPlanner.Plan(Nodes.Worker.Build(), dir.Path, true);
        Assert.ThrowsAsync<CommandFailedException>(() => new PlanApplier(bin.Executor()).ApplyAsync(plan, CancellationToken.None));
        Assert.That(File.Exists(dir.Combine(HtCondorPlanner.FileName)), Is.False);
        await Task.CompletedTask;
    }
}
