using Calibrate.Core.Factors;

namespace Calibrate.Statistics.Calibration;

/// <summary>Both fits of a calibration, the score range the references cover, and warnings to show the user.</summary>
public sealed record CalibrationFit
{
    public required int N { get; init; }

    public required double Level { get; init; }

    public required ThroughOriginFit ThroughOrigin { get; init; }

    public required LinearFit Linear { get; init; }

    /// <summary>max / min of the reference scores.</summary>
    public required double ScoreRangeRatio { get; init; }

    /// <summary>True when <see cref="ScoreRangeRatio"/> is below <see cref="CalibrationFitter.NarrowRangeRatio"/>.</summary>
    public required bool NarrowRange { get; init; }

    public required IReadOnlyList<string> Warnings { get; init; }

    /// <summary>The model to store: <paramref name="kind"/> chooses the fit.</summary>
    public CalibrationModel ToModel(string id, int version, DateTimeOffset fittedUtc, ModelKind kind = ModelKind.ThroughOrigin, AccountingUnit unit = AccountingUnit.HS06) => kind switch
    {
        ModelKind.ThroughOrigin => new CalibrationModel
        {
            Id = id,
            Version = version,
            Kind = kind,
            Unit = unit,
            K = ThroughOrigin.K,
            KVariance = ThroughOrigin.KStandardError * ThroughOrigin.KStandardError,
            ResidualSigma = ThroughOrigin.ResidualSigma,
            N = N,
            DegreesOfFreedom = ThroughOrigin.DegreesOfFreedom,
            FittedUtc = fittedUtc,
            Provisional = false,
            AnchorNote = $"fitted through the origin on {N} site reference nodes' {unit}",
            LooRmsePercent = ThroughOrigin.LooRmsePercent,
        },
        _ => new CalibrationModel
        {
            Id = id,
            Version = version,
            Kind = kind,
            Unit = unit,
            K = Linear.Slope,
            Intercept = Linear.Intercept,
            KVariance = Linear.SlopeVariance,
            InterceptVariance = Linear.InterceptVariance,
            InterceptKCovariance = Linear.InterceptSlopeCovariance,
            ResidualSigma = Linear.ResidualSigma,
            N = N,
            DegreesOfFreedom = Linear.DegreesOfFreedom,
            FittedUtc = fittedUtc,
            Provisional = false,
            AnchorNote = $"linear fit on {N} site reference nodes' {unit}",
            LooRmsePercent = Linear.LooRmsePercent,
        },
    };
}
