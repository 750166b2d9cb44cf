using Calibrate.Core.Running;
using Calibrate.Statistics.Quality;

namespace Calibrate.Node.Configuration;

/// <summary>`measure:`: the run boot makes; the defaults are the boot profile with a 1% precision target.</summary>
public sealed record MeasureSettings
{
    /// <summary>Stop once the node score's 95% interval is within ±1%: a CPU factor to two significant figures.</summary>
    public const double DefaultPrecision = 0.01;

    public const string DefaultLabel = "boot";

    public Profile Profile { get; init; } = Profile.Quick;

    public double? Precision { get; init; } = DefaultPrecision;

    /// <summary>Copies; null for one per allowed logical CPU (as HS06).</summary>
    public int? Copies { get; init; }

    public Pinning Pinning { get; init; } = Pinning.None;

    public string Label { get; init; } = DefaultLabel;

    /// <summary>
    /// `max_interval`: the widest 95% interval of a run's own node score that boot publishes (default ±5%, see
    /// <see cref="QualityThresholds.WithinRunError"/>); a site whose nodes share noisy hosts may accept more, and the
    /// wider interval is then published with the figure.
    /// </summary>
    public double MaxInterval { get; init; } = QualityThresholds.Default.WithinRunError;
}
