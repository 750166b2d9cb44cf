namespace Calibrate.Node.Configuration;

/// <summary>`pushers.prometheus`: as `calibrate push prometheus`.</summary>
public sealed record PrometheusPusherSettings
{
    /// <summary>`directory`: node_exporter's textfile directory; null for /var/lib/prometheus/node-exporter.</summary>
    public string? Directory { get; init; }
}
