using Calibrate.Core.Results;
using Calibrate.Statistics.Factors;
using Calibrate.Statistics.Intervals;

namespace Calibrate.Statistics.Calibration;

/// <summary>
/// HS06 estimate with a prediction interval: ŷ = a + k x, Var = [Var(a) + x² Var(k) + 2x Cov(a,k) + σ²] + k² u²,
/// with σ the model's residual sigma and u the standard uncertainty of the node score x; the interval is
/// ŷ ± t_ν √Var, ν by Welch–Satterthwaite from the model's and the measurement's degrees of freedom.
/// </summary>
/// <remarks>
/// Prediction variance of a new observation: Draper and Smith (1998), doi:10.1002/9781118625590; measurement term by
/// first-order propagation (JCGM 100:2008 GUM, section 5.1.2); effective degrees of freedom: Satterthwaite, Biometrics
/// Bulletin 2 (1946) 110–114, doi:10.2307/3002019 (GUM G.4.1). u = half-width / t₄ for <see cref="NodeScoreInterval"/>,
/// half-width / z otherwise (which overstates u: conservative). The residual σ of a fit already holds some measurement
/// scatter of the references, so the sum errs on the wide side.
/// </remarks>
public static class Hs06Estimator
{
    public static Estimate Estimate(
        CalibrationModel model,
        double nodeScore,
        ScoreInterval? scoreInterval,
        int slots,
        double referenceHs06PerSlot,
        double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(model);
        var (hs06, low, high) = Predict(model, nodeScore, scoreInterval, level);
        var factor = CpuFactorCalculator.Compute(hs06, slots, referenceHs06PerSlot);
        return new Estimate
        {
            Hs06 = hs06,
            Hs06Low = low,
            Hs06High = high,
            Level = level,
            Slots = slots,
            CpuFactor = factor.Factor,
            ReferenceHs06PerSlot = referenceHs06PerSlot,
            ModelId = $"{model.Id}@{model.Version}",
            ModelProvisional = model.Provisional,
        };
    }

    public static (double Hs06, double Low, double High) Predict(CalibrationModel model, double nodeScore, ScoreInterval? scoreInterval, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nodeScore);
        var hs06 = model.Predict(nodeScore);
        var modelVariance = model.LineVariance(nodeScore) + (model.ResidualSigma * model.ResidualSigma);
        double modelDf = model.DegreesOfFreedom ?? double.PositiveInfinity;
        var (u, measurementDf) = MeasurementUncertainty(scoreInterval);
        var measurementVariance = model.K * model.K * u * u;
        var total = modelVariance + measurementVariance;
        var df = EffectiveDegreesOfFreedom(modelVariance, modelDf, measurementVariance, measurementDf);
        var half = StudentTQuantile.TwoSided(level, df) * Math.Sqrt(total);
        return (hs06, hs06 - half, hs06 + half);
    }

    private static (double U, double Df) MeasurementUncertainty(ScoreInterval? interval)
    {
        if (interval is null)
        {
            return (0, double.PositiveInfinity);
        }

        var half = (interval.High - interval.Low) / 2;
        return interval.Method == NodeScoreInterval.MethodName
            ? (half / StudentTQuantile.TwoSided(interval.Level, NodeScoreInterval.Batches - 1), NodeScoreInterval.Batches - 1)
            : (half / StudentTQuantile.TwoSided(interval.Level, double.PositiveInfinity), double.PositiveInfinity);
    }

    /// <summary>ν = (v₁ + v₂)² / (v₁²/ν₁ + v₂²/ν₂); ∞ when both are ∞ or both variances are zero.</summary>
    public static double EffectiveDegreesOfFreedom(double v1, double df1, double v2, double df2)
    {
        var denominator = (double.IsPositiveInfinity(df1) ? 0 : v1 * v1 / df1) + (double.IsPositiveInfinity(df2) ? 0 : v2 * v2 / df2);
        return denominator > 0 ? (v1 + v2) * (v1 + v2) / denominator : double.PositiveInfinity;
    }
}
