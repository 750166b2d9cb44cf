using Calibrate.Core.Results;
using Calibrate.Statistics.Descriptive;
using Calibrate.Statistics.Intervals;

namespace Calibrate.Statistics.Comparison;

/// <summary>One pass over a label's results: Welford moments of score per copy, and per-kernel sums.</summary>
internal sealed class LabelAccumulator
{
    private readonly Dictionary<string, (double Sum, int Count)> kernels = new(StringComparer.Ordinal);
    private int count;
    private double mean;
    private double m2;

    /// <summary>The first result, whose own interval stands for a label measured once.</summary>
    public ResultSummary? First { get; private set; }

    public void Add(ResultSummary result)
    {
        First ??= result;
        var x = result.ScorePerCopy;
        count++;
        var delta = x - mean;
        mean += delta / count;
        m2 += delta * (x - mean);
        foreach (var (kernel, score) in result.KernelScores)
        {
            kernels.TryGetValue(kernel, out var acc);
            kernels[kernel] = (acc.Sum + score, acc.Count + 1);
        }
    }

    /// <summary>The mean score per copy with its variance: over the runs, or one run's interval and the run-to-run term.</summary>
    public MeanEvidence Evidence(Reproducibility reproducibility, double level)
    {
        if (count > 1 || First is not { } one)
        {
            return MeanEvidence.Of(Moments);
        }

        var interval = one.ScoreLow is { } low && one.ScoreHigh is { } high
            ? new ScoreInterval { Low = low, High = high, Level = level, Method = NodeScoreInterval.MethodName, RelativeHalfWidth = (high - low) / 2 / one.NodeScore }
            : null;
        var evidence = ScoreEvidence.OfRun(one.NodeScore, interval, HostNoiseFloor.Apply(reproducibility, one.HostNoise));
        return new MeanEvidence(one.ScorePerCopy, Math.Pow(evidence.RelativeU * one.ScorePerCopy, 2), evidence.Df, 1);
    }

    public SampleMoments Moments => new(count, mean, count > 1 ? m2 / (count - 1) : double.NaN);

    public double? KernelMean(string kernel) => kernels.TryGetValue(kernel, out var acc) ? acc.Sum / acc.Count : null;

    public IEnumerable<string> Kernels => kernels.Keys;
}
