using Calibrate.Agent.Running;
using Calibrate.Core.Results;
using Calibrate.Core.Running;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Quality;
using Calibrate.Statistics.Stopping;

namespace Calibrate.Cli.Commands.Run;

/// <summary>The analysis step of a run: the score's interval, quality conclusions, the HS06 estimate and CPU factor.</summary>
public static class RunAnalysis
{
    public const double Level = 0.95;

    public static IStoppingRule? StoppingRule(double? precision, TimeSpan budget) =>
        precision is { } target ? new PrecisionRule(new PrecisionStoppingRule(target, budget)) : null;

    public static RunResult Analyse(RunResult measured, CalibrationModel model, double referenceHs06PerSlot)
    {
        ArgumentNullException.ThrowIfNull(measured);
        NodeScoreInterval.TryCompute(SampleSnapshot.From(measured), Level, out var interval);
        if (interval is not null && measured.Plan.PrecisionTarget is { } target)
        {
            interval = interval with { TargetMet = interval.RelativeHalfWidth <= target };
        }

        var withInterval = measured with { ScoreInterval = interval };
        var verdict = QualityAnalysis.Analyse(withInterval);
        return withInterval with
        {
            Conclusions = verdict.Conclusions,
            Disturbed = verdict.Disturbed,
            Estimate = Hs06Estimator.Estimate(model, measured.NodeScore, interval, measured.Copies.Count, referenceHs06PerSlot, Level),
        };
    }
}
