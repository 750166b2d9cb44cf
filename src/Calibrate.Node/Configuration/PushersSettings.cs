namespace Calibrate.Node.Configuration;

/// <summary>
/// `pushers:`: the node-side targets boot publishes to, each enabled by its key being present (`mjf: {}` takes the
/// defaults), applied in the order <see cref="Enabled"/> lists them.
/// </summary>
public sealed record PushersSettings
{
    /// <summary>A batch command that does not answer in 30 s is not coming back during a boot.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>`timeout`: each external command (scontrol, qconf, condor_reconfig, qmgr) at most this long.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    public MjfPusherSettings? Mjf { get; init; }

    public SlurmPusherSettings? Slurm { get; init; }

    public HtCondorPusherSettings? HtCondor { get; init; }

    public GridEnginePusherSettings? GridEngine { get; init; }

    public LsfLocalPusherSettings? LsfLocal { get; init; }

    public PbsPusherSettings? Pbs { get; init; }

    public PrometheusPusherSettings? Prometheus { get; init; }

    /// <summary>The configured targets by their config key, MJF files first (jobs read them), then the batch daemons, then monitoring.</summary>
    public IReadOnlyList<string> Enabled =>
        new (string Name, object? Settings)[] { ("mjf", Mjf), ("lsf_local", LsfLocal), ("slurm", Slurm), ("htcondor", HtCondor), ("gridengine", GridEngine), ("pbs", Pbs), ("prometheus", Prometheus) }
            .Where(p => p.Settings is not null)
            .Select(p => p.Name)
            .ToArray();
}
