using Calibrate.Platform.Processes;
namespace Calibrate.Pushers.Common;

/// <summary>
/// A command the push will run, why, and, for checks, how to read its verdict from the output (some tools exit 0 on
/// failure: volclava's `lsadmin reconfig` without a terminal, integration.md 7).
/// </summary>
public sealed record PlannedCommand(CommandLine Command, string Purpose, CommandRole Role)
{
    /// <summary>Returns a reason when the output shows a failure despite exit code 0; null when it is fine.</summary>
    public Func<CommandResult, string?>? Verdict { get; init; }
}
