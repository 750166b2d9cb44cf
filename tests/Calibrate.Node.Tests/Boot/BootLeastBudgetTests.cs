using Calibrate.Agent.Planning;
using Calibrate.Agent.Running;
using Calibrate.Core.Topology;
using Calibrate.Node.Boot;

namespace Calibrate.Node.Tests.Boot;

/// <summary>The least boot budget: setup and the least measurement before the measurement's deadline stop.</summary>
public sealed class BootLeastBudgetTests
{
    private static readonly LeastBudget OneCopy = LeastBudget.Of(ProfileSettings.Quick, 9, [new CopyPlacement(0, null)], CpuSet.Parse("0-1"));

    [Test]
    public void Boot_needs_setup_and_three_rounds_to_end_three_seconds_before_its_measure_deadline() =>
        Assert.That(BootBudget.Least(OneCopy).TotalSeconds, Is.EqualTo((1.6 + 0.72 + 3) / 0.8).Within(1e-5));

    [Test]
    public void A_budget_under_the_least_is_refused_in_one_line_naming_both_and_one_just_above_is_not()
    {
        var error = Assert.Throws<BudgetTooShortException>(() => BootBudget.Check(TimeSpan.FromSeconds(6.6), OneCopy));
        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.StartWith("the boot budget of 6.6 s is too short to measure anything: boot needs at least 6.7 s: setup (1.6 s on the development machine) and 0.8 s of measurement ("));
            Assert.That(error.Message, Does.Contain("3 rounds of the 9 kernels").And.Not.Contain("\n"));
            Assert.DoesNotThrow(() => BootBudget.Check(TimeSpan.FromSeconds(6.7), OneCopy));
        });
    }
}
