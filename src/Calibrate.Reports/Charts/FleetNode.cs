namespace Calibrate.Reports.Charts;

/// <summary>Input of chart 5: a node's latest score, its CPU model (its peer group) and whether the fleet analysis flagged it.</summary>
public sealed record FleetNode(string CpuModel, string Host, double Score, bool IsOutlier);
