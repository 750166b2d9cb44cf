using System.Diagnostics;

namespace Calibrate.Platform.Processes;

/// <summary>
/// Runs commands as child processes with an argument list and an environment given to it (tests put stand-in
/// executables first on the child's PATH without touching this process's environment). stdout and stderr are read
/// concurrently so a chatty child cannot block on a full pipe; on timeout the whole process tree is killed.
/// </summary>
public sealed class ProcessCommandRunner : ICommandRunner
{
    private readonly IReadOnlyDictionary<string, string> _environment;

    /// <param name="environment">Variables set for the children, over this process's own (PATH included).</param>
    public ProcessCommandRunner(IReadOnlyDictionary<string, string>? environment = null) =>
        _environment = environment ?? new Dictionary<string, string>();

    public string? Locate(string program)
    {
        ArgumentNullException.ThrowIfNull(program);
        if (program.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(program) ? program : null;
        }

        // Resolved against the child's PATH: Process.Start would search this process's PATH instead.
        var path = _environment.TryGetValue("PATH", out var own) ? own : Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(candidate => File.Exists(candidate) && IsExecutable(candidate));
    }

    public async Task<CommandResult> RunAsync(CommandLine command, TimeSpan timeout, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(command);
        var executable = Locate(command.Program)
            ?? throw new CommandFailedException($"{command.Program} was not found on PATH");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new CommandFailedException($"{command.Program} could not be started");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
        var stderr = process.StandardError.ReadToEndAsync(cancellation);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellation.ThrowIfCancellationRequested();
            timedOut = true;
        }

        return new CommandResult(timedOut ? null : process.ExitCode, await stdout, await stderr, timedOut);
    }

    private static bool IsExecutable(string path) =>
        OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
