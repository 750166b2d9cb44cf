using Calibrate.Core.Scoring;

namespace Calibrate.Core.Tests.Scoring;

public sealed class Hs06AggregationTests
{
    [TestCase(new[] { 1.0, 4.0, 16.0 }, 4.0)]
    [TestCase(new[] { 2.0, 8.0 }, 4.0)]
    [TestCase(new[] { 7.5 }, 7.5)]
    public void Copy_score_is_the_geometric_mean(double[] ratios, double expected) =>
        Assert.That(Hs06Aggregation.GeometricMean(ratios), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void Geometric_mean_does_not_overflow_on_many_large_ratios() =>
        Assert.That(Hs06Aggregation.GeometricMean(Enumerable.Repeat(1e300, 64).ToArray()), Is.EqualTo(1e300).Within(1e288));

    [Test]
    public void Scaling_every_time_by_a_constant_scales_the_score_by_its_inverse()
    {
        double[] reference = [10, 20, 30];
        double[] measured = [1.1, 1.9, 3.3];
        double Score(double c) => Hs06Aggregation.GeometricMean(reference.Zip(measured, (r, m) => Hs06Aggregation.KernelScore(r, m * c)).ToArray());
        Assert.That(Score(2.0), Is.EqualTo(Score(1.0) / 2.0).Within(1e-12));
    }

    [Test]
    public void Rejects_non_positive_times()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Hs06Aggregation.KernelScore(10, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Hs06Aggregation.GeometricMean([1.0, -1.0]));
    }
}
