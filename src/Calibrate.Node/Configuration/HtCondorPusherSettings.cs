namespace Calibrate.Node.Configuration;

/// <summary>`pushers.htcondor`: as `calibrate push htcondor`.</summary>
public sealed record HtCondorPusherSettings
{
    /// <summary>`config_dir`: null for HTCondor's config.d.</summary>
    public string? ConfigDirectory { get; init; }
}
