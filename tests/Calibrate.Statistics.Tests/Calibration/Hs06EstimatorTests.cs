using System.Globalization;
using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Calibration;

public sealed class Hs06EstimatorTests
{
    /// <summary>The development VM's run-to-run term, from its ten back-to-back runs (a consistency check on that data).</summary>
    private static readonly Reproducibility DevelopmentVm = ReproducibilityEstimator.FromNode(Intervals.RunToRunReproducibilityTests.Scores())!;

    [Test]
    public void The_provisional_model_gives_a_wide_interval_and_says_it_is_provisional()
    {
        var estimate = Hs06Estimator.Estimate(DefaultModel.Provisional, 20.0, null, 2, FactorSettings.Default);
        var model = Math.Pow(43.5 * 0.2, 2);
        var between = Math.Pow(DefaultModel.Provisional.K * 20.0 * ReproducibilityEstimator.Default.RelativeStandardDeviation, 2);
        var df = Hs06Estimator.EffectiveDegreesOfFreedom(model, double.PositiveInfinity, between, ReproducibilityEstimator.Default.DegreesOfFreedom);
        Assert.Multiple(() =>
        {
            Assert.That(estimate.Hs06, Is.EqualTo(43.5).Within(1e-9));
            Assert.That(estimate.Hs06High - estimate.Hs06, Is.EqualTo(StudentTQuantile.TwoSided(0.95, df) * Math.Sqrt(model + between)).Within(1e-6));
            Assert.That(estimate.Hs06High - estimate.Hs06, Is.EqualTo(43.5 * 0.2 * 1.959963984540054).Within(0.2), "the model's 20% dominates");
            Assert.That(estimate.Basis!.Runs, Is.EqualTo(1));
            Assert.That(estimate.Basis.RunToRunSource, Does.StartWith("stated default"));
            Assert.That(estimate.ModelProvisional, Is.True);
            Assert.That(estimate.CpuFactor, Is.EqualTo(2.175).Within(1e-12));
            Assert.That(estimate.ModelId, Is.EqualTo("provisional-zen5-hs23@1"));
        });
    }

    [Test]
    public void The_measurement_widens_the_interval_in_quadrature()
    {
        var model = DefaultModel.Provisional with { KVariance = 0, ResidualSigma = 1.0, DegreesOfFreedom = null };
        var half = 0.2 * StudentTQuantile.TwoSided(0.95, NodeScoreInterval.DegreesOfFreedom);
        var interval = new ScoreInterval { Low = 10 - half, High = 10 + half, Level = 0.95, Method = NodeScoreInterval.MethodName, RelativeHalfWidth = half / 10 };
        var evidence = ScoreEvidence.OfRun(10, interval, DevelopmentVm);
        var (_, low, high) = Hs06Estimator.Predict(model, 10, (evidence.U, evidence.Df));
        var within = 0.04;
        var between = Math.Pow(10 * DevelopmentVm.RelativeStandardDeviation, 2);
        var measurementVariance = model.K * model.K * (within + between);
        var k4 = Math.Pow(model.K, 4);
        var df = Math.Pow(1.0 + measurementVariance, 2)
            / ((k4 * within * within / NodeScoreInterval.DegreesOfFreedom) + (k4 * between * between / DevelopmentVm.DegreesOfFreedom));
        Assert.That((high - low) / 2, Is.EqualTo(StudentTQuantile.TwoSided(0.95, df) * Math.Sqrt(1.0 + measurementVariance)).Within(1e-9));
    }

    [Test]
    public void Intervals_stored_with_four_df_are_read_with_four_df()
    {
        var half = 0.2 * StudentTQuantile.TwoSided(0.95, 4);
        var interval = new ScoreInterval { Low = 10 - half, High = 10 + half, Level = 0.95, Method = NodeScoreInterval.FourDegreesOfFreedomMethodName, RelativeHalfWidth = half / 10 };
        var evidence = ScoreEvidence.OfRun(10, interval, DevelopmentVm);
        Assert.That(evidence.U, Is.EqualTo(DevelopmentVm.Combine(10, 0.2, 4).U).Within(1e-12));
        Assert.That(evidence.Df, Is.EqualTo(DevelopmentVm.Combine(10, 0.2, 4).Df).Within(1e-9));
    }

    /// <summary>
    /// Ten back-to-back quick runs on one KVM guest (TestData/node_scores_back_to_back.csv; their within-run intervals were
    /// computed with t₄): 4 of the 10 within-run 95% intervals miss the 10-run mean; with the between-run term none does.
    /// </summary>
    [Test]
    public void On_ten_real_runs_the_between_run_term_makes_the_intervals_cover_the_ten_run_mean()
    {
        var rows = Csv.Read(TestFiles.Path("TestData", "node_scores_back_to_back.csv"));
        var scores = rows.Select(r => double.Parse(r["node_score"], CultureInfo.InvariantCulture)).ToArray();
        var mean = scores.Average();
        var withinCovers = 0;
        var combinedCovers = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var relative = double.Parse(rows[i]["relative_half_width_95"], CultureInfo.InvariantCulture);
            var half = relative * scores[i];
            var interval = new ScoreInterval
            {
                Low = scores[i] - half,
                High = scores[i] + half,
                Level = 0.95,
                Method = NodeScoreInterval.FourDegreesOfFreedomMethodName,
                RelativeHalfWidth = relative,
            };
            var (u, df) = (ScoreEvidence.OfRun(scores[i], interval, DevelopmentVm).U, ScoreEvidence.OfRun(scores[i], interval, DevelopmentVm).Df);
            var combinedHalf = StudentTQuantile.TwoSided(0.95, df) * u;
            TestContext.Out.WriteLine(FormattableString.Invariant(
                $"run {i + 1}: |x - mean| = {Math.Abs(scores[i] - mean) / scores[i]:P2}, within ±{relative:P2}, with between-run term ±{combinedHalf / scores[i]:P2} (df {df:F1})"));
            withinCovers += Math.Abs(scores[i] - mean) <= half ? 1 : 0;
            combinedCovers += Math.Abs(scores[i] - mean) <= combinedHalf ? 1 : 0;
        }

        Assert.Multiple(() =>
        {
            Assert.That(withinCovers, Is.EqualTo(6), "within-run intervals covering the 10-run mean");
            Assert.That(combinedCovers, Is.EqualTo(10), "intervals with the between-run term covering the 10-run mean");
            Assert.That(ScoreEvidence.OfRuns(scores[0], null, scores[1..], DevelopmentVm).Score, Is.EqualTo(mean).Within(1e-12), "the running figure is the mean");
        });
    }
}
