using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Calibrate.Core.Factors;
using Calibrate.Core.Probing;
using Calibrate.Core.Quality;
using Calibrate.Core.Results;
using Calibrate.Node.Calibration;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Quality;

namespace Calibrate.Node.Measurement;

/// <summary>
/// The estimate step of a run, which never costs the measurement: a model that cannot be read, or that gives no finite
/// figure, interval or factor, leaves the result without an estimate and with an <see cref="ConclusionCodes.EstimateFailed"/>
/// warning saying why; the result is stored all the same (the publish gate then refuses it for want of an estimate).
/// </summary>
public static class RunEstimate
{
    public static (Estimate? Estimate, Conclusion? Conclusion) Of(CalibrationModel? model, string? modelProblem, ScoreEvidence evidence, int copies, FactorSettings factors, NodeProbe probe, IReadOnlyList<double> siteFigures)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(factors);
        if (model is null)
        {
            return (null, Failed(modelProblem ?? "no calibration model could be read"));
        }

        return TryEstimate(model, evidence, copies, factors, probe, siteFigures, out var estimate, out var disagreement, out var why) ? (estimate, disagreement) : (null, Failed(why));
    }

    /// <summary>The model's estimate, or false with the reason when it throws or gives figures that are not finite.</summary>
    public static bool TryEstimate(
        CalibrationModel model, ScoreEvidence evidence, int copies, FactorSettings factors, NodeProbe probe, IReadOnlyList<double> siteFigures, [NotNullWhen(true)] out Estimate? estimate, out Conclusion? disagreement, out string why)
    {
        ArgumentNullException.ThrowIfNull(model);
        var name = string.Create(CultureInfo.InvariantCulture, $"{model.Id}@{model.Version}");
        try
        {
            (estimate, disagreement) = NodeEstimates.For(model, evidence, copies, factors, probe, siteFigures);
            if (IsUsable(estimate))
            {
                why = "";
                return true;
            }

            why = string.Create(CultureInfo.InvariantCulture, $"the calibration model {name} gave {estimate.Unit} {estimate.Value:G4} ({estimate.Low:G4} to {estimate.High:G4}), CPU factor {estimate.CpuFactor:G4}: not finite numbers; refit it with calibrate fit");
        }
        catch (Exception e) when (e is ArgumentException or ArithmeticException or InvalidOperationException)
        {
            why = $"the calibration model {name} gave no estimate ({e.Message}); refit it with calibrate fit";
        }

        estimate = null;
        disagreement = null;
        return false;
    }

    /// <summary>Whether every figure a summary prints or a pusher publishes is a finite number.</summary>
    public static bool IsUsable(Estimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return double.IsFinite(estimate.Value) && double.IsFinite(estimate.Low) && double.IsFinite(estimate.High) && double.IsFinite(estimate.CpuFactor)
            && double.IsFinite(estimate.Basis?.NodeScoreLow ?? 0) && double.IsFinite(estimate.Basis?.NodeScoreHigh ?? 0);
    }

    private static Conclusion Failed(string why) =>
        new(Severity.Warning, ConclusionCodes.EstimateFailed, $"estimate failed: {why}; the measurement is stored without an estimate");
}
