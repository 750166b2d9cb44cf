namespace Calibrate.Node.Fleet;

/// <summary>`fleet status`: the campaign and every node's state, campaign nodes first.</summary>
public sealed record CampaignReport(string Campaign, string Scheduler, DateTimeOffset SubmittedUtc, TimeSpan StaleAfter, IReadOnlyList<NodeStatus> Nodes)
{
    /// <summary>Which scheduler commands gave the job states, and why one was passed over ("squeue (sacct: ...)").</summary>
    public string? StatesFrom { get; init; }

    public int Count(NodeState state) => Nodes.Count(n => n.State == state);
}
