namespace Calibrate.Core.Results;

/// <summary>What else happened on the node while it was measured, sampled from /proc and /sys.</summary>
public sealed record InterferenceSummary
{
    public required int SampleCount { get; init; }

    /// <summary>Steal time as a fraction of all CPU time of the node during the run.</summary>
    public required double StealFraction { get; init; }

    /// <summary>CPU time of processes other than the copies, in CPUs (1.0 = one CPU busy all along).</summary>
    public required double OtherProcessesCpus { get; init; }

    public required double LoadAverageMax { get; init; }

    public double? FrequencyMHzMin { get; init; }

    public double? FrequencyMHzMax { get; init; }

    public double? FrequencyMHzMean { get; init; }

    public IReadOnlyList<InterferenceSample> Samples { get; init; } = [];
}

/// <summary>One interference sample: the interval it covers, in seconds since the run started.</summary>
public sealed record InterferenceSample(double AtSeconds, double StealFraction, double OtherProcessesCpus, double LoadAverage, double? FrequencyMHz);
