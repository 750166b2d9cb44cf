using Calibrate.Statistics.Descriptive;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Tests.Support;
using MathNet.Numerics.Distributions;

namespace Calibrate.Statistics.Tests.Intervals;

/// <summary>
/// <see cref="NodeScoreInterval.DegreesOfFreedom"/> is the Satterthwaite df of max(v_5, 2 v_5 − v_15) with independent
/// normal batch means: against the integral in the reference vectors, and by seeded simulation of the batches themselves.
/// </summary>
public sealed class LugsailDegreesOfFreedomTests
{
    private const int Draws = 100_000;

    [Test]
    public void The_constant_is_the_reference_integral_to_two_decimals()
    {
        var reference = TestFiles.Vectors("vectors.json").GetProperty("floored_lugsail");
        Assert.Multiple(() =>
        {
            Assert.That(reference.GetProperty("batches").GetInt32(), Is.EqualTo(NodeScoreInterval.Batches));
            Assert.That(reference.GetProperty("ratio").GetInt32(), Is.EqualTo(NodeScoreInterval.LugsailRatio));
            Assert.That(reference.Number("df"), Is.EqualTo(NodeScoreInterval.DegreesOfFreedom).Within(0.005));
        });
    }

    [Test]
    public void Simulated_independent_batches_give_the_same_effective_df()
    {
        var random = new Random(20261122);
        const int small = NodeScoreInterval.Batches * NodeScoreInterval.LugsailRatio;
        var estimates = new double[Draws];
        var means = new double[small];
        var large = new double[NodeScoreInterval.Batches];
        for (var d = 0; d < Draws; d++)
        {
            for (var i = 0; i < small; i++)
            {
                // Small-batch means with variance 3B, so that the grand mean has variance 1.
                means[i] = Normal.Sample(random, 0, Math.Sqrt(small));
            }

            for (var b = 0; b < large.Length; b++)
            {
                large[b] = (means[3 * b] + means[(3 * b) + 1] + means[(3 * b) + 2]) / NodeScoreInterval.LugsailRatio;
            }

            var vLarge = SampleMoments.Of(large).Variance / large.Length;
            var vSmall = SampleMoments.Of(means).Variance / small;
            estimates[d] = Math.Max(vLarge, (2 * vLarge) - vSmall);
        }

        var moments = SampleMoments.Of(estimates);
        var df = 2 * moments.Mean * moments.Mean / moments.Variance;
        TestContext.Out.WriteLine(FormattableString.Invariant($"E[v] = {moments.Mean:F4}, Satterthwaite df = {df:F3}"));
        Assert.Multiple(() =>
        {
            Assert.That(moments.Mean, Is.EqualTo(TestFiles.Vectors("vectors.json").GetProperty("floored_lugsail").Number("mean")).Within(0.01));
            Assert.That(df, Is.EqualTo(NodeScoreInterval.DegreesOfFreedom).Within(0.05));
        });
    }
}
