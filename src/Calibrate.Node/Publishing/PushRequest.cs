using Calibrate.Core.Results;
using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Platform.Processes;

namespace Calibrate.Node.Publishing;

/// <summary>What a target plans from: the result, the targets' settings (from the configuration or the push command's options), the host and a command executor.</summary>
public sealed record PushRequest(RunResult Result, PushersSettings Settings, NodeEnvironment Environment, CommandExecutor Executor);
