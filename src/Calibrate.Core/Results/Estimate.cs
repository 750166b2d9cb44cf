namespace Calibrate.Core.Results;

/// <summary>The HS06 estimate of a node and its CPU factor, from a calibration model.</summary>
public sealed record Estimate
{
    public required double Hs06 { get; init; }

    /// <summary>Prediction interval, combining the model's and the measurement's uncertainty.</summary>
    public required double Hs06Low { get; init; }

    public required double Hs06High { get; init; }

    public required double Level { get; init; }

    /// <summary>Job slots the HS06 is divided over for the CPU factor (default: copies measured).</summary>
    public required int Slots { get; init; }

    /// <summary>HS06 per slot / the reference HS06 per slot of the site's factor-1.0 model.</summary>
    public required double CpuFactor { get; init; }

    public required double ReferenceHs06PerSlot { get; init; }

    public required string ModelId { get; init; }

    /// <summary>True while the model is the shipped provisional one, not a site's own fit.</summary>
    public required bool ModelProvisional { get; init; }
}
