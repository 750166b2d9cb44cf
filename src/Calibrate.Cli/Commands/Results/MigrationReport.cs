namespace Calibrate.Cli.Commands.Results;

/// <summary>What `calibrate results migrate` found and did.</summary>
public sealed record MigrationReport(string Store, int VersionBefore, int VersionAfter, IReadOnlyList<string> Pending, IReadOnlyList<string> Applied);
