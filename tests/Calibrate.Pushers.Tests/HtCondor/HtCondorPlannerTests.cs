using Calibrate.Pushers.Common;
using Calibrate.Pushers.HtCondor;
using Calibrate.Pushers.Tests.Support;

namespace Calibrate.Pushers.Tests.HtCondor;

public class HtCondorPlannerTests
{
    [TestCase("", "invariant")]
    [TestCase("de-DE", "de-DE")]
    public async Task Writes_ApelSpecs_per_core_then_runs_condor_reconfig(string culture, string label)
    {
        using var dir = new TempDirectory();
        using var bin = new StandIns("condor_reconfig");
        var plan = Snapshot.InCulture(culture, () => HtCondorPlanner.Plan(TestResults.Create(hs06: 812.345, copies: 64), dir.Path, bin.Runner().Locate("condor_reconfig") is not null));
        Snapshot.Match("htcondor-dry-run", Apply.DryRun(plan, dir.Path));

        await new PlanApplier(bin.Executor()).ApplyAsync(plan, CancellationToken.None);

        Assert.That(File.ReadAllText(dir.Combine(HtCondorPlanner.FileName)), Does.Contain("ApelSpecs = [HEPSPEC=12.69]\nSTARTD_ATTRS = $(STARTD_ATTRS) ApelSpecs\n"), label);
        Assert.That(bin.Calls, Is.EqualTo(new[] { "condor_reconfig" }));
        var again = HtCondorPlanner.Plan(TestResults.Create(hs06: 812.345, copies: 64), dir.Path, true);
        Assert.That(again.HasChanges, Is.False);
    }

    [Test]
    public void Without_condor_reconfig_the_file_is_written_and_the_plan_says_so()
    {
        using var dir = new TempDirectory();
        var plan = HtCondorPlanner.Plan(TestResults.Create(), dir.Path, reconfigAvailable: false);
        Assert.That(plan.Commands, Is.Empty);
        Assert.That(plan.Notes.Single(), Does.Contain("condor_reconfig is not on PATH"));
    }

    [Test]
    public void A_missing_config_directory_is_a_clear_error() =>
        Assert.Throws<PushConfigException>(() => HtCondorPlanner.Plan(TestResults.Create(), "/nonexistent/condor/config.d", true));

    [Test]
    public async Task A_failing_condor_reconfig_restores_the_file()
    {
        using var dir = new TempDirectory();
        using var bin = new StandIns("condor_reconfig").Fail("condor_reconfig ");
        var plan = HtCondorPlanner.Plan(TestResults.Create(), dir.Path, true);
        Assert.ThrowsAsync<CommandFailedException>(() => new PlanApplier(bin.Executor()).ApplyAsync(plan, CancellationToken.None));
        Assert.That(File.Exists(dir.Combine(HtCondorPlanner.FileName)), Is.False);
        await Task.CompletedTask;
    }
}
