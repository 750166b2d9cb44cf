namespace Calibrate.Statistics.Calibration;

/// <summary>
/// HS06 = a + b · score by ordinary least squares: b = Sxy / Sxx, a = ȳ − b x̄, s² = SSE / (n − 2),
/// Var(b) = s² / Sxx, Var(a) = s² (1/n + x̄² / Sxx), Cov(a, b) = −x̄ s² / Sxx; R² = 1 − SSE / Syy.
/// </summary>
/// <remarks>Draper and Smith, Applied Regression Analysis, 3rd ed. (1998), ch. 1, doi:10.1002/9781118625590.</remarks>
public sealed record LinearFit
{
    public required double Intercept { get; init; }

    public required double Slope { get; init; }

    public required double InterceptVariance { get; init; }

    public required double SlopeVariance { get; init; }

    public required double InterceptSlopeCovariance { get; init; }

    public required double SlopeLow { get; init; }

    public required double SlopeHigh { get; init; }

    public required double ResidualSigma { get; init; }

    public required int DegreesOfFreedom { get; init; }

    public required double RSquared { get; init; }

    /// <summary>Leave-one-out prediction error in percent, as <see cref="ThroughOriginFit.LooRmsePercent"/>.</summary>
    public required double LooRmsePercent { get; init; }
}
