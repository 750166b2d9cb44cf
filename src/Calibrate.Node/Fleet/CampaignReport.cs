namespace Calibrate.Node.Fleet;

/// <summary>`fleet status`: the campaign and every node's state, campaign nodes first.</summary>
public sealed record CampaignReport(string Campaign, string Scheduler, DateTimeOffset SubmittedUtc, TimeSpan StaleAfter, IReadOnlyList<NodeStatus> Nodes)
{
    public int Count(NodeState state) => Nodes.Count(n => n.State == state);
}
