using System.Globalization;
using Calibrate.Core.Results;
using Calibrate.Core.Text;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Pbs;

/// <summary>
/// The thin shell of `push pbs`: reads mom_priv/config, finds the running pbs_mom by mom_priv/mom.lock (its pid, which
/// must name a live process called pbs_mom: a stale lock never gets a signal sent to whatever process now has that
/// pid), reads `pbsnodes NODE` when qmgr is to be used, then plans.
/// </summary>
public static class PbsPusher
{
    public static async Task<PushPlan> PlanAsync(RunResult result, string configPath, PbsQmgr qmgr, string? node, CommandExecutor executor, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(configPath);
        ArgumentNullException.ThrowIfNull(executor);
        var name = node ?? result.Hostname;
        if (!HostNames.IsValid(name))
        {
            throw new PushConfigException($"{UntrustedText.Quote(name)} is not a valid node name (RFC 1123)");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(configPath))!;
        if (!Directory.Exists(directory))
        {
            throw new PushConfigException($"{directory} does not exist (is pbs_mom installed? give --mom-config)");
        }

        if (Directory.Exists(configPath))
        {
            throw new PushConfigException($"{configPath} is a directory, not pbs_mom's configuration file");
        }

        var view = qmgr == PbsQmgr.None ? null : (await executor.RunAsync(CommandLine.Of("pbsnodes", name), cancellation)).StandardOutput;
        return PbsPlanner.Plan(result, configPath, FileChange.ReadCurrent(configPath), MomPid(directory), qmgr, name, view);
    }

    /// <summary>The pid in mom_priv/mom.lock when it is a live pbs_mom; null otherwise.</summary>
    public static int? MomPid(string momPriv)
    {
        var lockFile = Path.Combine(momPriv, "mom.lock");
        if (!File.Exists(lockFile)
            || !int.TryParse(File.ReadAllText(lockFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || pid <= 1)
        {
            return null;
        }

        var comm = Path.Combine("/proc", pid.ToString(CultureInfo.InvariantCulture), "comm");
        return File.Exists(comm) && File.ReadAllText(comm).Trim() == "pbs_mom" ? pid : null;
    }
}
