namespace Calibrate.Pushers.Lsf;

/// <summary>
/// One node's measured CPU factor for the master-side push. Architecture is the node's auto-detected architecture
/// string (`lim -t`), needed only for a dynamic host: LIM gives such a host the model whose ARCHITECTURE list matches
/// it (lsf.shared.5, HostModel section), because dynamic hosts are not listed in lsf.cluster.
/// </summary>
public sealed record NodeFactor(string Host, double CpuFactor, string? Architecture = null);
