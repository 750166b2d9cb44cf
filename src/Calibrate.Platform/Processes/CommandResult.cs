namespace Calibrate.Platform.Processes;

/// <summary>What a command did: its exit code (null if it was killed after the timeout) and both output streams.</summary>
public sealed record CommandResult(int? ExitCode, string StandardOutput, string StandardError, bool TimedOut)
{
    public bool Succeeded => ExitCode == 0 && !TimedOut;
}
