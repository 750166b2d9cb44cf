using Calibrate.Agent.Running;
using Calibrate.Core.Factors;
using Calibrate.Statistics.Calibration;
using Calibrate.Statistics.Quality;

namespace Calibrate.Node.Measurement;

/// <summary>A run ready to measure: the runner's request and what the analysis will need afterwards.</summary>
/// <param name="Request">what the runner runs.</param>
/// <param name="Model">the calibration model; null when it could not be read, which costs the estimate, not the measurement.</param>
/// <param name="Factors">the factor settings.</param>
/// <param name="History">the node's comparable earlier runs.</param>
/// <param name="ModelProblem">why <paramref name="Model"/> is null.</param>
/// <param name="Thresholds">the quality gate the result is judged by (the site's widest within-run interval).</param>
public sealed record PreparedRun(RunRequest Request, CalibrationModel? Model, FactorSettings Factors, NodeHistory History, string? ModelProblem = null, QualityThresholds? Thresholds = null);
