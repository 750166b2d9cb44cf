using Calibrate.Core.Results;

namespace Calibrate.Node.Boot;

/// <summary>
/// What boot publishes and how it ends: the result to publish (none: the published values stay as they were),
/// whether it is an earlier result standing in, why the measurement is not published, and the outcome.
/// </summary>
public sealed record BootDecision(RunResult? Publish, bool IsFallback, IReadOnlyList<string> Reasons, BootOutcome Outcome);
