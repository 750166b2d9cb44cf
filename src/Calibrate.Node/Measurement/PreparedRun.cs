using Calibrate.Agent.Running;
using Calibrate.Core.Factors;
using Calibrate.Statistics.Calibration;

namespace Calibrate.Node.Measurement;

/// <summary>A run ready to measure: the runner's request and what the analysis will need afterwards.</summary>
public sealed record PreparedRun(RunRequest Request, CalibrationModel Model, FactorSettings Factors, NodeHistory History);
