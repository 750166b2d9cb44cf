namespace Calibrate.Node.Configuration;

/// <summary>`pushers.gridengine`: as `calibrate push gridengine`.</summary>
public sealed record GridEnginePusherSettings
{
    /// <summary>`host`: the exec host name; null for the result's host name.</summary>
    public string? Host { get; init; }
}
