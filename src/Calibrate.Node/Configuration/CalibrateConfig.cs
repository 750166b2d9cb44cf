namespace Calibrate.Node.Configuration;

/// <summary>
/// The node's calibrate.yaml (or .json), read once and immutable: where results go, how to measure, what the CPU
/// factor is relative to, which batch systems to publish to, and how boot behaves. Every member has a default, so
/// an empty file (or none) is a valid configuration that measures and stores locally and publishes nowhere.
/// </summary>
public sealed record CalibrateConfig
{
    public static CalibrateConfig Default { get; } = new();

    /// <summary>The file it was read from; null for the built-in defaults.</summary>
    public string? Source { get; init; }

    public StoreSettings Store { get; init; } = new();

    public MeasureSettings Measure { get; init; } = new();

    public ReferenceSettings Reference { get; init; } = new();

    public PushersSettings Pushers { get; init; } = new();

    public BootSettings Boot { get; init; } = new();

    public RemeasureSettings Remeasure { get; init; } = new();
}
