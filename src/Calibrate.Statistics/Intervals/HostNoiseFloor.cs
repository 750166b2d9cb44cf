using System.Globalization;

namespace Calibrate.Statistics.Intervals;

/// <summary>
/// The floor a run's own noise probes put under the run-to-run term: σ ≥ 2h, h the host's noise during the run (the
/// larger robust CV of the ALU and memory-latency probes' times, <see cref="Core.Results.NoiseSummary.HostNoise"/>),
/// 2 the kernels' sensitivity (<see cref="KernelSensitivity"/>). When 2h is the larger, the term is 2h with the stated
/// default's degrees of freedom, and its source says so.
/// </summary>
/// <remarks>
/// Why: noise that changes more slowly than a run (neighbours arriving and leaving over minutes) moves the whole run
/// together; the within-run interval cannot see it (<see cref="NodeScoreInterval"/>), and a history or a default taken
/// in a quieter hour understates it. At worst (the noise level constant within a run and different between runs) the
/// run's score moves by as much as the host's state moves the kernels, which is about twice what it moves a probe,
/// and an interval with σ ≥ 2h is never narrower than the run's own data support (GUM 4.3: a Type B evaluation from the available
/// information, JCGM 100:2008). The link from a probe's spread to the score's is a bound, not a measurement, hence few
/// degrees of freedom (<see cref="ReproducibilityEstimator.Default"/>'s). On a quiet host h is below the default and
/// nothing changes (h under 1.25%). Measured with bench/noise-harness.sh (README, "Precision on a noisy host").
/// </remarks>
public static class HostNoiseFloor
{
    /// <summary>
    /// How much more the kernels' times move with the host's state than the probes' do: 2, rounded up from the ratio
    /// of the quick profile's run-to-run CV to the median probe spread in two noisy hours of the development VM (10.9%
    /// over 4.5% in 10 runs, 10.8% over 6.3% in 5). The kernels' working sets are larger than the probes', so a
    /// neighbour that thrashes the shared caches slows them more. With the probes' spread alone the node interval
    /// covered the mean of the other runs in 4 of 10 runs there; with twice it, 10 of 10 (bench/noise-harness.sh).
    /// </summary>
    public const double KernelSensitivity = 2.0;

    /// <summary>The relative run-to-run standard deviation the host's noise h implies for the node score: <see cref="KernelSensitivity"/> · h.</summary>
    public static double? Implied(double? hostNoise) => hostNoise is { } h && double.IsFinite(h) ? KernelSensitivity * h : null;

    public static Reproducibility Apply(Reproducibility reproducibility, double? hostNoise)
    {
        ArgumentNullException.ThrowIfNull(reproducibility);
        return Implied(hostNoise) is { } h && h > reproducibility.RelativeStandardDeviation
            ? new Reproducibility(
                h,
                ReproducibilityEstimator.Default.DegreesOfFreedom,
                string.Create(CultureInfo.InvariantCulture, $"this run's noise probes (2 x ±{h / KernelSensitivity * 100:0.#}%, above the {reproducibility.RelativeStandardDeviation * 100:0.##}% it replaces)"))
            : reproducibility;
    }
}
