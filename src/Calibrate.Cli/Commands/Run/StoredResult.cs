namespace Calibrate.Cli.Commands.Run;

/// <summary>Where a result went: the store (with its location), the result file(s), and whether storing failed.</summary>
public sealed record StoredResult(string? StoreLocation, IReadOnlyList<string> Files, bool StoreFailed, string? StoreError);
