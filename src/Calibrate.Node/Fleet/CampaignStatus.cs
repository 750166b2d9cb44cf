using Calibrate.Core.Results;
using Calibrate.Pushers.Common;

namespace Calibrate.Node.Fleet;

/// <summary>
/// Joins what the scheduler says about the campaign's jobs with what the store holds, a pure function: done when the
/// node has a result with the campaign's label; otherwise pending or running as the scheduler says; failed when the
/// job ended (or is forgotten) without one. Nodes outside the campaign are stale when their latest result is older
/// than the limit. Hosts are compared by short name, as batch systems name nodes.
/// </summary>
public static class CampaignStatus
{
    public static CampaignReport Join(
        Campaign campaign,
        IReadOnlyDictionary<string, JobPhase> jobs,
        IReadOnlyList<ResultSummary> campaignResults,
        IReadOnlyList<ResultSummary> latestPerNode,
        DateTimeOffset nowUtc,
        TimeSpan staleAfter)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(campaignResults);
        ArgumentNullException.ThrowIfNull(latestPerNode);
        var done = campaignResults
            .GroupBy(r => Key(r.Hostname))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.StartedUtc).First(), StringComparer.OrdinalIgnoreCase);
        var rows = new List<NodeStatus>();
        foreach (var job in campaign.Jobs)
        {
            if (done.TryGetValue(Key(job.Node), out var result))
            {
                rows.Add(Row(job.Node, NodeState.Done, job.JobId, result));
                continue;
            }

            var state = jobs.TryGetValue(job.JobId, out var phase) && phase != JobPhase.Ended
                ? phase == JobPhase.Running ? NodeState.Running : NodeState.Pending
                : NodeState.Failed;
            rows.Add(Row(job.Node, state, job.JobId, latestPerNode.FirstOrDefault(r => Same(r.Hostname, job.Node))));
        }

        var inCampaign = campaign.Jobs.Select(j => Key(j.Node)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var latest in latestPerNode.Where(r => !inCampaign.Contains(Key(r.Hostname))).OrderBy(r => r.Hostname, StringComparer.Ordinal))
        {
            var state = nowUtc - latest.StartedUtc > staleAfter ? NodeState.Stale : NodeState.Current;
            rows.Add(Row(latest.Hostname, state, null, latest));
        }

        return new CampaignReport(campaign.Id, campaign.Scheduler, campaign.SubmittedUtc, staleAfter, rows);
    }

    private static NodeStatus Row(string node, NodeState state, string? job, ResultSummary? result) =>
        new(node, state, job, result?.Id, result?.StartedUtc, result?.EstimateValue, result?.EstimateUnit, result?.CpuFactor);

    private static string Key(string host) => HostNames.ShortName(host);

    private static bool Same(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.OrdinalIgnoreCase);
}
