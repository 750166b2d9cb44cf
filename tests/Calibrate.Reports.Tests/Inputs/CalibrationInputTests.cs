using Calibrate.Reports.Charts;
using Calibrate.Reports.Inputs;
using Calibrate.Reports.Plotting;
using Calibrate.Statistics.Calibration;
using Calibrate.TestSupport.Snapshots;

namespace Calibrate.Reports.Tests.Inputs;

/// <summary>Chart 3 from a real fit: five references fitted by <see cref="CalibrationFitter"/>, the band from the model.</summary>
public sealed class CalibrationInputTests
{
    private static readonly CalibrationPoint[] References =
    [
        new("e5v2-01", 150.6, 318), new("e5v4-01", 264, 560.5), new("gold01", 398.8, 845),
        new("epyc01", 560, 1190), new("kvm-pinned", 74.47, 158),
    ];

    private static CalibrationModel Model() =>
        CalibrationFitter.Fit([.. References.Select(r => (r.Node, r.Score, r.Hs06))])
            .ToModel("site", 1, new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));

    [Test]
    public void The_plot_model_of_a_fitted_calibration_matches_its_snapshot() =>
        Snapshot.Match("chart-3-calibration-fitted.json", () => PlotJson.Serialize(CalibrationChart.Build(References, CalibrationInput.Curve(References, Model(), 0.95)).Figure));

    [Test]
    public void The_band_surrounds_the_line_symmetrically_and_widens_away_from_the_origin()
    {
        var model = Model();
        var curve = CalibrationInput.Curve(References, model, 0.95);
        var half = curve.PredictionBand.Select(b => (b.High - b.Low) / 2).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(curve.Slope, Is.EqualTo(model.K));
            Assert.That(curve.Intercept, Is.Zero);
            Assert.That(curve.PredictionBand, Has.Count.EqualTo(CalibrationInput.BandSamples));
            Assert.That(curve.PredictionBand[0].X, Is.EqualTo(74.47 * (1 - CalibrationInput.BandMargin)).Within(1e-9));
            Assert.That(curve.PredictionBand[^1].X, Is.EqualTo(560 * (1 + CalibrationInput.BandMargin)).Within(1e-9));
            foreach (var b in curve.PredictionBand)
            {
                Assert.That((b.Low + b.High) / 2, Is.EqualTo(curve.Predict(b.X)).Within(1e-9), $"centre at {b.X}");
            }

            Assert.That(half, Is.Ordered.Ascending, "through the origin, Var(ŷ) = x² Var(k) + σ² grows with x");
            Assert.That(half[0], Is.GreaterThan(model.ResidualSigma), "a new node scatters by at least σ");
        });
    }

    [Test]
    public void The_band_agrees_with_the_estimator_at_every_sample()
    {
        var model = Model();
        foreach (var b in CalibrationInput.Curve(References, model, 0.9).PredictionBand)
        {
            var (_, low, high) = NodeEstimator.PredictAtScore(model, b.X, 0.9);
            Assert.That((b.Low, b.High), Is.EqualTo((low, high)));
        }
    }

    [Test]
    public void The_subtitle_names_the_model_and_its_errors()
    {
        var text = CalibrationInput.Description(Model() with { LooRmsePercent = 2.345 });
        Assert.That(text, Does.StartWith("HS06 = 2.12").And.Contain("x score through the origin, fitted on 5 reference nodes").And.EndWith("leave-one-out error 2.3%"));
    }
}
