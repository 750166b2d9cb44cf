using Calibrate.Core.Results;

namespace Calibrate.Cli.Commands.Boot;

/// <summary>
/// What boot publishes and how it ends: the result to publish (none: the published values stay as they were),
/// whether it is an earlier result standing in, why the measurement is not published, and the exit code.
/// </summary>
public sealed record BootDecision(RunResult? Publish, bool IsFallback, IReadOnlyList<string> Reasons, int ExitCode);
