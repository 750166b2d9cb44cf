using Calibrate.Core.Results;
using Calibrate.Core.Text;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.GridEngine;

/// <summary>The thin shell: reads the exec host with `qconf -se HOST`, then plans.</summary>
public static class GridEnginePusher
{
    public static async Task<PushPlan> PlanAsync(RunResult result, string? host, CommandExecutor executor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(executor);
        var name = host ?? result.Hostname;
        if (!HostNames.IsValid(name))
        {
            throw new PushConfigException($"{UntrustedText.Quote(name)} is not a valid host name (RFC 1123)");
        }

        var show = await executor.RunAsync(CommandLine.Of("qconf", "-se", name), cancellation);
        return GridEnginePlanner.Plan(result, name, show.StandardOutput);
    }
}
