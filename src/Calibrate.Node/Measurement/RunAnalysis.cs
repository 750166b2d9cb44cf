using Calibrate.Agent.Running;
using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Statistics;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Quality;

namespace Calibrate.Node.Measurement;

/// <summary>
/// The analysis step of a run, on the runner's own final snapshot: the score's interval (centred on the score the
/// runner computed, by the same function), quality conclusions, and the one estimate (HS06 and CPU factor).
/// </summary>
public static class RunAnalysis
{
    public static RunResult Analyse(MeasuredRun measured, CalibrationModel model, FactorSettings factors)
    {
        ArgumentNullException.ThrowIfNull(measured);
        ArgumentNullException.ThrowIfNull(model);
        var result = measured.Result;
        NodeScoreInterval.TryCompute(measured.Snapshot, Confidence.Level, out var interval);
        if (interval is not null && result.Plan.PrecisionTarget is { } target)
        {
            interval = interval with { TargetMet = interval.RelativeHalfWidth <= target };
        }

        var withInterval = result with { ScoreInterval = interval };
        var verdict = QualityAnalysis.Analyse(withInterval);
        return withInterval with
        {
            Conclusions = verdict.Conclusions,
            Disturbed = verdict.Disturbed,
            Estimate = Hs06Estimator.Estimate(model, result.NodeScore, interval, result.Copies.Count, factors),
        };
    }
}
