using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Intervals;

/// <summary>
/// Seeded simulations of the 95% interval's coverage of the true node score under <see cref="NoiseModel.Realistic"/>
/// (2% sample noise, AR(1) host drift 1% and copy drift 0.5% with a 5-round correlation time, 2% spikes of +20-50%).
/// </summary>
public sealed class NodeScoreIntervalCoverageTests
{
    private const int Simulations = 2000;

    internal static double Coverage(NoiseModel noise, int rounds, int seed, int simulations = Simulations)
    {
        var covered = 0;
        for (var s = 0; s < simulations; s++)
        {
            var run = new SyntheticRun(seed + s, noise).Run(rounds);
            var interval = NodeScoreInterval.Compute(run.Snapshot());
            if (interval.Low <= run.TrueNodeScore && run.TrueNodeScore <= interval.High)
            {
                covered++;
            }
        }

        return (double)covered / simulations;
    }

    /// <summary>From the fewest rounds an interval is given for (45), through the quick profile's ~50, to long runs.</summary>
    [TestCase(NodeScoreInterval.MinimumSamples)]
    [TestCase(50)]
    [TestCase(60)]
    [TestCase(120)]
    [TestCase(240)]
    public void The_95_percent_interval_covers_the_truth_in_93_to_97_percent_of_runs(int rounds)
    {
        var coverage = Coverage(NoiseModel.Realistic, rounds, 1000 * rounds);
        TestContext.Out.WriteLine(FormattableString.Invariant($"coverage at {rounds} rounds: {coverage:P1}"));
        Assert.That(coverage, Is.InRange(0.93, 0.97));
    }

    [Test]
    public void Drift_slower_than_a_batch_is_beyond_it_and_under_covers()
    {
        var slow = NoiseModel.Realistic with { DriftCorrelationRounds = 30 };
        var coverage = Coverage(slow, 60, 77, 400);
        TestContext.Out.WriteLine(FormattableString.Invariant($"coverage with a 30-round drift over 60 rounds: {coverage:P1}"));
        Assert.That(coverage, Is.LessThan(0.93));
    }
}
