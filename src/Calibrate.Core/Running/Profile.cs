namespace Calibrate.Core.Running;

/// <summary>How long and how thoroughly a run measures.</summary>
public enum Profile
{
    /// <summary>At most 60 s wall on any node: the boot profile.</summary>
    Quick,

    /// <summary>About 5 minutes.</summary>
    Standard,

    /// <summary>Three repetitions of every kernel and the median of each, as HS06's run rule.</summary>
    Full,
}
