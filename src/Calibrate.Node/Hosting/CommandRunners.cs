using Calibrate.Platform.Processes;

namespace Calibrate.Node.Hosting;

/// <summary>
/// The command runner every part of the application uses: children see the environment's PATH, so a site (or a test's
/// stand-ins) decides which scontrol, sbatch or qconf runs.
/// </summary>
public static class CommandRunners
{
    public static ProcessCommandRunner Runner(NodeEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new(environment.Variable("PATH") is { } path ? new Dictionary<string, string> { ["PATH"] = path } : null);
    }

    public static CommandExecutor Executor(NodeEnvironment environment, RetryPolicy? policy = null) => new(Runner(environment), policy);
}
