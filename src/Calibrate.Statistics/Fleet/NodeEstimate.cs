namespace Calibrate.Statistics.Fleet;

/// <summary>A node's figures over its undisturbed runs: the median node score and the latest one.</summary>
public sealed record NodeEstimate(
    string Hostname,
    string CpuModel,
    int Copies,
    int Runs,
    double MedianScore,
    double LatestScore,
    DateTimeOffset LatestUtc,
    Guid LatestId);
