using Calibrate.Core.Results;
using Calibrate.Statistics.Robust;

namespace Calibrate.Statistics.Fleet;

/// <summary>
/// Nodes slower than their peers: within each (CPU model, copies) group of at least <see cref="MinimumPeers"/> nodes,
/// a node is an outlier when M = 0.6745 (x − x̃) / max(MAD, f·x̃) &lt; −3.5 on its latest undisturbed score.
/// </summary>
/// <remarks>
/// Modified z-score: Iglewicz and Hoaglin (1993); MAD rather than SD so that the slow nodes do not inflate the spread
/// they are judged by (Leys et al. 2013, doi:10.1016/j.jesp.2013.03.013). Only the low side is flagged: a BIOS
/// power-saving or turbo misconfiguration makes a node slower, never faster. The MAD floor f = 0.5% of the median keeps a
/// fleet of near-identical nodes (HS06 repeats within 1%) from flagging noise. Latest result, not the median over runs,
/// so that a node that turned slow is flagged at once.
/// </remarks>
public static class FleetOutliers
{
    public const int MinimumPeers = 5;

    public const double MinimumRelativeMad = 0.005;

    public static FleetReport Find(IReadOnlyList<ResultSummary> results) => Find(NodeEstimates.Compute(results));

    public static FleetReport Find(IReadOnlyList<NodeEstimate> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var models = new List<CpuModelDistribution>();
        var outliers = new List<FleetOutlier>();
        var groups = nodes.GroupBy(n => (n.CpuModel, n.Copies)).OrderBy(g => g.Key.CpuModel, StringComparer.Ordinal).ThenBy(g => g.Key.Copies);
        foreach (var group in groups)
        {
            var members = group.ToArray();
            var sorted = members.Select(n => n.LatestScore).ToArray();
            Array.Sort(sorted);
            var median = Type7Quantile.OfSorted(sorted, 0.5);
            var mad = MedianAbsoluteDeviation.Raw(sorted, median);
            models.Add(new CpuModelDistribution(
                group.Key.CpuModel,
                group.Key.Copies,
                sorted.Length,
                median,
                mad,
                Type7Quantile.OfSorted(sorted, 0.25),
                Type7Quantile.OfSorted(sorted, 0.75),
                sorted[0],
                sorted[^1]));
            if (sorted.Length < MinimumPeers)
            {
                continue;
            }

            var scale = Math.Max(mad, MinimumRelativeMad * median);
            foreach (var node in members)
            {
                var z = ModifiedZScore.Of(node.LatestScore, median, scale);
                if (z < -ModifiedZScore.OutlierCutoff)
                {
                    outliers.Add(new FleetOutlier(node.Hostname, node.CpuModel, node.Copies, node.LatestScore, median, z, (median - node.LatestScore) / median));
                }
            }
        }

        outliers.Sort((a, b) => a.ModifiedZ.CompareTo(b.ModifiedZ));
        return new FleetReport { Models = models, Outliers = outliers };
    }
}
