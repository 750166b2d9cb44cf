using Calibrate.Core.Factors;
using Calibrate.Core.Running;
using Calibrate.Statistics.Quality;

namespace Calibrate.Node.Measurement;

/// <summary>What to measure and where the result goes: the validated options of `calibrate run` (and of boot's and sweep's runs).</summary>
public sealed record RunOptions
{
    public required Profile Profile { get; init; }

    /// <summary>Copies; null for one per allowed logical CPU (as HS06).</summary>
    public int? Copies { get; init; }

    public required Pinning Pinning { get; init; }

    public string? Label { get; init; }

    /// <summary>Target relative half-width of the node score's 95% interval, or null for a fixed-length run.</summary>
    public double? Precision { get; init; }

    /// <summary>
    /// The widest 95% interval of the run's own node score that is still published (the site's gate;
    /// <see cref="QualityThresholds.WithinRunError"/> by default): a wider one makes the run disturbed.
    /// </summary>
    public double MaxInterval { get; init; } = QualityThresholds.Default.WithinRunError;

    /// <summary>The measurement budget; null for the profile's.</summary>
    public TimeSpan? Budget { get; init; }

    /// <summary>
    /// Every copy runs the same kernel at the same moment, round by round (true, the default: as SPEC rate runs), or each
    /// copy rotates through the kernels on its own (false).
    /// </summary>
    public bool Lockstep { get; init; } = true;

    /// <summary>Also write the result JSON here.</summary>
    public string? OutFile { get; init; }

    /// <summary>The store option (<see cref="Configuration.Site.StoreArgument"/> decides when null).</summary>
    public string? Store { get; init; }

    /// <summary>The accounting unit (<see cref="Configuration.Site.Unit"/> decides when null).</summary>
    public AccountingUnit? Unit { get; init; }

    /// <summary>The figure per slot, in the unit, of the site's factor-1.0 model (<see cref="Configuration.Site.Factors"/> decides when null).</summary>
    public double? ReferencePerSlot { get; init; }

    /// <summary>How long to wait for another calibrate measuring this node; zero refuses at once.</summary>
    public TimeSpan LockWait { get; init; }
}
