using Calibrate.Core.Results;

namespace Calibrate.Core.Factors;

/// <summary>
/// The figure per logical CPU of a cluster that mixes node types: Σ whole-node figure / Σ logical CPUs, i.e. the mean of
/// the nodes' per-CPU figures weighted by their logical CPUs. This is how the WLCG accounting migration computes the
/// score for accounting of a cluster whose nodes differ (HEPiX Benchmarking WG, "Accounting procedures",
/// w3.hepix.org/benchmarking/accounting_migration.html: total score over the nodes' logical threads); a plain mean of
/// per-CPU figures would give a 16-thread node the weight of a 256-thread one. Every pusher that publishes one figure
/// for many nodes (`push arc`, `push apel`) computes it here, so they cannot disagree.
/// </summary>
/// <remarks>
/// A node's logical CPUs are the copies its result measured, one per logical CPU, as every pusher counts them. An
/// estimate in the other unit is carried 1:1 (HS23 was scaled to equal HS06 on its reference server and the migration
/// keeps old HS06 figures as they are; see <see cref="AccountingUnit"/>) and listed in <see cref="PerCoreFigure.Carried"/>.
/// </remarks>
public static class CapacityWeightedMean
{
    /// <summary>Per host (case-insensitive), its newest result that is undisturbed and has a positive estimate and copies; ordered by host.</summary>
    public static IReadOnlyList<ResultSummary> LatestPerNode(IEnumerable<ResultSummary> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results
            .Where(r => !r.Disturbed && r.EstimateValue is > 0 && double.IsFinite(r.EstimateValue.Value) && r.Copies > 0)
            .GroupBy(r => r.Hostname, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderByDescending(r => r.StartedUtc).ThenBy(r => r.Id).First())
            .OrderBy(r => r.Hostname, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Σ estimate / Σ copies over <paramref name="nodes"/> (one result per node), in <paramref name="unit"/>.</summary>
    /// <exception cref="ArgumentException">No nodes, or a node without a positive estimate or copies.</exception>
    public static PerCoreFigure Of(IReadOnlyList<ResultSummary> nodes, AccountingUnit unit)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        if (nodes.Count == 0)
        {
            throw new ArgumentException("no nodes to average over", nameof(nodes));
        }

        var total = 0.0;
        var cpus = 0;
        var carried = new List<string>();
        foreach (var node in nodes)
        {
            if (node.EstimateValue is not > 0 || !double.IsFinite(node.EstimateValue.Value) || node.Copies < 1)
            {
                throw new ArgumentException($"{node.Hostname} has no positive estimate over at least one logical CPU", nameof(nodes));
            }

            total += node.EstimateValue.Value;
            cpus += node.Copies;
            if ((node.EstimateUnit ?? AccountingUnit.HS06) != unit)
            {
                carried.Add(node.Hostname);
            }
        }

        return new PerCoreFigure
        {
            Value = total / cpus,
            Unit = unit,
            Total = total,
            LogicalCpus = cpus,
            Hosts = nodes.Select(n => n.Hostname).ToList(),
            Carried = carried,
        };
    }
}
