using Calibrate.Agent.Probing;
using Calibrate.Agent.Running;
using Calibrate.Core.Running;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Node.Measurement;
using Calibrate.TestSupport.Files;

namespace Calibrate.Node.Tests.Measurement;

/// <summary>A run's --budget is checked against the least measurement when the run is prepared, before any copy starts.</summary>
public sealed class RunBudgetValidationTests
{
    [Test]
    public void A_budget_under_the_least_is_refused_when_the_run_is_prepared_and_one_just_above_is_planned()
    {
        using var node = new TempDirectory();
        var site = new Site(new NodeEnvironment { WorkingDirectory = node.Path, GetEnvironment = _ => null }, CalibrateConfig.Default);
        var probe = NodeProber.Probe();
        var options = new RunOptions { Profile = Profile.Quick, Copies = 1, Pinning = Pinning.None };

        var error = Assert.Throws<BudgetTooShortException>(() => RunSteps.Prepare(options with { Budget = TimeSpan.FromSeconds(0.5) }, probe, site));
        var prepared = RunSteps.Prepare(options with { Budget = TimeSpan.FromSeconds(0.8) }, probe, site);
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo("--budget 0.5 s is too short to measure anything: this run needs at least 0.8 s (3 rounds of the 9 kernels, a sample at least 27 ms, 1 copy per CPU)"));
            Assert.That(prepared.Request.Budget, Is.EqualTo(TimeSpan.FromSeconds(0.8)));
        });
    }
}
