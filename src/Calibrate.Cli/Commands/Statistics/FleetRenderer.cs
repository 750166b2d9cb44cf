using System.Text;
using Calibrate.Statistics.Fleet;
using static Calibrate.Core.Text.DisplayFormat;

namespace Calibrate.Cli.Commands.Statistics;

/// <summary>The human-readable fleet outlier report, culture-invariant (snapshot-tested).</summary>
public static class FleetRenderer
{
    public static string Render(FleetReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        if (report.Models.Count == 0)
        {
            return "No undisturbed results in the store: nothing to compare.\n";
        }

        sb.Append("Node scores per CPU model and copy count (latest undisturbed result of each node)\n\n");
        var models = new TextTable(("CPU model", false), ("Copies", true), ("Nodes", true), ("Median", true), ("MAD", true), ("Q1", true), ("Q3", true), ("Min", true), ("Max", true), ("Judged", false));
        foreach (var m in report.Models)
        {
            models.Add(
                m.CpuModel, F($"{m.Copies}"), F($"{m.N}"), Number(m.Median, "F2"), Number(m.Mad, "F2"), Number(m.Q1, "F2"), Number(m.Q3, "F2"), Number(m.Min, "F2"), Number(m.Max, "F2"),
                m.N >= FleetOutliers.MinimumPeers ? "yes" : F($"no, fewer than {FleetOutliers.MinimumPeers} nodes"));
        }

        sb.Append(models.Render()).Append('\n');
        if (report.Outliers.Count == 0)
        {
            sb.Append("Outliers: none\n");
        }
        else
        {
            sb.Append(F($"Outliers: {report.Outliers.Count} node(s) below their peers, most extreme first\n\n"));
            var outliers = new TextTable(("Node", false), ("CPU model", false), ("Copies", true), ("Score", true), ("Peer median", true), ("Modified z", true), ("Shortfall", true));
            foreach (var o in report.Outliers)
            {
                outliers.Add(o.Hostname, o.CpuModel, F($"{o.Copies}"), Number(o.Score, "F2"), Number(o.PeerMedian, "F2"), Number(o.ModifiedZ, "F2"), Percent(o.RelativeShortfall, 1));
            }

            sb.Append(outliers.Render());
        }

        sb.Append('\n').Append("Criterion: ").Append(report.Criterion).Append('\n');
        return sb.ToString();
    }
}
