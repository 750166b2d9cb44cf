using Calibrate.Workloads.Determinism;

namespace Calibrate.Workloads.Tests.Determinism;

[TestFixture]
public sealed class Xoshiro256StarStarTests
{
    [Test]
    public void State_1_2_3_4_reproduces_the_reference_xoshiro256starstar_c_outputs()
    {
        // Outputs of Vigna's xoshiro256starstar.c from state {1, 2, 3, 4}, as also used by Rust's rand_xoshiro.
        var generator = new Xoshiro256StarStar(1, 2, 3, 4);

        Assert.That(
            new[] { generator.NextUInt64(), generator.NextUInt64(), generator.NextUInt64(), generator.NextUInt64() },
            Is.EqualTo(new[] { 11520UL, 0UL, 1509978240UL, 1215971899390074240UL }));
    }

    [Test]
    public void Doubles_lie_in_the_unit_interval()
    {
        var generator = new Xoshiro256StarStar(42);

        var values = Enumerable.Range(0, 10_000).Select(_ => generator.NextDouble()).ToList();

        Assert.That(values, Is.All.InRange(0.0, 0.9999999999999999));
    }

    [Test]
    public void Bounded_integers_cover_the_whole_range_and_nothing_else()
    {
        var generator = new Xoshiro256StarStar(7);

        var values = Enumerable.Range(0, 10_000).Select(_ => generator.NextInt(10)).ToHashSet();

        Assert.That(values, Is.EquivalentTo(Enumerable.Range(0, 10)));
    }

    [Test]
    public void Gaussian_has_mean_zero_and_unit_variance()
    {
        const int count = 200_000;
        var generator = new Xoshiro256StarStar(99);

        var values = Enumerable.Range(0, count).Select(_ => generator.NextGaussian()).ToList();
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / (count - 1);

        Assert.Multiple(() =>
        {
            Assert.That(mean, Is.EqualTo(0.0).Within(0.01));
            Assert.That(variance, Is.EqualTo(1.0).Within(0.01));
        });
    }
}
