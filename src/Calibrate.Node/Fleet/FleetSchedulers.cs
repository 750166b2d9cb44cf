using Calibrate.Core.Text;
using Calibrate.Node.Hosting;
using Calibrate.Platform.Processes;

namespace Calibrate.Node.Fleet;

/// <summary>The schedulers a campaign can go through, and how their commands are run (argument arrays, timeouts, tree kill).</summary>
public static class FleetSchedulers
{
    /// <summary>sbatch, squeue, qsub and condor_q answer in seconds; a minute means the daemon is down.</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    public static IReadOnlyList<string> Names { get; } = ["slurm", "lsf", "gridengine", "htcondor", "pbs"];

    public static IBatchScheduler For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.ToLowerInvariant() switch
        {
            "slurm" => new SlurmScheduler(),
            "lsf" => new LsfScheduler(),
            "gridengine" => new GridEngineScheduler(),
            "htcondor" => new HtCondorScheduler(),
            "pbs" => new PbsScheduler(),
            _ => throw new InputException($"unknown scheduler {UntrustedText.Quote(name)}: use {string.Join(", ", Names)}"),
        };
    }

    /// <summary>Once: a submission retried after a timeout could start a second job on the node.</summary>
    public static CommandExecutor Executor(NodeEnvironment environment) =>
        CommandRunners.Executor(environment, new RetryPolicy { Attempts = 1, Timeout = CommandRunners.Timeout(environment, CommandTimeout) });

    public static string CampaignsRoot(NodeEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Path.Combine(environment.ResultsDirectory, "campaigns");
    }
}
