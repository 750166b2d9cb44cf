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
/// runner computed, by the same function), the host's noise (which floors the run-to-run term: <see cref="HostNoiseFloor"/>), the quality conclusions, and the one estimate (in the site's
/// unit, with the prior, and the CPU factor) from the node's running figure: this run and, when it is undisturbed, the node's recent comparable runs.
/// </summary>
public static class RunAnalysis
{
    /// <param name="measured">what the runner measured.</param>
    /// <param name="model">the calibration model; null when it could not be read (<paramref name="modelProblem"/> says why).</param>
    /// <param name="factors">the factor settings.</param>
    /// <param name="history">the node's comparable earlier runs.</param>
    /// <param name="modelProblem">why there is no model.</param>
    /// <param name="thresholds">the quality gate (default <see cref="QualityThresholds.Default"/>).</param>
    public static RunResult Analyse(
        MeasuredRun measured, CalibrationModel? model, FactorSettings factors, NodeHistory history, string? modelProblem = null, QualityThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(measured);
        ArgumentNullException.ThrowIfNull(history);
        var result = measured.Result;
        NodeScoreInterval.TryCompute(measured.Snapshot, Confidence.Level, out var interval);
        if (interval is not null && result.Plan.PrecisionTarget is { } target)
        {
            interval = interval with { TargetMet = interval.RelativeHalfWidth <= target };
        }

        var withInterval = result with { ScoreInterval = interval };
        var withNoise = withInterval with { Noise = NoiseAnalyser.Summarise(withInterval, measured.Probes, history.Reproducibility) };
        var verdict = QualityAnalysis.Analyse(withNoise, thresholds ?? QualityThresholds.Default);
        var reproducibility = HostNoiseFloor.Apply(history.Reproducibility, withNoise.Noise?.HostNoise);
        var evidence = verdict.Disturbed
            ? ScoreEvidence.OfRun(result.NodeScore, interval, reproducibility)
            : ScoreEvidence.OfRuns(result.NodeScore, interval, history.EarlierScores, reproducibility);
        var (estimate, conclusion) = RunEstimate.Of(model, modelProblem, evidence, result.Copies.Count, factors, result.Probe, history.SiteFigures);
        return withNoise with
        {
            Conclusions = conclusion is null ? verdict.Conclusions : [.. verdict.Conclusions, conclusion],
            Disturbed = verdict.Disturbed,
            Estimate = estimate,
        };
    }
}
