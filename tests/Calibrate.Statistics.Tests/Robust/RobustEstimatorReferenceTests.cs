using Calibrate.Core.Scoring;
using Calibrate.Statistics.Descriptive;
using Calibrate.Statistics.Robust;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Robust;

/// <summary>Median, MAD, modified z, type-7 quartiles and the bimodality coefficient against numpy/scipy vectors.</summary>
public sealed class RobustEstimatorReferenceTests
{
    private const double Tolerance = 1e-9;

    private static IEnumerable<TestCaseData> Cases() =>
        TestFiles.Vectors("vectors.json").GetProperty("robust").EnumerateArray().Select((c, i) => new TestCaseData(c.GetRawText()).SetArgDisplayNames($"case{i}"));

    [TestCaseSource(nameof(Cases))]
    public void Matches_scipy(string json)
    {
        var c = System.Text.Json.JsonDocument.Parse(json).RootElement;
        var x = c.GetProperty("x").Doubles();
        var sorted = x.Order().ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(SampleMedian.Of(x), Is.EqualTo(c.Number("median")).Within(Tolerance));
            Assert.That(MedianAbsoluteDeviation.Raw(x), Is.EqualTo(c.Number("mad")).Within(Tolerance));
            Assert.That(MedianAbsoluteDeviation.Scaled(x), Is.EqualTo(c.Number("mad_normal")).Within(1e-9));
            Assert.That(ModifiedZScore.All(x), Is.EqualTo(c.GetProperty("modified_z").Doubles()).Within(Tolerance));
            Assert.That(Type7Quantile.OfSorted(sorted, 0.25), Is.EqualTo(c.Number("q25")).Within(Tolerance));
            Assert.That(Type7Quantile.OfSorted(sorted, 0.75), Is.EqualTo(c.Number("q75")).Within(Tolerance));
            var g = c.Number("skew");
            var k = c.Number("kurtosis");
            var n = x.Length;
            var expected = ((g * g) + 1) / (k + (3.0 * (n - 1) * (n - 1) / ((n - 2.0) * (n - 3.0))));
            Assert.That(BimodalityCoefficient.Of(x), Is.EqualTo(expected).Within(1e-9));
        });
    }

    [Test]
    public void Median_and_MAD_are_shift_equivariant_and_scale_equivariant()
    {
        double[] x = [3, 1, 4, 1, 5, 9, 2, 6];
        var shifted = x.Select(v => (v * 2.5) + 7).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(SampleMedian.Of(shifted), Is.EqualTo((SampleMedian.Of(x) * 2.5) + 7).Within(1e-12));
            Assert.That(MedianAbsoluteDeviation.Raw(shifted), Is.EqualTo(MedianAbsoluteDeviation.Raw(x) * 2.5).Within(1e-12));
            Assert.That(ModifiedZScore.All(shifted), Is.EqualTo(ModifiedZScore.All(x)).Within(1e-12));
        });
    }

    [Test]
    public void A_two_mode_sample_exceeds_five_ninths_and_a_normal_one_does_not()
    {
        var random = new Random(7);
        var normal = Samples.Normal(random, 200);
        var twoModes = Samples.Normal(random, 100, 1.0, 0.005).Concat(Samples.Normal(random, 100, 1.1, 0.005)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(BimodalityCoefficient.Of(normal), Is.LessThan(BimodalityCoefficient.UniformBenchmark));
            Assert.That(BimodalityCoefficient.Of(twoModes), Is.GreaterThan(BimodalityCoefficient.UniformBenchmark));
        });
    }
}
