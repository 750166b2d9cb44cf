namespace Calibrate.Node.Boot;

/// <summary>What a bounded step gave back: its value, or that it ran out of time.</summary>
public sealed record BoundedOutcome<T>(T? Value, bool IsTimedOut);
