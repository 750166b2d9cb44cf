using Calibrate.Core.Scoring;
using Calibrate.Statistics.Robust;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Robust;

/// <summary>The weighted median against statsmodels' DescrStatsW.quantile(0.5) (prior_vectors.json), and its invariances.</summary>
public sealed class WeightedMedianTests
{
    private static IEnumerable<TestCaseData> Cases() =>
        TestFiles.Vectors("prior_vectors.json").GetProperty("weighted_median").EnumerateArray()
            .Select((c, i) => new TestCaseData(c.GetProperty("x").Doubles(), c.GetProperty("w").Doubles(), c.Number("median")).SetArgDisplayNames($"case{i}"));

    [TestCaseSource(nameof(Cases))]
    public void Matches_statsmodels(double[] x, double[] w, double expected) =>
        Assert.That(WeightedMedian.Of(x.Zip(w).ToArray()), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void Equal_weights_give_the_ordinary_median()
    {
        double[] x = [3, 1, 4, 1, 5, 9, 2, 6];
        Assert.That(WeightedMedian.Of(x.Select(v => (v, 3.0)).ToArray()), Is.EqualTo(SampleMedian.Of(x)));
    }

    [Test]
    public void Is_equivariant_under_shift_and_scale_and_invariant_under_scaled_weights()
    {
        (double, double)[] values = [(9.8, 56), (5.1, 5), (7.0, 20), (8.2, 30)];
        var median = WeightedMedian.Of(values);
        Assert.Multiple(() =>
        {
            Assert.That(WeightedMedian.Of(values.Select(v => ((v.Item1 * 2.5) + 7, v.Item2)).ToArray()), Is.EqualTo((median * 2.5) + 7).Within(1e-12));
            Assert.That(WeightedMedian.Of(values.Select(v => (v.Item1, v.Item2 * 4)).ToArray()), Is.EqualTo(median));
        });
    }

    [Test]
    public void A_row_of_many_runs_outweighs_a_row_of_few() =>
        Assert.That(WeightedMedian.Of([(9.8, 56), (5.1, 5)]), Is.EqualTo(9.8));
}
