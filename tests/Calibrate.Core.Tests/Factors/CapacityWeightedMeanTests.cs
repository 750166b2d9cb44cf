using Calibrate.Core.Factors;
using Calibrate.Core.Results;

namespace Calibrate.Core.Tests.Factors;

public sealed class CapacityWeightedMeanTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    private static ResultSummary Node(string host, double? estimate, int copies, AccountingUnit unit = AccountingUnit.HS23, int hour = 0, bool disturbed = false) => new()
    {
        Id = Guid.NewGuid(),
        Hostname = host,
        CpuModel = "AMD EPYC 7302 16-Core Processor",
        StartedUtc = Start.AddHours(hour),
        Copies = copies,
        Pinning = "thread",
        Profile = "standard",
        NodeScore = 1,
        Disturbed = disturbed,
        EstimateValue = estimate,
        EstimateUnit = estimate is null ? null : unit,
        KernelScores = new Dictionary<string, double>(),
    };

    [Test]
    public void The_figure_is_the_sum_of_figures_over_the_sum_of_logical_CPUs_not_the_mean_per_node()
    {
        // 12.5 per CPU on 64 CPUs and 6.25 on 16: (800 + 100) / 80 = 11.25, where a plain mean would say 9.375.
        var figure = CapacityWeightedMean.Of([Node("big", 800, 64), Node("small", 100, 16)], AccountingUnit.HS23);
        Assert.Multiple(() =>
        {
            Assert.That(figure.Value, Is.EqualTo(11.25).Within(1e-12));
            Assert.That(figure.Total, Is.EqualTo(900));
            Assert.That(figure.LogicalCpus, Is.EqualTo(80));
            Assert.That(figure.Nodes, Is.EqualTo(2));
            Assert.That(figure.Carried, Is.Empty);
            Assert.That(figure.CarriedNote(), Is.Null);
        });
    }

    [Test]
    public void The_figure_scales_with_the_estimates_and_ignores_node_order_and_duplication_of_the_fleet()
    {
        ResultSummary[] nodes = [Node("a", 512.3, 32), Node("b", 2972, 256), Node("c", 95.1, 8)];
        var figure = CapacityWeightedMean.Of(nodes, AccountingUnit.HS23).Value;
        var scaled = CapacityWeightedMean.Of(nodes.Select(n => n with { EstimateValue = n.EstimateValue * 3 }).ToList(), AccountingUnit.HS23).Value;
        var reversed = CapacityWeightedMean.Of(nodes.Reverse().ToList(), AccountingUnit.HS23).Value;
        var doubled = CapacityWeightedMean.Of([.. nodes, .. nodes], AccountingUnit.HS23).Value;
        Assert.Multiple(() =>
        {
            Assert.That(scaled, Is.EqualTo(3 * figure).Within(1e-9));
            Assert.That(reversed, Is.EqualTo(figure).Within(1e-12));
            Assert.That(doubled, Is.EqualTo(figure).Within(1e-12));
        });
    }

    [Test]
    public void Estimates_in_the_other_unit_are_carried_one_to_one_and_named()
    {
        var figure = CapacityWeightedMean.Of([Node("old", 640, 64, AccountingUnit.HS06), Node("new", 1280, 64)], AccountingUnit.HS23);
        Assert.Multiple(() =>
        {
            Assert.That(figure.Value, Is.EqualTo(15));
            Assert.That(figure.Unit, Is.EqualTo(AccountingUnit.HS23));
            Assert.That(figure.Carried, Is.EqualTo(new[] { "old" }));
            Assert.That(figure.CarriedNote(), Does.StartWith("1 node(s) with an estimate in HS06 carried 1:1 into HS23"));
        });
    }

    [Test]
    public void No_nodes_or_a_node_without_an_estimate_is_an_argument_error()
    {
        Assert.Throws<ArgumentException>(() => CapacityWeightedMean.Of([], AccountingUnit.HS23));
        Assert.Throws<ArgumentException>(() => CapacityWeightedMean.Of([Node("a", null, 8)], AccountingUnit.HS23));
        Assert.Throws<ArgumentException>(() => CapacityWeightedMean.Of([Node("a", 80, 0)], AccountingUnit.HS23));
    }

    [Test]
    public void Each_node_contributes_its_newest_undisturbed_estimated_result()
    {
        var latest = CapacityWeightedMean.LatestPerNode(
        [
            Node("wn02", 100, 8, hour: 1),
            Node("wn02", 120, 8, hour: 2),
            Node("wn02", 999, 8, hour: 3, disturbed: true),
            Node("WN02", null, 8, hour: 4),
            Node("wn01", 50, 4, hour: 0),
            Node("wn03", 999, 8, hour: 5, disturbed: true),
        ]);
        Assert.That(latest.Select(n => (n.Hostname, n.EstimateValue)), Is.EqualTo(new[] { ("wn01", (double?)50), ("wn02", 120) }));
    }
}
