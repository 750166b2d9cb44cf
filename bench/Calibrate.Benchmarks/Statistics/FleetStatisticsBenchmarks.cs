using BenchmarkDotNet.Attributes;
using Calibrate.Core.Results;
using Calibrate.Statistics.Comparison;
using Calibrate.Statistics.Fleet;

namespace Calibrate.Benchmarks.Statistics;

/// <summary>
/// The fleet-scale statistics over 1,000,000 stored results (100,000 nodes × 10 runs): per-node estimates, fleet
/// outliers per CPU model, and a 20-label comparison. Target: under 10 s for all three on a 2-core machine.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class FleetStatisticsBenchmarks
{
    private ResultSummary[] results = [];

    [Params(100_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup() => results = FleetData.Create(Nodes, 10);

    [Benchmark]
    public IReadOnlyList<NodeEstimate> NodeEstimatesOnly() => NodeEstimates.Compute(results);

    [Benchmark]
    public FleetReport FleetOutliersWithEstimates() => FleetOutliers.Find(results);

    [Benchmark]
    public ComparisonReport TwentyLabelComparison() => LabelComparison.Compare(results, "label-00");

    [Benchmark(Baseline = true)]
    public int All()
    {
        var estimates = NodeEstimates.Compute(results);
        var fleet = FleetOutliers.Find(estimates);
        var comparison = LabelComparison.Compare(results, "label-00");
        return estimates.Count + fleet.Outliers.Count + comparison.Rows.Count;
    }
}
