using System.Text.RegularExpressions;
using Calibrate.Core.Results;
using Calibrate.Core.Text;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Slurm;

/// <summary>
/// Plans `scontrol update NodeName=N AvailableFeatures=.. ActiveFeatures=.. Weight=..` (scontrol.1): the node's other
/// features are kept, an older hs06_ tag is replaced. A runtime update "will only persist across the restart of the
/// slurmctld daemon with the -R option and state files preserved or slurmctld's receipt of a SIGHUP" (slurm.conf.5), so
/// the plan also prints the slurm.conf NodeName fragment, and for dynamic nodes (Slurm 22.05+, dynamic_nodes.shtml)
/// the `slurmd -Z --conf "Feature=..."` arguments.
/// </summary>
public static partial class SlurmPlanner
{
    public static PushPlan Plan(RunResult result, SlurmNodeState current)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(current);
        ValidateNodeName(current.Node);
        var perCpu = SlurmSpeed.PerCpu(result);
        var tags = SlurmSpeed.Features(perCpu);
        var weight = SlurmSpeed.Weight(perCpu);
        var available = With(current.AvailableFeatures, tags);
        var active = With(current.ActiveFeatures, tags);
        foreach (var name in available.Concat(active))
        {
            if (!FeatureName().IsMatch(name))
            {
                throw new PushConfigException($"node {current.Node} has feature {UntrustedText.Quote(name)} that cannot be passed back to scontrol safely");
            }
        }

        var unchanged = available.SequenceEqual(current.AvailableFeatures, StringComparer.Ordinal)
            && active.SequenceEqual(current.ActiveFeatures, StringComparer.Ordinal)
            && weight == current.Weight;
        var features = string.Join(',', available);
        var weightText = PlainNumber.Whole(weight);
        var update = CommandLine.Of(
            "scontrol", "update", "NodeName=" + current.Node, "AvailableFeatures=" + features, "ActiveFeatures=" + string.Join(',', active), "Weight=" + weightText);
        return new PushPlan
        {
            Target = "slurm",
            Subject = $"features {string.Join(", ", tags)}, weight {weightText} ({EstimateRequirement.Of(result).Unit} per logical CPU {PlainNumber.Format(perCpu, 2)}) from {EstimateRequirement.Describe(result)} on node {current.Node}",
            Commands = unchanged ? [] : [new PlannedCommand(update, "slurmctld takes the features and weight now", CommandRole.Apply)],
            Notes =
            [
                $"to keep it across slurmctld restarts, put in slurm.conf: NodeName={current.Node} Features={features} Weight={weightText}",
                $"for a dynamic node, start slurmd with: {CommandLine.Of("slurmd", "-Z", "--conf", $"Feature={features} Weight={weightText}").Display}",
            ],
        };
    }

    /// <summary>A node name scontrol takes as one name: no hostlist brackets, commas, `=` or blanks.</summary>
    public static void ValidateNodeName(string node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!NodeName().IsMatch(node))
        {
            throw new PushConfigException($"{UntrustedText.Quote(node)} is not a Slurm node name (letters, digits, `. _ -`; no hostlist expression)");
        }
    }

    private static List<string> With(IReadOnlyList<string> features, IReadOnlyList<string> tags) =>
        [.. features.Where(f => !SlurmSpeed.FeaturePrefixes.Any(p => f.StartsWith(p, StringComparison.Ordinal))), .. tags];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z")]
    private static partial Regex NodeName();

    [GeneratedRegex("^[A-Za-z0-9_.:+-]+\\z")]
    private static partial Regex FeatureName();
}
