using Calibrate.Core.Factors;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Calibration;

public sealed class ScaleInvarianceTests
{
    [Test]
    public void Scaling_all_sample_times_by_c_scales_the_score_by_one_over_c_and_keeps_the_ratio_of_two_nodes_factors()
    {
        const double c = 2.5;
        double Score(int seed, double scale) => BatchNodeScores.Whole(new SyntheticRun(seed, NoiseModel.Realistic, timeScale: scale).Run(40).Snapshot());
        double Factor(double score) => NodeEstimator.Estimate(DefaultModel.Provisional, score, null, 2, FactorSettings.Default).CpuFactor;
        var (a, b) = (Score(1, 1.0), Score(2, 1.0));
        var (ac, bc) = (Score(1, c), Score(2, c));
        Assert.Multiple(() =>
        {
            Assert.That(ac, Is.EqualTo(a / c).Within(1e-9));
            Assert.That(Factor(ac) / Factor(bc), Is.EqualTo(Factor(a) / Factor(b)).Within(1e-12));
        });
    }
}
