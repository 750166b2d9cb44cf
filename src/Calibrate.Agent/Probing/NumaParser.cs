using System.Globalization;
using Calibrate.Core.Probing;
using Calibrate.Core.Topology;

namespace Calibrate.Agent.Probing;

/// <summary>
/// NUMA nodes from /sys/devices/system/node/nodeN (Documentation/ABI/stable/sysfs-devices-node). As in lscpu, a
/// node is a "nodeN" directory and its CPUs are printed as the kernel lists them. A kernel without NUMA support
/// has no such directory: then one node 0 holds every online CPU, so that callers always have a node to place on.
/// </summary>
public static class NumaParser
{
    public static IReadOnlyList<NumaNode> Parse(IEnumerable<NumaNodeText> nodes, CpuSet online)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(online);
        var parsed = nodes
            .OrderBy(n => n.Node)
            .Select(n => new NumaNode(n.Node, KernelText.ParseCpuList(n.CpuList) ?? KernelText.ParseCpuMask(n.CpuMap) ?? CpuSet.Empty))
            .ToList();
        return parsed.Count > 0 ? parsed : [new NumaNode(0, online)];
    }

    /// <summary>The node number of a directory entry named "node12", or null for other entries ("online", "power").</summary>
    public static int? NodeNumber(string entryName)
    {
        ArgumentNullException.ThrowIfNull(entryName);
        return entryName.StartsWith("node", StringComparison.Ordinal)
            && int.TryParse(entryName.AsSpan(4), NumberStyles.None, CultureInfo.InvariantCulture, out var node)
                ? node
                : null;
    }
}
