using Calibrate.Core.Results;
using Calibrate.Statistics.Descriptive;

namespace Calibrate.Statistics.Comparison;

/// <summary>One pass over a label's results: Welford moments of score per copy, and per-kernel sums.</summary>
internal sealed class LabelAccumulator
{
    private readonly Dictionary<string, (double Sum, int Count)> kernels = new(StringComparer.Ordinal);
    private int count;
    private double mean;
    private double m2;

    public void Add(ResultSummary result)
    {
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

    public SampleMoments Moments => new(count, mean, count > 1 ? m2 / (count - 1) : double.NaN);

    public double? KernelMean(string kernel) => kernels.TryGetValue(kernel, out var acc) ? acc.Sum / acc.Count : null;

    public IEnumerable<string> Kernels => kernels.Keys;
}
