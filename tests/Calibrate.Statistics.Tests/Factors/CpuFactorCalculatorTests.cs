using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Factors;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Factors;

public sealed class CpuFactorCalculatorTests
{
    [TestCase(400.0, 32, 10.0, 1.25, 1.25, 1.25)]
    [TestCase(417.568, 32, 10.0, 1.3049, 1.30, 1.3)]
    [TestCase(419.2, 32, 10.0, 1.31, 1.31, 1.3)]
    [TestCase(420.832, 32, 10.0, 1.3151, 1.32, 1.3)]
    [TestCase(422.4, 32, 10.0, 1.32, 1.32, 1.3)]
    [TestCase(424.32, 32, 10.0, 1.326, 1.33, 1.35)]
    public void Factor_LSF_value_and_bucket(double hs06, int slots, double reference, double factor, double lsf, double bucket)
    {
        var f = CpuFactorCalculator.Compute(hs06, slots, reference);
        Assert.Multiple(() =>
        {
            Assert.That(f.Factor, Is.EqualTo(factor).Within(1e-9));
            Assert.That(f.LsfFactor, Is.EqualTo(lsf));
            Assert.That(f.Bucket, Is.EqualTo(bucket));
        });
    }

    [Test]
    public void A_configurable_step_buckets_coarser()
    {
        Assert.That(CpuFactorCalculator.Compute(1.37 * 32 * 10, 32, 10, bucketStep: 0.25).Bucket, Is.EqualTo(1.25));
    }

    [Test]
    public void Scaling_all_sample_times_by_c_scales_the_score_by_one_over_c_and_keeps_the_ratio_of_two_nodes_factors()
    {
        const double c = 2.5;
        double Score(int seed, double scale) => BatchNodeScores.Whole(new SyntheticRun(seed, NoiseModel.Realistic, timeScale: scale).Run(40).Snapshot());
        double Factor(double score) => CpuFactorCalculator.Compute(DefaultModel.K * score, 2, 10.0).Factor;
        var (a, b) = (Score(1, 1.0), Score(2, 1.0));
        var (ac, bc) = (Score(1, c), Score(2, c));
        Assert.Multiple(() =>
        {
            Assert.That(ac, Is.EqualTo(a / c).Within(1e-9));
            Assert.That(Factor(ac) / Factor(bc), Is.EqualTo(Factor(a) / Factor(b)).Within(1e-12));
        });
    }
}
