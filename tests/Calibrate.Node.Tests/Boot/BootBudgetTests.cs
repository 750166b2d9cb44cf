using Calibrate.Node.Boot;

namespace Calibrate.Node.Tests.Boot;

public sealed class BootBudgetTests
{
    [Test]
    public void The_budget_keeps_a_fifth_for_store_and_push()
    {
        var budget = BootBudget.Split(TimeSpan.FromSeconds(60));
        Assert.That((budget.Measure, budget.MeasureDeadline), Is.EqualTo((TimeSpan.FromSeconds(39), TimeSpan.FromSeconds(48))));
    }
}
