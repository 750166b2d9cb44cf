using System.Globalization;
using Calibrate.Core.Results;

namespace Calibrate.Pushers.Common;

/// <summary>
/// The range of HS23 or HS06 per logical CPU (per benchmark copy) a published estimate must fall in, where no prior from
/// the public table narrows it. A value outside it is far
/// more likely a broken calibration or measurement than a real machine, and a wrong CPU factor silently scales every
/// job's limits and accounting (LSF 10.1 "CPU time and run time normalization").
/// </summary>
/// <remarks>
/// Source: the HEPiX Benchmarking WG tables in shared/data/hepix. hs06_results.csv (238 HS06 runs, one copy per
/// logical CPU, SL4 to EL7 era) spans 5.75 to 20.7 HS06 per copy; hepscore23_results.csv (285 runs, HEPscore23 is
/// normalised to HS06 on its reference machine) spans 5.1 to 40.1 per online CPU (AMD EPYC 9655, Arm Cortex-X925).
/// The bounds are half the lowest and twice the highest published value, so a slow VM or a node two generations newer
/// still passes while a factor-of-ten error (a whole-node score taken per core, or the reverse) does not.
/// </remarks>
public static class PlausibilityBounds
{
    /// <summary>Half the lowest published HS06/HEPscore23 per logical CPU (5.1).</summary>
    public const double MinPerLogicalCpu = 2.5;

    /// <summary>Twice the highest published HEPscore23 per logical CPU (40.1).</summary>
    public const double MaxPerLogicalCpu = 80.0;

    public const string Source =
        "HEPiX Benchmarking WG tables (shared/data/hepix): HS06 5.75-20.7 per copy, HEPscore23 5.1-40.1 per CPU; bounds are half the lowest and twice the highest";

    /// <summary>
    /// The bounds for one estimate: with a prior, half and twice the prior's figure per logical CPU (the same rule as
    /// the fixed bounds, applied to what is known of this node's CPU model and layout); without, the fixed bounds.
    /// </summary>
    public static (double Min, double Max, string Source) For(Estimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return estimate.Prior is { PerLogicalCpu: > 0 } prior
            ? (prior.PerLogicalCpu / 2, prior.PerLogicalCpu * 2, string.Create(CultureInfo.InvariantCulture, $"half and twice the prior's {prior.PerLogicalCpu:0.##} per logical CPU, {prior.Source}"))
            : (MinPerLogicalCpu, MaxPerLogicalCpu, Source);
    }
}
