namespace Calibrate.Node.Fleet;

/// <summary>
/// One fleet measurement: which scheduler, which store the jobs write to, the label they store under, and one job
/// per node. Kept as results/campaigns/ID/campaign.json, so `fleet status` can join the scheduler's view with the store's.
/// </summary>
public sealed record Campaign
{
    public required string Id { get; init; }

    public required string Scheduler { get; init; }

    /// <summary>The store argument the jobs were given (a PostgreSQL URL, or an absolute SQLite path on shared storage).</summary>
    public required string Store { get; init; }

    public required string Profile { get; init; }

    public required DateTimeOffset SubmittedUtc { get; init; }

    public required IReadOnlyList<CampaignJob> Jobs { get; init; }

    /// <summary>The label every job's result is stored with: how `status` recognises this campaign's results.</summary>
    public string Label => LabelFor(Id);

    public static string LabelFor(string id) => "campaign-" + id;
}
