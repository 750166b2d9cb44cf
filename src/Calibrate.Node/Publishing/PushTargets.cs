using Calibrate.Node.Configuration;
using Calibrate.Node.Hosting;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.GridEngine;
using Calibrate.Pushers.HtCondor;
using Calibrate.Pushers.Lsf;
using Calibrate.Pushers.Mjf;
using Calibrate.Pushers.Pbs;
using Calibrate.Pushers.Prometheus;
using Calibrate.Pushers.Slurm;

namespace Calibrate.Node.Publishing;

/// <summary>
/// The one registry of node-side targets that `calibrate push TARGET` and boot's pushers both plan through, so a push
/// by hand and a push at boot change the same files with the same values. In the order boot applies them: MJF files
/// first (jobs read them), then the batch daemons.
/// </summary>
public static class PushTargets
{
    public static IReadOnlyList<PushTarget> All { get; } =
    [
        new("mjf", "mjf", static (r, _) => Task.FromResult(Mjf(r))),
        new("lsf-local", "lsf_local", static (r, _) => Task.FromResult(LsfLocal(r))),
        new("slurm", "slurm", static (r, c) => SlurmPusher.PlanAsync(r.Result, r.Settings.Slurm?.Node, r.Executor, c)),
        new("htcondor", "htcondor", static (r, _) => Task.FromResult(HtCondor(r))),
        new("gridengine", "gridengine", static (r, c) => GridEnginePusher.PlanAsync(r.Result, r.Settings.GridEngine?.Host, r.Executor, c)),
        new("pbs", "pbs", static (r, c) => PbsPusher.PlanAsync(
            r.Result, Resolve(r.Environment, r.Settings.Pbs?.MomConfig) ?? PbsPlanner.DefaultMomConfig, r.Settings.Pbs?.Qmgr ?? PbsQmgr.None, r.Settings.Pbs?.Node, r.Executor, c)),
        new("prometheus", "prometheus", static (r, _) => Task.FromResult(TextfilePlanner.Plan(r.Result, Resolve(r.Environment, r.Settings.Prometheus?.Directory) ?? TextfilePlanner.DefaultDirectory))),
    ];

    /// <summary>The target by command name or configuration key.</summary>
    public static PushTarget Find(string name) =>
        All.FirstOrDefault(t => t.Name == name || t.ConfigKey == name) ?? throw new PushConfigException($"unknown pusher '{name}'");

    /// <summary>The targets the configuration enables, in the registry's order.</summary>
    public static IReadOnlyList<PushTarget> Enabled(PushersSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return All.Where(t => settings.Enabled.Contains(t.ConfigKey)).ToArray();
    }

    private static PushPlan Mjf(PushRequest r) =>
        MachineFeaturesPlanner.Plan(r.Result, MjfDirectory.MachineFeatures(Resolve(r.Environment, r.Settings.Mjf?.Directory), r.Environment.GetEnvironment), r.Settings.Mjf?.Legacy ?? false);

    private static PushPlan LsfLocal(PushRequest r) =>
        LsfLocalPlanner.Plan(r.Result, Resolve(r.Environment, r.Settings.LsfLocal?.LsfConf) ?? DefaultLsfConf(r.Environment));

    private static PushPlan HtCondor(PushRequest r) =>
        HtCondorPlanner.Plan(
            r.Result,
            Resolve(r.Environment, r.Settings.HtCondor?.ConfigDirectory) ?? HtCondorPlanner.DefaultConfigDirectory,
            r.Executor.Runner.Locate("condor_reconfig") is not null);

    /// <summary>$LSF_ENVDIR/lsf.conf, else /etc/lsf.conf.</summary>
    public static string DefaultLsfConf(NodeEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.Variable("LSF_ENVDIR") is { } dir ? Path.Combine(dir, "lsf.conf") : "/etc/lsf.conf";
    }

    private static string? Resolve(NodeEnvironment environment, string? path) => path is null ? null : environment.ResolvePath(path);
}
