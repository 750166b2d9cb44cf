using System.Globalization;
using Calibrate.Reports.Charts;
using Calibrate.Reports.Plotting;
using Calibrate.Statistics.Calibration;

namespace Calibrate.Reports.Inputs;

/// <summary>
/// Chart 3's curve from a fitted calibration model: the model's line and its prediction band, where a new node's HS06
/// is expected at a given score. The band is <see cref="NodeEstimator.Predict"/> without a measurement term,
/// ŷ ± t_ν √(Var(ŷ) + σ²) with the fit's own line variance, residual σ and ν; the statistics compute, this only samples.
/// </summary>
/// <remarks>
/// The band is shaded over the references' scores widened by <see cref="BandMargin"/> on each side, not down to zero:
/// outside the references a prediction is an extrapolation, and an unshaded axis says so.
/// </remarks>
public static class CalibrationInput
{
    /// <summary>Enough samples that the band's curved edges draw smooth at the chart's 960 px width.</summary>
    public const int BandSamples = 41;

    /// <summary>The band runs from 10% below the lowest reference score to 10% above the highest.</summary>
    public const double BandMargin = 0.1;

    public static CalibrationCurve Curve(IReadOnlyList<CalibrationPoint> references, CalibrationModel model, double level)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(model);
        if (references.Count == 0)
        {
            throw new ArgumentException("The calibration curve needs at least one reference node.", nameof(references));
        }

        var from = references.Min(r => r.Score) * (1 - BandMargin);
        var to = references.Max(r => r.Score) * (1 + BandMargin);
        var band = Enumerable.Range(0, BandSamples)
            .Select(i => from + ((to - from) * i / (BandSamples - 1)))
            .Select(x =>
            {
                var (_, low, high) = NodeEstimator.PredictAtScore(model, x, level);
                return new BandPoint(x, low, high);
            })
            .ToArray();
        return new CalibrationCurve(model.K, model.Intercept, band, Description(model)) { Level = level, Unit = model.Unit };
    }

    /// <summary>The chart's subtitle: the model, what it rests on, and how far off it was for the references themselves.</summary>
    public static string Description(CalibrationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var line = model.Kind == ModelKind.ThroughOrigin
            ? $"{model.Unit} = {Coefficient(model.K)} x score through the origin"
            : $"{model.Unit} = {ValueFormat.Score(model.Intercept)} + {Coefficient(model.K)} x score";
        var loo = model.LooRmsePercent is { } percent ? $", leave-one-out error {percent.ToString("F1", CultureInfo.InvariantCulture)}%" : string.Empty;
        return $"{line}, fitted on {ValueFormat.Count(model.N)} reference nodes; residual sigma {ValueFormat.Score(model.ResidualSigma)} {model.Unit}{loo}";
    }

    /// <summary>The slope with four significant figures: its 95% interval is typically a few per mille wide.</summary>
    private static string Coefficient(double value) => value.ToString("G4", CultureInfo.InvariantCulture);
}
