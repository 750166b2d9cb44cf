using Calibrate.Statistics.Robust;

namespace Calibrate.Statistics.Quality;

/// <summary>The thresholds of the quality analysers, each with its reason. Immutable; override with `with`.</summary>
public sealed record QualityThresholds
{
    public static QualityThresholds Default { get; } = new();

    /// <summary>|modified z| above which a copy or a sample is an outlier (Iglewicz and Hoaglin 1993).</summary>
    public double OutlierModifiedZ { get; init; } = ModifiedZScore.OutlierCutoff;

    /// <summary>
    /// Floor on the MAD as a fraction of the median (0.5%): HS06 on identical machines varies by less than 1% (EGI FAQ),
    /// so copies that agree to that level must not be flagged because their MAD happens to be tiny.
    /// </summary>
    public double MinimumRelativeMad { get; init; } = 0.005;

    /// <summary>Fewest copies for the outlier-copy test: a median and MAD of two values say nothing.</summary>
    public int MinimumCopiesForOutliers { get; init; } = 3;

    /// <summary>An outlying copy this far off the median (10%, the scale of untuned KVM overheads) makes the run disturbed.</summary>
    public double OutlierCopyErrorFraction { get; init; } = 0.10;

    /// <summary>Share of a kernel's samples that may be outliers before a hint (5%: occasional spikes are expected).</summary>
    public double OutlierSampleHintFraction { get; init; } = 0.05;

    /// <summary>Share of outlying samples that makes a warning (20%: the median's breakdown margin is being used up).</summary>
    public double OutlierSampleWarningFraction { get; init; } = 0.20;

    /// <summary>Fewest samples for the outlier-sample and bimodality tests.</summary>
    public int MinimumSamplesForShape { get; init; } = 20;

    /// <summary>Sarle's bimodality benchmark 5/9 (Pfister et al. 2013).</summary>
    public double BimodalityCoefficient { get; init; } = Calibrate.Statistics.Descriptive.BimodalityCoefficient.UniformBenchmark;

    /// <summary>Steal above 2% of CPU time: larger than a 0.5% precision target and than HS06's &lt;1% reproducibility.</summary>
    public double StealWarning { get; init; } = 0.02;

    /// <summary>Steal above 10%: the score is then off by about as much as a whole VM overhead; the run is disturbed.</summary>
    public double StealError { get; init; } = 0.10;

    /// <summary>Other processes competing for the copies' CPUs, as a share of those CPUs: warning at 2% (as steal).</summary>
    public double OtherLoadWarning { get; init; } = 0.02;

    /// <summary>Other processes competing for the copies' CPUs: error at 10% (as steal).</summary>
    public double OtherLoadError { get; init; } = 0.10;

    /// <summary>
    /// (max − min) / max of the sampled frequency above 5%: turbo and power-saving states move throughput by several
    /// percent, more than the precision target.
    /// </summary>
    public double FrequencyDropWarning { get; init; } = 0.05;

    /// <summary>
    /// Expected run-to-run spread (±2 standard deviations) from 3%: a third of a 0.1 bucket of a factor near 1, and
    /// three times HS06's own reproducibility (&lt;1%, EGI FAQ); the figure is published, with the warning, and the
    /// node's running figure narrows it as its runs add up.
    /// </summary>
    public double NoisyHostWarning { get; init; } = 0.03;

    /// <summary>
    /// A run's own 95% interval wider than ±5%: it cannot tell a factor from its neighbouring 0.1 bucket near 2, so
    /// the run is disturbed and not published.
    /// </summary>
    public double WithinRunError { get; init; } = 0.05;

    /// <summary>A noise probe varying by 10% (robust CV) within a run: the quiet-hour floors vary by under 1% between runs.</summary>
    public double ProbeNoiseWarning { get; init; } = 0.10;

    /// <summary>A noise probe varying by 25%: the host's caches or CPUs were swamped (the Zen 3 VM's memory loop doubled its time).</summary>
    public double ProbeNoiseError { get; init; } = 0.25;

}
