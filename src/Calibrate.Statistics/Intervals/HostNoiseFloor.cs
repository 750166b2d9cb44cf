using System.Globalization;

namespace Calibrate.Statistics.Intervals;

/// <summary>
/// The floor a run's own noise probes put under the run-to-run term: σ ≥ h, h the host's noise during the run (the
/// larger robust CV of the ALU and memory-latency probes' times, <see cref="Core.Results.NoiseSummary.HostNoise"/>).
/// When h is the larger, the term is h with the stated default's degrees of freedom, and its source says so.
/// </summary>
/// <remarks>
/// Why: noise that changes more slowly than a run (neighbours arriving and leaving over minutes) moves the whole run
/// together; the within-run interval cannot see it (<see cref="NodeScoreInterval"/>), and a history or a default taken
/// in a quieter hour understates it. At worst (the noise level constant within a run and different between runs) the
/// run's score moves by as much as a probe's time does, so h bounds that part of σ from above, and an interval with
/// σ ≥ h is never narrower than the run's own data support (GUM 4.3: a Type B evaluation from the available
/// information, JCGM 100:2008). The link from a probe's spread to the score's is a bound, not a measurement, hence few
/// degrees of freedom (<see cref="ReproducibilityEstimator.Default"/>'s). On a quiet host h is below the default and
/// nothing changes. Measured with bench/noise-harness.sh (README, "Precision on a noisy host").
/// </remarks>
public static class HostNoiseFloor
{
    public static Reproducibility Apply(Reproducibility reproducibility, double? hostNoise)
    {
        ArgumentNullException.ThrowIfNull(reproducibility);
        return hostNoise is { } h && double.IsFinite(h) && h > reproducibility.RelativeStandardDeviation
            ? new Reproducibility(
                h,
                ReproducibilityEstimator.Default.DegreesOfFreedom,
                string.Create(CultureInfo.InvariantCulture, $"this run's noise probes (±{h * 100:0.#}%, above the {reproducibility.RelativeStandardDeviation * 100:0.##}% it replaces)"))
            : reproducibility;
    }
}
