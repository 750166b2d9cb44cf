namespace Calibrate.Node.Configuration;

/// <summary>`pushers.lsf_local`: as `calibrate push lsf-local` (boot runs before LIM, which is when it must run).</summary>
public sealed record LsfLocalPusherSettings
{
    /// <summary>`lsf_conf`: null for $LSF_ENVDIR/lsf.conf, else /etc/lsf.conf.</summary>
    public string? LsfConf { get; init; }
}
