using System.Text.Json;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Json;
using Calibrate.Statistics.Tests.Support;

namespace Calibrate.Statistics.Tests.Calibration;

/// <summary>Both fits and their prediction intervals against statsmodels OLS (ReferenceVectors/generate_vectors.py).</summary>
public sealed class CalibrationFitterTests
{
    private const double Tolerance = 1e-7;

    internal static void AssertMatches(JsonElement reference, CalibrationFit fit)
    {
        var o = reference.GetProperty("origin");
        var l = reference.GetProperty("linear");
        Assert.Multiple(() =>
        {
            Assert.That(fit.ThroughOrigin.K, Is.EqualTo(o.Number("k")).Within(Tolerance));
            Assert.That(fit.ThroughOrigin.KStandardError, Is.EqualTo(o.Number("se")).Within(Tolerance));
            Assert.That(fit.ThroughOrigin.KLow, Is.EqualTo(o.Number("low")).Within(Tolerance));
            Assert.That(fit.ThroughOrigin.KHigh, Is.EqualTo(o.Number("high")).Within(Tolerance));
            Assert.That(fit.ThroughOrigin.ResidualSigma, Is.EqualTo(o.Number("sigma")).Within(1e-6));
            Assert.That(fit.ThroughOrigin.RSquaredUncentred, Is.EqualTo(o.Number("r2_uncentred")).Within(1e-9));
            Assert.That(fit.ThroughOrigin.RSquared, Is.EqualTo(o.Number("r2_centred")).Within(1e-9));
            Assert.That(fit.ThroughOrigin.LooRmsePercent, Is.EqualTo(o.Number("loo_rmse_percent")).Within(1e-6));
            Assert.That(fit.Linear.Intercept, Is.EqualTo(l.Number("a")).Within(1e-6));
            Assert.That(fit.Linear.Slope, Is.EqualTo(l.Number("b")).Within(Tolerance));
            Assert.That(fit.Linear.InterceptVariance, Is.EqualTo(l.Number("var_a")).Within(1e-6 * Math.Abs(l.Number("var_a"))));
            Assert.That(fit.Linear.SlopeVariance, Is.EqualTo(l.Number("var_b")).Within(1e-6 * l.Number("var_b")));
            Assert.That(fit.Linear.InterceptSlopeCovariance, Is.EqualTo(l.Number("cov_ab")).Within(1e-6 * Math.Abs(l.Number("cov_ab"))));
            Assert.That(fit.Linear.SlopeLow, Is.EqualTo(l.Number("b_low")).Within(Tolerance));
            Assert.That(fit.Linear.SlopeHigh, Is.EqualTo(l.Number("b_high")).Within(Tolerance));
            Assert.That(fit.Linear.RSquared, Is.EqualTo(l.Number("r2")).Within(1e-9));
            Assert.That(fit.Linear.LooRmsePercent, Is.EqualTo(l.Number("loo_rmse_percent")).Within(1e-6));
        });
        foreach (var (kind, v) in new[] { (ModelKind.ThroughOrigin, o), (ModelKind.Linear, l) })
        {
            var model = fit.ToModel("site", 1, DateTimeOffset.UnixEpoch, kind);
            var (hs06, low, high) = NodeEstimator.PredictAtScore(model, v.Number("pred_x0"));
            Assert.Multiple(() =>
            {
                Assert.That(hs06, Is.EqualTo(v.Number("pred")).Within(1e-6 * hs06), kind.ToString());
                Assert.That(low, Is.EqualTo(v.Number("pred_low")).Within(1e-6 * hs06), kind.ToString());
                Assert.That(high, Is.EqualTo(v.Number("pred_high")).Within(1e-6 * hs06), kind.ToString());
            });
        }
    }

    private static (string Node, double Score, double Hs06)[] Points(JsonElement reference) =>
        reference.GetProperty("x").Doubles().Zip(reference.GetProperty("y").Doubles(), (x, y) => ($"n{x}", x, y)).ToArray();

    [Test]
    public void Synthetic_fit_matches_statsmodels()
    {
        var reference = TestFiles.Vectors("vectors.json").GetProperty("regression");
        AssertMatches(reference, CalibrationFitter.Fit(Points(reference)));
    }

    [Test]
    public void Narrow_ranges_are_warned_about()
    {
        var fit = CalibrationFitter.Fit([("a", 10.0, 22.0), ("b", 11.0, 24.5), ("c", 12.0, 26.0)]);
        Assert.Multiple(() =>
        {
            Assert.That(fit.NarrowRange, Is.True);
            Assert.That(fit.Warnings.Single(), Does.Contain("narrow score range (max/min 1.20 < 1.5)"));
        });
    }

    [Test]
    public void Too_few_points_are_refused()
    {
        Assert.That(() => CalibrationFitter.Fit([("a", 10.0, 22.0), ("b", 20.0, 44.0)]), Throws.ArgumentException.With.Message.Contains("at least 3"));
    }

    [Test]
    public void Scaling_all_times_by_c_scales_k_by_c_and_keeps_R2_and_LOO()
    {
        IReadOnlyList<(string, double, double)> points = [("a", 10.0, 22.0), ("b", 20.0, 45.0), ("c", 31.0, 66.0), ("d", 40.0, 90.0)];
        const double c = 1.7;
        var a = CalibrationFitter.Fit(points);
        var b = CalibrationFitter.Fit(points.Select(p => (p.Item1, p.Item2 / c, p.Item3)).ToArray());
        Assert.Multiple(() =>
        {
            Assert.That(b.ThroughOrigin.K, Is.EqualTo(a.ThroughOrigin.K * c).Within(1e-9));
            Assert.That(b.ThroughOrigin.RSquared, Is.EqualTo(a.ThroughOrigin.RSquared).Within(1e-12));
            Assert.That(b.ThroughOrigin.LooRmsePercent, Is.EqualTo(a.ThroughOrigin.LooRmsePercent).Within(1e-9));
            Assert.That(b.Linear.LooRmsePercent, Is.EqualTo(a.Linear.LooRmsePercent).Within(1e-9));
        });
    }

    [Test]
    public void A_model_round_trips_through_json()
    {
        var model = CalibrationFitter.Fit([("a", 10.0, 22.0), ("b", 20.0, 45.0), ("c", 31.0, 66.0)]).ToModel("site", 3, DateTimeOffset.UnixEpoch, ModelKind.Linear);
        var json = CalibrationModelJson.Serialize(model);
        Assert.Multiple(() =>
        {
            Assert.That(CalibrationModelJson.Deserialize(json), Is.EqualTo(model));
            Assert.That(json, Does.Contain("\"kind\": \"Linear\""));
        });
    }
}
