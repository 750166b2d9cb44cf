namespace Calibrate.Platform.Processes;

/// <summary>The process seam: the real one starts processes; tests use it with stand-in executables on a PATH of their own.</summary>
public interface ICommandRunner
{
    /// <summary>Runs the command, killing its whole process tree after <paramref name="timeout"/>.</summary>
    Task<CommandResult> RunAsync(CommandLine command, TimeSpan timeout, CancellationToken cancellation);

    /// <summary>The full path of a program as this runner would find it on its PATH, or null when there is none.</summary>
    string? Locate(string program);
}
