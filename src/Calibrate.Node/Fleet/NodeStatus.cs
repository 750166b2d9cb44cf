namespace Calibrate.Node.Fleet;

/// <summary>One row of `fleet status`: the node, its state, its job, and its latest result's figures.</summary>
public sealed record NodeStatus(string Node, NodeState State, string? JobId, Guid? ResultId, DateTimeOffset? ResultUtc, double? Estimate, Core.Factors.AccountingUnit? Unit, double? CpuFactor);
