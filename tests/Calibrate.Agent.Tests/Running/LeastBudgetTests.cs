using Calibrate.Agent.Planning;
using Calibrate.Agent.Running;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Tests.Running;

/// <summary>The least measurement a budget must hold (issue 15: a budget too short to measure anything is refused at once).</summary>
public sealed class LeastBudgetTests
{
    private static readonly CpuSet TwoCpus = CpuSet.Parse("0-1");

    [Test]
    public void A_quick_run_of_one_copy_needs_three_rounds_of_the_nine_kernels_at_the_shortest_sample()
    {
        var least = LeastBudget.Of(ProfileSettings.Quick, 9, Unpinned(1), TwoCpus);
        Assert.Multiple(() =>
        {
            Assert.That(least.Measure.TotalSeconds, Is.EqualTo(3 * 9 * 0.040 * 2 / 3).Within(1e-5), "TimeSpan keeps 100 ns ticks");
            Assert.That(least.Why, Is.EqualTo("3 rounds of the 9 kernels, a sample at least 27 ms, 1 copy per CPU"));
            Assert.That(LeastBudget.Seconds(least.Measure), Is.EqualTo("0.8 s"), "shown rounded up, so the figure shown is enough");
        });
    }

    [Test]
    public void The_full_profile_needs_three_rounds_for_each_of_its_three_repetitions() =>
        Assert.That(LeastBudget.Of(ProfileSettings.Full, 9, Unpinned(2), TwoCpus).Measure.TotalSeconds, Is.EqualTo(9 * 9 * 0.040 * 2 / 3).Within(1e-5));

    [Test]
    public void Copies_that_share_cpus_stretch_each_round_by_their_number_per_cpu()
    {
        var alone = LeastBudget.Of(ProfileSettings.Quick, 9, Unpinned(2), TwoCpus).Measure;
        var crowded = LeastBudget.Of(ProfileSettings.Quick, 9, Unpinned(8), TwoCpus);
        var stacked = LeastBudget.Of(ProfileSettings.Quick, 9, [new CopyPlacement(0, CpuSet.Parse("0")), new CopyPlacement(1, CpuSet.Parse("0"))], TwoCpus);
        Assert.Multiple(() =>
        {
            Assert.That(crowded.Measure, Is.EqualTo(alone * 4));
            Assert.That(crowded.Why, Does.EndWith("4 copies per CPU"));
            Assert.That(stacked.Measure, Is.EqualTo(alone * 2), "two copies pinned to one CPU of two");
        });
    }

    [Test]
    public void No_unit_time_makes_a_sample_shorter_than_the_shortest_sample_share_of_the_target()
    {
        // The bound rests on UnitsPerSample's rounding: swept over unit times from 0.1 ms to twice the target.
        var target = ProfileSettings.Quick.SampleTarget;
        var shortest = double.MaxValue;
        for (var unit = 0.0001; unit < 2 * target.TotalSeconds; unit *= 1.001)
        {
            var units = UnitsPerSample.Choose([[unit]], 1, target)[0];
            shortest = Math.Min(shortest, units * unit);
        }

        Assert.That(shortest, Is.GreaterThanOrEqualTo(target.TotalSeconds * LeastBudget.ShortestSampleShare * 0.999)
            .And.LessThan(target.TotalSeconds * LeastBudget.ShortestSampleShare * 1.01), "the bound is reached, not merely safe");
    }

    private static CopyPlacement[] Unpinned(int copies) => Enumerable.Range(0, copies).Select(i => new CopyPlacement(i, null)).ToArray();
}
