using System.Globalization;
using System.Text.Json;
using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Calibration;

public sealed class NodeEstimatorTests
{
    /// <summary>The development VM's run-to-run term, from its ten back-to-back runs (a consistency check on that data).</summary>
    private static readonly Reproducibility DevelopmentVm = ReproducibilityEstimator.FromNode(Intervals.RunToRunReproducibilityTests.Scores())!;

    private static IEnumerable<TestCaseData> PredictionCases() =>
        TestFiles.Vectors("vectors.json").GetProperty("hs06_prediction").EnumerateArray()
            .Select(c => new TestCaseData(c.GetRawText()).SetArgDisplayNames(c.GetProperty("name").GetString()!));

    /// <summary>
    /// The interval of a measured node against generate_vectors.py, which computes it from its parts with
    /// statsmodels (the model's prediction variance and df) and scipy (t quantiles), the within-run, between-run and
    /// model terms combined by Welch–Satterthwaite, written independently of this code.
    /// </summary>
    [TestCaseSource(nameof(PredictionCases))]
    public void The_prediction_interval_of_a_measured_node_matches_the_reference(string json)
    {
        var c = JsonDocument.Parse(json).RootElement;
        var m = c.GetProperty("model");
        var between = c.GetProperty("between_run");
        var expected = c.GetProperty("expected");
        var reproducibility = new Reproducibility(between.Number("cv"), between.Number("df"), "generate_vectors.py");
        var model = new CalibrationModel
        {
            Id = "reference",
            Version = 1,
            Kind = Enum.Parse<ModelKind>(m.GetProperty("kind").GetString()!),
            K = m.Number("k"),
            KVariance = m.Number("var_k"),
            Intercept = m.Number("intercept"),
            InterceptVariance = m.Number("var_intercept"),
            InterceptKCovariance = m.Number("cov_intercept_k"),
            ResidualSigma = m.Number("sigma"),
            N = 9,
            DegreesOfFreedom = m.GetProperty("df").ValueKind == JsonValueKind.Null ? null : m.GetProperty("df").GetInt32(),
            FittedUtc = DateTimeOffset.UnixEpoch,
            Provisional = false,
            AnchorNote = "generate_vectors.py",
        };
        var score = c.Number("score");
        var interval = c.GetProperty("interval") is { ValueKind: JsonValueKind.Object } i ? Interval(i, score) : null;

        var evidence = ScoreEvidence.OfRun(score, interval, reproducibility);
        var (u, uDf) = (evidence.U, evidence.Df);
        var estimate = NodeEstimator.Estimate(model, evidence, 2, FactorSettings.Default);

        var hs06 = expected.Number("hs06");
        Assert.Multiple(() =>
        {
            Assert.That(u, Is.EqualTo(expected.Number("u")).Within(1e-9 * expected.Number("u")));
            Assert.That(uDf, Is.EqualTo(expected.Number("u_df")).Within(1e-9 * expected.Number("u_df")));
            Assert.That(estimate.Value, Is.EqualTo(hs06).Within(1e-9 * hs06));
            Assert.That(estimate.Low, Is.EqualTo(expected.Number("low")).Within(1e-7 * hs06));
            Assert.That(estimate.High, Is.EqualTo(expected.Number("high")).Within(1e-7 * hs06));
        });
    }

    /// <summary>The node score's interval as the run stored it: lugsail (2.64 df) or the earlier t₄ method.</summary>
    private static ScoreInterval Interval(JsonElement i, double score)
    {
        var df = i.Number("df");
        var method = df == NodeScoreInterval.DegreesOfFreedom ? NodeScoreInterval.MethodName
            : df == NodeScoreInterval.Batches - 1 ? NodeScoreInterval.FourDegreesOfFreedomMethodName
            : throw new AssertionException($"no interval method has {df} df");
        var (low, high) = (i.Number("low"), i.Number("high"));
        return new ScoreInterval { Low = low, High = high, Level = i.Number("level"), Method = method, RelativeHalfWidth = (high - low) / 2 / score };
    }

    [Test]
    public void The_provisional_model_gives_a_wide_interval_and_says_it_is_provisional()
    {
        var estimate = NodeEstimator.Estimate(DefaultModel.Provisional, 20.0, null, 2, FactorSettings.Default);
        var model = Math.Pow(43.5 * 0.2, 2);
        var between = Math.Pow(DefaultModel.Provisional.K * 20.0 * ReproducibilityEstimator.Default.RelativeStandardDeviation, 2);
        var df = WelchSatterthwaite.Df(model, double.PositiveInfinity, between, ReproducibilityEstimator.Default.DegreesOfFreedom);
        Assert.Multiple(() =>
        {
            Assert.That(estimate.Value, Is.EqualTo(43.5).Within(1e-9));
            Assert.That(estimate.High - estimate.Value, Is.EqualTo(StudentTQuantile.TwoSided(0.95, df) * Math.Sqrt(model + between)).Within(1e-6));
            Assert.That(estimate.High - estimate.Value, Is.EqualTo(43.5 * 0.2 * 1.959963984540054).Within(0.2), "the model's 20% dominates");
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
        var (_, low, high) = NodeEstimator.Predict(model, 10, (evidence.U, evidence.Df));
        var within = 0.04;
        var between = Math.Pow(10 * DevelopmentVm.RelativeStandardDeviation, 2);
        var measurementVariance = model.K * model.K * (within + between);
        var k4 = Math.Pow(model.K, 4);
        // The measurement's df is the run's (Welch-Satterthwaite over its two terms, lowered where that would make its
        // interval narrower than the run-to-run term's own: Reproducibility.Combine); the model's residual has infinite df.
        var df = Math.Pow(1.0 + measurementVariance, 2) / (k4 * Math.Pow(within + between, 2) / evidence.Df);
        Assert.Multiple(() =>
        {
            Assert.That(evidence.U, Is.EqualTo(Math.Sqrt(within + between)).Within(1e-12));
            Assert.That(evidence.Df, Is.LessThanOrEqualTo(Math.Pow(within + between, 2) / ((within * within / NodeScoreInterval.DegreesOfFreedom) + (between * between / DevelopmentVm.DegreesOfFreedom))));
            Assert.That((high - low) / 2, Is.EqualTo(StudentTQuantile.TwoSided(0.95, df) * Math.Sqrt(1.0 + measurementVariance)).Within(1e-9));
        });
    }

    /// <summary>
    /// A measurement term with few df beside a small model term with many: plain Welch–Satterthwaite gives the sum more
    /// df than the measurement has and, at 20% (4 df) beside 5% (∞ df), a half-width under the measurement's own
    /// (t(4.5) x 1.03 against t(4)); the estimate holds the df so that neither term's own interval is wider.
    /// </summary>
    [TestCase(0.20, 4.0, 0.05, null)]
    [TestCase(0.20, 4.0, 0.10, null)]
    [TestCase(0.08, 2.64, 0.02, 30)]
    [TestCase(0.02, double.PositiveInfinity, 0.05, 5)]
    public void The_interval_is_never_narrower_than_the_measurements_or_the_models_own(double measurementRelative, double measurementDf, double modelRelative, int? modelDf)
    {
        const double score = 10;
        var model = DefaultModel.Provisional with { KVariance = 0, DegreesOfFreedom = modelDf };
        model = model with { ResidualSigma = modelRelative * model.Predict(score) };
        var (value, low, high) = NodeEstimator.Predict(model, score, (measurementRelative * score, measurementDf));
        var half = (high - low) / 2;
        var measurementOwn = StudentTQuantile.TwoSided(0.95, measurementDf) * model.K * measurementRelative * score;
        var modelOwn = StudentTQuantile.TwoSided(0.95, modelDf ?? double.PositiveInfinity) * model.ResidualSigma;
        Assert.Multiple(() =>
        {
            Assert.That(half, Is.GreaterThanOrEqualTo(measurementOwn * (1 - 1e-9)), "the measurement's own interval");
            Assert.That(half, Is.GreaterThanOrEqualTo(modelOwn * (1 - 1e-9)), "the model's own interval");
            Assert.That(value, Is.EqualTo(model.Predict(score)));
        });
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
