using Calibrate.Core.Results;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Slurm;

/// <summary>The thin shell around <see cref="SlurmPlanner"/>: reads the node's state with scontrol, then plans.</summary>
public static class SlurmPusher
{
    public static async Task<PushPlan> PlanAsync(RunResult result, string? node, CommandExecutor executor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(executor);
        var name = node ?? HostNames.ShortName(result.Hostname);
        SlurmPlanner.ValidateNodeName(name);
        var show = await executor.RunAsync(CommandLine.Of("scontrol", "show", "node", name, "-o"), cancellation);
        return SlurmPlanner.Plan(result, SlurmNodeState.Parse(name, show.StandardOutput));
    }
}
