using Calibrate.Agent.Running;
using Calibrate.Core.Factors;
using Calibrate.Core.Results;
using Calibrate.Node.Calibration;
using Calibrate.Statistics;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Intervals;
using Calibrate.Statistics.Quality;

namespace Calibrate.Node.Measurement;

/// <summary>
/// The analysis step of a run, on the runner's own final snapshot: the score's interval (centred on the score the
/// runner computed, by the same function), the host's noise, the quality conclusions, and the one estimate (in the site's
/// unit, with the prior, and the CPU factor) from the node's running figure: this run and, when it is undisturbed, the node's recent comparable runs.
/// </summary>
public static class RunAnalysis
{
    public static RunResult Analyse(MeasuredRun measured, CalibrationModel model, FactorSettings factors, NodeHistory history)
    {
        ArgumentNullException.ThrowIfNull(measured);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(history);
        var result = measured.Result;
        NodeScoreInterval.TryCompute(measured.Snapshot, Confidence.Level, out var interval);
        if (interval is not null && result.Plan.PrecisionTarget is { } target)
        {
            interval = interval with { TargetMet = interval.RelativeHalfWidth <= target };
        }

        var withInterval = result with { ScoreInterval = interval };
        var withNoise = withInterval with { Noise = NoiseAnalyser.Summarise(withInterval, measured.Probes, history.Reproducibility) };
        var verdict = QualityAnalysis.Analyse(withNoise);
        var evidence = verdict.Disturbed
            ? ScoreEvidence.OfRun(result.NodeScore, interval, history.Reproducibility)
            : ScoreEvidence.OfRuns(result.NodeScore, interval, history.EarlierScores, history.Reproducibility);
        var (estimate, disagreement) = NodeEstimates.For(model, evidence, result.Copies.Count, factors, result.Probe, history.SiteFigures);
        return withNoise with
        {
            Conclusions = disagreement is null ? verdict.Conclusions : [.. verdict.Conclusions, disagreement],
            Disturbed = verdict.Disturbed,
            Estimate = estimate,
        };
    }
}
