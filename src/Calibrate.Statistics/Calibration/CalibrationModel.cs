using Calibrate.Core.Factors;

namespace Calibrate.Statistics.Calibration;

/// <summary>
/// A stored, versioned map from node score to a benchmark figure in its <see cref="Unit"/> (HS23 or HS06):
/// figure = Intercept + K · score (Intercept = 0 through the origin),
/// with what a prediction interval needs: Var(ŷ₀) = Var(a) + x₀² Var(K) + 2 x₀ Cov(a, K), plus ResidualSigma² for a
/// new node's scatter about the line.
/// </summary>
public sealed record CalibrationModel
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required string Id { get; init; }

    /// <summary>Increases with every fit stored under the same id.</summary>
    public required int Version { get; init; }

    public required ModelKind Kind { get; init; }

    /// <summary>The unit the model predicts (site models stored before units were fitted on HS06).</summary>
    public AccountingUnit Unit { get; init; } = AccountingUnit.HS06;

    public required double K { get; init; }

    public double Intercept { get; init; }

    public required double KVariance { get; init; }

    public double InterceptVariance { get; init; }

    public double InterceptKCovariance { get; init; }

    /// <summary>Residual standard deviation of the references about the fit, in <see cref="Unit"/>.</summary>
    public required double ResidualSigma { get; init; }

    public required int N { get; init; }

    /// <summary>Residual degrees of freedom; null when the uncertainty is a stated normal one (the provisional model).</summary>
    public int? DegreesOfFreedom { get; init; }

    public required DateTimeOffset FittedUtc { get; init; }

    public required bool Provisional { get; init; }

    public required string AnchorNote { get; init; }

    public double? LooRmsePercent { get; init; }

    public double Predict(double score) => Intercept + (K * score);

    /// <summary>Variance of the fitted line at <paramref name="score"/> (without residual scatter).</summary>
    public double LineVariance(double score) => InterceptVariance + (score * score * KVariance) + (2 * score * InterceptKCovariance);
}
