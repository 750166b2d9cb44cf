using Calibrate.Cli.Infrastructure;
using Calibrate.Pushers.Common;

namespace Calibrate.Cli.Commands.Fleet;

/// <summary>The schedulers a campaign can go through, and the command runner they share (the pushers': argument arrays, timeouts, tree kill).</summary>
public static class FleetSchedulers
{
    /// <summary>sbatch, squeue and bjobs answer in seconds; a minute means the controller is down.</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    public static IBatchScheduler For(string name) => name.ToLowerInvariant() switch
    {
        "slurm" => new SlurmScheduler(),
        "lsf" => new LsfScheduler(),
        _ => throw CliException.Usage($"unknown scheduler '{name}': use slurm or lsf"),
    };

    /// <summary>Children see the context's PATH, so a site (or a test's stand-ins) decides which sbatch runs.</summary>
    public static ProcessCommandRunner Runner(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(context.GetEnvironment("PATH") is { Length: > 0 } path ? new Dictionary<string, string> { ["PATH"] = path } : null);
    }

    /// <summary>Once: a submission retried after a timeout could start a second job on the node.</summary>
    public static CommandExecutor Executor(CliContext context) =>
        new(Runner(context), new RetryPolicy { Attempts = 1, Timeout = CommandTimeout });

    public static string CampaignsRoot(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Path.Combine(context.ResultsDirectory, "campaigns");
    }
}
