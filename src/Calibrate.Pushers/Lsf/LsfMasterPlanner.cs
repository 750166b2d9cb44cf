using Calibrate.Core.Text;
using Calibrate.Platform.Processes;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// Master side: from the measured factors of many nodes, plans one reconciliation of lsf.shared (a HostModel per
/// factor bucket) and lsf.cluster (the model column of static hosts), with one check and one reconfiguration for the
/// whole batch. A dynamic host (absent from lsf.cluster) gets its factor only through its architecture string; without
/// one it is reported, and `push lsf-local` on the node is the way to publish its HS06.
/// </summary>
public static class LsfMasterPlanner
{
    public static PushPlan Plan(LsfConfigFiles files, IReadOnlyList<NodeFactor> nodes)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(nodes);
        var sharedBefore = Read(files.Shared);
        var clusterBefore = Read(files.Cluster);
        var shared = new LsfText(sharedBefore);
        var cluster = new LsfText(clusterBefore);
        var models = new HostModelEditor(shared, files.Shared);
        var hosts = new ClusterHostEditor(cluster, files.Cluster);
        var notes = new List<string>();
        var latest = nodes.GroupBy(n => n.Host, StringComparer.OrdinalIgnoreCase).Select(g => g.Last())
            .OrderBy(n => n.CpuFactor).ThenBy(n => n.Host, StringComparer.Ordinal).ToList();
        foreach (var node in latest)
        {
            Validate(node);
            var model = node.ModelName;
            if (!LsfNames.IsValidModelName(model))
            {
                throw new PushConfigException($"host model name {model} breaks LSF's naming rules");
            }

            var isStatic = hosts.IsStatic(node.Host);
            if (!isStatic && node.Architecture is null)
            {
                notes.Add($"{node.Host}: not a static host in {Path.GetFileName(files.Cluster)} and no architecture string given; its factor {node.FactorText} cannot be set here, publish its HS06 with `calibrate push lsf-local` on the node");
                continue;
            }

            Add(notes, models.EnsureModel(model, node.FactorText));
            if (isStatic)
            {
                Add(notes, hosts.SetModel(node.Host, model));
            }
            else
            {
                notes.AddRange(models.AssignArchitecture(node.Architecture!, model).Select(c => $"{node.Host}: {c}"));
            }
        }

        if (models.ModelCount > LsfNames.MaxHostModels)
        {
            throw new PushConfigException(
                $"the change would define {models.ModelCount} host models, more than the {LsfNames.MaxHostModels} LSF allows; use a wider --bucket");
        }

        var changes = new[]
        {
            new FileChange(files.Shared, sharedBefore, shared.ToString(), FileChange.DefaultMode),
            new FileChange(files.Cluster, clusterBefore, cluster.ToString(), FileChange.DefaultMode),
        };
        return new PushPlan
        {
            Target = "lsf",
            Subject = $"CPU factors of {latest.Count} node(s) into {Path.GetFileName(files.Shared)} and {Path.GetFileName(files.Cluster)}",
            Files = changes,
            Commands = changes.Any(c => c.IsChange) ? LsfCommands.Reconfigure : [],
            Notes = notes,
        };
    }

    /// <summary>
    /// What `lshosts -w` must show once LIM has taken <see cref="Plan"/>'s change: each static host's model and factor.
    /// A dynamic host is left out: LIM gives it a model by its architecture string when it joins, not at a reconfiguration.
    /// </summary>
    public static IReadOnlyList<LsfExpectedHost> Expected(LsfConfigFiles files, IReadOnlyList<NodeFactor> nodes)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(nodes);
        var hosts = new ClusterHostEditor(new LsfText(Read(files.Cluster)), files.Cluster);
        return nodes.GroupBy(n => n.Host, StringComparer.OrdinalIgnoreCase).Select(g => g.Last())
            .Where(n => hosts.IsStatic(n.Host))
            .Select(n => new LsfExpectedHost(n.Host, n.ModelName, n.FactorText))
            .ToList();
    }

    private static void Validate(NodeFactor node)
    {
        if (!LsfNames.IsValidHostName(node.Host))
        {
            throw new PushConfigException($"{UntrustedText.Quote(node.Host)} is not a valid host name (RFC 1123)");
        }

        if (node.Architecture is { } arch && !LsfNames.IsValidArchitecture(arch))
        {
            throw new PushConfigException($"{UntrustedText.Quote(arch)} is not an LSF architecture string (letters, digits, `_ . : + -`)");
        }
    }

    private static void Add(List<string> notes, string? change)
    {
        if (change is not null)
        {
            notes.Add(change);
        }
    }

    private static string Read(string path) => ConfigFile.Read(path);
}
