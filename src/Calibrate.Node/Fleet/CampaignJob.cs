namespace Calibrate.Node.Fleet;

/// <summary>A node's benchmark job: the node, the scheduler's job id, and when it was submitted.</summary>
public sealed record CampaignJob(string Node, string JobId, DateTimeOffset SubmittedUtc);
