using Calibrate.Node.Configuration;
using Calibrate.Platform.Processes;

namespace Calibrate.Node.Hosting;

/// <summary>
/// The command runner every part of the application uses: children see the environment's PATH, so a site (or a test's
/// stand-ins) decides which scontrol, sbatch or qconf runs.
/// </summary>
public static class CommandRunners
{
    /// <summary>$CALIBRATE_COMMAND_TIMEOUT: how long one batch-system command may run (e.g. 20s) before it is killed.</summary>
    public const string TimeoutVariable = "CALIBRATE_COMMAND_TIMEOUT";

    public static ProcessCommandRunner Runner(NodeEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new(environment.Variable("PATH") is { } path ? new Dictionary<string, string> { ["PATH"] = path } : null);
    }

    /// <summary>With <paramref name="policy"/> (boot's configured timeout, a probe's own), else the default policy and $CALIBRATE_COMMAND_TIMEOUT.</summary>
    public static CommandExecutor Executor(NodeEnvironment environment, RetryPolicy? policy = null) =>
        new(Runner(environment), policy ?? RetryPolicy.Default with { Timeout = Timeout(environment, RetryPolicy.Default.Timeout) });

    /// <summary>$CALIBRATE_COMMAND_TIMEOUT when it is set, else <paramref name="fallback"/>; a value that is not a duration is an error.</summary>
    public static TimeSpan Timeout(NodeEnvironment environment, TimeSpan fallback)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.Variable(TimeoutVariable) is not { } text ? fallback
            : ValueParsers.TryParseDuration(text, out var timeout) ? timeout
            : throw new InputException($"${TimeoutVariable} '{text}' is not a duration such as 30s");
    }
}
