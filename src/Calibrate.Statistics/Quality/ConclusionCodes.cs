namespace Calibrate.Statistics.Quality;

/// <summary>The stable codes of the conclusions the quality analysers store with a result.</summary>
public static class ConclusionCodes
{
    public const string OutlierCopy = "outlier-copy";
    public const string OutlierSamples = "outlier-samples";
    public const string Bimodal = "bimodal-samples";
    public const string Steal = "steal";
    public const string OtherLoad = "other-load";
    public const string FrequencyDrop = "frequency-drop";
    public const string UnverifiedKernel = "unverified-kernel";
    public const string NoisyHost = "noisy-host";
    public const string NoisyNeighbours = "noisy-neighbours";

    /// <summary>The measurement and the prior disagree (warning), or are far apart (error: published only with --force).</summary>
    public const string PriorDisagreement = "prior-disagreement";
    public const string WithinRunNoise = "within-run-noise";

    /// <summary>The calibration model gave no usable estimate: the measurement is stored without one.</summary>
    public const string EstimateFailed = "estimate-failed";
}
