namespace Calibrate.Statistics.Fleet;

/// <summary>A node below its peers: its latest score, the peers' median, its modified z-score and relative shortfall.</summary>
public sealed record FleetOutlier(
    string Hostname,
    string CpuModel,
    int Copies,
    double Score,
    double PeerMedian,
    double ModifiedZ,
    double RelativeShortfall);
