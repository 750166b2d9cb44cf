namespace Calibrate.Cli.Commands.Results;

/// <summary>What `calibrate results import` did: results stored, already stored, and files that are not results.</summary>
public sealed record ImportReport(string Store, int Files, int Imported, int AlreadyStored, IReadOnlyList<string> Failures);
