namespace Calibrate.Node.Configuration;

/// <summary>`pushers.slurm`: as `calibrate push slurm`.</summary>
public sealed record SlurmPusherSettings
{
    /// <summary>`node`: the Slurm node name; null for the short host name.</summary>
    public string? Node { get; init; }
}
