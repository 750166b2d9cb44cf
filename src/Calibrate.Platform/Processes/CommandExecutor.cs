namespace Calibrate.Platform.Processes;

/// <summary>Runs a command under a <see cref="RetryPolicy"/> and turns the final failure into one readable error.</summary>
public sealed class CommandExecutor(ICommandRunner runner, RetryPolicy? policy = null)
{
    private readonly RetryPolicy _policy = policy ?? RetryPolicy.Default;

    public ICommandRunner Runner => runner;

    public RetryPolicy Policy => _policy;

    /// <summary>The successful result; throws <see cref="CommandFailedException"/> with stderr after the last attempt.</summary>
    public async Task<CommandResult> RunAsync(CommandLine command, CancellationToken cancellation, RetryPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        var use = policy ?? _policy;
        CommandResult? last = null;
        for (var attempt = 1; attempt <= use.Attempts; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(use.DelayBefore(attempt), cancellation);
            }

            last = await runner.RunAsync(command, use.Timeout, cancellation);
            if (last.Succeeded)
            {
                return last;
            }
        }

        throw new CommandFailedException(Describe(command, last!, use));
    }

    public static string Describe(CommandLine command, CommandResult result, RetryPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(policy);
        var tries = policy.Attempts == 1 ? "once" : $"{policy.Attempts} times";
        var outcome = result.TimedOut
            ? $"timed out after {policy.Timeout.TotalSeconds:0}s"
            : $"exited with {result.ExitCode}";
        var stderr = result.StandardError.Trim();
        var detail = stderr.Length > 0 ? stderr : result.StandardOutput.Trim();
        return $"`{command.Display}` {outcome} (tried {tries})" + (detail.Length > 0 ? $": {detail}" : string.Empty);
    }
}
