using Calibrate.Agent.Running;
using Calibrate.Statistics.Calibration;

namespace Calibrate.Cli.Commands.Run;

/// <summary>A run ready to measure: the runner's request and what the analysis will need afterwards.</summary>
public sealed record PreparedRun(RunRequest Request, CalibrationModel Model, double ReferenceHs06PerSlot);
