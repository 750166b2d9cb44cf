namespace Calibrate.Node.Configuration;

/// <summary>`pushers.mjf`: as `calibrate push mjf`.</summary>
public sealed record MjfPusherSettings
{
    /// <summary>`directory`: null for $MACHINEFEATURES, else /etc/machinefeatures.</summary>
    public string? Directory { get; init; }

    /// <summary>`legacy`: also the 2013 draft's jobslots, phys_cores, log_cores.</summary>
    public bool Legacy { get; init; }
}
