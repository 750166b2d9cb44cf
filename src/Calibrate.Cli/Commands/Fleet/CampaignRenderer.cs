using System.Globalization;
using System.Text;
using Calibrate.Core.Text;

using Calibrate.Node.Fleet;

namespace Calibrate.Cli.Commands.Fleet;

/// <summary>`fleet status` as a table and one closing count line, culture-invariant (snapshot-tested).</summary>
public static class CampaignRenderer
{
    public static string Render(CampaignReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"campaign {report.Campaign} ({report.Scheduler}), submitted {report.SubmittedUtc.UtcDateTime:yyyy-MM-dd HH:mm}Z\n");
        if (report.StatesFrom is { } source)
        {
            sb.Append(CultureInfo.InvariantCulture, $"job states from {source}\n");
        }

        sb.Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"{"NODE",-20} {"STATE",-8} {"JOB",-10} {"LATEST RESULT",-18} {"ESTIMATE",13} {"FACTOR",7}\n");
        foreach (var n in report.Nodes)
        {
            var when = n.ResultUtc is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "Z" : "-";
            var estimate = n.Estimate is { } h ? DisplayFormat.Number(h, "F1") + " " + n.Unit : "-";
            var factor = n.CpuFactor is { } f ? DisplayFormat.Number(f, "F2") : "-";
            sb.Append(CultureInfo.InvariantCulture, $"{n.Node,-20} {n.State.ToString().ToLowerInvariant(),-8} {n.JobId ?? "-",-10} {when,-18} {estimate,13} {factor,7}\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"\n{report.Count(NodeState.Done)} done, {report.Count(NodeState.Running)} running, {report.Count(NodeState.Pending)} pending, {report.Count(NodeState.Failed)} failed; ");
        sb.Append(CultureInfo.InvariantCulture, $"outside the campaign {report.Count(NodeState.Stale)} stale (latest result older than {report.StaleAfter.TotalDays:0.#} days), {report.Count(NodeState.Current)} current\n");
        return sb.ToString();
    }
}
