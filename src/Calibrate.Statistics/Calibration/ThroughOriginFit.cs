namespace Calibrate.Statistics.Calibration;

/// <summary>
/// HS06 = k · score by least squares through the origin: k = Σxy / Σx², s² = Σ(y − kx)² / (n − 1),
/// SE(k) = s / √Σx², CI k ± t_{n−1} SE(k).
/// </summary>
/// <remarks>
/// <see cref="RSquared"/> is the centred 1 − SSE / Σ(y − ȳ)², so the two models compare on one scale (it can be
/// negative); <see cref="RSquaredUncentred"/> is 1 − SSE / Σy², what statsmodels reports for a model without a
/// constant (Eisenhauer, "Regression through the origin", Teaching Statistics 25 (2003) 76–80,
/// doi:10.1111/1467-9639.00136, on why the two differ).
/// </remarks>
public sealed record ThroughOriginFit
{
    public required double K { get; init; }

    public required double KStandardError { get; init; }

    public required double KLow { get; init; }

    public required double KHigh { get; init; }

    public required double ResidualSigma { get; init; }

    public required int DegreesOfFreedom { get; init; }

    public required double RSquared { get; init; }

    public required double RSquaredUncentred { get; init; }

    /// <summary>Leave-one-out prediction error: √(mean((ŷ₍₋ᵢ₎ − yᵢ) / yᵢ)²) × 100.</summary>
    public required double LooRmsePercent { get; init; }
}
