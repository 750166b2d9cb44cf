using Calibrate.Reports.Plotting;

namespace Calibrate.Reports.Charts;

/// <summary>
/// Input of chart 3: the fitted line HS06 = Intercept + Slope x score, its prediction band (where a new node's HS06
/// is expected, at <see cref="Level"/>) sampled along the score axis, and a sentence describing the fit.
/// </summary>
public sealed record CalibrationCurve(double Slope, double Intercept, IReadOnlyList<BandPoint> PredictionBand, string Description)
{
    public double Level { get; init; } = 0.95;

    /// <summary>The unit the model predicts (and the references were measured in).</summary>
    public Calibrate.Core.Factors.AccountingUnit Unit { get; init; } = Calibrate.Core.Factors.AccountingUnit.HS06;

    public double Predict(double score) => Intercept + (Slope * score);
}
