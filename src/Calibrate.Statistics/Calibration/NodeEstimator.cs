using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Statistics.Intervals;

namespace Calibrate.Statistics.Calibration;

/// <summary>
/// A node's estimate in the site's accounting unit with a prediction interval: ŷ = a + k x in the model's unit, Var = [Var(a) + x² Var(k) + 2x Cov(a,k) + σ²] + k² u²,
/// with σ the model's residual sigma and u the node score's standard uncertainty as a statement about the node
/// (<see cref="ScoreEvidence"/>: within-run and run-to-run terms); the interval is ŷ ± t_ν √Var, ν by
/// Welch–Satterthwaite from the model's and the score's degrees of freedom, held where needed so that the interval is
/// never narrower than either term's own (<see cref="WelchSatterthwaite.DfNeverNarrowerThanEither"/>).
/// </summary>
/// <remarks>
/// Prediction variance of a new observation: Draper and Smith (1998), doi:10.1002/9781118625590; measurement term by
/// first-order propagation (JCGM 100:2008 GUM, section 5.1.2); effective degrees of freedom: Satterthwaite, Biometrics
/// Bulletin 2 (1946) 110–114, doi:10.2307/3002019 (GUM G.4.1). u_w = half-width / t_ν with the df of
/// <see cref="NodeScoreInterval"/>'s method (<see cref="NodeScoreInterval.DegreesOfFreedomOf"/>), half-width / z for
/// another method (which overstates u_w: conservative), 0 without an interval. <see cref="Estimate"/> always adds
/// the between-run term, since its score was measured, with or without an interval; <see cref="PredictAtScore"/>
/// predicts at a point of the score axis from the model alone (a calibration chart's band).
/// <para>
/// Why a between-run term: the within-run interval is what `--precision` controls, but it cannot see host drift slower
/// than a run. On a shared-host KVM guest ten back-to-back runs scattered by 0.83% (CV) while their within-run 95%
/// half-widths were 0.38–2.18%: 4 of the 10 within-run intervals missed the 10-run mean, none did with the
/// between-run term (NodeEstimatorTests). An estimate is a statement about the node, not about one run, so it
/// carries both, in quadrature (GUM 5.1.2). The residual σ of a fit already holds some measurement scatter of the
/// references, so the sum errs on the wide side.
/// </para>
/// </remarks>
public static class NodeEstimator
{
    /// <summary>
    /// The one estimate of a measured node: its figure with the prediction interval from the score evidence (one run, or the
    /// mean of the node's recent runs, with the run-to-run term), and the factor settings it is divided by;
    /// <see cref="Core.Results.Estimate"/> derives the factor, LSF value and bucket.
    /// </summary>
    /// <remarks>
    /// The estimate is in the site's unit (<see cref="FactorSettings.Unit"/>). A model of the other unit is carried over
    /// 1:1, as the WLCG accounting migration carries HS06 figures into HS23 (HS23 was scaled to equal HS06 on its
    /// reference server); the basis says so.
    /// </remarks>
    public static Estimate Estimate(CalibrationModel model, ScoreEvidence evidence, int slots, FactorSettings settings, double level = Confidence.Level)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(slots);
        var (value, low, high) = Predict(model, evidence.Score, (evidence.U, evidence.Df), level);
        return new Estimate
        {
            Value = value,
            Low = low,
            High = high,
            Unit = settings.Unit,
            Level = level,
            Slots = slots,
            ReferencePerSlot = settings.ReferencePerSlot,
            BucketStep = settings.BucketStep,
            ModelId = $"{model.Id}@{model.Version}",
            ModelProvisional = model.Provisional,
            Basis = new EstimateBasis
            {
                NodeScore = evidence.Score,
                RelativeUncertainty = evidence.RelativeU,
                DegreesOfFreedom = Finite(evidence.Df),
                NodeScoreLow = evidence.Score - (StudentTQuantile.TwoSided(level, evidence.Df) * evidence.U),
                NodeScoreHigh = evidence.Score + (StudentTQuantile.TwoSided(level, evidence.Df) * evidence.U),
                Runs = evidence.Runs,
                RunToRun = evidence.Reproducibility.RelativeStandardDeviation,
                RunToRunDegreesOfFreedom = Finite(evidence.Reproducibility.DegreesOfFreedom),
                RunToRunSource = evidence.Reproducibility.Source,
                ModelUnit = model.Unit,
            },
        };
    }

    private static double? Finite(double df) => double.IsFinite(df) ? df : null;

    /// <summary>One run's estimate with the stated default run-to-run term (no history at hand).</summary>
    public static Estimate Estimate(CalibrationModel model, double nodeScore, ScoreInterval? scoreInterval, int slots, FactorSettings settings, double level = Confidence.Level) =>
        Estimate(model, ScoreEvidence.OfRun(nodeScore, scoreInterval, ReproducibilityEstimator.Default), slots, settings, level);

    /// <summary>
    /// The prediction at a point of the score axis with the model's terms alone: a calibration chart's band, not a
    /// statement about a measured node (<see cref="Estimate"/> is that).
    /// </summary>
    public static (double Value, double Low, double High) PredictAtScore(CalibrationModel model, double score, double level = Confidence.Level) =>
        Predict(model, score, (0, double.PositiveInfinity), level);

    /// <summary>The prediction at a node score of standard uncertainty U with Df degrees of freedom.</summary>
    public static (double Value, double Low, double High) Predict(CalibrationModel model, double nodeScore, (double U, double Df) scoreUncertainty, double level = Confidence.Level)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nodeScore);
        var value = model.Predict(nodeScore);
        var modelVariance = model.LineVariance(nodeScore) + (model.ResidualSigma * model.ResidualSigma);
        double modelDf = model.DegreesOfFreedom ?? double.PositiveInfinity;
        var (u, measurementDf) = scoreUncertainty;
        var measurementVariance = model.K * model.K * u * u;
        var total = modelVariance + measurementVariance;
        // Never narrower than the model's or the measurement's own interval (a measurement at 4 df beside a small
        // model term would otherwise gain df and lose width).
        var df = WelchSatterthwaite.DfNeverNarrowerThanEither(modelVariance, modelDf, measurementVariance, measurementDf, level);
        var half = StudentTQuantile.TwoSided(level, df) * Math.Sqrt(total);
        return (value, value - half, value + half);
    }
}
