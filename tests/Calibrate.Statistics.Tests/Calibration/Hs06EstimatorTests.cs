using Calibrate.Core.Results;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Intervals;

namespace Calibrate.Statistics.Tests.Calibration;

public sealed class Hs06EstimatorTests
{
    [Test]
    public void The_provisional_model_gives_a_wide_interval_and_says_it_is_provisional()
    {
        var estimate = Hs06Estimator.Estimate(DefaultModel.Provisional, 20.0, null, 2, 10.0);
        Assert.Multiple(() =>
        {
            Assert.That(estimate.Hs06, Is.EqualTo(43.5).Within(1e-9));
            Assert.That(estimate.Hs06High - estimate.Hs06, Is.EqualTo(43.5 * 0.2 * 1.959963984540054).Within(1e-6));
            Assert.That(estimate.ModelProvisional, Is.True);
            Assert.That(estimate.CpuFactor, Is.EqualTo(2.175).Within(1e-12));
            Assert.That(estimate.ModelId, Is.EqualTo("provisional-zen5-hs23@1"));
        });
    }

    [Test]
    public void The_measurement_widens_the_interval_in_quadrature()
    {
        var model = DefaultModel.Provisional with { KVariance = 0, ResidualSigma = 1.0, DegreesOfFreedom = null };
        var half = 0.2 * StudentTQuantile.TwoSided(0.95, NodeScoreInterval.Batches - 1);
        var interval = new ScoreInterval { Low = 10 - half, High = 10 + half, Level = 0.95, Method = NodeScoreInterval.MethodName, RelativeHalfWidth = half / 10 };
        var (_, low, high) = Hs06Estimator.Predict(model, 10, interval);
        var measurementVariance = model.K * model.K * 0.04;
        var df = Hs06Estimator.EffectiveDegreesOfFreedom(1.0, double.PositiveInfinity, measurementVariance, 4);
        Assert.That((high - low) / 2, Is.EqualTo(StudentTQuantile.TwoSided(0.95, df) * Math.Sqrt(1.0 + measurementVariance)).Within(1e-9));
    }
}
