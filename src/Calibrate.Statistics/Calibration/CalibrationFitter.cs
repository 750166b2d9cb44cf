using System.Globalization;

namespace Calibrate.Statistics.Calibration;

/// <summary>
/// Fits the references' measured figure (HS23 or HS06) against Calibrate's node score on reference nodes, both through the origin and with an intercept
/// (<see cref="ThroughOriginFit"/>, <see cref="LinearFit"/>), with leave-one-out errors by the PRESS identity
/// e₍₋ᵢ₎ = eᵢ / (1 − hᵢᵢ).
/// </summary>
/// <remarks>
/// PRESS: Allen, "The relationship between variable selection and data augmentation and a method for prediction",
/// Technometrics 16 (1974) 125–127, doi:10.1080/00401706.1974.10489157. Leverages: hᵢᵢ = xᵢ² / Σx² through the origin,
/// 1/n + (xᵢ − x̄)² / Sxx with an intercept.
/// </remarks>
public static class CalibrationFitter
{
    /// <summary>Fewest references: the linear fit needs n − 2 ≥ 1 residual degrees of freedom.</summary>
    public const int MinimumPoints = 3;

    /// <summary>
    /// max/min score below 1.5 is a narrow range: the slope then rests on differences comparable to a few percent of
    /// measurement error, and the intercept of the linear model is an extrapolation far outside the data.
    /// </summary>
    public const double NarrowRangeRatio = 1.5;

    public static CalibrationFit Fit(IReadOnlyList<(string Node, double Score, double Value)> points, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < MinimumPoints)
        {
            throw new ArgumentException($"{points.Count} reference point(s); a fit needs at least {MinimumPoints}", nameof(points));
        }

        var bad = points.FirstOrDefault(p => !(p.Score > 0) || !(p.Value > 0) || !double.IsFinite(p.Score) || !double.IsFinite(p.Value));
        if (bad.Node is not null)
        {
            throw new ArgumentException($"node '{bad.Node}' has a non-positive score or reference figure", nameof(points));
        }

        var x = points.Select(p => p.Score).ToArray();
        var y = points.Select(p => p.Value).ToArray();
        var ratio = x.Max() / x.Min();
        var warnings = new List<string>();
        if (ratio < NarrowRangeRatio)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"the references cover a narrow score range (max/min {ratio:F2} < {NarrowRangeRatio:F1}): the slope is poorly determined and predictions outside the range are extrapolations"));
        }

        return new CalibrationFit
        {
            N = points.Count,
            Level = level,
            ThroughOrigin = ThroughOriginRegression.Fit(x, y, level),
            Linear = OrdinaryLeastSquares.Fit(x, y, level),
            ScoreRangeRatio = ratio,
            NarrowRange = ratio < NarrowRangeRatio,
            Warnings = warnings,
        };
    }
}
