using Calibrate.Pushers.Pbs;

namespace Calibrate.Node.Configuration;

/// <summary>`pushers.pbs`: as `calibrate push pbs`.</summary>
public sealed record PbsPusherSettings
{
    /// <summary>`mom_config`: null for Torque's /var/spool/torque/mom_priv/config.</summary>
    public string? MomConfig { get; init; }

    /// <summary>`qmgr`: none (default), property (Torque) or resource (PBS Professional).</summary>
    public PbsQmgr Qmgr { get; init; } = PbsQmgr.None;

    /// <summary>`node`: the node as pbs_server names it; null for the result's host name.</summary>
    public string? Node { get; init; }
}
