using System.Globalization;
using Calibrate.Core.Results;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Mjf;

namespace Calibrate.Pushers.Pbs;

/// <summary>
/// Plans `push pbs` from what the pusher read: the node's CPU factor (relative to the site's reference HS06 per slot)
/// as Torque's `$cputmult` and `$wallmult` in mom_priv/config (<see cref="MomConfig"/>), pbs_mom told to re-read it
/// with SIGHUP ("causes pbs_mom to re-read its configuration file", pbs_mom(8B)), and, where the site wants it, the
/// node's HS06 on the server through qmgr (<see cref="PbsQmgr"/>).
/// </summary>
public static class PbsPlanner
{
    /// <summary>The CPU factor to three decimals, as every summary prints it.</summary>
    public const int FactorDecimals = 3;

    /// <summary>Torque's default PBS_HOME is /var/spool/torque.</summary>
    public const string DefaultMomConfig = "/var/spool/torque/mom_priv/config";

    public const string PropertyPrefix = "hs06_";

    /// <param name="result">The result whose stored estimate is published.</param>
    /// <param name="configPath">mom_priv/config.</param>
    /// <param name="current">Its text, null when it does not exist.</param>
    /// <param name="momPid">The running pbs_mom's pid (from mom_priv/mom.lock, checked in /proc), null when none runs.</param>
    /// <param name="qmgr">What to set on the server.</param>
    /// <param name="node">The node as pbs_server names it.</param>
    /// <param name="serverView">`pbsnodes NODE` as printed now (null unless <paramref name="qmgr"/> is not None).</param>
    public static PushPlan Plan(RunResult result, string configPath, string? current, int? momPid, PbsQmgr qmgr, string node, string? serverView)
    {
        ArgumentNullException.ThrowIfNull(result);
        var estimate = EstimateRequirement.Of(result);
        var factor = PlainNumber.Format(estimate.CpuFactor, FactorDecimals);
        var change = new FileChange(configPath, current, MomConfig.WithMultipliers(current, configPath, factor), FileChange.DefaultMode);
        var cpus = PublishGate.LogicalCpus(result);
        var commands = new List<PlannedCommand>(Server(estimate, cpus, qmgr, node, serverView ?? string.Empty));
        var notes = new List<string>();
        if (change.IsChange && momPid is { } pid)
        {
            commands.Add(new(CommandLine.Of("kill", "-HUP", pid.ToString(CultureInfo.InvariantCulture)), "pbs_mom re-reads mom_priv/config (pbs_mom(8B): SIGHUP)", CommandRole.Apply));
        }
        else if (change.IsChange)
        {
            notes.Add("pbs_mom is not running (no live mom_priv/mom.lock): it reads the file when it starts");
        }

        return new PushPlan
        {
            Target = "pbs",
            Subject = $"$cputmult and $wallmult {factor} (CPU factor against {PlainNumber.Format(estimate.ReferencePerSlot, 2)} {estimate.Unit} per slot) from {EstimateRequirement.Describe(result)} into {configPath}"
                + (qmgr == PbsQmgr.None ? string.Empty : $", {Describe(estimate, cpus, qmgr)} on node {node}"),
            Files = [change],
            Commands = commands,
            Notes = notes,
        };
    }

    /// <summary>hs06_ and the HS06 per CPU to one decimal, the point as an underscore: letters, digits and _ only, safe in a Torque nodes spec.</summary>
    public static string Property(Estimate estimate, int logicalCpus)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return PropertyPrefix + PlainNumber.Fixed(estimate.Value / logicalCpus, 1).Replace('.', '_');
    }

    private static IEnumerable<PlannedCommand> Server(Estimate estimate, int cpus, PbsQmgr qmgr, string node, string serverView)
    {
        var attributes = PbsNodeView.Attributes(serverView);
        switch (qmgr)
        {
            case PbsQmgr.Property:
                var wanted = Property(estimate, cpus);
                var properties = attributes.TryGetValue("properties", out var list) ? list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
                foreach (var old in properties.Where(p => p.StartsWith(PropertyPrefix, StringComparison.Ordinal) && p != wanted))
                {
                    yield return Qmgr($"set node {node} properties -= {old}", $"drop the previous {old}");
                }

                if (!properties.Contains(wanted))
                {
                    yield return Qmgr($"set node {node} properties += {wanted}", "jobs can select the node by its HS06 per CPU");
                }

                break;
            case PbsQmgr.Resource:
                var hs06 = PlainNumber.Format(estimate.Value, MjfKeys.Hs06Decimals);
                if (!(attributes.TryGetValue("resources_available.hs06", out var now) && PlainNumber.TryParse(now, out var value) && PlainNumber.Format(value, MjfKeys.Hs06Decimals) == hs06))
                {
                    yield return Qmgr($"set node {node} resources_available.hs06 = {hs06}", "the scheduler and accounting see the node's HS06");
                }

                break;
        }
    }

    private static PlannedCommand Qmgr(string directive, string purpose) => new(CommandLine.Of("qmgr", "-c", directive), purpose, CommandRole.Apply);

    private static string Describe(Estimate estimate, int cpus, PbsQmgr qmgr) =>
        qmgr == PbsQmgr.Property ? $"property {Property(estimate, cpus)}" : $"resources_available.hs06 {PlainNumber.Format(estimate.Value, MjfKeys.Hs06Decimals)}";
}
